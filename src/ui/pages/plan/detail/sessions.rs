//! The plan's sessions: their dates, and adding one.

use leptos::prelude::*;

use crate::domain::journey::{Plan, SessionKind};
use crate::domain::route::Route;
use crate::ui::pages::plan::edit_plan;
use crate::ui::pages::plan::parts::DateField;
use crate::web::clock::new_id;

#[component]
pub(super) fn Sessions(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let sessions = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.sessions
                        .iter()
                        .map(|s| {
                            let warning = p.session_warning_text(&s.id);
                            (
                                s.id.clone(),
                                s.kind,
                                s.title.clone(),
                                s.date,
                                s.done,
                                warning,
                            )
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let new_kind = RwSignal::new(SessionKind::Werksessie);
    let add = move |_| {
        let kind = new_kind.get_untracked();
        edit_plan(id, |p| p.add_session(kind, new_id("s")));
    };
    view! {
        <section class="no-print" aria-labelledby="sessies">
            <h2 id="sessies" tabindex="-1">{tr!("Sessies", "Sessions")}</h2>
            <p class="field-hint">{tr!("Een datum verplaatsen verandert de volgorde niet; wat buiten het plan of in het weekend valt, staat bij de datum.", "Moving a date does not change the order; anything outside the plan or on a weekend is noted by the date.")}</p>
            <ol class="session-list">
                {move || sessions.get().into_iter().map(|(sid, kind, title, date, done, warning)| {
                    let sid2 = sid.clone();
                    view! {
                        <li class="panel session-row" data-session=sid.clone()>
                            <h3><a href=Route::PlanSession { plan: id.get_value(), session: sid.clone() }.href()>{title}</a></h3>
                            <p class="meta">{kind.label()}{done.then_some(tr!(" · gehouden", " · held"))}</p>
                            <DateField id=format!("datum-{sid}") label=tr!("Datum", "Date") value=Signal::derive(move || Some(date)) warning=warning
                                on_change=Callback::new(move |d| { let sid = sid2.clone(); edit_plan(id, move |p| if let Some(s) = p.session_mut(&sid) { s.date = d; }) })/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="add-row">
                <label for="nieuwe-sessie-soort">{tr!("Sessie toevoegen", "Add session")}</label>
                <select id="nieuwe-sessie-soort" on:change=move |ev| if let Some(k) = SessionKind::from_key(&event_target_value(&ev)) { new_kind.set(k) }>
                    {SessionKind::ALL.map(|k| view! { <option value=k.key() selected=k == SessionKind::Werksessie>{k.label()}</option> })}
                </select>
                <button type="button" class="button button-quiet" on:click=add>{tr!("Toevoegen", "Add")}</button>
            </div>
        </section>
    }
}
