//! Export and import: the whole state as a file, and files from others merged in by id.

use leptos::prelude::*;

use crate::ui::store::use_store;
use crate::web::clock::now_local;
use crate::web::download::offer_file;
use crate::ui::components::file_drop::FileDrop;
use crate::domain::files::export::{days_since_export, export_all};
use crate::domain::files::format::{parse, Document, FileError};
use crate::domain::files::merge::{changes, contents, merge, replace, Changes, Contents, Prefer};
use crate::domain::scan::format_date_time;
use crate::domain::state::AppState;

/// Exports everything and remembers when, for the reminder. `Err` holds what to tell the
/// user.
pub(crate) fn export_everything(state: RwSignal<AppState>) -> Result<(), String> {
    let now = now_local();
    let file = state
        .with_untracked(|s| export_all(s, now))
        .map_err(|e| e.to_string())?;
    if !offer_file(&file) {
        return Err(
            "Downloaden lukt hier niet. Open de app in een eigen tabblad en probeer het opnieuw."
                .into(),
        );
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
    let state = use_store().state;
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
        state.with(|s| {
            // What each file changes, applied one after the other.
            let mut acc = s.clone();
            docs.iter()
                .map(|d| {
                    let ch = changes(&acc, d);
                    acc = merge(&acc, d, Prefer::Mine);
                    (contents(d), ch)
                })
                .collect::<Vec<(Contents, Changes)>>()
        })
    });
    let conflicts = Memo::new(move |_| {
        summary.with(|s| s.iter().map(|(_, c)| c.conflict_count()).sum::<usize>())
    });

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
    let apply_merge = move |_| {
        let docs = valid.get_untracked();
        let choice = prefer.get_untracked();
        let before = state.get_untracked();
        let after = docs
            .iter()
            .fold(before.clone(), |acc, d| merge(&acc, d, choice));
        let added = (
            after.scans.len() - before.scans.len(),
            after.plans.len() - before.plans.len(),
            after
                .suggestions
                .len()
                .saturating_sub(before.suggestions.len()),
        );
        state.set(after);
        picked.set(Vec::new());
        done.set(Some(format!(
            "Samengevoegd: {} scans, {} plannen en {} markeringen toegevoegd.",
            added.0, added.1, added.2
        )));
    };
    let apply_replace = move |_| {
        let docs = valid.get_untracked();
        let Some(first) = docs.first() else { return };
        let base = state.with_untracked(|s| replace(s, first));
        let after = docs[1..]
            .iter()
            .fold(base, |acc, d| merge(&acc, d, Prefer::Theirs));
        state.set(after);
        picked.set(Vec::new());
        confirm_replace.set(false);
        done.set(Some(
            "Vervangen: de gegevens op dit apparaat zijn nu die uit het bestand.".into(),
        ));
    };

    view! {
        <section class="page narrow files">
            <h1 tabindex="-1">"Bestanden"</h1>
            <p class="lead">"Alles staat alleen in deze browser. Exporteer een bestand om het te bewaren of met je team te delen; lees bestanden van anderen in om ze samen te voegen."</p>

            <section class="panel" aria-labelledby="exporteren">
                <h2 id="exporteren">"Exporteren"</h2>
                <p>{move || match last.get() {
                    Some(at) => format!("Laatste export: {} ({} dagen geleden).", format_date_time(at), days_since_export(&AppState { last_export: Some(at), ..AppState::default() }, now_local()).unwrap_or(0)),
                    None => "Je hebt nog niet eerder alles geëxporteerd.".to_owned(),
                }}</p>
                <button type="button" class="button" on:click=move |_| export_failed.set(export_everything(state).err())>"Alles exporteren"</button>
                <Show when=move || export_failed.with(Option::is_some)><p class="field-error">{move || export_failed.get()}</p></Show>
                <p class="field-hint">"Eén scan of één plan exporteer je vanaf de pagina van die scan of dat plan."</p>
            </section>

            <section class="panel" aria-labelledby="inlezen">
                <h2 id="inlezen">"Inlezen"</h2>
                <FileDrop id="bestand-inlezen" label="Bestanden kiezen" on_read/>
                <p class="done-message" role="status">{move || done.get()}</p>
                <ul class="picked">
                    {move || {
                        let mut ok_index = 0;
                        let sums = summary.get();
                        picked.get().into_iter().map(|f| match f.result {
                            Err(e) => view! {
                                <li class="notice notice-error file-error" data-file=f.name.clone()>
                                    <p><strong>{f.name.clone()}</strong>" is niet ingelezen. "{e.message()}</p>
                                    <p class="field-hint">"Er is niets veranderd."</p>
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
                                <legend>{move || format!("{} verschillen: wat moet blijven?", conflicts.get())}</legend>
                                <label class="check"><input type="radio" name="voorkeur" prop:checked=move || prefer.get() == Prefer::Mine on:change=move |_| prefer.set(Prefer::Mine)/>"Wat op dit apparaat staat"</label>
                                <label class="check"><input type="radio" name="voorkeur" prop:checked=move || prefer.get() == Prefer::Theirs on:change=move |_| prefer.set(Prefer::Theirs)/>"De versie uit het bestand"</label>
                            </fieldset>
                        </Show>
                        <div class="actions">
                            <button type="button" class="button" on:click=apply_merge>"Samenvoegen"</button>
                            <button type="button" class="button button-quiet" on:click=move |_| confirm_replace.set(true)>"Vervangen"</button>
                            <button type="button" class="button button-quiet" on:click=move |_| picked.set(Vec::new())>"Annuleren"</button>
                        </div>
                        <Show when=move || confirm_replace.get()>
                            <div class="confirm" role="alertdialog" aria-label="Gegevens vervangen">
                                <p>"Vervangen wist wat nu op dit apparaat staat (een scan die je aan het invullen bent blijft). Download eerst je huidige gegevens als je ze wilt bewaren."</p>
                                <div class="actions">
                                    <button type="button" class="button button-quiet" on:click=move |_| { let _ = export_everything(state); }>"Huidige gegevens downloaden"</button>
                                    <button type="button" class="button button-danger-solid" on:click=apply_replace>"Ja, vervangen"</button>
                                    <button type="button" class="button button-quiet" on:click=move |_| confirm_replace.set(false)>"Annuleren"</button>
                                </div>
                            </div>
                        </Show>
                    </div>
                </Show>
            </section>
            <p><a class="button button-quiet" href=crate::domain::route::Route::Team.href()>"Teambeeld maken van scans van teamleden"</a></p>
        </section>
    }
}

#[component]
fn Preview(name: String, contents: Contents, changes: Changes) -> impl IntoView {
    let holds = format!(
        "{} {}, {} {}, {} gemarkeerde suggesties",
        contents.scans,
        if contents.scans == 1 { "scan" } else { "scans" },
        contents.plans,
        if contents.plans == 1 {
            "plan"
        } else {
            "plannen"
        },
        contents.marks
    );
    let origin = [
        (!contents.from.is_empty()).then(|| format!("van {}", contents.from.join(", "))),
        contents
            .exported_at
            .map(|at| format!("geëxporteerd op {}", format_date_time(at))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let line = |what: &str, k: &crate::domain::files::merge::KindChanges| {
        format!(
            "{what}: {} nieuw, {} al aanwezig, {} met verschillen",
            k.new,
            k.same,
            k.conflicts.len()
        )
    };
    let conflict_names: Vec<String> = [&changes.scans, &changes.plans, &changes.marks]
        .iter()
        .flat_map(|k| k.conflicts.clone())
        .collect();
    view! {
        <h3>{name}</h3>
        <p>{format!("Bevat {holds}")}{(!origin.is_empty()).then(|| format!(" — {origin}"))}"."</p>
        <ul class="changes-list">
            <li>{line("Scans", &changes.scans)}</li>
            <li>{line("Plannen", &changes.plans)}</li>
            <li>{line("Markeringen", &changes.marks)}</li>
        </ul>
        {(!conflict_names.is_empty()).then(|| view! { <p class="conflicts">"Verschillen bij: "{conflict_names.join("; ")}</p> })}
        {changes.is_empty().then(|| view! { <p class="field-hint">"Alles uit dit bestand staat al op dit apparaat."</p> })}
    }
}
