//! Two scans side by side: per-dimension differences and both profiles in one radar.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::scan::{compare, versions_notice};
use crate::domain::text::format_date;
use crate::ui::components::changes::Changes;
use crate::ui::components::not_found::NotFoundPage;
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
    let notice = versions_notice([a.statements, b.statements]);
    view! {
        <article class="page narrow compare">
            <h1 tabindex="-1">{tr!("Scans vergelijken", "Compare scans")}</h1>
            <p class="meta">{trf!("Eerder: “{}” ({}), later: “{}” ({})", "Earlier: “{}” ({}), later: “{}” ({})", a.title(), format_date(a.started), b.title(), format_date(b.started))}</p>
            <Changes changes earlier=a.title() later=b.title() notice/>
            <p class="hint">{tr!("Een verschil van een paar tiende zegt weinig; let op wat duidelijk verschuift.", "A difference of a few tenths means little; look for what clearly shifts.")}</p>
            <p><a class="button button-quiet" href=Route::Scans.href()>{tr!("Terug naar jullie scans", "Back to your scans")}</a></p>
        </article>
    }
    .into_any()
}
