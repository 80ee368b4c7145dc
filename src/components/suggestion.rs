//! One suggestion on a card, with its status buttons and note.

use leptos::prelude::*;

use crate::app::use_store;
use crate::content::Suggestion;
use crate::state::{Status, NOTE_MAX_CHARS};

/// A suggestion the user can mark "al gerealiseerd", "oppakken" or "niet nu" (tap again to
/// clear) and annotate.
#[component]
pub fn SuggestionItem(
    /// The suggestion to show.
    suggestion: &'static Suggestion,
    /// Its position on the card, 1-based, for labels.
    number: usize,
) -> impl IntoView {
    let state = use_store().state;
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
                on:click=move |_| {
                    let next = if status.get_untracked() == Some(choice) { None } else { Some(choice) };
                    state.update(|s| s.set_status(id, next));
                }
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
