//! The plan's progress figures and its timeline.

use leptos::prelude::*;

use crate::domain::journey::Plan;
use crate::domain::route::Route;
use crate::domain::text::{format_day, plural};
use crate::web::clock::today;

use super::part_href;

#[component]
pub(super) fn ProgressPanel(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let figures = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref().map(|p| {
                let first = p
                    .sessions
                    .first()
                    .map(|s| (s.id.clone(), s.title.clone(), s.date));
                (p.progress(today()), p.overdue_lines(today()), first)
            })
        })
    });
    view! {
        <section class="panel progress-panel" aria-labelledby="voortgang">
            <h2 id="voortgang">{tr!("Voortgang", "Progress")}</h2>
            {move || figures.get().map(|(p, overdue, first)| {
                if p.is_empty() {
                    return view! { <FirstSteps id first/> }.into_any();
                }
                let late = p.overdue > 0;
                view! {
                    <ul class="figures">
                        <li><strong>{trf!("{} van {}", "{} of {}", p.sessions_done, p.sessions)}</strong>{tr!(" sessies gehouden", " sessions held")}</li>
                        <li><strong>{trf!("{} van {}", "{} of {}", p.actions_done, p.actions)}</strong>{tr!(" acties klaar", " actions done")}</li>
                        <li class:overdue=late><strong>{p.overdue}</strong>{trf!(" {} te laat", " {} overdue", plural(p.overdue, tr!("actie", "action"), tr!("acties", "actions")))}</li>
                    </ul>
                    {(!overdue.is_empty()).then(|| view! {
                        <p class="overdue-list"><strong>{tr!("Te laat: ", "Overdue: ")}</strong>{overdue.join("; ")}</p>
                    })}
                }.into_any()
            })}
        </section>
    }
}

/// In place of the figures while nothing is held or agreed: what to do first.
#[component]
fn FirstSteps(
    id: StoredValue<String>,
    /// The plan's first session: id, title and date.
    first: Option<(String, String, chrono::NaiveDate)>,
) -> impl IntoView {
    let step = match first {
        Some((sid, title, date)) => view! {
            {tr!("Bereid eerst ", "First prepare ")}<a href=Route::PlanSession { plan: id.get_value(), session: sid }.href()>{title}</a>
            {trf!(" voor ({}). Vink daar na afloop aan dat de sessie is gehouden, en leg verbeteracties vast onder ", " ({}). Afterwards, tick there that the session has been held, and record improvement actions under ", format_day(date))}
            <a href=part_href(id, "acties")>{tr!("Acties", "Actions")}</a>"."
        }
        .into_any(),
        None => view! { {tr!("Voeg eerst een sessie toe onder ", "First add a session under ")}<a href=part_href(id, "sessies")>{tr!("Sessies", "Sessions")}</a>"." }.into_any(),
    };
    view! {
        <div class="empty-state">
            <p><strong>{tr!("Nog niets gehouden of afgesproken.", "Nothing held or agreed yet.")}</strong></p>
            <p>{step}</p>
        </div>
    }
}

#[component]
pub(super) fn Timeline(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let items = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.timeline(today())).unwrap_or_default())
    });
    view! {
        <section aria-labelledby="tijdlijn">
            <h2 id="tijdlijn">{tr!("Tijdlijn", "Timeline")}</h2>
            <Show when=move || items.with(Vec::is_empty)>
                <p class="meta">{tr!("Nog niets gepland: voeg een sessie toe.", "Nothing planned yet: add a session.")}</p>
            </Show>
            <ol class="timeline">
                {move || items.get().into_iter().map(|entry| {
                    let kind = if entry.session.is_some() { "timeline-session" } else { "timeline-action" };
                    let (done, late) = (entry.done, entry.late);
                    let done_word = entry.done_word();
                    let label = match entry.session {
                        Some(sid) => view! { <a href=Route::PlanSession { plan: id.get_value(), session: sid }.href()>{entry.text}</a> }.into_any(),
                        None => view! { <span>{entry.text}</span> }.into_any(),
                    };
                    view! {
                        <li class=kind class:done=done class:late=late>
                            <time datetime=entry.date.to_string()>{format_day(entry.date)}</time>
                            {label}
                            {done.then(|| view! { <span class="tag tag-done">{done_word}</span> })}
                            {late.then(|| view! { <span class="tag tag-late">{tr!("te laat", "overdue")}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
