//! A session on the big screen, readable from the back of the room: first the team radar
//! with its band, then one dimension at a time with its figures, the distribution as
//! anonymous dots, the card's two challenges as the questions for the conversation, a
//! countdown, notes, the card itself and *Maak actie*. Below the session's minimum it
//! shows no figure at all, only how many are in and how many more are needed.
//!
//! A presenter's clicker sends PageDown and PageUp; the arrows, space, Home, End and
//! Escape work too (see `domain::session::presenter`). What is pure (the steps, the keys,
//! the countdown, the dots, adding an action) lives there and is tested there.

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Kept, NoSuchSession};
use crate::domain::content::{cards, Card};
use crate::domain::files::team::DimensionStats;
use crate::domain::route::Route;
use crate::domain::session::presenter::{
    add_action, clock_text, command_for_key, distribution_text, dots, new_plan_name, position_text,
    preferred_plan, steps as steps_of, Command, Countdown, NewAction, PlanChoice, Step, Target,
    TIMER_CHOICES,
};
use crate::domain::session::{Picture, TeamSession};
use crate::domain::text::{card_short_title, card_title, count, format_tenths, note_status};
use crate::ui::pages::team::team_radar;
use crate::ui::store::{ask_to_keep, navigate, use_store};
use crate::web::clock::{new_id, today};
use crate::web::js;

/// The id of every step's heading, focused when the step changes.
const STEP_HEADING: &str = "stap-titel";
/// The id of the open card's heading.
const CARD_HEADING: &str = "kaart-titel";
/// The ids of the buttons that open the card and the action form: focus goes back to them
/// when those close.
const OPEN_CARD: &str = "open-kaart";
const MAKE_ACTION: &str = "maak-actie";
/// How long typing in the notes may pause before the note is kept.
const NOTE_PAUSE: i32 = 700;

/// What every part of the presenter view shares.
#[derive(Clone, Copy)]
struct Screen {
    kept: Kept,
    /// The session's id.
    id: StoredValue<String>,
    /// Whether the card of the dimension shown is open.
    card_open: RwSignal<bool>,
    /// Whether the form for an action is open.
    action_open: RwSignal<bool>,
    /// A countdown per dimension (card id), kept while the presenter moves on and back.
    timers: RwSignal<BTreeMap<&'static str, Countdown>>,
    /// The clock the countdowns read, in milliseconds; it ticks only while one runs.
    now: RwSignal<u64>,
}

impl Screen {
    /// Closes the card shown large, and gives the focus back to *Open kaart*.
    fn close_card(&self) {
        self.card_open.set(false);
        focus_later(OPEN_CARD);
    }

    /// The session as it is now, without following it.
    fn session(&self) -> Option<TeamSession> {
        untrack(|| self.kept.session(&self.id.get_value()))
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Focuses the element with this id once the view shows it.
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// What has the focus when a key is pressed.
fn target_of(ev: &web_sys::KeyboardEvent) -> Target {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return Target::Page;
    };
    match el.tag_name().as_str() {
        "INPUT" | "TEXTAREA" | "SELECT" => Target::Field,
        _ if js::flag(&el, "isContentEditable") => Target::Field,
        "BUTTON" | "A" | "SUMMARY" => Target::Control,
        _ => Target::Page,
    }
}

/// Session `id` on the big screen.
#[component]
pub fn PresenterPage(
    /// The session's id.
    id: String,
) -> impl IntoView {
    let kept = super::open();
    if kept.session(&id).is_none() {
        return view! { <NoSuchSession/> }.into_any();
    }
    let screen = Screen {
        kept,
        id: StoredValue::new(id),
        card_open: RwSignal::new(false),
        action_open: RwSignal::new(false),
        timers: RwSignal::new(BTreeMap::new()),
        now: RwSignal::new(now_ms()),
    };
    let title = Memo::new(move |_| {
        kept.with_session(&screen.id.get_value(), TeamSession::title)
            .unwrap_or_default()
    });
    // Notes and the chosen plan change the session, not what it shows: the step is only
    // drawn again when the picture changes (a result comes in from another tab).
    let picture = Memo::new(move |_| {
        kept.with_session(&screen.id.get_value(), TeamSession::picture)
            .unwrap_or(Picture::TooFew { needed: 0 })
    });
    // (respondents, minimum), read when a step is drawn.
    let counts = move || {
        untrack(|| kept.with_session(&screen.id.get_value(), |s| (s.respondents(), s.minimum)))
    };
    let steps = Memo::new(move |_| picture.with(steps_of));
    let at = RwSignal::new(0usize);
    let step_at = Memo::new(move |_| at.get().min(steps.with(Vec::len).saturating_sub(1)));
    let go = move |to: usize| {
        at.set(to);
        screen.card_open.set(false);
        screen.action_open.set(false);
        window().scroll_to_with_x_and_y(0.0, 0.0);
        focus_later(STEP_HEADING);
    };
    let move_by = move |command: Command| {
        if let Some(to) = command.step(step_at.get_untracked(), steps.with_untracked(Vec::len)) {
            go(to);
        }
    };
    // Enough results came in (or one was taken out) in another tab: the steps changed
    // under the presenter, so the new first heading is focused and read out.
    Effect::new(move |before: Option<usize>| {
        let len = steps.with(Vec::len);
        if before.is_some_and(|b| b != len) {
            focus_later(STEP_HEADING);
        }
        len
    });
    let leave = move || {
        navigate(&Route::Session {
            id: screen.id.get_value(),
        })
    };

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if js::flag(&ev, "defaultPrevented") || js::flag(&ev, "isComposing") {
            return;
        }
        let other = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
        let shift = js::flag(&ev, "shiftKey");
        let Some(command) = command_for_key(&ev.key(), shift, other, target_of(&ev)) else {
            return;
        };
        match command {
            Command::LeaveField => {
                if let Some(el) = document().active_element() {
                    js::call(&el, "blur", &[]);
                }
            }
            Command::Close => {
                ev.prevent_default();
                if screen.card_open.get_untracked() {
                    screen.close_card();
                } else if screen.action_open.get_untracked() {
                    screen.action_open.set(false);
                    focus_later(MAKE_ACTION);
                } else {
                    leave();
                }
            }
            // The open card is read by scrolling: its keys are the browser's.
            _ if screen.card_open.get_untracked() => {}
            _ => {
                ev.prevent_default();
                move_by(command);
            }
        }
    });
    on_cleanup(move || keys.remove());

    // The countdowns' clock ticks while one runs; one that is up stops. The loop ends with
    // the page, whose signals are gone then.
    leptos::task::spawn_local(async move {
        loop {
            crate::web::split::NextTask::after(250).await;
            let Some(running) = screen
                .timers
                .try_with_untracked(|t| t.values().any(Countdown::running))
            else {
                return;
            };
            if !running {
                continue;
            }
            let now = now_ms();
            screen.now.try_set(now);
            if screen
                .timers
                .try_with_untracked(|t| t.values().any(|c| c.running() && c.is_over(now)))
                == Some(true)
            {
                screen.timers.try_update(|t| {
                    t.values_mut()
                        .filter(|c| c.is_over(now))
                        .for_each(|c| c.pause(now))
                });
            }
        }
    });

    let fullscreen = js::flag(&document(), "fullscreenEnabled");
    let toggle_fullscreen = move |_| {
        let doc = document();
        if js::get(&doc, "fullscreenElement").is_some() {
            js::call(&doc, "exitFullscreen", &[]);
        } else if let Some(root) = doc.document_element() {
            js::call(&root, "requestFullscreen", &[]);
        }
    };

    // Removed in another tab while on the screen.
    let gone = Memo::new(move |_| kept.with_session(&screen.id.get_value(), |_| ()).is_none());
    let body = move || {
        if gone.get() {
            return view! { <NoSuchSession/> }.into_any();
        }
        let step = steps.with(|s| s.get(step_at.get()).copied());
        match step {
            Some(Step::Overview) => {
                let stats = picture.with(|p| p.stats().to_vec());
                let members = counts().map_or(0, |(members, _)| members);
                view! { <Overview stats members go=Callback::new(go)/> }.into_any()
            }
            Some(Step::Dimension(i)) => {
                let stats = picture.with(|p| p.stats().get(i).copied());
                match stats {
                    Some(stats) => view! { <Dimension screen stats/> }.into_any(),
                    None => ().into_any(),
                }
            }
            _ => {
                let (needed, members, minimum) = picture.with(|p| {
                    let needed = p.needed().unwrap_or(0);
                    counts().map_or((needed, 0, 0), |(members, minimum)| {
                        (needed, members, minimum)
                    })
                });
                view! { <Waiting needed members minimum/> }.into_any()
            }
        }
    };
    let many = move || steps.with(|s| s.len() > 1);
    let last = move || steps.with(Vec::len).saturating_sub(1);

    view! {
        <section class="presenter">
            <header class="presenter-bar">
                <p class="presenter-session">{move || title.get()}</p>
                <div class="presenter-bar-actions">
                    {fullscreen.then(|| view! {
                        <button type="button" class="button button-quiet" on:click=toggle_fullscreen>{tr!("Volledig scherm", "Full screen")}</button>
                    })}
                    <a class="button button-quiet" href=move || Route::Session { id: screen.id.get_value() }.href()
                        aria-keyshortcuts="Escape">{tr!("Sluiten", "Close")}</a>
                </div>
            </header>
            <crate::ui::kept::Problems problems=kept.problems/>
            <div class="presenter-body">{body}</div>
            <Show when=many>
                <nav class="presenter-nav" aria-label=tr!("Stappen", "Steps")>
                    <button type="button" class="button button-quiet" disabled=move || step_at.get() == 0
                        aria-keyshortcuts="ArrowLeft PageUp" on:click=move |_| move_by(Command::Previous)>{tr!("← Vorige", "← Previous")}</button>
                    <p class="presenter-position">
                        <span class="visually-hidden">{tr!("Stap ", "Step ")}</span>{move || position_text(step_at.get(), steps.with(Vec::len))}
                    </p>
                    <button type="button" class="button" disabled=move || { step_at.get() >= last() }
                        aria-keyshortcuts="ArrowRight PageDown Space" on:click=move |_| move_by(Command::Next)>{tr!("Volgende →", "Next →")}</button>
                </nav>
            </Show>
        </section>
    }
    .into_any()
}

/// Too few results: how many are in and how many more are needed, and nothing else.
#[component]
fn Waiting(needed: u32, members: u32, minimum: u32) -> impl IntoView {
    view! {
        <div class="presenter-waiting">
            <h1 id=STEP_HEADING tabindex="-1">{trf!("Nog {needed} nodig", "{needed} more needed")}</h1>
            <p class="presenter-count">{trf!("{members} binnen", "{members} in")}</p>
            <p>{trf!(
                "Onder de {} toont de app geen teamcijfers, zodat niemands antwoorden te herleiden zijn. Het teambeeld verschijnt hier zodra er genoeg uitkomsten binnen zijn.",
                "Below {} the app shows no team figures, so that nobody's answers can be traced. The team view appears here as soon as enough results are in.",
                count(minimum as usize, tr!("deelnemer", "participant"), tr!("deelnemers", "participants"))
            )}</p>
        </div>
    }
}

/// The team radar with its band, and per dimension the mean and the range.
#[component]
fn Overview(stats: Vec<DimensionStats>, members: u32, go: Callback<usize>) -> impl IntoView {
    view! {
        <p class="presenter-kicker">{count(members as usize, tr!("deelnemer", "participant"), tr!("deelnemers", "participants"))}</p>
        <h1 id=STEP_HEADING tabindex="-1">{tr!("Teambeeld", "Team view")}</h1>
        <div class="presenter-overview">
            {team_radar(&stats)}
            <table class="presenter-table">
                <caption>{tr!("Per dimensie (1 tot 5)", "Per dimension (1 to 5)")}</caption>
                <thead><tr>
                    <th scope="col">{tr!("Dimensie", "Dimension")}</th>
                    <th scope="col">{tr!("Gemiddelde", "Average")}</th>
                    <th scope="col">{tr!("Van – tot", "From – to")}</th>
                </tr></thead>
                <tbody>
                    {stats.iter().enumerate().map(|(i, s)| {
                        let range = s.figures.map_or_else(String::new, |f| format!("{} – {}", format_tenths(f.min), format_tenths(f.max)));
                        view! {
                            <tr data-card=s.card.id>
                                <th scope="row">
                                    <button type="button" class="link-button" on:click=move |_| go.run(i + 1)>{card_short_title(s.card)}</button>
                                    {s.strong_spread().then(|| view! { <span class="tag tag-late">{tr!("grote spreiding", "wide spread")}</span> })}
                                </th>
                                <td>{s.figures.map_or_else(|| tr!("geen scores", "no scores").to_owned(), |f| format_tenths(f.mean))}</td>
                                <td>{range}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// One dimension: its figures and dots, the questions, the timer, the notes, and the card
/// and *Maak actie* one press away.
#[component]
fn Dimension(screen: Screen, stats: DimensionStats) -> impl IntoView {
    let card = stats.card;
    let (values, note) = screen.session().map_or_else(Default::default, |s| {
        (
            s.distribution(card.id).unwrap_or_default(),
            s.notes.get(card.id).cloned().unwrap_or_default(),
        )
    });
    let figures = match stats.figures {
        None => view! {
            <p class="presenter-none">{tr!("Op deze dimensie gaf niemand een score: alleen ‘weet ik niet’.", "Nobody gave a score on this dimension: only ‘don't know’.")}</p>
        }
        .into_any(),
        Some(f) => view! {
            <dl class="presenter-stats">
                <div><dt>{tr!("Gemiddelde", "Average")}</dt><dd>{format_tenths(f.mean)}</dd></div>
                <div><dt>{tr!("Spreiding", "Spread")}</dt><dd>{format!("{} – {}", format_tenths(f.min), format_tenths(f.max))}</dd></div>
                <div><dt>{tr!("Deelnemers", "Participants")}</dt><dd>{f.n}</dd></div>
            </dl>
            {stats.strong_spread().then(|| view! {
                <p class="presenter-spread"><strong class="tag tag-late">{tr!("Grote spreiding", "Wide spread")}</strong>{tr!(" Hier lopen jullie ver uiteen.", " This is where you differ widely.")}</p>
            })}
            <Dots values mean=f.mean/>
        }
        .into_any(),
    };
    let open_card = move |_| {
        screen.action_open.set(false);
        screen.card_open.set(true);
        window().scroll_to_with_x_and_y(0.0, 0.0);
        focus_later(CARD_HEADING);
    };
    let toggle_action = move |_| {
        let open = !screen.action_open.get_untracked();
        screen.action_open.set(open);
        if open {
            focus_later(ACTION_TEXT);
        }
    };
    view! {
        <div class="presenter-dimension" hidden=move || screen.card_open.get()>
            <p class="presenter-kicker">{trf!("Dimensie {} van {}", "Dimension {} of {}", card.number, cards().len())}</p>
            <h1 id=STEP_HEADING tabindex="-1">{card_title(card)}</h1>
            <div class="presenter-columns">
                <div class="presenter-figures">
                    {figures}
                    <Timer screen card_id=card.id/>
                </div>
                <div class="presenter-talk">
                    <h2 id="vragen-kop">{tr!("Vragen voor het gesprek", "Questions for the conversation")}</h2>
                    <ol class="presenter-questions" aria-labelledby="vragen-kop">
                        {card.challenges.iter().map(|c| view! { <li>{c.question}</li> }).collect_view()}
                    </ol>
                    <div class="actions">
                        <button type="button" id=OPEN_CARD class="button button-quiet" on:click=open_card>{tr!("Open kaart", "Open card")}</button>
                        <button type="button" id=MAKE_ACTION class="button button-quiet"
                            aria-expanded=move || screen.action_open.get().to_string() on:click=toggle_action>{tr!("Maak actie", "Create action")}</button>
                    </div>
                    <Show when=move || screen.action_open.get()>
                        <ActionForm screen/>
                    </Show>
                    <Notes screen card_id=card.id note/>
                </div>
            </div>
        </div>
        <Show when=move || screen.card_open.get()>
            <CardPanel card close=Callback::new(move |()| screen.close_card())/>
        </Show>
    }
}

/// The distribution as dots on the 1–5 axis: one per member score, equal ones stacked,
/// no names; the dashed line is the mean. Its text says the same in words.
#[component]
fn Dots(
    /// The member scores in tenths.
    values: Vec<u16>,
    /// The mean in tenths.
    mean: u16,
) -> impl IntoView {
    const WIDTH: f64 = 600.0;
    const MARGIN: f64 = 30.0;
    const R: f64 = 13.0;
    const STACK: f64 = 2.0 * R + 3.0;
    let dots = dots(&values);
    let levels = dots.iter().map(|d| d.level + 1).max().unwrap_or(1).max(2);
    let axis = 8.0 + levels as f64 * STACK;
    let height = axis + 40.0;
    let x =
        |tenths: u16| MARGIN + f64::from(tenths.clamp(10, 50) - 10) / 40.0 * (WIDTH - 2.0 * MARGIN);
    view! {
        <figure class="presenter-dots">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=distribution_text(&values)>
                <g aria-hidden="true">
                    <line class="dots-axis" x1=MARGIN y1=axis x2=WIDTH - MARGIN y2=axis/>
                    {(1..=5u16).map(|score| view! {
                        <line class="dots-tick" x1=x(score * 10) y1=axis x2=x(score * 10) y2=axis + 8.0/>
                        <text class="dots-label" x=x(score * 10) y=axis + 34.0 text-anchor="middle">{score}</text>
                    }).collect_view()}
                    <line class="dots-mean" x1=x(mean) y1=4.0 x2=x(mean) y2=axis/>
                    {dots.iter().map(|d| view! {
                        <circle class="dot" cx=format!("{:.1}", x(d.value)) cy=format!("{:.1}", axis - R - 3.0 - d.level as f64 * STACK) r=R/>
                    }).collect_view()}
                </g>
            </svg>
            <figcaption>{tr!("Elke stip is één deelnemer; de streep is het gemiddelde.", "Each dot is one participant; the line is the average.")}</figcaption>
        </figure>
    }
}

/// The countdown of one dimension: start, pause, reset, and its length. Only its clock's
/// text changes each second.
#[component]
fn Timer(screen: Screen, card_id: &'static str) -> impl IntoView {
    let timer = Memo::new(move |_| {
        screen
            .timers
            .with(|t| t.get(card_id).copied().unwrap_or_default())
    });
    let remaining = Memo::new(move |_| timer.get().remaining_secs(screen.now.get()));
    let over = Memo::new(move |_| timer.with(Countdown::started) && remaining.get() == 0);
    let change = move |f: fn(&mut Countdown, u64)| {
        let now = now_ms();
        screen.now.set(now);
        screen
            .timers
            .update(|t| f(t.entry(card_id).or_default(), now));
    };
    let minutes_id = format!("timer-minuten-{card_id}");
    view! {
        <div class="presenter-timer" class:timer-over=move || over.get() role="group" aria-label="Timer">
            <p class="timer-clock" role="timer">{move || clock_text(remaining.get())}</p>
            <div class="timer-controls">
                <button type="button" class="button" disabled=move || over.get()
                    on:click=move |_| if timer.get_untracked().running() { change(Countdown::pause) } else { change(Countdown::start) }>
                    {move || match (timer.with(Countdown::running), timer.with(Countdown::started)) {
                        (true, _) => tr!("Pauze", "Pause"),
                        (false, true) => tr!("Verder", "Resume"),
                        _ => "Start timer",
                    }}
                </button>
                <button type="button" class="button button-quiet" disabled=move || !timer.with(Countdown::started)
                    on:click=move |_| change(|c, _| c.reset())>{tr!("Opnieuw", "Reset")}</button>
                <label class="timer-minutes">
                    <span>{tr!("Minuten", "Minutes")}</span>
                    <select id=minutes_id on:change=move |ev| {
                        if let Ok(m) = event_target_value(&ev).parse::<u16>() {
                            screen.timers.update(|t| t.entry(card_id).or_default().set_minutes(m));
                        }
                    }>
                        {TIMER_CHOICES.map(|m| view! {
                            <option value=m.to_string() selected=move || timer.with(|t| t.minutes) == m>{m}</option>
                        })}
                    </select>
                </label>
            </div>
            <p class="timer-status" role="status">{move || over.get().then_some(tr!("De tijd is om.", "Time's up."))}</p>
        </div>
    }
}

/// The notes of the conversation about one dimension, kept in the session a moment after
/// typing stops and when the field is left.
#[component]
fn Notes(screen: Screen, card_id: &'static str, note: String) -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    // What was typed and not kept yet, and the timer that keeps it.
    let pending = StoredValue::new(None::<String>);
    // Each keystroke starts a wait; only the last one's wait keeps the note.
    let typed = StoredValue::new(0u32);
    let keep = move || {
        let Some(text) = pending.try_update_value(Option::take).flatten() else {
            return;
        };
        screen.kept.update(&screen.id.get_value(), |s| {
            if text.trim().is_empty() {
                s.notes.remove(card_id);
            } else {
                s.notes.insert(card_id.to_owned(), text.clone());
            }
        });
        let stored = screen
            .session()
            .and_then(|s| s.notes.get(card_id).cloned())
            .unwrap_or_default();
        let shown = if text.trim().is_empty() { "" } else { &text };
        status.try_set(note_status(&stored, shown));
    };
    on_cleanup(keep);
    let field_id = format!("notitie-{card_id}");
    view! {
        <div class="field presenter-notes">
            <label for=field_id.clone()>{tr!("Notities bij dit gesprek", "Notes on this conversation")}</label>
            <textarea id=field_id rows="4" maxlength="4000" prop:value=note
                on:input=move |ev| {
                    pending.set_value(Some(event_target_value(&ev)));
                    status.set(None);
                    let this = typed.try_update_value(|n| { *n += 1; *n }).unwrap_or_default();
                    leptos::task::spawn_local(async move {
                        crate::web::split::NextTask::after(NOTE_PAUSE).await;
                        if typed.try_get_value() == Some(this) {
                            keep();
                        }
                    });
                }
                on:change=move |_| keep()></textarea>
            <p class="confirmation" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The id of the action form's first field.
const ACTION_TEXT: &str = "actie-wat";

/// *Maak actie*: what, who and when, into a plan of this team on this device; the plan
/// chosen is remembered in the session.
#[component]
fn ActionForm(screen: Screen) -> impl IntoView {
    let store = use_store();
    let state = store.state;
    let plans = Memo::new(move |_| {
        state.with(|s| {
            s.plans
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let session = screen.session();
    let new_name = session.as_ref().map(new_plan_name).unwrap_or_default();
    let choice = RwSignal::new(
        session
            .as_ref()
            .map_or(PlanChoice::New, |s| {
                state.with_untracked(|st| preferred_plan(s, &st.plans))
            })
            .key()
            .to_owned(),
    );
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<(String, String)>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let due_date = match due.get_untracked().trim() {
            "" => None,
            typed => match crate::domain::journey::input::parse_date(typed) {
                Ok(date) => Some(date),
                Err(message) => {
                    error.set(Some(message));
                    return;
                }
            },
        };
        let Some(session) = screen.session() else {
            return;
        };
        let action = NewAction {
            text: text.get_untracked(),
            owner: owner.get_untracked(),
            due: due_date,
        };
        let chosen = PlanChoice::from_key(&choice.get_untracked());
        let mut result = Err("");
        state.update(|s| {
            result = add_action(s, &session, &chosen, &action, today(), &mut |p| new_id(p));
        });
        match result {
            Ok((plan_id, name)) => {
                screen
                    .kept
                    .update(&screen.id.get_value(), |s| s.plan = Some(plan_id.clone()));
                choice.set(plan_id.clone());
                added.set(Some((plan_id, name)));
                error.set(None);
                text.set(String::new());
                owner.set(String::new());
                due.set(String::new());
                ask_to_keep(store);
                focus_later(ACTION_TEXT);
            }
            Err(message) => {
                error.set(Some(message.to_owned()));
                focus_later(ACTION_TEXT);
            }
        }
    };
    view! {
        <form class="panel presenter-action" on:submit=submit aria-labelledby="actie-kop">
            <h2 id="actie-kop">{tr!("Actie maken", "Create action")}</h2>
            <div class="field">
                <label for=ACTION_TEXT>{tr!("Wat gaan jullie doen?", "What will you do?")}</label>
                <input id=ACTION_TEXT type="text" maxlength="300" aria-describedby="actie-fout"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
            </div>
            <div class="presenter-action-row">
                <div class="field">
                    <label for="actie-wie">{tr!("Wie pakt het op?", "Who will take it up?")}</label>
                    <input id="actie-wie" type="text" maxlength="100" prop:value=move || owner.get()
                        on:input=move |ev| owner.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="actie-wanneer">{tr!("Klaar op", "Due date")}</label>
                    <input id="actie-wanneer" type="date" min="2000-01-01" max="2100-12-31" prop:value=move || due.get()
                        on:change=move |ev| due.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="field">
                <label for="actie-plan">{tr!("In plan", "Plan")}</label>
                <select id="actie-plan" on:change=move |ev| choice.set(event_target_value(&ev))>
                    {move || {
                        let current = choice.get();
                        plans.get().into_iter().map(|(id, name)| {
                            let selected = id == current;
                            view! { <option value=id selected=selected>{name}</option> }
                        }).collect_view()
                    }}
                    <option value="" selected=move || choice.with(String::is_empty)>{trf!("Nieuw plan: {new_name}", "New plan: {new_name}")}</option>
                </select>
            </div>
            <p class="field-error" id="actie-fout" role="alert">{move || error.get()}</p>
            <div class="actions">
                <button type="submit" class="button">{tr!("Actie toevoegen", "Add action")}</button>
                <button type="button" class="button button-quiet" on:click=move |_| {
                    screen.action_open.set(false);
                    focus_later(MAKE_ACTION);
                }>{tr!("Sluiten", "Close")}</button>
            </div>
            <p class="confirmation" role="status">
                {move || added.get().map(|(plan_id, name)| view! {
                    {tr!("✓ Actie toegevoegd aan ", "✓ Action added to ")}<a href=Route::Plan { id: plan_id }.href()>{name}</a>
                })}
            </p>
        </form>
    }
}

/// The card of a dimension, large: its introduction, the two challenges and the
/// suggestions, to discuss in the room. Escape or *Terug naar het gesprek* closes it.
#[component]
fn CardPanel(card: &'static Card, close: Callback<()>) -> impl IntoView {
    let text = card.text();
    view! {
        <article class="presenter-card" aria-labelledby=CARD_HEADING>
            <div class="presenter-card-top">
                <p class="presenter-kicker">{crate::domain::text::card_position(card)}</p>
                <button type="button" class="button button-quiet" aria-keyshortcuts="Escape" on:click=move |_| close.run(())>{tr!("← Terug naar het gesprek", "← Back to the conversation")}</button>
            </div>
            <h1 id=CARD_HEADING tabindex="-1">{card.title}</h1>
            <p class="presenter-card-intro">{text.intro}</p>
            <h2>{tr!("Uitdagingen", "Challenges")}</h2>
            <div class="presenter-challenges">
                {card.challenges.iter().zip(text.explanations).map(|(c, explanation)| view! {
                    <section class="challenge">
                        <h3>{c.question}</h3>
                        <p>{explanation}</p>
                    </section>
                }).collect_view()}
            </div>
            <h2>{text.suggestions_heading}</h2>
            <ol class="presenter-suggestions">
                {text.suggestions.iter().map(|s| view! { <li>{s.text}</li> }).collect_view()}
            </ol>
            <div class="actions">
                <button type="button" class="button button-quiet" on:click=move |_| close.run(())>{tr!("← Terug naar het gesprek", "← Back to the conversation")}</button>
                <a class="button button-quiet" href=Route::card(card.id).href()>{tr!("De hele kaart openen", "Open the whole card")}</a>
            </div>
        </article>
    }
}
