//! A trend over time as small multiples: per dimension a small line chart (the moments
//! numbered from left to right, the score from 1 to 5; a dashed bridge across a moment
//! without a figure), a numbered key of the moments, and the same figures in a table
//! (rows dimensions, columns moments) right after.
//!
//! One chart per dimension, rather than eight lines in one chart, so that no line has to
//! be told apart from another by colour, and each stays readable on a 360 px phone.

use leptos::prelude::*;

use crate::domain::content::cards;
use crate::domain::text::card_short_title;
use crate::domain::trend::line::SMALL;
use crate::domain::trend::{Shown, Trend};
use crate::ui::components::changes::VersionsNotice;

/// One small line chart: one value per moment, a gap where there is none.
#[component]
pub fn LineChart(
    /// Scores in tenths, one per moment, oldest first; `None` leaves a gap.
    values: Vec<Option<u16>>,
    /// What the chart shows, for screen readers (the table beside it has the figures).
    label: String,
) -> impl IntoView {
    let l = SMALL;
    let n = values.len();
    let (x1, x2) = (l.left, l.width - l.right);
    let grid = l
        .grid()
        .into_iter()
        .map(|(score, y)| {
            let (lx, ly) = l.score_label(score);
            view! {
                <line class="trend-grid" x1=x1 y1=y x2=x2 y2=y/>
                <text class="trend-score" x=lx y=format!("{ly:.1}") text-anchor="end" font-size=l.label_size>{score}</text>
            }
        })
        .collect_view();
    let ticks = l
        .ticks(n)
        .into_iter()
        .map(|(i, x)| {
            // A moment without a figure keeps its number, greyed: the table says why.
            let class = if values[i].is_some() { "trend-tick" } else { "trend-tick trend-tick-none" };
            view! {
                <text class=class x=format!("{x:.1}") y=l.tick_label_y() text-anchor="middle" font-size=l.label_size>{i + 1}</text>
            }
        })
        .collect_view();
    let bridges = l
        .bridges(&values)
        .into_iter()
        .map(|points| view! { <polyline class="trend-bridge" points=points/> })
        .collect_view();
    let lines = l
        .runs(&values)
        .into_iter()
        .map(|points| view! { <polyline class="trend-line" points=points/> })
        .collect_view();
    let dots = l
        .dots(&values)
        .into_iter()
        .map(|(_, x, y)| view! { <circle class="trend-dot" cx=format!("{x:.1}") cy=format!("{y:.1}") r="4.5"/> })
        .collect_view();
    view! {
        <svg class="trend-svg" viewBox=format!("0 0 {} {}", l.width, l.height) role="img" aria-label=label>
            <g aria-hidden="true">
                {grid}
                {ticks}
                {bridges}
                {lines}
                {dots}
            </g>
        </svg>
    }
}

/// A trend: the numbered moments, a small chart per dimension, and the table.
#[component]
pub fn TrendFigures(
    /// The moments, oldest first.
    trend: Trend,
    /// The table's caption.
    caption: String,
    /// The address a moment links to, from its id.
    href: fn(&str) -> String,
    /// A prefix for ids, unique on the page.
    id: &'static str,
) -> impl IntoView {
    let caption_id = format!("{id}-tabel");
    // The view macro builds children before attributes: one string each.
    let (region_name, table_name) = (caption_id.clone(), caption_id.clone());
    let key = trend
        .moments
        .iter()
        .map(|m| {
            let needed = needed_tag(&m.shown);
            view! {
                <li>
                    <a href=href(&m.id)>{m.name.clone()}</a>
                    {m.own_date().map(|d| view! { " "<span class="trend-date">{d}</span> })}
                    {needed}
                </li>
            }
        })
        .collect_view();
    let charts = cards()
        .iter()
        .enumerate()
        .map(|(i, card)| {
            view! {
                <figure class="trend-chart">
                    <figcaption>{card_short_title(card)}</figcaption>
                    <LineChart values=trend.series(i) label=trend.spoken(i)/>
                </figure>
            }
        })
        .collect_view();
    let head = trend
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let needed = needed_tag(&m.shown);
            view! {
                <th scope="col">
                    {format!("{}. {}", i + 1, m.name)}
                    {m.own_date().map(|d| view! { <span class="trend-date">{d}</span> })}
                    {needed}
                </th>
            }
        })
        .collect_view();
    let rows = cards()
        .iter()
        .enumerate()
        .map(|(d, card)| {
            let cells = trend
                .moments
                .iter()
                .map(|m| match m.cell(d) {
                    Some(text) => view! { <td>{text}</td> }.into_any(),
                    None => view! {
                        <td class="trend-none"><span aria-hidden="true">"–"</span><span class="visually-hidden">{tr!(" geen cijfer", " no figure")}</span></td>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <tr data-card=card.id>
                    <th scope="row">{card_short_title(card)}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let notice = trend.versions_notice();
    view! {
        <div class="trend">
            <VersionsNotice notice/>
            <ol class="trend-key">{key}</ol>
            <div class="trend-charts">{charts}</div>
            // The title stands outside the scrolling box (a caption would scroll away with
            // the table on a phone), and names both the box and the table.
            <p class="table-title" id=caption_id>{caption}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby=region_name>
                <table class="scores trend-table" aria-labelledby=table_name>
                    <thead><tr><th scope="col">{tr!("Dimensie", "Dimension")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}

/// "nog N nodig" for a moment below its minimum.
fn needed_tag(shown: &Shown) -> Option<impl IntoView> {
    match shown {
        Shown::TooFew { needed } => Some(
            view! { <span class="tag tag-late">{trf!("nog {needed} nodig", "{needed} more needed")}</span> },
        ),
        Shown::Figures(_) => None,
    }
}
