//! One session: what it is for, the open actions to review at its start, and the
//! reflection afterwards.

use leptos::prelude::*;

use super::detail::ActionRow;
use super::parts::{DateField, TextField};
use super::{edit_plan, watch_plan};
use crate::domain::content::{card_by_id, cards};
use crate::domain::journey::edit::set_member;
use crate::domain::journey::{Focus, Session, SessionKind};
use crate::domain::route::Route;
use crate::domain::text::format_day;
use crate::ui::components::not_found::NotFoundPage;
use crate::ui::store::use_store;

/// The session `session` of plan `plan`.
#[component]
pub fn SessionPage(
    /// The plan's id.
    plan: String,
    /// The session's id.
    session: String,
) -> impl IntoView {
    let exists = use_store()
        .state
        .with_untracked(|s| s.plan(&plan).is_some_and(|p| p.session(&session).is_some()));
    if !exists {
        return view! { <NotFoundPage/> }.into_any();
    }
    let id = StoredValue::new(plan);
    let sid = StoredValue::new(session);
    let plan = watch_plan(id);
    let current = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| sid.with_value(|sid| p.session(sid).cloned()))
        })
    });
    let field = move |f: fn(&Session) -> String| {
        Signal::derive(move || current.with(|s| s.as_ref().map(f).unwrap_or_default()))
    };
    let set = move |change: Box<dyn FnOnce(&mut Session)>| {
        edit_plan(id, move |p| {
            if let Some(s) = sid.with_value(|sid| p.session_mut(sid)) {
                change(s);
            }
        })
    };
    let open_actions = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    sid.with_value(|sid| {
                        p.open_actions_for(sid)
                            .into_iter()
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    let warning = Signal::derive(move || {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| sid.with_value(|sid| p.session_warning_text(sid)))
        })
    });
    let position = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| sid.with_value(|sid| p.session_position_text(sid)))
        })
    });

    view! {
        <article class="page narrow session">
            <p><a href=move || Route::PlanPart { id: id.get_value(), anchor: "sessies".into() }.href()>{move || plan.with(|p| p.as_ref().map(|p| format!("← {}", p.name)))}</a></p>
            <p class="card-kicker">{move || position.get()}</p>
            <h1 tabindex="-1">{move || current.with(|s| s.as_ref().map(|s| s.title.clone()))}</h1>
            <p class="meta">{move || current.with(|s| s.as_ref().map(|s| format!("{} · {}{}", s.kind.label(), format_day(s.date), if s.done { tr!(" · gehouden", " · held") } else { "" })))}</p>

            <section class="panel review" aria-labelledby="openstaand">
                <h2 id="openstaand">{tr!("Openstaande acties", "Open actions")}</h2>
                <p class="field-hint">{tr!("Begin de sessie met wat er sinds de vorige sessie nog openstaat.", "Start the session with what is still open since the previous session.")}</p>
                <Show when=move || !open_actions.with(Vec::is_empty) fallback=|| view! { <p>{tr!("Geen openstaande acties.", "No open actions.")}</p> }>
                    <ul class="action-list">
                        <For each=move || open_actions.get() key=|a| (a.id.clone(), a.status, a.due) children=move |a| view! { <ActionRow id action=a/> }/>
                    </ul>
                </Show>
            </section>

            <section aria-labelledby="opzet">
                <h2 id="opzet">{tr!("Opzet", "Set-up")}</h2>
                <div class="field">
                    <label for="sessie-soort">{tr!("Soort sessie", "Type of session")}</label>
                    <select id="sessie-soort" on:change=move |ev| if let Some(k) = SessionKind::from_key(&event_target_value(&ev)) { set(Box::new(move |s| s.kind = k)) }>
                        {move || { let kind = current.with(|s| s.as_ref().map(|s| s.kind)); SessionKind::ALL.map(|k| view! { <option value=k.key() selected=Some(k) == kind>{k.label()}</option> }) }}
                    </select>
                </div>
                <DateField id="sessie-datum".into() label=tr!("Datum", "Date") warning value=Signal::derive(move || current.with(|s| s.as_ref().map(|s| s.date))) on_change=Callback::new(move |d| set(Box::new(move |s| s.date = d)))/>
                <div class="field">
                    <label for="sessie-tijd">{tr!("Begintijd (leeg is de hele dag)", "Start time (empty means all day)")}</label>
                    <input id="sessie-tijd" type="time" prop:value=move || current.with(|s| s.as_ref().map(Session::start_time_text).unwrap_or_default())
                        on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |s| s.set_start_time(&v))) }/>
                </div>
                <TextField id="sessie-titel".into() label=tr!("Titel", "Title") value=field(|s| s.title.clone()) on_input=Callback::new(move |v: String| set(Box::new(move |s| s.title = v)))/>
                <fieldset class="field">
                    <legend>{tr!("Focus", "Focus")}</legend>
                    <div class="segmented">
                        {Focus::ALL.map(|f| view! {
                            <button type="button" class="segment" aria-pressed=move || (current.with(|s| s.as_ref().and_then(|s| s.focus)) == Some(f)).to_string()
                                on:click=move |_| set(Box::new(move |s| s.toggle_focus(f)))>{f.label()}</button>
                        })}
                    </div>
                </fieldset>
                <TextField id="sessie-doelen".into() label=tr!("Doelen en thema's", "Goals and themes") multiline=true value=field(|s| s.goals.clone()) on_input=Callback::new(move |v: String| set(Box::new(move |s| s.goals = v)))/>
                <fieldset class="field dimensions-pick">
                    <legend>{tr!("Dimensies", "Dimensions")}</legend>
                    {cards().iter().map(|c| {
                        let cid = c.id;
                        view! {
                            <label class="check">
                                <input type="checkbox" prop:checked=move || current.with(|s| s.as_ref().is_some_and(|s| s.dimensions.iter().any(|d| d == cid)))
                                    on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |s| set_member(&mut s.dimensions, cid, on))) }/>
                                {crate::domain::text::card_short_title(c)}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <LinkedSuggestions current link=Callback::new(move |(sid, on): (&'static str, bool)| set(Box::new(move |s| set_member(&mut s.suggestions, sid, on))))/>
            </section>

            <section aria-labelledby="reflectie">
                <h2 id="reflectie">{tr!("Reflectie na de sessie", "Reflection after the session")}</h2>
                <TextField id="reflectie-zien".into() label=tr!("Wat zagen we?", "What did we see?") multiline=true value=field(|s| s.reflection.seen.clone()) on_input=Callback::new(move |v: String| set(Box::new(move |s| s.reflection.seen = v)))/>
                <TextField id="reflectie-zegt".into() label=tr!("Wat zegt dit?", "What does it tell us?") multiline=true value=field(|s| s.reflection.meaning.clone()) on_input=Callback::new(move |v: String| set(Box::new(move |s| s.reflection.meaning = v)))/>
                <TextField id="reflectie-doen".into() label=tr!("Wat doen we ermee?", "What do we do with it?") multiline=true value=field(|s| s.reflection.next.clone()) on_input=Callback::new(move |v: String| set(Box::new(move |s| s.reflection.next = v)))/>
            </section>

            <label class="check done-toggle">
                <input type="checkbox" prop:checked=move || current.with(|s| s.as_ref().is_some_and(|s| s.done))
                    on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |s| s.done = on)) }/>
                {tr!("Deze sessie is gehouden", "This session has been held")}
            </label>
        </article>
    }
    .into_any()
}

/// The suggestions of the session's dimensions, to link to it.
#[component]
fn LinkedSuggestions(
    current: Memo<Option<Session>>,
    /// Links (`true`) or unlinks a suggestion.
    link: Callback<(&'static str, bool)>,
) -> impl IntoView {
    let dims = Memo::new(move |_| {
        current.with(|s| s.as_ref().map(|s| s.dimensions.clone()).unwrap_or_default())
    });
    let linked = move || {
        current.with(|s| {
            s.as_ref()
                .map(|s| s.suggestions.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !dims.with(Vec::is_empty)>
            <details class="field linked">
                <summary>{move || trf!("Suggesties uit de kaarten ({} gekoppeld)", "Suggestions from the cards ({} linked)", linked().len())}</summary>
                {move || dims.get().into_iter().filter_map(|d| card_by_id(&d)).map(|card| view! {
                    <fieldset>
                        <legend>{crate::domain::text::card_short_title(card)}</legend>
                        {card.suggestions().iter().map(|s| {
                            let sid = s.id;
                            view! {
                                <label class="check">
                                    <input type="checkbox" prop:checked=move || linked().iter().any(|x| x == sid)
                                        on:change=move |ev| link.run((sid, event_target_checked(&ev)))/>
                                    {s.text}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }).collect_view()}
            </details>
        </Show>
    }
}
