//! Two profiles compared: the later one and, dashed, the earlier one in one radar, and per
//! dimension earlier, later and the change in a table beside it: the comparison of two
//! scans (`pages/scan/compare.rs`) and of two team sessions.

use leptos::prelude::*;

use crate::domain::scan::Change;
use crate::domain::text::{card_short_title, format_diff, format_score};
use crate::ui::components::radar::{Radar, Series};

/// The radar of both profiles and the table of changes.
#[component]
pub fn Changes(
    /// Per dimension: earlier, later (see `domain::scan::compare`).
    changes: Vec<Change>,
    /// How the earlier one is named in the legend.
    earlier: String,
    /// How the later one is named in the legend.
    later: String,
    /// Said above the comparison, such as that different statements were answered.
    #[prop(default = None)]
    notice: Option<String>,
) -> impl IntoView {
    // The later profile is the main one; the earlier one is drawn dashed over it.
    let series = vec![
        Series {
            name: trf!("Later: {later}", "Later: {later}"),
            values: changes.iter().map(|c| c.after).collect(),
        },
        Series {
            name: trf!("Eerder: {earlier}", "Earlier: {earlier}"),
            values: changes.iter().map(|c| c.before).collect(),
        },
    ];
    let label = trf!(
        "Radardiagram met het profiel van {later} en, gestreept, dat van {earlier}; de verschillen staan in de tabel.",
        "Radar chart with the profile of {later} and, dashed, that of {earlier}; the differences are in the table."
    );
    view! {
        <VersionsNotice notice/>
        <div class="profile">
            <Radar series label/>
            <table class="scores changes">
                <caption>{tr!("Verschil per dimensie (later min eerder)", "Difference per dimension (later minus earlier)")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!("Dimensie", "Dimension")}</th>
                        <th scope="col">{tr!("Eerder", "Earlier")}</th>
                        <th scope="col">{tr!("Later", "Later")}</th>
                        <th scope="col">{tr!("Verschil", "Difference")}</th>
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
                                <th scope="row">{card_short_title(c.card)}</th>
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
    }
}

/// Said where scores of different versions of the statements meet
/// (`domain::scan::versions_notice`); nothing when there is no notice.
#[component]
pub fn VersionsNotice(
    /// The notice, if the versions differ.
    notice: Option<String>,
) -> impl IntoView {
    notice.map(|text| view! { <p class="notice versions-notice">{text}</p> })
}
