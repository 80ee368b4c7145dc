//! The list of finished scans: view, rename, delete, compare.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::store::{navigate, use_store};

/// All finished scans, newest first, with a comparison picker.
#[component]
pub fn ScanHistoryPage() -> impl IntoView {
    let state = use_store().state;
    // Newest first; ids only, so a rename does not rebuild the list.
    let ids = Memo::new(move |_| {
        state.with(|s| {
            s.scans_newest_first()
                .into_iter()
                .map(|sc| sc.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{tr!("Jullie scans", "Your scans")}</h1>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=|| view! {
                    <p>{tr!("Er zijn nog geen afgeronde scans op dit apparaat.", "There are no finished scans on this device yet.")}</p>
                    <p><a class="button" href=Route::ScanStart.href()>{tr!("Doe de zelfscan", "Take the self-scan")}</a></p>
                }
            >
                <ul class="scan-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <ScanRow id/>
                    </For>
                </ul>
                <ComparePicker ids/>
                <p><a class="button button-quiet" href=Route::ScanStart.href()>{tr!("Nieuwe scan", "New scan")}</a></p>
            </Show>
        </section>
    }
}

#[component]
fn ScanRow(id: String) -> impl IntoView {
    let state = use_store().state;
    let key = StoredValue::new(id.clone());
    let scan = Memo::new(move |_| state.with(|s| key.with_value(|k| s.scan(k).cloned())));
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft_label = RwSignal::new(String::new());
    let title = move || scan.with(|s| s.as_ref().map(|s| s.title()).unwrap_or_default());
    let rename_button = NodeRef::<leptos::html::Button>::new();
    // Closes the form. `refocus` when the focus was in it (saved, cancelled, Escape): it
    // goes back to the button that opened it rather than to the start of the page. The
    // button is shown and focused at once, as the view only follows after this handler.
    let close = move |refocus: bool| {
        renaming.set(false);
        if let Some(button) = rename_button.get_untracked().filter(|_| refocus) {
            let _ = button.remove_attribute("hidden");
            let _ = button.focus();
        }
    };
    let save = move || {
        state.update(|s| key.with_value(|k| s.rename_scan(k, &draft_label.get_untracked())));
        close(true);
    };
    view! {
        <li class="panel scan-row" data-scan=id.clone()>
            <Show
                when=move || renaming.get()
                fallback=move || view! {
                    <h2 class="scan-row-title"><a href=move || Route::ScanResult { id: key.get_value() }.href()>{title}</a></h2>
                }
            >
                <RenameForm input_id=format!("naam-{}", key.get_value()) draft_label save close/>
            </Show>
            <p class="meta">{move || scan.with(|s| s.as_ref().map(crate::domain::scan::Scan::meta_line).unwrap_or_default())}</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <div class="actions">
                        // Hidden, not removed, while the form is open: closing it can then
                        // give it the focus back straight away.
                        <button type="button" class="button button-quiet" node_ref=rename_button hidden=move || renaming.get() on:click=move |_| {
                            draft_label.set(scan.with_untracked(|s| s.as_ref().map(|s| s.label.clone()).unwrap_or_default()));
                            renaming.set(true);
                        }>{tr!("Naam wijzigen", "Rename")}</button>
                        <button type="button" class="button button-quiet button-danger" on:click=move |_| confirming.set(true)>{tr!("Verwijderen", "Delete")}</button>
                    </div>
                }
            >
                <div class="confirm" role="alertdialog" aria-label=tr!("Scan verwijderen", "Delete scan")>
                    <p>{move || trf!("“{}” definitief verwijderen? Dit kan niet ongedaan worden gemaakt.", "Delete “{}” for good? This cannot be undone.", title())}</p>
                    <div class="actions">
                        <button type="button" class="button button-danger-solid" on:click=move |_| {
                            state.update(|s| key.with_value(|k| s.delete_scan(k)));
                        }>{tr!("Ja, verwijderen", "Yes, delete")}</button>
                        <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr!("Annuleren", "Cancel")}</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}

/// The form that renames a scan. It closes without saving when the user leaves it: Escape,
/// the focus moving elsewhere, or a tap outside it.
#[component]
fn RenameForm(
    /// The id of the name field.
    input_id: String,
    /// The name being typed.
    draft_label: RwSignal<String>,
    /// Saves the name and closes the form.
    save: impl Fn() + Copy + 'static,
    /// Closes the form; `true` to give the focus back to the button that opened it.
    close: impl Fn(bool) + Copy + 'static,
) -> impl IntoView {
    use wasm_bindgen::JsCast;
    let form = NodeRef::<leptos::html::Form>::new();
    let inside = move |target: Option<web_sys::EventTarget>| {
        let element = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        form.get_untracked()
            .is_some_and(|f| element.is_some_and(|e| f.contains(Some(&e))))
    };
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            let _ = input.focus();
            input.select();
        }
    });
    // Leaving is the focus going elsewhere (Tab, a tap on a link or field) or a tap on
    // something that takes no focus (text, or any button in Safari); a tap on "Opslaan"
    // stays inside.
    let leave = move |ev: web_sys::Event| {
        if !inside(ev.target()) {
            close(false);
        }
    };
    let taps = window_event_listener(leptos::ev::pointerdown, move |ev| leave(ev.into()));
    let focus = window_event_listener(leptos::ev::focusin, move |ev| leave(ev.into()));
    on_cleanup(move || {
        taps.remove();
        focus.remove();
    });
    view! {
        <form
            class="rename"
            node_ref=form
            on:submit=move |ev| {
                ev.prevent_default();
                save();
            }
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close(true);
                }
            }
        >
            <label for=input_id.clone()>{tr!("Nieuwe naam", "New name")}</label>
            <input id=input_id node_ref=field type="text" maxlength="80"
                prop:value=move || draft_label.get()
                on:input=move |ev| draft_label.set(event_target_value(&ev))/>
            <div class="actions">
                <button type="submit" class="button">{tr!("Opslaan", "Save")}</button>
                <button type="button" class="button button-quiet" on:click=move |_| close(true)>{tr!("Annuleren", "Cancel")}</button>
            </div>
        </form>
    }
}

/// Two dropdowns and a button that open the comparison.
#[component]
fn ComparePicker(
    /// Scan ids, newest first.
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let state = use_store().state;
    let earlier = RwSignal::new(ids.with_untracked(|i| i.get(1).cloned().unwrap_or_default()));
    let later = RwSignal::new(ids.with_untracked(|i| i.first().cloned().unwrap_or_default()));
    let options = move |selected: RwSignal<String>| {
        state.with(|s| {
            s.scans_newest_first()
                .into_iter()
                .map(|sc| {
                    let id = sc.id.clone();
                    let is_selected = selected.get_untracked() == id;
                    view! { <option value=id selected=is_selected>{sc.choice_label()}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || ids.with(|i| i.len() >= 2)>
            <form class="panel compare-picker" on:submit=move |ev| {
                ev.prevent_default();
                navigate(&Route::Compare { a: earlier.get_untracked(), b: later.get_untracked() });
            }>
                <h2>{tr!("Twee scans vergelijken", "Compare two scans")}</h2>
                <div class="field">
                    <label for="vergelijk-a">{tr!("Eerdere scan", "Earlier scan")}</label>
                    <select id="vergelijk-a" on:change=move |ev| earlier.set(event_target_value(&ev))>{move || options(earlier)}</select>
                </div>
                <div class="field">
                    <label for="vergelijk-b">{tr!("Latere scan", "Later scan")}</label>
                    <select id="vergelijk-b" on:change=move |ev| later.set(event_target_value(&ev))>{move || options(later)}</select>
                </div>
                <button type="submit" class="button">{tr!("Vergelijken", "Compare")}</button>
            </form>
        </Show>
    }
}
