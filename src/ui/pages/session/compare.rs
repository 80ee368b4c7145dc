//! On a session's page: the comparison with another session of the same team, chosen from
//! those with figures (the latest earlier one first). Shows nothing while the session
//! itself, or every other session of the team, is below its minimum.

use leptos::prelude::*;

use super::Kept;
use crate::domain::route::Route;
use crate::domain::trend::follow_up::{choice_label, comparable, first_choice, session_changes};
use crate::ui::components::changes::Changes;

/// The comparison of session `id` with another session of its team.
#[component]
pub(crate) fn CompareSessions(
    /// The sessions on the device.
    kept: Kept,
    /// The session's id (its code without the dash).
    id: String,
) -> impl IntoView {
    let id = StoredValue::new(id.to_uppercase());
    // The other sessions of the team with figures, as (id, how they are offered), and the
    // one to compare with unless another is chosen.
    let others = Memo::new(move |_| {
        kept.list.with(|l| {
            let options = comparable(l, &id.get_value());
            let first = first_choice(l, &id.get_value(), &options).map(|s| s.id());
            let offered: Vec<(String, String)> = options
                .into_iter()
                .map(|s| (s.id(), choice_label(s)))
                .collect();
            (offered, first)
        })
    });
    let chosen = RwSignal::new(None::<String>);
    let other = Memo::new(move |_| {
        let picked = chosen
            .get()
            .filter(|c| others.with(|(o, _)| o.iter().any(|(id, _)| id == c)));
        picked.or_else(|| others.with(|(_, first)| first.clone()))
    });
    let changes = Memo::new(move |_| {
        let other = other.get()?;
        kept.list.with(|l| {
            let this = l.iter().find(|s| s.id() == id.get_value())?;
            let that = l.iter().find(|s| s.id() == other)?;
            session_changes(this, that)
        })
    });

    view! {
        <Show when=move || !others.with(|(o, _)| o.is_empty())>
            <div class="compare-sessions">
                <h2>{tr!("Vergelijken met een andere sessie", "Compare with another session")}</h2>
                <div class="field">
                    <label for="vergelijk-sessie">{tr!("Vergelijk met", "Compare with")}</label>
                    <select id="vergelijk-sessie" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                        {move || others.get().0.into_iter().map(|(oid, label)| {
                            let selected = other.get().as_deref() == Some(oid.as_str());
                            view! { <option value=oid prop:selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {move || changes.get().map(|c| view! {
                    <p class="meta">{trf!("Eerder: {}, later: {}", "Earlier: {}, later: {}", c.earlier, c.later)}</p>
                    <Changes changes=c.changes earlier=c.earlier later=c.later notice=c.notice/>
                    <p class="hint">{tr!("Een verschil van een paar tiende zegt weinig; let op wat duidelijk verschuift. ", "A difference of a few tenths says little; look for what clearly shifts. ")}
                        <a href=Route::Trends.href()>{tr!("Alle sessies van het team door de tijd", "All the team's sessions over time")}</a></p>
                })}
            </div>
        </Show>
    }
}
