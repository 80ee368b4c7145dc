//! One suggestion on a card, with its status buttons and note.

use leptos::prelude::*;

use crate::domain::content::Suggestion;
use crate::domain::route::Route;
use crate::domain::state::{Status, NOTE_MAX_CHARS};
use crate::ui::store::{ask_to_keep, use_store};
use crate::web::clock::{new_id, today};

/// A suggestion the user can mark "al gerealiseerd", "oppakken" or "niet nu" (tap again to
/// clear) and annotate.
#[component]
pub fn SuggestionItem(
    /// The suggestion to show.
    suggestion: &'static Suggestion,
    /// Its position on the card, 1-based, for labels.
    number: usize,
) -> impl IntoView {
    let store = use_store();
    let state = store.state;
    let id = suggestion.id;
    let mark = Memo::new(move |_| state.with(|s| s.mark(id).cloned().unwrap_or_default()));
    let status = Memo::new(move |_| mark.with(|m| m.status));
    let note_open = RwSignal::new(mark.with_untracked(|m| !m.note.is_empty()));
    let note_id = format!("notitie-{id}");
    let text_id = format!("tekst-{id}");

    let buttons = Status::ALL.map(|choice| {
        view! {
            <button
                type="button"
                class=format!("status status-{}", choice.key())
                aria-pressed=move || (status.get() == Some(choice)).to_string()
                on:click=move |_| { state.update(|s| s.toggle_status(id, choice)); ask_to_keep(store); }
            >
                {choice.label()}
            </button>
        }
    });

    view! {
        <li
            id=format!("suggestie-{id}")
            tabindex="-1"
            class="suggestion"
            data-status=move || status.get().map(Status::key).unwrap_or("open")
        >
            <p class="suggestion-text" id=text_id.clone()>{suggestion.text}</p>
            <div class="status-choices" role="group" aria-labelledby=text_id>
                {buttons}
            </div>
            <Show when=move || status.get() == Some(Status::Oppakken)>
                <ToAction suggestion_id=id/>
            </Show>
            <Show
                when=move || note_open.get()
                fallback=move || view! {
                    <button type="button" class="link-button" on:click=move |_| note_open.set(true)>
                        "Notitie toevoegen"
                    </button>
                }
            >
                <label class="note-label" for=note_id.clone()>{format!("Notitie bij suggestie {number}")}</label>
                <textarea
                    id=note_id.clone()
                    class="note"
                    rows="2"
                    maxlength=NOTE_MAX_CHARS.to_string()
                    prop:value=move || mark.with(|m| m.note.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.update(|s| s.set_note(id, &text));
                    }
                ></textarea>
            </Show>
        </li>
    }
}

/// Turns a suggestion marked "oppakken" into an action of a plan, in one step.
#[component]
fn ToAction(
    /// The suggestion's id.
    suggestion_id: &'static str,
) -> impl IntoView {
    let state = use_store().state;
    // Plans, and for each whether an action already comes from this suggestion.
    let plans = Memo::new(move |_| {
        state.with(|s| {
            s.plans
                .iter()
                .map(|p| {
                    (
                        p.id.clone(),
                        p.name.clone(),
                        p.has_action_from(suggestion_id),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(
        plans.with_untracked(|p| p.first().map(|(id, _, _)| id.clone()).unwrap_or_default()),
    );
    let select_id = format!("plan-voor-{suggestion_id}");
    view! {
        <Show when=move || !plans.with(Vec::is_empty)>
            {
                let select_id = select_id.clone();
                move || {
                    let list = plans.get();
                    let current = chosen.get();
                    let taken = list.iter().find(|(id, _, _)| *id == current).map(|(id, name, t)| (id.clone(), name.clone(), *t));
                    view! {
                        <div class="to-action">
                            <label for=select_id.clone()>"Actie maken in plan"</label>
                            <div class="add-row">
                                <select id=select_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                                    {list.iter().map(|(id, name, _)| view! { <option value=id.clone() selected=*id == current>{name.clone()}</option> }).collect_view()}
                                </select>
                                {match taken {
                                    Some((plan_id, name, true)) => view! {
                                        <p class="done-note">"In “"<a href=Route::Plan { id: plan_id }.href()>{name}</a>"” staat hier al een actie voor."</p>
                                    }.into_any(),
                                    _ => view! {
                                        <button type="button" class="button button-quiet" on:click=move |_| {
                                            let plan_id = chosen.get_untracked();
                                            state.update(|s| { s.action_from_suggestion(&plan_id, suggestion_id, new_id("a"), today()); });
                                        }>"Maak actie"</button>
                                    }.into_any(),
                                }}
                            </div>
                        </div>
                    }
                }
            }
        </Show>
    }
}
