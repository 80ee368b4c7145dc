//! A member's result link opened in a browser (tapped in a chat on the facilitator's
//! laptop): added to its session in one tap, without showing that member's answers.

use leptos::prelude::*;

use crate::domain::files::share::LinkKind;
use crate::domain::route::Route;
use crate::domain::session::{Added, ResultLink};
use crate::domain::text::format_day;
use crate::ui::components::not_found::BadLinkPage;
use crate::ui::store::navigate;

/// The result in `payload`, and where it can go.
#[component]
pub fn AnswerPage(
    /// The encoded result.
    payload: String,
) -> impl IntoView {
    let result = match ResultLink::decode(&payload) {
        Ok(result) => result,
        Err(e) => {
            return view! {
                <BadLinkPage title=tr!("Deze uitkomst kan niet worden gelezen", "This result cannot be read") message=e.about(LinkKind::Result)
                    href=Route::Sessions.href() go=tr!("Naar de teamsessies", "Go to team sessions")/>
            }
            .into_any()
        }
    };
    let kept = super::open();
    let answered = result.answers.iter().flatten().count();
    let own = result.session.and_then(|code| {
        kept.list.with_untracked(|l| {
            l.iter()
                .find(|s| s.code == code.to_string())
                .map(|s| (s.id(), s.title()))
        })
    });
    let others: Vec<(String, String)> = kept.list.with_untracked(|l| {
        l.iter()
            .rev()
            .filter(|s| Some(s.id()) != own.as_ref().map(|o| o.0.clone()))
            .map(|s| (s.id(), s.title()))
            .collect()
    });
    let result = StoredValue::new(result);
    let add_to = move |id: String, on_purpose: bool| {
        let mut added = None;
        kept.update(&id, |s| {
            added = Some(result.with_value(|r| s.add(r, on_purpose)))
        });
        if matches!(added, Some(Added::New | Added::Again)) {
            navigate(&Route::Session { id });
        }
    };
    let for_session = result.with_value(|r| match r.session {
        Some(code) => trf!("voor teamsessie {code}", "for team session {code}"),
        None => tr!("buiten een teamsessie", "outside a team session").to_owned(),
    });
    let picked = RwSignal::new(others.first().map(|o| o.0.clone()).unwrap_or_default());
    let has_others = !others.is_empty();
    view! {
        <section class="page narrow answer">
            <h1 tabindex="-1">{tr!("Uitkomst van een deelnemer", "A participant's result")}</h1>
            <p>{trf!("Een uitkomst {for_session}, ingevuld op {}, met {answered} van de {} stellingen beantwoord. De antwoorden zelf zie je alleen in het teambeeld, samen met die van de anderen.", "A result {for_session}, filled in on {}, with {answered} of the {} statements answered. You only see the answers themselves in the team view, together with everyone else's.", result.with_value(|r| format_day(r.day)), crate::domain::scan::STATEMENTS.len())}</p>
            {match own.clone() {
                Some((id, title)) => view! {
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| add_to(id.clone(), false)>{trf!("Toevoegen aan {title}", "Add to {title}")}</button>
                    </div>
                }.into_any(),
                None => view! {
                    <p class="notice">{tr!("De sessie waarvoor deze uitkomst is gemaakt, staat niet op dit apparaat. Open de link op het apparaat van de begeleider, of plak hem daar in het verzamelvak van de sessie.", "The session this result was made for is not on this device. Open the link on the facilitator's device, or paste it there into the session's collection box.")}</p>
                }.into_any(),
            }}
            {has_others.then(|| view! {
                <details class="panel">
                    <summary>{tr!("Toch aan een andere sessie toevoegen", "Add to another session anyway")}</summary>
                    <div class="field">
                        <label for="antwoord-sessie">{tr!("Sessie", "Session")}</label>
                        <select id="antwoord-sessie" on:change=move |ev| picked.set(event_target_value(&ev))>
                            {others.iter().map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="button" class="button button-quiet" on:click=move |_| add_to(picked.get_untracked(), true)>{tr!("Toevoegen aan deze sessie", "Add to this session")}</button>
                    </div>
                </details>
            })}
        </section>
    }
    .into_any()
}
