//! The radar chart: eight axes, one or two profiles. Drawn as SVG, once with the
//! dimensions' names for a wide screen and once numbered for a phone (CSS shows one); every
//! page that shows it also shows the same figures in a table.

use leptos::prelude::*;

use crate::domain::content::cards;
use crate::domain::scan::radar::{Drawing, Layout, NARROW, WIDE};
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

/// One drawing of the chart in `layout` (its markup: [`Layout::markup`]).
fn chart(layout: Layout, series: &[Series], band: Option<&Band>, label: &str) -> impl IntoView {
    let labels: Vec<String> = cards()
        .iter()
        .map(|card| {
            if layout.numbered {
                card.number.to_string()
            } else {
                card_short_title(card)
            }
        })
        .collect();
    let values: Vec<Vec<Option<u16>>> = series.iter().map(|s| s.values.clone()).collect();
    let markup = layout.markup(Drawing {
        labels: &labels,
        series: &values,
        band: band.map(|(low, high)| (low.as_slice(), high.as_slice())),
    });
    let class = if layout.numbered {
        "radar-narrow"
    } else {
        "radar-wide"
    };
    view! {
        <svg class=class viewBox=format!("0 0 {} {}", layout.width, layout.height) role="img" aria-label=label.to_owned()>
            <g aria-hidden="true" inner_html=markup></g>
        </svg>
    }
}
