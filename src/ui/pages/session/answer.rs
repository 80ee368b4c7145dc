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
                <BadLinkPage title="Deze uitkomst kan niet worden gelezen" message=e.about(LinkKind::Result)
                    href=Route::Sessions.href() go="Naar de teamsessies"/>
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
        Some(code) => format!("voor teamsessie {code}"),
        None => "buiten een teamsessie".to_owned(),
    });
    let picked = RwSignal::new(others.first().map(|o| o.0.clone()).unwrap_or_default());
    let has_others = !others.is_empty();
    view! {
        <section class="page narrow answer">
            <h1 tabindex="-1">"Uitkomst van een deelnemer"</h1>
            <p>{format!("Een uitkomst {for_session}, ingevuld op {}, met {answered} van de {} stellingen beantwoord. De antwoorden zelf zie je alleen in het teambeeld, samen met die van de anderen.", result.with_value(|r| format_day(r.day)), crate::domain::scan::STATEMENTS.len())}</p>
            {match own.clone() {
                Some((id, title)) => view! {
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| add_to(id.clone(), false)>{format!("Toevoegen aan {title}")}</button>
                    </div>
                }.into_any(),
                None => view! {
                    <p class="notice">"De sessie waarvoor deze uitkomst is gemaakt, staat niet op dit apparaat. Open de link op het apparaat van de begeleider, of plak hem daar in het verzamelvak van de sessie."</p>
                }.into_any(),
            }}
            {has_others.then(|| view! {
                <details class="panel">
                    <summary>"Toch aan een andere sessie toevoegen"</summary>
                    <div class="field">
                        <label for="antwoord-sessie">"Sessie"</label>
                        <select id="antwoord-sessie" on:change=move |ev| picked.set(event_target_value(&ev))>
                            {others.iter().map(|(id, title)| view! { <option value=id.clone()>{title.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="button" class="button button-quiet" on:click=move |_| add_to(picked.get_untracked(), true)>"Toevoegen aan deze sessie"</button>
                    </div>
                </details>
            })}
        </section>
    }
    .into_any()
}
