//! The self-scan pages: start, fill in, result, history and comparison.

mod compare;
mod fill;
mod history;
mod join;
mod result;
mod send;
mod start;

pub use compare::ComparePage;
pub use fill::ScanFillPage;
pub use history::ScanHistoryPage;
pub use join::JoinPage;
pub use result::{ScanResultPage, SharedScanPage};
pub use start::ScanStartPage;

use leptos::prelude::*;

use crate::domain::scan::DimensionScore;
use crate::domain::text::format_score;

/// Makes a scan begun on the static page before the app arrived the draft, where the
/// person was (the scan's start, its questions and a session's invitation call this when
/// they open).
pub(crate) fn take_over_static_scan() {
    if let Some(record) = crate::web::start::take_static_scan() {
        let id = crate::web::clock::new_id("scan");
        let now = crate::web::clock::now_local();
        let result = crate::web::clock::random_u32();
        crate::ui::store::use_store().state.update(|s| {
            crate::domain::shell::StaticScan::read(record).take_over(s, id, now, result)
        });
    }
}

/// The figures behind a radar chart, as an accessible table.
#[component]
pub(crate) fn ScoreTable(
    /// Scores in deck order.
    scores: Vec<DimensionScore>,
) -> impl IntoView {
    view! {
        <table class="scores">
            <caption>{tr!("Score per dimensie (1 = klopt helemaal niet, 5 = klopt helemaal)", "Score per dimension (1 = not true at all, 5 = completely true)")}</caption>
            <thead>
                <tr><th scope="col">{tr!("Dimensie", "Dimension")}</th><th scope="col">{tr!("Score", "Score")}</th><th scope="col">{tr!("Beantwoord", "Answered")}</th></tr>
            </thead>
            <tbody>
                {scores.into_iter().map(|s| view! {
                    <tr data-card=s.card.id>
                        <th scope="row">{crate::domain::text::card_short_title(s.card)}</th>
                        <td>{format_score(s.mean)}</td>
                        <td>{trf!("{} van {}", "{} of {}", s.answered, s.items)}{(s.dont_know > 0).then(|| trf!(" ({} weet ik niet)", " ({} don't know)", s.dont_know))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
