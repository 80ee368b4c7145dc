//! Filling in the scan: one statement per screen, then a summary of what was skipped.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::scan::{key_intent, Answer, KeyIntent, SCALE, STATEMENTS};
use crate::domain::shell::{statement_dimension, EXIT_LINK, SCAN_KEYS, SCAN_QUESTION};
use crate::ui::store::{navigate, use_store};
use crate::web::clock::now_local;

/// The statement the draft is at, or the summary once past the last one.
#[component]
pub fn ScanFillPage() -> impl IntoView {
    super::take_over_static_scan();
    let state = use_store().state;
    let position = Memo::new(move |_| state.with(|s| s.draft.as_ref().map(|d| d.position)));

    // Keyboard: digits 1–5 answer, 0 is "weet ik niet", arrows go back and skip.
    let keys = window_event_listener(ev::keydown, move |ev| {
        let typing = document()
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(at) = position.get_untracked() else {
            return;
        };
        match key_intent(&ev.key(), at < STATEMENTS.len()) {
            Some(KeyIntent::Answer(answer)) => state.update(|s| s.answer_current(Some(answer))),
            Some(KeyIntent::Back) => state.update(|s| s.go_to(at.saturating_sub(1))),
            Some(KeyIntent::Forward) => state.update(|s| s.go_to(at + 1)),
            None => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());

    view! {
        <section class="page narrow scan-fill">
            {move || match position.get() {
                None => view! {
                    <h1 tabindex="-1">{tr!("Geen scan bezig", "No scan in progress")}</h1>
                    <p>{tr!("Er is op dit moment geen scan die je aan het invullen bent.", "You are not filling in a scan at the moment.")}</p>
                    <p><a class="button" href=Route::ScanStart.href()>{tr!("Een scan starten", "Start a scan")}</a></p>
                }.into_any(),
                Some(at) if at < STATEMENTS.len() => view! { <Question at/> }.into_any(),
                Some(_) => view! { <Summary/> }.into_any(),
            }}
        </section>
    }
}

/// One statement with the answer scale.
#[component]
fn Question(
    /// Index into the statements.
    at: usize,
) -> impl IntoView {
    let state = use_store().state;
    let statement = &STATEMENTS[at];
    let total = STATEMENTS.len();
    let current = Memo::new(move |_| {
        state.with(|s| {
            s.draft
                .as_ref()
                .and_then(|d| d.scan.answers.get(statement.id).copied())
        })
    });
    let choice = move |answer: Answer, key: String, text: &'static str| {
        view! {
            <li>
                <button
                    type="button"
                    class="answer"
                    aria-pressed=move || (current.get() == Some(answer)).to_string()
                    on:click=move |_| state.update(|s| s.answer_current(Some(answer)))
                >
                    <span class="answer-key" aria-hidden="true">{key}</span>
                    <span class="answer-text">{text}</span>
                </button>
            </li>
        }
    };
    let percent = at * 100 / total;
    // A member of a team session sees which session the answers go to.
    let session = state.with_untracked(|s| {
        s.draft
            .as_ref()
            .and_then(|d| crate::domain::session::Membership::of_scan(&d.scan))
            .map(|m| m.name)
    });
    view! {
        {session.map(|name| view! { <p class="scan-session">{tr!("Teamsessie: ", "Team session: ")}<strong>{name}</strong></p> })}
        <div class="scan-top">
            <ExitLink/>
            <div class="progress-line">
                <p class="progress-text">{trf!("{} van {}", "{} of {}", at + 1, total)}</p>
                <div class="progress" role="progressbar" aria-label=tr!("Voortgang", "Progress") aria-valuemin="0" aria-valuemax=total aria-valuenow=at>
                    <div class="progress-bar" style:width=format!("{percent}%")></div>
                </div>
            </div>
        </div>
        <p class="scan-dimension">{statement_dimension(at)}</p>
        <h1 class="statement" tabindex="-1" aria-live="polite">{statement.text()}</h1>
        <p class="visually-hidden">{SCAN_KEYS}</p>
        <ol class="answers" aria-label=SCAN_QUESTION>
            {SCALE.iter().map(|&(n, text)| choice(Answer::Score(n), n.to_string(), text)).collect_view()}
            {choice(Answer::DontKnow, "0".to_owned(), crate::domain::scan::DONT_KNOW)}
        </ol>
        <div class="scan-nav">
            <button
                type="button"
                class="button button-quiet"
                disabled=at == 0
                on:click=move |_| state.update(|s| s.go_to(at.saturating_sub(1)))
            >
                {tr!("← Vorige", "← Previous")}
            </button>
            <button type="button" class="button button-quiet" on:click=move |_| state.update(|s| s.go_to(at + 1))>
                {move || if current.get().is_some() { tr!("Volgende →", "Next →") } else { tr!("Overslaan →", "Skip →") }}
            </button>
        </div>
    }
}

/// The way out of the focused scan screen: to the scan's start, which offers to go on.
#[component]
fn ExitLink() -> impl IntoView {
    view! {
        <a class="scan-exit" href=Route::ScanStart.href()>
            <span aria-hidden="true">"← "</span>{EXIT_LINK.0}
            <span class="visually-hidden">{EXIT_LINK.1}</span>
        </a>
    }
}

/// What is left unanswered, and finishing.
#[component]
fn Summary() -> impl IntoView {
    let state = use_store().state;
    let unanswered = Memo::new(move |_| {
        state.with(|s| {
            s.draft
                .as_ref()
                .map(|d| d.scan.unanswered_positions())
                .unwrap_or_default()
        })
    });
    let finish = move |_| {
        let mut id = None;
        state.update(|s| id = s.finish_scan(now_local()));
        crate::ui::store::ask_to_keep(use_store());
        if let Some(id) = id {
            navigate(&Route::ScanResult { id });
        }
    };
    view! {
        <div class="scan-top"><ExitLink/></div>
        <h1 tabindex="-1">{tr!("Bijna klaar", "Almost done")}</h1>
        {move || {
            let open = unanswered.get();
            if open.is_empty() {
                view! { <p>{trf!("Je hebt alle {} stellingen beantwoord.", "You have answered all {} statements.", STATEMENTS.len())}</p> }.into_any()
            } else {
                view! {
                    <p>{trf!(
                        "Je hebt {} van de {} stellingen beantwoord. Deze heb je overgeslagen; je kunt ze nog invullen of zo laten:",
                        "You have answered {} of the {} statements. You skipped these; you can still answer them or leave them as they are:",
                        STATEMENTS.len() - open.len(),
                        STATEMENTS.len()
                    )}</p>
                    <ul class="unanswered">
                        {open.into_iter().map(|index| {
                            let st = &STATEMENTS[index];
                            view! {
                                <li>
                                    <span>{st.text()}</span>
                                    <button type="button" class="button button-quiet" on:click=move |_| state.update(|s| s.go_to(index))>
                                        {trf!("Stelling {} invullen", "Answer statement {}", index + 1)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        <div class="actions">
            <button type="button" class="button button-large" on:click=finish>{tr!("Afronden en resultaat bekijken", "Finish and see the result")}</button>
            <button type="button" class="button button-quiet" on:click=move |_| state.update(|s| s.go_to(STATEMENTS.len() - 1))>
                {tr!("← Terug naar de laatste stelling", "← Back to the last statement")}
            </button>
        </div>
    }
}
