//! The plan's progress figures and its timeline.

use leptos::prelude::*;

use crate::domain::journey::Plan;
use crate::domain::route::Route;
use crate::domain::text::{format_day, plural};
use crate::web::clock::today;

#[component]
pub(super) fn ProgressPanel(plan: Memo<Option<Plan>>) -> impl IntoView {
    let figures = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| (p.progress(today()), p.overdue_lines(today())))
        })
    });
    view! {
        <section class="panel progress-panel" aria-labelledby="voortgang">
            <h2 id="voortgang">"Voortgang"</h2>
            {move || figures.get().map(|(p, overdue)| { let late = p.overdue > 0; view! {
                <ul class="figures">
                    <li><strong>{format!("{} van {}", p.sessions_done, p.sessions)}</strong>" sessies gehouden"</li>
                    <li><strong>{format!("{} van {}", p.actions_done, p.actions)}</strong>" acties klaar"</li>
                    <li class:overdue=late><strong>{p.overdue}</strong>{format!(" {} te laat", plural(p.overdue, "actie", "acties"))}</li>
                </ul>
                {(!overdue.is_empty()).then(|| view! {
                    <p class="overdue-list"><strong>"Te laat: "</strong>{overdue.join("; ")}</p>
                })}
            }})}
        </section>
    }
}

#[component]
pub(super) fn Timeline(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let items = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.timeline(today())).unwrap_or_default())
    });
    view! {
        <section aria-labelledby="tijdlijn">
            <h2 id="tijdlijn">"Tijdlijn"</h2>
            <ol class="timeline">
                {move || items.get().into_iter().map(|entry| {
                    let kind = if entry.session.is_some() { "timeline-session" } else { "timeline-action" };
                    let (done, late) = (entry.done, entry.late);
                    let label = match entry.session {
                        Some(sid) => view! { <a href=Route::PlanSession { plan: id.get_value(), session: sid }.href()>{entry.text}</a> }.into_any(),
                        None => view! { <span>{entry.text}</span> }.into_any(),
                    };
                    view! {
                        <li class=kind class:done=done class:late=late>
                            <time datetime=entry.date.to_string()>{format_day(entry.date)}</time>
                            {label}
                            {done.then(|| view! { <span class="tag tag-done">"gedaan"</span> })}
                            {late.then(|| view! { <span class="tag tag-late">"te laat"</span> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
