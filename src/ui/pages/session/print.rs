//! A session on A4: the title, the date, how many took part, the team's radar and table
//! (only at or above the minimum), and per dimension the notes with the actions made from
//! them. On screen only the "Afdrukken" button shows; the print block is for paper
//! (`@media print` in `style/main.css` prints it instead of the rest of the page).
//!
//! Which actions are the session's: see `domain::trend::follow_up`.

use leptos::prelude::*;

use super::Kept;
use crate::domain::session::{Picture, TeamSession};
use crate::domain::text::{count, format_date, format_day};
use crate::domain::trend::follow_up::{next_session_day, notes_with_actions, NoteWithActions};
use crate::ui::pages::team::TeamFigures;
use crate::ui::store::use_store;

/// The print button and the print block of a session. Put it directly in the page's
/// `<section class="page">`: printing hides the page's other parts.
#[component]
pub(crate) fn SessionPrint(
    /// The sessions on the device.
    kept: Kept,
    /// The session as it is now.
    session: Memo<Option<TeamSession>>,
    /// Its team picture.
    picture: Memo<Option<Picture>>,
) -> impl IntoView {
    let state = use_store().state;
    // Paper is not on screen: the block follows the session once the screen has painted
    // the change (or at once when printing starts).
    let picture = after_paint(picture);
    // Whether the figures are shown: their block is built when enough results are in, not
    // again with each result after that.
    let too_few = Memo::new(move |_| picture.with(|p| p.as_ref().map(Picture::needed)));
    let stats = Memo::new(move |_| {
        picture.with(|p| p.as_ref().map_or_else(Vec::new, |p| p.stats().to_vec()))
    });
    let plan = Memo::new(move |_| {
        let plan_id = session.with(|s| s.as_ref().and_then(|s| s.plan.clone()))?;
        state.with(|s| s.plan(&plan_id).cloned())
    });
    let notes = Memo::new(move |_| {
        session.with(|s| {
            let Some(s) = s else {
                return Vec::new();
            };
            let until = kept.list.with(|l| next_session_day(l, s));
            plan.with(|p| notes_with_actions(s, p.as_ref(), until))
        })
    });
    let print = move |_| {
        crate::web::js::call(&window().into(), "print", &[]);
    };

    let head = move || {
        session.with(|s| {
            s.as_ref().map(|s| {
                let mut meta = trf!(
                    "Gestart op {} · {} binnen",
                    "Started on {} · {} in",
                    format_date(s.created),
                    count(
                        s.respondents() as usize,
                        tr!("uitkomst", "result"),
                        tr!("uitkomsten", "results")
                    )
                );
                if !s.team.trim().is_empty() {
                    meta = format!("Team {} · {meta}", s.team.trim());
                }
                view! {
                    <h1>{s.title()}</h1>
                    <p class="meta">{meta}</p>
                }
            })
        })
    };
    let figures = move || match too_few.get() {
        Some(None) => view! { <TeamFigures stats/> }.into_any(),
        Some(Some(needed)) => {
            let minimum = session.with_untracked(|s| s.as_ref().map_or(0, |s| s.minimum));
            view! {
                <p class="notice">{trf!(
                    "Nog {} nodig: onder de {minimum} deelnemers staan hier geen teamcijfers, zodat niemands antwoorden te herleiden zijn.",
                    "Still {} needed: below {minimum} participants there are no team figures here, so that nobody's answers can be traced.",
                    count(needed as usize, tr!("uitkomst", "result"), tr!("uitkomsten", "results"))
                )}</p>
            }
            .into_any()
        }
        None => ().into_any(),
    };
    let plan_line = move || {
        plan.with(|p| {
            p.as_ref().map(|p| {
                view! { <p class="meta">{trf!("Acties uit het plan “{}”, bij de dimensies met een notitie.", "Actions from the plan “{}”, with the dimensions that have a note.", p.name)}</p> }
            })
        })
    };

    view! {
        <div class="session-print-part">
            <div class="panel no-print">
                <h2>{tr!("Afdrukken", "Print")}</h2>
                <p>{tr!("Op A4: het teambeeld (vanaf het minimum aantal deelnemers), de notities per dimensie en de acties die eruit volgden.", "On A4: the team view (from the minimum number of participants), the notes per dimension and the actions that followed from them.")}</p>
                <div class="actions">
                    <button type="button" class="button button-quiet" on:click=print>{tr!("Afdrukken", "Print")}</button>
                </div>
            </div>
            <div class="session-print">
                {head}
                {figures}
                <h2>{tr!("Notities en acties per dimensie", "Notes and actions per dimension")}</h2>
                {plan_line}
                {move || {
                    let notes = notes.get();
                    if notes.is_empty() {
                        view! { <p>{tr!("Bij deze sessie zijn geen notities gemaakt.", "No notes were made in this session.")}</p> }.into_any()
                    } else {
                        view! { <div class="print-notes">{notes.into_iter().map(note_view).collect_view()}</div> }.into_any()
                    }
                }}
            </div>
        </div>
    }
}

/// One dimension's note and its actions.
fn note_view(n: NoteWithActions) -> impl IntoView {
    let actions = (!n.actions.is_empty()).then(|| {
        view! {
            <ul class="print-actions">
                {n.actions.iter().map(|a| {
                    let mut parts = vec![a.status.label().to_owned()];
                    if !a.owner.trim().is_empty() {
                        parts.push(a.owner.trim().to_owned());
                    }
                    if let Some(due) = a.due {
                        parts.push(trf!("klaar op {}", "due {}", format_day(due)));
                    }
                    view! { <li>{a.text.clone()}<span class="print-action-meta">{format!(" — {}", parts.join(" · "))}</span></li> }
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <div class="print-note" data-card=n.card_id.clone()>
            <h3>{n.title()}</h3>
            <p class="print-note-text">{n.note.clone()}</p>
            {actions}
        </div>
    }
}

/// `source`, following it once the next frame has been painted, and at once when printing
/// starts: for what paper shows and the screen does not, so that the screen comes first.
fn after_paint<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (value, set) = signal(source.get_untracked());
    let follow = move || {
        if let Some(now) = source.try_get_untracked() {
            if value.try_with_untracked(|v| *v != now) == Some(true) {
                set.set(now);
            }
        }
    };
    Effect::new(move |_| {
        source.track();
        crate::web::clock::after_next_paint(follow);
    });
    let printing = window_event_listener(leptos::ev::beforeprint, move |_| follow());
    on_cleanup(move || printing.remove());
    value
}
