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
    let note_ref = NodeRef::<leptos::html::Div>::new();
    let note_field = NodeRef::<leptos::html::Textarea>::new();
    // Set when the user leaves the field; typing clears it, so it only ever speaks about
    // what the field shows after the last change.
    let note_left = RwSignal::new(None::<String>);
    let note_status = move || {
        note_left.with(|field| {
            field
                .as_deref()
                .and_then(|field| mark.with(|m| crate::domain::text::note_status(&m.note, field)))
        })
    };
    let open_note = move |_| {
        note_open.set(true);
        // Shown and focused inside the tap itself: phones only open the keyboard for a
        // focus that happens during the tap, and the view updates after it.
        if let (Some(wrapper), Some(field)) = (note_ref.get_untracked(), note_field.get_untracked())
        {
            let _ = wrapper.remove_attribute("hidden");
            let _ = field.focus();
        }
    };
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
            // The status is printed after the text ("[oppakken]", "[take up]"): paper has
            // no buttons.
            <p
                class="suggestion-text"
                id=text_id.clone()
                data-status-label=move || status.get().map(|s| s.label().to_lowercase())
            >
                {suggestion.text}
            </p>
            <div class="status-choices" role="group" aria-labelledby=text_id>
                {buttons}
            </div>
            <Show when=move || status.get() == Some(Status::Oppakken)>
                <ToAction suggestion_id=id/>
            </Show>
            <Show when=move || !note_open.get()>
                <button type="button" class="link-button" on:click=open_note>
                    {tr!("Notitie toevoegen", "Add a note")}
                </button>
            </Show>
            // Always in the page, so that the tap on "Notitie toevoegen" can focus it.
            <div class="note-field" node_ref=note_ref hidden=move || !note_open.get()>
                <label class="note-label" for=note_id.clone()>{trf!("Notitie bij suggestie {number}", "Note on suggestion {number}")}</label>
                <textarea
                    id=note_id.clone()
                    node_ref=note_field
                    class="note"
                    rows="2"
                    maxlength=NOTE_MAX_CHARS.to_string()
                    prop:value=move || mark.with(|m| m.note.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        state.update(|s| s.set_note(id, &text));
                        note_left.set(None);
                    }
                    on:change=move |ev| note_left.set(Some(event_target_value(&ev)))
                ></textarea>
                <p class="confirmation note-status" role="status">{note_status}</p>
            </div>
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
    // The plan an action was just added to (id and name), for the confirmation.
    let added = RwSignal::new(None::<(String, String)>);
    let make_action = move |_| {
        let plan_id = chosen.get_untracked();
        let made = state.try_update(|s| {
            s.action_from_suggestion(&plan_id, suggestion_id, new_id("a"), today())
        });
        if made == Some(true) {
            let name = plans.with_untracked(|list| {
                list.iter()
                    .find(|(id, _, _)| *id == plan_id)
                    .map(|(_, name, _)| name.clone())
                    .unwrap_or_default()
            });
            added.set(Some((plan_id, name)));
        }
    };
    let select_id = format!("plan-voor-{suggestion_id}");
    view! {
        <Show when=move || !plans.with(Vec::is_empty)>
            <div class="to-action">
                {
                    let select_id = select_id.clone();
                    move || {
                        let list = plans.get();
                        let current = chosen.get();
                        let just_added = added.with(|a| a.as_ref().is_some_and(|(id, _)| *id == current));
                        let taken = list.iter().find(|(id, _, _)| *id == current).map(|(id, name, t)| (id.clone(), name.clone(), *t));
                        view! {
                            <label for=select_id.clone()>{tr!("Actie maken in plan", "Create an action in plan")}</label>
                            <div class="add-row">
                                <select id=select_id.clone() on:change=move |ev| chosen.set(event_target_value(&ev))>
                                    {list.iter().map(|(id, name, _)| view! { <option value=id.clone() selected=*id == current>{name.clone()}</option> }).collect_view()}
                                </select>
                                {match taken {
                                    // The confirmation below says it already.
                                    Some((_, _, true)) if just_added => ().into_any(),
                                    Some((plan_id, name, true)) => view! {
                                        <p class="done-note">{tr!("In “", "“")}<a href=Route::Plan { id: plan_id }.href()>{name}</a>{tr!("” staat hier al een actie voor.", "” already has an action for this.")}</p>
                                    }.into_any(),
                                    _ => view! {
                                        <button type="button" class="button button-quiet" on:click=make_action>{tr!("Maak actie", "Create action")}</button>
                                    }.into_any(),
                                }}
                            </div>
                        }
                    }
                }
                // Outside the part that is redrawn, so screen readers hear the change.
                <p class="confirmation" role="status">
                    {move || added.get().map(|(plan_id, name)| view! {
                        {tr!("✓ Actie toegevoegd aan ", "✓ Action added to ")}
                        <a href=Route::Plan { id: plan_id }.href()>{name}</a>
                    })}
                </p>
            </div>
        </Show>
    }
}
