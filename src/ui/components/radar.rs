//! The radar chart: eight axes, one or two profiles. Drawn as SVG, once with the
//! dimensions' names for a wide screen and once numbered for a phone (CSS shows one); every
//! page that shows it also shows the same figures in a table.

use leptos::prelude::*;

use crate::domain::content::cards;
use crate::domain::scan::radar::{label_lines, Layout, NARROW, WIDE};
use crate::domain::text::card_short_title;

/// Where the named drawing shows instead of the numbered one (`style/main.css`).
const WIDE_QUERY: &str = "(min-width: 640px)";

/// Lowest and highest values per axis, in tenths.
pub type Band = (Vec<Option<u16>>, Vec<Option<u16>>);

/// One profile on the chart.
#[derive(Clone)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// Scores in tenths per dimension, deck order.
    pub values: Vec<Option<u16>>,
}

/// A radar chart of up to two profiles: the first is the main one (filled, with a dot on
/// each axis), the second is drawn dashed and unfilled, so the two differ by more than
/// colour. Pages put what matters most first (the later scan, the team's mean).
#[component]
pub fn Radar(
    /// The profiles, the main one first.
    series: Vec<Series>,
    /// What the chart shows, for screen readers (the table beside it has the figures).
    label: String,
    /// A band from the lowest to the highest value per axis (team view), with its legend
    /// text.
    #[prop(optional)]
    band: Option<(Band, &'static str)>,
) -> impl IntoView {
    let legend = (series.len() > 1 || band.is_some()).then(|| {
        view! {
            <ul class="radar-legend">
                {series.iter().enumerate().map(|(i, s)| view! {
                    <li class=format!("legend-{i}")>{s.name.clone()}</li>
                }).collect_view()}
                {band.as_ref().map(|(_, name)| view! { <li class="legend-band">{*name}</li> })}
            </ul>
        }
    });
    let band = band.map(|(band, _)| band);
    // The drawing the screen shows now first; the other (for another width, or paper) once
    // that has been painted: half the work before the chart appears.
    let wide_now = window()
        .match_media(WIDE_QUERY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let (now, later) = if wide_now {
        (WIDE, NARROW)
    } else {
        (NARROW, WIDE)
    };
    let drawn_later = RwSignal::new(false);
    crate::web::clock::after_next_paint(move || {
        drawn_later.try_set(true);
    });
    let other = StoredValue::new((series.clone(), band.clone(), label.clone()));
    view! {
        <figure class="radar">
            {chart(now, &series, band.as_ref(), &label)}
            {move || drawn_later.get().then(|| other.with_value(|(series, band, label)| chart(later, series, band.as_ref(), label)))}
            <ol class="radar-key" aria-hidden="true">
                {cards().iter().map(|card| view! { <li>{card_short_title(card)}</li> }).collect_view()}
            </ol>
            {legend}
        </figure>
    }
}

/// One drawing of the chart in `layout`.
fn chart(layout: Layout, series: &[Series], band: Option<&Band>, label: &str) -> impl IntoView {
    let axes = cards().len();
    let (cx, cy) = layout.centre();
    let rings = (1..=5u16)
        .map(|score| {
            let (x, y) = layout.ring_mark(score);
            view! {
                <polygon class="radar-ring" points=layout.ring(score, axes)/>
                <text class="radar-ring-mark" x=x y=y>{score}</text>
            }
        })
        .collect_view();
    let spokes = (0..axes)
        .map(|i| {
            let (x, y) = layout.axis_end(i, axes);
            view! { <line class="radar-axis" x1=cx y1=cy x2=x y2=y/> }
        })
        .collect_view();
    let size = layout.label_size;
    let labels = cards()
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let (x, y, anchor) = layout.label_anchor(i, axes);
            let text = if layout.numbered {
                card.number.to_string()
            } else {
                card_short_title(card)
            };
            let lines: Vec<String> = label_lines(&text, 14)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let first_dy = if y > cy || lines.len() == 1 {
                0.0
            } else {
                -size
            };
            view! {
                <text class="radar-label" x=x y=y text-anchor=anchor font-size=size>
                    {lines.into_iter().enumerate().map(|(n, line)| view! {
                        <tspan x=x dy=if n == 0 { first_dy } else { size }>{line}</tspan>
                    }).collect_view()}
                </text>
            }
        })
        .collect_view();
    let band = band.and_then(|(low, high)| {
        let (outer, inner) = (layout.polygon(high), layout.polygon(low));
        if outer.is_empty() || inner.is_empty() {
            return None;
        }
        // The outer shape and the inner one; even-odd filling leaves the inner part empty.
        let path = format!(
            "M{}Z M{}Z",
            outer.replace(' ', " L"),
            inner.replace(' ', " L")
        );
        Some(view! { <path class="radar-band" d=path fill-rule="evenodd"/> })
    });
    let shapes = series
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| {
            let dots = (i == 0).then(|| {
                s.values
                    .iter()
                    .enumerate()
                    .filter_map(|(axis, v)| {
                        let (x, y) = layout.point(axis, axes, (*v)?);
                        Some(view! { <circle class="radar-dot" cx=format!("{x:.1}") cy=format!("{y:.1}") r="4"/> })
                    })
                    .collect_view()
            });
            view! {
                <polygon class=format!("radar-shape radar-shape-{i}") points=layout.polygon(&s.values)/>
                {dots}
            }
        })
        .collect_view();
    let class = if layout.numbered {
        "radar-narrow"
    } else {
        "radar-wide"
    };
    view! {
        <svg class=class viewBox=format!("0 0 {} {}", layout.width, layout.height) role="img" aria-label=label.to_owned()>
            <g aria-hidden="true">
                {rings}
                {spokes}
                {band}
                {shapes}
                {labels}
            </g>
        </svg>
    }
}
