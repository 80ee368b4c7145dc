//! A file input plus a drop zone, handing over the picked or dropped files' bytes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::web::file_read::{read_files, take_files};

/// The files handed to a file input or dropped on a zone, read and validated.
fn on_files(list: Option<web_sys::FileList>, then: impl FnOnce(Vec<(String, Vec<u8>)>) + 'static) {
    if let Some(list) = list {
        let files = take_files(&list);
        leptos::task::spawn_local(async move { then(read_files(files).await) });
    }
}

/// A file input plus a drop zone for several files.
#[component]
pub fn FileDrop(
    /// Element id of the input.
    id: &'static str,
    /// The label text.
    label: &'static str,
    /// Receives the names and bytes of the files.
    on_read: Callback<Vec<(String, Vec<u8>)>>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    view! {
        <div
            class="drop-zone"
            class:drag-over=move || over.get()
            on:dragover=move |ev| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(false);
                on_files(ev.data_transfer().and_then(|d| d.files()), move |files| on_read.run(files));
            }
        >
            <label for=id class="button">{label}</label>
            <input id=id class="visually-hidden" type="file" multiple accept=".json,application/json"
                on:change=move |ev| {
                    let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
                    let files = input.as_ref().and_then(|i| i.files());
                    on_files(files, move |files| on_read.run(files));
                    if let Some(input) = input { input.set_value(""); }
                }/>
            // Dragging files needs a mouse: no hint about it on a touch screen.
            <p class="field-hint">{tr!("Meerdere tegelijk kan", "You can choose several at once")}<span class="drag-hint">{tr!(", of sleep ze hierheen", ", or drag them here")}</span>"."</p>
        </div>
    }
}
