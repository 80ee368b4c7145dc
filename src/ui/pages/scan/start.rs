//! Starting a scan, or resuming the one left half-way.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::scan::STATEMENTS;
use crate::domain::shell::{scan_lead, SCAN_FIELDS, SCAN_PRIVACY, SCAN_TITLE};
use crate::domain::state::{AppState, ScanInfo};
use crate::domain::text::format_date;
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, now_local};

/// Offers to continue an unfinished scan, or asks the optional details and starts one.
#[component]
pub fn ScanStartPage() -> impl IntoView {
    super::take_over_static_scan();
    let state = use_store().state;
    let has_draft = Memo::new(move |_| state.with(|s| s.draft.is_some()));
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{SCAN_TITLE}</h1>
            <p class="lead">{scan_lead()}</p>
            <Show when=move || has_draft.get() fallback=|| view! { <StartForm/> }>
                <ResumeOffer/>
            </Show>
        </section>
    }
}

#[component]
fn ResumeOffer() -> impl IntoView {
    let state = use_store().state;
    let summary = move || {
        state.with(|s| {
            s.draft.as_ref().map(|d| {
                trf!(
                    "Je was bezig met “{}” en hebt {} van de {} stellingen beantwoord.",
                    "You were working on “{}” and have answered {} of the {} statements.",
                    d.scan.title(),
                    d.scan.answers.len(),
                    STATEMENTS.len()
                )
            })
        })
    };
    view! {
        <div class="panel resume">
            <h2>{tr!("Verder waar je gebleven was?", "Carry on where you left off?")}</h2>
            <p>{summary}</p>
            <div class="actions">
                <a class="button" href=Route::ScanFill.href()>{tr!("Verder gaan", "Carry on")}</a>
                <button type="button" class="button button-quiet" on:click=move |_| state.update(AppState::discard_draft)>
                    {tr!("Opnieuw beginnen", "Start again")}
                </button>
            </div>
        </div>
    }
}

#[component]
fn StartForm() -> impl IntoView {
    let state = use_store().state;
    let label = RwSignal::new(String::new());
    let respondent = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let today = format_date(now_local());
    let field = move |(id, text, hint): (&'static str, &'static str, &'static str),
                      signal: RwSignal<String>,
                      placeholder: String| {
        view! {
            <div class="field">
                <label for=id>{text}</label>
                <input
                    id=id
                    type="text"
                    maxlength="80"
                    placeholder=placeholder
                    aria-describedby=format!("{id}-hint")
                    prop:value=move || signal.get()
                    on:input=move |ev| signal.set(event_target_value(&ev))
                />
                <p class="field-hint" id=format!("{id}-hint")>{hint}</p>
            </div>
        }
    };
    let placeholder = trf!("Scan van {today}", "Scan from {today}");
    view! {
        <form
            class="panel scan-form"
            on:submit=move |ev| {
                ev.prevent_default();
                let info = ScanInfo {
                    label: label.get_untracked(),
                    respondent: respondent.get_untracked(),
                    role: role.get_untracked(),
                    organisation: organisation.get_untracked(),
                };
                state.update(|s| s.start_scan(new_id("scan"), info, now_local()));
                navigate(&Route::ScanFill);
            }
        >
            <h2>{tr!("Voordat je begint", "Before you start")}</h2>
            <p class="privacy">{SCAN_PRIVACY}</p>
            {field(SCAN_FIELDS[0], label, placeholder)}
            {field(SCAN_FIELDS[1], organisation, String::new())}
            {field(SCAN_FIELDS[2], respondent, String::new())}
            {field(SCAN_FIELDS[3], role, String::new())}
            <button type="submit" class="button button-large">{tr!("Start de scan", "Start the scan")}</button>
        </form>
    }
}
