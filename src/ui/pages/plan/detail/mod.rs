//! One plan: progress, timeline, sessions, actions, promises, budget, measures, export.
//! One file per section; each reads the plan's memo and sends its intents to the core
//! (`domain::journey::edit`).

mod actions;
mod budget;
mod measures;
mod progress;
mod promises;
mod sessions;
mod settings;

pub(crate) use actions::ActionRow;

use leptos::prelude::*;

use crate::domain::files::export::export_plan;
use crate::domain::journey::{ics, Plan};
use crate::domain::route::Route;
use crate::ui::components::not_found::NotFoundPage;
use crate::ui::notices::Notice;
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{now_local, now_utc};
use crate::web::download::{download, offer_file};

use super::watch_plan;

/// The plan with this id.
#[component]
pub fn PlanPage(
    /// The plan's id from the URL.
    id: String,
) -> impl IntoView {
    let exists = use_store().state.with_untracked(|s| s.plan(&id).is_some());
    if !exists {
        return view! { <NotFoundPage/> }.into_any();
    }
    let id = StoredValue::new(id);
    let notices = use_store().notices;
    // One copy of the plan per change, shared by every section of the page.
    let plan = watch_plan(id);
    let name = move || plan.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    view! {
        <article class="page narrow plan">
            <p class="card-kicker">{tr!("Reisplanner", "Journey planner")}</p>
            <h1 tabindex="-1">{name}</h1>
            <p class="meta">{move || plan.with(|p| p.as_ref().map(Plan::period_text))}</p>
            <PartsNav id/>
            <PlanNotices plan/>
            <div class="plan-layout">
                <div class="plan-overview">
                    <progress::ProgressPanel id plan/>
                    <progress::Timeline id plan/>
                </div>
                <div class="plan-main">
                    <sessions::Sessions id plan/>
                    <actions::Actions id plan/>
                    <promises::Promises id plan/>
                    <budget::Budget id plan/>
                    <measures::Measures id plan/>
                    <settings::Settings id plan/>
                    <section class="panel no-print">
                        <h2>{tr!("Agenda en opruimen", "Calendar and clean-up")}</h2>
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| {
                                if let Some(p) = plan.get_untracked() {
                                    download(&ics::file_name(&p), "text/calendar", &ics::to_ics(&p, now_utc()));
                                }
                            }>{tr!("Agenda downloaden (.ics)", "Download calendar (.ics)")}</button>
                            <button type="button" class="button button-quiet" on:click=move |_| {
                                if let Some(p) = plan.get_untracked() {
                                    match export_plan(&p, now_local()) {
                                        Ok(file) => {
                                            offer_file(&file);
                                        }
                                        Err(e) => notices.push(Notice::error(e.to_string())),
                                    }
                                }
                            }>{tr!("Plan exporteren", "Export plan")}</button>
                            <DeletePlan id/>
                        </div>
                        <p class="field-hint">{tr!("Het .ics-bestand opent in Outlook, Google Agenda en Apple Agenda. Opnieuw downloaden en importeren werkt dezelfde afspraken bij.", "The .ics file opens in Outlook, Google Calendar and Apple Calendar. Downloading and importing it again updates the same appointments.")}</p>
                    </section>
                </div>
            </div>
        </article>
    }
    .into_any()
}

/// The plan's sections the links at the top lead to: the id of each one's heading, and
/// the link's text.
const PARTS: [(&str, &str); 5] = [
    ("sessies", tr!("Sessies", "Sessions")),
    ("acties", tr!("Acties", "Actions")),
    ("beloften", tr!("Beloften", "Promises")),
    ("budget", tr!("Budget", "Budget")),
    ("metingen", tr!("Metingen", "Measures")),
];

/// Links to the plan's sections. Routing is by hash, so each is a route of its own
/// ([`Route::PlanPart`]) that keeps the page and moves focus to the section's heading.
#[component]
fn PartsNav(id: StoredValue<String>) -> impl IntoView {
    view! {
        <nav class="page-nav no-print" aria-label=tr!("Op deze pagina", "On this page")>
            <ul>
                {PARTS.map(|(anchor, text)| view! {
                    <li><a href=part_href(id, anchor)>{text}</a></li>
                })}
            </ul>
        </nav>
    }
}

/// The link to a section of the plan.
pub(super) fn part_href(id: StoredValue<String>, anchor: &str) -> String {
    Route::PlanPart {
        id: id.get_value(),
        anchor: anchor.into(),
    }
    .href()
}

#[component]
fn PlanNotices(plan: Memo<Option<Plan>>) -> impl IntoView {
    let notices =
        Memo::new(move |_| plan.with(|p| p.as_ref().map(Plan::notices).unwrap_or_default()));
    view! {
        <Show when=move || !notices.with(Vec::is_empty)>
            <div class="notice notice-warning plan-notices" role="status">
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

#[component]
fn DeletePlan(id: StoredValue<String>) -> impl IntoView {
    let state = use_store().state;
    let confirming = RwSignal::new(false);
    view! {
        <Show when=move || confirming.get() fallback=move || view! {
            <button type="button" class="button button-quiet button-danger" on:click=move |_| confirming.set(true)>{tr!("Plan verwijderen", "Delete plan")}</button>
        }>
            <div class="confirm" role="alertdialog" aria-label=tr!("Plan verwijderen", "Delete plan")>
                <p>{tr!("Dit plan met al zijn sessies, acties en beloften definitief verwijderen?", "Permanently delete this plan with all its sessions, actions and promises?")}</p>
                <div class="actions">
                    <button type="button" class="button button-danger-solid" on:click=move |_| {
                        state.update(|s| id.with_value(|id| s.delete_plan(id)));
                        navigate(&Route::Plans);
                    }>{tr!("Ja, verwijderen", "Yes, delete")}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr!("Annuleren", "Cancel")}</button>
                </div>
            </div>
        </Show>
    }
}
