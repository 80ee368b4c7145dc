//! Export and import: the whole state as a file, and files from others merged in by id.

use leptos::prelude::*;

use crate::domain::files::export::{days_since, export_all, keeping_text};
use crate::domain::files::format::{parse, Document, FileError};
use crate::domain::files::import::{apply, conflict_count, preview, Choice};
use crate::domain::files::merge::{contents, Changes, Contents, Prefer};
use crate::domain::state::AppState;
use crate::domain::text::{days_ago_text, format_date_time};
use crate::ui::components::file_drop::FileDrop;
use crate::ui::store::use_store;
use crate::web::clock::now_local;
use crate::web::download::offer_file;

/// Exports everything and remembers when, for the reminder. `Err` holds what to tell the
/// user.
pub(crate) fn export_everything(state: RwSignal<AppState>) -> Result<(), String> {
    let now = now_local();
    let file = state
        .with_untracked(|s| export_all(s, now))
        .map_err(|e| e.to_string())?;
    if !offer_file(&file) {
        return Err(tr!(
            "Downloaden lukt hier niet. Open de app in een eigen tabblad en probeer het opnieuw.",
            "Downloading doesn't work here. Open the app in a tab of its own and try again."
        )
        .into());
    }
    state.update(|s| s.last_export = Some(now));
    Ok(())
}

/// One picked or dropped file, checked.
#[derive(Clone)]
struct Picked {
    name: String,
    result: Result<Document, FileError>,
}

/// Export and import.
#[component]
pub fn FilesPage() -> impl IntoView {
    let store = use_store();
    let state = store.state;
    let full_app = crate::web::keep::full_app_address();
    // What the browser says, also before there is anything worth asking it to keep.
    if !crate::ui::store::ask_to_keep(store) {
        crate::ui::store::look_at_keeping(store);
    }
    let picked = RwSignal::new(Vec::<Picked>::new());
    let prefer = RwSignal::new(Prefer::Mine);
    let confirm_replace = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let export_failed = RwSignal::new(None::<String>);

    let last = Memo::new(move |_| state.with(|s| s.last_export));
    let valid = Memo::new(move |_| {
        picked.with(|p| {
            p.iter()
                .filter_map(|f| f.result.as_ref().ok().cloned())
                .collect::<Vec<Document>>()
        })
    });
    let summary = Memo::new(move |_| {
        let docs = valid.get();
        state.with(|s| preview(s, &docs))
    });
    let conflicts = Memo::new(move |_| summary.with(|s| conflict_count(s)));

    let on_read = Callback::new(move |files: Vec<(String, Vec<u8>)>| {
        done.set(None);
        confirm_replace.set(false);
        picked.set(
            files
                .into_iter()
                .map(|(name, bytes)| Picked {
                    result: parse(&bytes),
                    name,
                })
                .collect(),
        );
    });
    let apply_choice = move |choice: Choice| {
        let docs = valid.get_untracked();
        let Some((after, message)) = state.with_untracked(|s| apply(s, &docs, choice)) else {
            return;
        };
        state.set(after);
        crate::ui::store::ask_to_keep(store);
        picked.set(Vec::new());
        confirm_replace.set(false);
        done.set(Some(message));
    };
    let apply_merge = move |_| apply_choice(Choice::Merge(prefer.get_untracked()));
    let apply_replace = move |_| apply_choice(Choice::Replace);

    view! {
        <section class="page narrow files">
            <h1 tabindex="-1">{tr!("Bestanden", "Files")}</h1>
            <p class="lead">{tr!("Alles staat alleen in deze browser. Exporteer een bestand om het te bewaren of met je team te delen; lees bestanden van anderen in om ze samen te voegen.", "Everything is stored in this browser only. Export a file to keep it or to share it with your team; import files from others to merge them.")}</p>

            <section class="panel" aria-labelledby="exporteren">
                <h2 id="exporteren">{tr!("Exporteren", "Export")}</h2>
                <p>{move || match last.get() {
                    Some(at) => trf!("Laatste export: {} ({}).", "Last export: {} ({}).", format_date_time(at), days_ago_text(days_since(at, now_local()))),
                    None => tr!("Je hebt nog niet eerder alles geëxporteerd.", "You haven't exported everything before.").to_owned(),
                }}</p>
                <button type="button" class="button" on:click=move |_| export_failed.set(export_everything(state).err())>{tr!("Alles exporteren", "Export everything")}</button>
                <Show when=move || export_failed.with(Option::is_some)><p class="field-error">{move || export_failed.get()}</p></Show>
                {full_app.map(|href| view! {
                    <p class="frame-note">
                        {tr!("Je gebruikt de app binnen een andere website. Wat je hier doet, bewaart de browser apart (of helemaal niet). ", "You're using the app inside another website. The browser keeps what you do here separately (or not at all). ")}
                        <a href=href target="_blank" rel="noopener">{tr!("Open de volledige app", "Open the full app")}</a>
                    </p>
                })}
                <p class="field-hint">{tr!("Eén scan of één plan exporteer je vanaf de pagina van die scan of dat plan.", "To export a single scan or plan, go to the page of that scan or plan.")}</p>
                <p class="keeping">{move || { let (keeping, erased) = store.keeping.get(); keeping_text(keeping, erased) }}</p>
            </section>

            <section class="panel" aria-labelledby="inlezen">
                <h2 id="inlezen">{tr!("Inlezen", "Import")}</h2>
                <FileDrop id="bestand-inlezen" label=tr!("Bestanden kiezen", "Choose files") on_read/>
                <p class="done-message" role="status">{move || done.get()}</p>
                <ul class="picked">
                    {move || {
                        let mut ok_index = 0;
                        let sums = summary.get();
                        picked.get().into_iter().map(|f| match f.result {
                            Err(e) => view! {
                                <li class="notice notice-error file-error" data-file=f.name.clone()>
                                    <p><strong>{f.name.clone()}</strong>{tr!(" is niet ingelezen. ", " was not imported. ")}{e.message()}</p>
                                    <p class="field-hint">{tr!("Er is niets veranderd.", "Nothing has changed.")}</p>
                                </li>
                            }.into_any(),
                            Ok(_) => {
                                let (c, ch) = sums.get(ok_index).cloned().unwrap_or((contents(&Document::from_state(&AppState::default())), Changes::default()));
                                ok_index += 1;
                                view! { <li class="panel file-preview" data-file=f.name.clone()><Preview name=f.name.clone() contents=c changes=ch/></li> }.into_any()
                            }
                        }).collect_view()
                    }}
                </ul>
                <Show when=move || !valid.with(Vec::is_empty)>
                    <div class="import-actions">
                        <Show when=move || conflicts.get() != 0>
                            <fieldset class="field">
                                <legend>{move || trf!("{} verschillen: wat moet blijven?", "{} differences: which should stay?", conflicts.get())}</legend>
                                <label class="check"><input type="radio" name="voorkeur" prop:checked=move || prefer.get() == Prefer::Mine on:change=move |_| prefer.set(Prefer::Mine)/>{tr!("Wat op dit apparaat staat", "What is on this device")}</label>
                                <label class="check"><input type="radio" name="voorkeur" prop:checked=move || prefer.get() == Prefer::Theirs on:change=move |_| prefer.set(Prefer::Theirs)/>{tr!("De versie uit het bestand", "The version from the file")}</label>
                            </fieldset>
                        </Show>
                        <div class="actions">
                            <button type="button" class="button" on:click=apply_merge>{tr!("Samenvoegen", "Merge")}</button>
                            <button type="button" class="button button-quiet" on:click=move |_| confirm_replace.set(true)>{tr!("Vervangen", "Replace")}</button>
                            <button type="button" class="button button-quiet" on:click=move |_| picked.set(Vec::new())>{tr!("Annuleren", "Cancel")}</button>
                        </div>
                        <Show when=move || confirm_replace.get()>
                            <div class="confirm" role="alertdialog" aria-label=tr!("Gegevens vervangen", "Replace data")>
                                <p>{tr!("Vervangen wist wat nu op dit apparaat staat (een scan die je aan het invullen bent blijft). Exporteer eerst je huidige gegevens als je ze wilt bewaren.", "Replacing erases what is on this device now (a scan you are filling in stays). Export your current data first if you want to keep it.")}</p>
                                <div class="actions">
                                    <button type="button" class="button button-quiet" on:click=move |_| { let _ = export_everything(state); }>{tr!("Huidige gegevens exporteren", "Export current data")}</button>
                                    <button type="button" class="button button-danger-solid" on:click=apply_replace>{tr!("Ja, vervangen", "Yes, replace")}</button>
                                    <button type="button" class="button button-quiet" on:click=move |_| confirm_replace.set(false)>{tr!("Annuleren", "Cancel")}</button>
                                </div>
                            </div>
                        </Show>
                    </div>
                </Show>
            </section>
            <p><a class="button button-quiet" href=crate::domain::route::Route::Team.href()>{tr!("Teambeeld maken van scans van teamleden", "Make a team view from members' scans")}</a></p>
        </section>
    }
}

#[component]
fn Preview(name: String, contents: Contents, changes: Changes) -> impl IntoView {
    let conflict_names = changes.conflict_names();
    view! {
        <h3>{name}</h3>
        <p>{contents.description()}</p>
        <ul class="changes-list">
            <li>{changes.scans.line(tr!("Scans", "Scans"))}</li>
            <li>{changes.plans.line(tr!("Plannen", "Plans"))}</li>
            <li>{changes.marks.line(tr!("Markeringen", "Marks"))}</li>
        </ul>
        {(!conflict_names.is_empty()).then(|| view! { <p class="conflicts">{tr!("Verschillen bij: ", "Differences in: ")}{conflict_names.join("; ")}</p> })}
        {changes.is_empty().then(|| view! { <p class="field-hint">{tr!("Alles uit dit bestand staat al op dit apparaat.", "Everything in this file is already on this device.")}</p> })}
    }
}
