//! Improvement actions: the ones on the plan, suggestions to pick up from the cards, and
//! adding one.

use leptos::prelude::*;

use crate::domain::content::suggestion_by_id;
use crate::domain::journey::{Action, ActionStatus, Plan};
use crate::domain::route::Route;
use crate::domain::text::{card_short_title, count};
use crate::ui::pages::plan::edit_plan;
use crate::ui::pages::plan::parts::{DateField, TextField};
use crate::ui::store::use_store;
use crate::web::clock::{new_id, today};

/// One action with its editable owner, due date and status.
#[component]
pub(crate) fn ActionRow(id: StoredValue<String>, action: Action) -> impl IntoView {
    let aid = StoredValue::new(action.id.clone());
    let update = move |change: Box<dyn FnOnce(&mut Action)>| {
        edit_plan(id, move |p| {
            if let Some(a) = aid.with_value(|aid| p.action_mut(aid)) {
                change(a);
            }
        })
    };
    let source = action.suggestion.as_deref().and_then(suggestion_by_id).map(|(card, s)| {
        view! { <p class="meta">{tr!("Uit kaart ", "From card ")}<a href=Route::Card { id: card.id.into(), anchor: Some(format!("suggestie-{}", s.id)) }.href()>{card_short_title(card)}</a></p> }
    });
    let status = action.status;
    let due = action.due;
    view! {
        <li class="panel action-row" data-action=action.id.clone() data-status=status.key() data-status-label=status.label()>
            <p class="action-text">{action.text.clone()}</p>
            {source}
            <div class="action-fields">
                <TextField id=format!("eigenaar-{}", action.id) label=tr!("Eigenaar", "Owner") value=Signal::derive({ let o = action.owner.clone(); move || o.clone() })
                    on_input=Callback::new(move |v: String| update(Box::new(move |a| a.owner = v)))/>
                <DateField id=format!("deadline-{}", action.id) label=tr!("Klaar op", "Due date") value=Signal::derive(move || due)
                    on_change=Callback::new(move |d| update(Box::new(move |a| a.due = Some(d))))/>
                <div class="field">
                    <span class="label" id=format!("status-{}", action.id)>{tr!("Status", "Status")}</span>
                    <div class="segmented" role="group" aria-labelledby=format!("status-{}", action.id)>
                        {ActionStatus::ALL.map(|st| view! {
                            <button type="button" class="segment" aria-pressed=(status == st).to_string()
                                on:click=move |_| update(Box::new(move |a| a.status = st))>{st.label()}</button>
                        })}
                    </div>
                </div>
            </div>
        </li>
    }
}

#[component]
pub(super) fn Actions(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let state = use_store().state;
    let actions = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.actions.clone()).unwrap_or_default())
    });
    let to_pick_up =
        Memo::new(move |_| state.with(|s| id.with_value(|id| s.suggestions_to_pick_up(id))));
    let text = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        let mut added = false;
        edit_plan(id, |p| added = p.add_action(&t, new_id("a"), today()));
        if added {
            text.set(String::new());
        }
    };
    view! {
        <section aria-labelledby="acties">
            <h2 id="acties" tabindex="-1">{tr!("Verbeteracties (Action Learning)", "Improvement actions (Action Learning)")}</h2>
            <Show when=move || !to_pick_up.with(Vec::is_empty)>
                <div class="panel pick-up">
                    <h3>{move || trf!("Uit de kaarten: {} op te pakken", "From the cards: {} to take up", to_pick_up.with(|s| count(s.len(), tr!("suggestie", "suggestion"), tr!("suggesties", "suggestions"))))}</h3>
                    <ul>
                        {move || to_pick_up.get().into_iter().filter_map(suggestion_by_id).map(|(card, s)| {
                            let sid = s.id;
                            view! {
                                <li>
                                    <span>{s.text}<span class="meta">{trf!(" (kaart {})", " (card {})", card.number)}</span></span>
                                    <button type="button" class="button button-quiet" on:click=move |_| {
                                        state.update(|st| { id.with_value(|pid| st.action_from_suggestion(pid, sid, new_id("a"), today())); });
                                    }>{tr!("Maak actie", "Create action")}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <ul class="action-list">
                <For each=move || actions.get() key=|a| (a.id.clone(), a.status, a.due) children=move |a| view! { <ActionRow id action=a/> }/>
            </ul>
            <form class="add-row" on:submit=add>
                <label for="nieuwe-actie">{tr!("Nieuwe actie", "New action")}</label>
                <input id="nieuwe-actie" type="text" maxlength="300" placeholder=tr!("Wat gaan we doen?", "What are we going to do?") prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" class="button button-quiet">{tr!("Toevoegen", "Add")}</button>
            </form>
        </section>
    }
}
