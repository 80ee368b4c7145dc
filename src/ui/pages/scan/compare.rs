//! Two scans side by side: per-dimension differences and both profiles in one radar.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::scan::compare;
use crate::domain::text::{format_date, format_diff, format_score};
use crate::ui::components::not_found::NotFoundPage;
use crate::ui::components::radar::{Radar, Series};
use crate::ui::store::use_store;

/// The comparison of scans `a` (earlier) and `b` (later).
#[component]
pub fn ComparePage(
    /// The earlier scan's id.
    a: String,
    /// The later scan's id.
    b: String,
) -> impl IntoView {
    let state = use_store().state;
    let pair = state.with_untracked(|s| Some((s.scan(&a)?.clone(), s.scan(&b)?.clone())));
    let Some((a, b)) = pair else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let changes = compare(&a, &b);
    // The later scan is the main profile; the earlier one is drawn dashed over it.
    let series = vec![
        Series {
            name: format!("Later: {}", b.title()),
            values: b.scores().iter().map(|s| s.mean).collect(),
        },
        Series {
            name: format!("Eerder: {}", a.title()),
            values: a.scores().iter().map(|s| s.mean).collect(),
        },
    ];
    view! {
        <article class="page narrow compare">
            <h1 tabindex="-1">"Scans vergelijken"</h1>
            <p class="meta">{format!("Eerder: “{}” ({}), later: “{}” ({})", a.title(), format_date(a.started), b.title(), format_date(b.started))}</p>
            <div class="profile">
            <Radar series label=format!("Radardiagram met het profiel van {} en, gestreept, dat van {}; de verschillen staan in de tabel.", b.title(), a.title())/>
            <table class="scores changes">
                <caption>"Verschil per dimensie (later min eerder)"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimensie"</th>
                        <th scope="col">"Eerder"</th>
                        <th scope="col">"Later"</th>
                        <th scope="col">"Verschil"</th>
                    </tr>
                </thead>
                <tbody>
                    {changes.into_iter().map(|c| {
                        let class = match c.diff() {
                            Some(d) if d > 0 => "change change-up",
                            Some(d) if d < 0 => "change change-down",
                            _ => "change",
                        };
                        view! {
                            <tr data-card=c.card.id>
                                <th scope="row">{crate::domain::text::card_short_title(c.card)}</th>
                                <td>{format_score(c.before)}</td>
                                <td>{format_score(c.after)}</td>
                                <td class=class>
                                    {c.diff().map(|d| format!("{} ", format_diff(d)))}
                                    <span class="change-word">{c.word()}</span>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <p class="hint">"Een verschil van een paar tiende zegt weinig; let op wat duidelijk verschuift."</p>
            <p><a class="button button-quiet" href=Route::Scans.href()>"Terug naar jullie scans"</a></p>
        </article>
    }
    .into_any()
}
