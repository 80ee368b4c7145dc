//! The radar chart: eight labelled axes, one or two profiles. Drawn as SVG; every page that
//! shows it also shows the same figures in a table.

use leptos::prelude::*;

use crate::domain::content::cards;
use crate::domain::scan::radar::{
    axis_end, label_anchor, label_lines, polygon, ring, HEIGHT, WIDTH,
};

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

/// A radar chart of up to two profiles; the second is drawn dashed so the two differ by
/// more than colour.
#[component]
pub fn Radar(
    /// The profiles, first one filled, second one dashed.
    series: Vec<Series>,
    /// What the chart shows, for screen readers (the table beside it has the figures).
    label: String,
    /// A band from the lowest to the highest value per axis (team view).
    #[prop(optional)]
    band: Option<Band>,
) -> impl IntoView {
    let axes = cards().len();
    let rings = (1..=5u16)
        .map(|score| view! { <polygon class="radar-ring" points=ring(score, axes)/> })
        .collect_view();
    let spokes = (0..axes)
        .map(|i| {
            let (x, y) = axis_end(i, axes);
            view! { <line class="radar-axis" x1=WIDTH / 2.0 y1=HEIGHT / 2.0 x2=x y2=y/> }
        })
        .collect_view();
    let labels = cards()
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let (x, y, anchor) = label_anchor(i, axes);
            let text = crate::domain::text::card_short_title(card);
            let lines: Vec<String> = label_lines(&text, 14)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let first_dy = if y > HEIGHT / 2.0 || lines.len() == 1 {
                0.0
            } else {
                -16.0
            };
            view! {
                <text class="radar-label" x=x y=y text-anchor=anchor>
                    {lines.into_iter().enumerate().map(|(n, line)| view! {
                        <tspan x=x dy=if n == 0 { first_dy } else { 16.0 }>{line}</tspan>
                    }).collect_view()}
                </text>
            }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        view! {
            <ul class="radar-legend">
                {series.iter().enumerate().map(|(i, s)| view! {
                    <li class=format!("legend-{i}")>{s.name.clone()}</li>
                }).collect_view()}
            </ul>
        }
    });
    let shapes = series
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <polygon class=format!("radar-shape radar-shape-{i}") points=polygon(&s.values)/> })
        .collect_view();
    let band = band.map(|(low, high)| {
        // The outer shape and the inner one; even-odd filling leaves the inner part empty.
        let path = format!(
            "M{}Z M{}Z",
            polygon(&high).replace(' ', " L"),
            polygon(&low).replace(' ', " L")
        );
        view! { <path class="radar-band" d=path fill-rule="evenodd"/> }
    });
    view! {
        <figure class="radar">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label>
                <g aria-hidden="true">
                    {rings}
                    {spokes}
                    {band}
                    {shapes}
                    {labels}
                </g>
            </svg>
            {legend}
        </figure>
    }
}
