//! One plan: progress, timeline, sessions, actions, promises, budget, measures, export.

use leptos::prelude::*;

use super::parts::{DateField, TextField};
use super::{edit_plan, watch_plan};
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, now_utc, today};
use crate::domain::content::{card_by_id, suggestion_by_id};
use crate::web::download::download;
use crate::domain::journey::input::{format_number, parse_euros, parse_number};
use crate::domain::journey::{
    format_day, format_euros, ics, Action, ActionStatus, Measure, Noticed, Plan, Promise,
    PromiseCheck, Reflection, Session, SessionKind, TimelineItem, VatOption,
};
use crate::ui::components::not_found::NotFoundPage;
use crate::domain::route::Route;

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
            <p class="card-kicker">"Reisplanner"</p>
            <h1 tabindex="-1">{name}</h1>
            <p class="meta">{move || plan.with(|p| p.as_ref().map(|p| format!("{} tot en met {} · {} weken", format_day(p.start), format_day(p.end()), p.weeks)))}</p>
            <PlanNotices plan/>
            <ProgressPanel plan/>
            <Timeline id plan/>
            <Sessions id plan/>
            <Actions id plan/>
            <Promises id plan/>
            <Budget id plan/>
            <Measures id plan/>
            <Settings id plan/>
            <section class="panel no-print">
                <h2>"Agenda en opruimen"</h2>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(p) = plan.get_untracked() {
                            download(&ics::file_name(&p), "text/calendar", &ics::to_ics(&p, now_utc()));
                        }
                    }>"Agenda downloaden (.ics)"</button>
                    <button type="button" class="button button-quiet" on:click=move |_| {
                        if let Some(p) = plan.get_untracked() {
                            match crate::domain::files::export::export_plan(&p, crate::web::clock::now_local()) {
                                Ok(file) => { crate::web::download::offer_file(&file); }
                                Err(e) => notices.push(crate::ui::notices::Notice::error(e.to_string())),
                            }
                        }
                    }>"Plan exporteren"</button>
                    <DeletePlan id/>
                </div>
                <p class="field-hint">"Het .ics-bestand opent in Outlook, Google Agenda en Apple Agenda. Opnieuw downloaden en importeren werkt dezelfde afspraken bij."</p>
            </section>
        </article>
    }
    .into_any()
}

#[component]
fn PlanNotices(plan: Memo<Option<Plan>>) -> impl IntoView {
    let notices = Memo::new(move |_| {
        plan.with(|p| {
            let Some(p) = p else { return Vec::new() };
            let mut out: Vec<String> = p.team_notice().into_iter().collect();
            for (session_id, flags) in p.date_flags() {
                if let Some(s) = p.sessions.iter().find(|s| s.id == session_id) {
                    let what: Vec<&str> = flags.iter().map(|f| f.message()).collect();
                    out.push(format!(
                        "“{}” ({}) {}.",
                        s.title,
                        format_day(s.date),
                        what.join(" en ")
                    ));
                }
            }
            out
        })
    });
    view! {
        <Show when=move || !notices.with(Vec::is_empty)>
            <div class="notice notice-warning plan-notices" role="status">
                <ul>{move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

#[component]
fn ProgressPanel(plan: Memo<Option<Plan>>) -> impl IntoView {
    let figures = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref().map(|p| {
                let overdue: Vec<String> = p
                    .overdue(today())
                    .iter()
                    .map(|a| {
                        format!(
                            "{} (uiterlijk {})",
                            a.text,
                            a.due.map(format_day).unwrap_or_default()
                        )
                    })
                    .collect();
                (p.progress(today()), overdue)
            })
        })
    });
    view! {
        <section class="panel progress-panel" aria-labelledby="voortgang">
            <h2 id="voortgang">"Voortgang"</h2>
            {move || figures.get().map(|(p, overdue)| { let late = p.overdue > 0; view! {
                <ul class="figures">
                    <li><strong>{format!("{} van {}", p.sessions_done, p.sessions)}</strong>" sessies gehouden"</li>
                    <li><strong>{format!("{} van {}", p.actions_done, p.actions)}</strong>" acties klaar"</li>
                    <li class:overdue=late><strong>{p.overdue}</strong>{if p.overdue == 1 { " actie te laat" } else { " acties te laat" }}</li>
                </ul>
                {(!overdue.is_empty()).then(|| view! {
                    <p class="overdue-list"><strong>"Te laat: "</strong>{overdue.join("; ")}</p>
                })}
            }})}
        </section>
    }
}

#[component]
fn Timeline(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let items = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    let now = today();
                    p.timeline()
                        .into_iter()
                        .map(|item| match item {
                            TimelineItem::Session(s) => (
                                item.date(),
                                format!("{}: {}", s.kind.label(), s.title),
                                Some(s.id.clone()),
                                s.done,
                                false,
                            ),
                            TimelineItem::ActionDue(a) => (
                                item.date(),
                                format!(
                                    "Actie klaar: {}{}",
                                    a.text,
                                    if a.owner.is_empty() {
                                        String::new()
                                    } else {
                                        format!(" ({})", a.owner)
                                    }
                                ),
                                None,
                                a.status == ActionStatus::Klaar,
                                a.status != ActionStatus::Klaar && item.date() < now,
                            ),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section aria-labelledby="tijdlijn">
            <h2 id="tijdlijn">"Tijdlijn"</h2>
            <ol class="timeline">
                {move || items.get().into_iter().map(|(date, text, session, done, late)| {
                    let kind = if session.is_some() { "timeline-session" } else { "timeline-action" };
                    let label = match session {
                        Some(sid) => view! { <a href=Route::PlanSession { plan: id.get_value(), session: sid }.href()>{text}</a> }.into_any(),
                        None => view! { <span>{text}</span> }.into_any(),
                    };
                    view! {
                        <li class=kind class:done=done class:late=late>
                            <time datetime=date.to_string()>{format_day(date)}</time>
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

#[component]
fn Sessions(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let sessions = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.sessions
                        .iter()
                        .map(|s| (s.id.clone(), s.kind, s.title.clone(), s.date, s.done))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let new_kind = RwSignal::new(SessionKind::Werksessie);
    let add = move |_| {
        let kind = new_kind.get_untracked();
        edit_plan(id, |p| {
            let date = p.sessions.last().map_or(p.start, |s| {
                crate::domain::journey::schedule::next_weekday(s.date.succ_opt().unwrap_or(s.date))
            });
            p.sessions.push(Session {
                id: new_id("s"),
                kind,
                date,
                start_time: None,
                minutes: 180,
                title: kind.label().to_owned(),
                focus: None,
                goals: String::new(),
                dimensions: Vec::new(),
                suggestions: Vec::new(),
                reflection: Reflection::default(),
                done: false,
                extra: Default::default(),
            });
        });
    };
    view! {
        <section class="no-print" aria-labelledby="sessies">
            <h2 id="sessies">"Sessies"</h2>
            <p class="field-hint">"Een datum verplaatsen verandert de volgorde niet; wat buiten het plan of in het weekend valt, wordt gemeld."</p>
            <ol class="session-list">
                {move || sessions.get().into_iter().map(|(sid, kind, title, date, done)| {
                    let sid2 = sid.clone();
                    view! {
                        <li class="panel session-row" data-session=sid.clone()>
                            <h3><a href=Route::PlanSession { plan: id.get_value(), session: sid.clone() }.href()>{title}</a></h3>
                            <p class="meta">{kind.label()}{done.then_some(" · gehouden")}</p>
                            <DateField id=format!("datum-{sid}") label="Datum" value=Signal::derive(move || Some(date))
                                on_change=Callback::new(move |d| { let sid = sid2.clone(); edit_plan(id, move |p| if let Some(s) = p.sessions.iter_mut().find(|s| s.id == sid) { s.date = d; }) })/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="add-row">
                <label for="nieuwe-sessie-soort">"Sessie toevoegen"</label>
                <select id="nieuwe-sessie-soort" on:change=move |ev| if let Some(k) = SessionKind::from_key(&event_target_value(&ev)) { new_kind.set(k) }>
                    {SessionKind::ALL.map(|k| view! { <option value=k.key() selected=k == SessionKind::Werksessie>{k.label()}</option> })}
                </select>
                <button type="button" class="button button-quiet" on:click=add>"Toevoegen"</button>
            </div>
        </section>
    }
}

/// One action with its editable owner, due date and status.
#[component]
pub(crate) fn ActionRow(id: StoredValue<String>, action: Action) -> impl IntoView {
    let aid = StoredValue::new(action.id.clone());
    let update = move |change: Box<dyn FnOnce(&mut Action)>| {
        edit_plan(id, move |p| {
            if let Some(a) = aid.with_value(|aid| p.actions.iter_mut().find(|a| &a.id == aid)) {
                change(a);
            }
        })
    };
    let source = action.suggestion.as_deref().and_then(suggestion_by_id).map(|(card, s)| {
        view! { <p class="meta">"Uit kaart "<a href=Route::Card { id: card.id.into(), anchor: Some(format!("suggestie-{}", s.id)) }.href()>{format!("{}. {}", card.number, card.short_title)}</a></p> }
    });
    let status = action.status;
    let due = action.due;
    view! {
        <li class="panel action-row" data-action=action.id.clone() data-status=status.label()>
            <p class="action-text">{action.text.clone()}</p>
            {source}
            <div class="action-fields">
                <TextField id=format!("eigenaar-{}", action.id) label="Eigenaar" value=Signal::derive({ let o = action.owner.clone(); move || o.clone() })
                    on_input=Callback::new(move |v: String| update(Box::new(move |a| a.owner = v)))/>
                <DateField id=format!("deadline-{}", action.id) label="Klaar op" value=Signal::derive(move || due)
                    on_change=Callback::new(move |d| update(Box::new(move |a| a.due = Some(d))))/>
                <div class="field">
                    <span class="label" id=format!("status-{}", action.id)>"Status"</span>
                    <div class="segmented" role="group" aria-labelledby=format!("status-{}", action.id)>
                        {ActionStatus::ALL.map(|st| view! {
                            <button type="button" class="segment" aria-pressed=(status == st).to_string()
                                on:click=move |_| update(Box::new(move |a| a.status = st))>{st.label()}</button>
                        })}
                    </div>
                </div>
            </div>
        </li>
    }
}

#[component]
fn Actions(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let state = use_store().state;
    let actions = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.actions.clone()).unwrap_or_default())
    });
    let to_pick_up =
        Memo::new(move |_| state.with(|s| id.with_value(|id| s.suggestions_to_pick_up(id))));
    let text = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        if t.trim().is_empty() {
            return;
        }
        edit_plan(id, |p| {
            p.actions.push(Action {
                id: new_id("a"),
                text: t.trim().to_owned(),
                owner: String::new(),
                due: None,
                status: ActionStatus::Open,
                suggestion: None,
                created: today(),
                extra: Default::default(),
            })
        });
        text.set(String::new());
    };
    view! {
        <section aria-labelledby="acties">
            <h2 id="acties">"Verbeteracties (Action Learning)"</h2>
            <Show when=move || !to_pick_up.with(Vec::is_empty)>
                <div class="panel pick-up">
                    <h3>"Uit de kaarten: suggesties om op te pakken"</h3>
                    <ul>
                        {move || to_pick_up.get().into_iter().filter_map(suggestion_by_id).map(|(card, s)| {
                            let sid = s.id;
                            view! {
                                <li>
                                    <span>{s.text}<span class="meta">{format!(" (kaart {})", card.number)}</span></span>
                                    <button type="button" class="button button-quiet" on:click=move |_| {
                                        state.update(|st| { id.with_value(|pid| st.action_from_suggestion(pid, sid, new_id("a"), today())); });
                                    }>"Maak actie"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            </Show>
            <ul class="action-list">
                <For each=move || actions.get() key=|a| (a.id.clone(), a.status, a.due) children=move |a| view! { <ActionRow id action=a/> }/>
            </ul>
            <form class="add-row" on:submit=add>
                <label for="nieuwe-actie">"Nieuwe actie"</label>
                <input id="nieuwe-actie" type="text" maxlength="300" placeholder="Wat gaan we doen?" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                <button type="submit" class="button button-quiet">"Toevoegen"</button>
            </form>
        </section>
    }
}

#[component]
fn Promises(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let promises = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.promises.clone()).unwrap_or_default())
    });
    let behaviour = RwSignal::new(String::new());
    let for_whom = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let b = behaviour.get_untracked();
        if b.trim().is_empty() {
            return;
        }
        let f = for_whom.get_untracked();
        edit_plan(id, |p| {
            p.promises.push(Promise {
                id: new_id("b"),
                behaviour: b.trim().to_owned(),
                for_whom: f.trim().to_owned(),
                checks: Vec::new(),
                extra: Default::default(),
            })
        });
        behaviour.set(String::new());
        for_whom.set(String::new());
    };
    view! {
        <section aria-labelledby="beloften">
            <h2 id="beloften">"Beloften"</h2>
            <p class="field-hint">"Gedrag waartoe het MT zich verbindt, en steeds de toets: merken medewerkers het?"</p>
            <ul class="promise-list">
                {move || promises.get().into_iter().map(|promise| view! { <PromiseRow id promise/> }).collect_view()}
            </ul>
            <form class="panel" on:submit=add>
                <h3>"Nieuwe belofte"</h3>
                <TextField id="belofte-gedrag".into() label="Welk gedrag beloven we?" value=behaviour on_input=Callback::new(move |v| behaviour.set(v))/>
                <TextField id="belofte-voor".into() label="Voor wie?" value=for_whom on_input=Callback::new(move |v| for_whom.set(v))/>
                <button type="submit" class="button button-quiet">"Belofte toevoegen"</button>
            </form>
        </section>
    }
}

#[component]
fn PromiseRow(id: StoredValue<String>, promise: Promise) -> impl IntoView {
    let pid = StoredValue::new(promise.id.clone());
    let date = RwSignal::new(today());
    let note = RwSignal::new(String::new());
    let check = move |noticed: Noticed| {
        let (d, n) = (date.get_untracked(), note.get_untracked());
        edit_plan(id, move |p| {
            if let Some(pr) = pid.with_value(|pid| p.promises.iter_mut().find(|x| &x.id == pid)) {
                pr.checks.push(PromiseCheck {
                    date: d,
                    noticed,
                    note: n.trim().to_owned(),
                    extra: Default::default(),
                });
            }
        });
        note.set(String::new());
    };
    view! {
        <li class="panel promise">
            <h3>{promise.behaviour.clone()}</h3>
            {(!promise.for_whom.is_empty()).then(|| view! { <p class="meta">{format!("Voor: {}", promise.for_whom)}</p> })}
            <ul class="checks">
                {promise.checks.iter().map(|c| view! {
                    <li><time>{format_day(c.date)}</time>{format!(" — merken medewerkers het? {}", c.noticed.label())}{(!c.note.is_empty()).then(|| format!(": {}", c.note))}</li>
                }).collect_view()}
            </ul>
            <div class="check-form">
                <DateField id=format!("toets-{}", promise.id) label="Toets op" value=Signal::derive(move || Some(date.get())) on_change=Callback::new(move |d| date.set(d))/>
                <TextField id=format!("toets-notitie-{}", promise.id) label="Wat hoorden we?" value=note on_input=Callback::new(move |v| note.set(v))/>
                <p class="label">"Merken medewerkers het?"</p>
                <div class="segmented">
                    {Noticed::ALL.map(|n| view! { <button type="button" class="segment" on:click=move |_| check(n)>{n.label()}</button> })}
                </div>
            </div>
        </li>
    }
}

#[component]
fn Budget(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let kinds = Memo::new(move |_| {
        plan.with(|p| {
            let mut k: Vec<SessionKind> = p
                .as_ref()
                .map(|p| p.sessions.iter().map(|s| s.kind).collect())
                .unwrap_or_default();
            k.sort();
            k.dedup();
            k
        })
    });
    let error = RwSignal::new(None::<String>);
    let prices = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref().map(|p| {
                (
                    p.price(VatOption::Btw21),
                    p.price(VatOption::Vrijgesteld),
                    p.budget.vat,
                )
            })
        })
    });
    let set_amount = move |key: Option<&'static str>, text: String| {
        if text.trim().is_empty() {
            error.set(None);
            edit_plan(id, move |p| match key {
                Some(k) => {
                    p.budget.per_kind.remove(k);
                }
                None => p.budget.total = None,
            });
            return;
        }
        match parse_euros(&text) {
            Ok(euros) => {
                error.set(None);
                edit_plan(id, move |p| match key {
                    Some(k) => {
                        p.budget.per_kind.insert(k.to_owned(), euros);
                    }
                    None => p.budget.total = Some(euros),
                });
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let amount = move |key: Option<&'static str>| {
        plan.with_untracked(|p| {
            p.as_ref().and_then(|p| match key {
                Some(k) => p.budget.per_kind.get(k).copied(),
                None => p.budget.total,
            })
        })
        .map(|e| e.to_string())
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="budget">
            <h2 id="budget">"Budget (optioneel)"</h2>
            <p class="field-hint">"Bedragen in hele euro's, exclusief btw. Vul een prijs per soort sessie in, of een totaal."</p>
            <div class="budget-fields">
                {move || kinds.get().into_iter().map(|k| {
                    let key = k.key();
                    view! {
                        <div class="field">
                            <label for=format!("prijs-{key}")>{format!("Prijs per {}", k.label().to_lowercase())}</label>
                            <input id=format!("prijs-{key}") type="text" inputmode="decimal" prop:value=amount(Some(key)) on:change=move |ev| set_amount(Some(key), event_target_value(&ev))/>
                        </div>
                    }
                }).collect_view()}
                <div class="field">
                    <label for="prijs-totaal">"Of een totaalbedrag"</label>
                    <input id="prijs-totaal" type="text" inputmode="decimal" prop:value=amount(None) on:change=move |ev| set_amount(None, event_target_value(&ev))/>
                </div>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            {move || prices.get().and_then(|(btw, exempt, _)| Some((btw?, exempt?))).map(|(btw, exempt)| view! {
                <table class="scores budget-table">
                    <caption>"Twee manieren van factureren naast elkaar"</caption>
                    <thead><tr><th scope="col"></th><th scope="col">"Met btw (21%)"</th><th scope="col">"Btw-vrij (+10% toeslag)"</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">"Bedrag"</th><td>{format_euros(btw.base)}</td><td>{format_euros(exempt.base)}</td></tr>
                        <tr><th scope="row">"Btw of toeslag"</th><td>{format_euros(btw.extra)}</td><td>{format_euros(exempt.extra)}</td></tr>
                        <tr><th scope="row">"Totaal"</th><td><strong>{format_euros(btw.total)}</strong></td><td><strong>{format_euros(exempt.total)}</strong></td></tr>
                    </tbody>
                </table>
                <p class="field-hint">"Met btw: voor organisaties met btw-aftrek. Btw-vrij kan bij een CRKBO-geregistreerde aanbieder; de toeslag dekt de extra administratie."</p>
            })}
        </section>
    }
}

#[component]
fn Measures(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let measures = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.measures.clone()).unwrap_or_default())
    });
    let name = RwSignal::new(String::new());
    let baseline = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(Some("Geef de meetwaarde een naam.".into()));
            return;
        }
        match parse_number(&baseline.get_untracked()) {
            Ok(b) => {
                error.set(None);
                edit_plan(id, |p| {
                    p.measures.push(Measure {
                        id: new_id("m"),
                        name: n.trim().to_owned(),
                        baseline: b,
                        values: Vec::new(),
                        extra: Default::default(),
                    })
                });
                name.set(String::new());
                baseline.set(String::new());
            }
            Err(message) => error.set(Some(format!("Nulmeting: {message}"))),
        }
    };
    view! {
        <section aria-labelledby="meetwaarden">
            <h2 id="meetwaarden">"Resultaten meten (optioneel)"</h2>
            <p class="field-hint">"Bijvoorbeeld doorlooptijd in dagen of teamvertrouwen op een schaal: een nulmeting en latere metingen, met de verandering in procenten."</p>
            <ul class="measure-list">
                {move || measures.get().into_iter().map(|m| view! { <MeasureRow id measure=m/> }).collect_view()}
            </ul>
            <form class="panel" on:submit=add>
                <h3>"Nieuwe meetwaarde"</h3>
                <TextField id="meting-naam".into() label="Wat meet je?" value=name on_input=Callback::new(move |v| name.set(v))/>
                <TextField id="meting-nul".into() label="Nulmeting" value=baseline on_input=Callback::new(move |v| baseline.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">"Meetwaarde toevoegen"</button>
            </form>
        </section>
    }
}

#[component]
fn MeasureRow(id: StoredValue<String>, measure: Measure) -> impl IntoView {
    let mid = StoredValue::new(measure.id.clone());
    let value = RwSignal::new(String::new());
    let date = RwSignal::new(today());
    let error = RwSignal::new(None::<String>);
    let change = measure.change_percent().map(|pct| {
        let word = match pct.signum() {
            1 => "hoger",
            -1 => "lager",
            _ => "gelijk",
        };
        format!(
            "{}{}% ({word} dan de nulmeting)",
            if pct > 0 {
                "+"
            } else if pct < 0 {
                "\u{2212}"
            } else {
                ""
            },
            pct.abs()
        )
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_number(&value.get_untracked()) {
            Ok(v) => {
                error.set(None);
                let d = date.get_untracked();
                edit_plan(id, move |p| {
                    if let Some(m) =
                        mid.with_value(|mid| p.measures.iter_mut().find(|m| &m.id == mid))
                    {
                        m.values.push((d, v));
                        m.values.sort_by_key(|(d, _)| *d);
                    }
                });
                value.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <li class="panel measure" data-measure=measure.name.clone()>
            <h3>{measure.name.clone()}</h3>
            <p>{format!("Nulmeting: {}", format_number(measure.baseline))}</p>
            <ul>{measure.values.iter().map(|(d, v)| view! { <li>{format!("{}: {}", format_day(*d), format_number(*v))}</li> }).collect_view()}</ul>
            {change.map(|c| view! { <p class="measure-change"><strong>{c}</strong></p> })}
            <form class="check-form" on:submit=add>
                <DateField id=format!("meetdatum-{}", measure.id) label="Datum" value=Signal::derive(move || Some(date.get())) on_change=Callback::new(move |d| date.set(d))/>
                <TextField id=format!("meetwaarde-{}", measure.id) label="Nieuwe meting" value=value on_input=Callback::new(move |v| value.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">"Meting toevoegen"</button>
            </form>
        </li>
    }
}

#[component]
fn Settings(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let text = move |f: fn(&crate::domain::journey::Plan) -> String| {
        Signal::derive(move || plan.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    view! {
        <details class="panel settings">
            <summary>"Gegevens van het plan"</summary>
            <TextField id="plan-naam-wijzigen".into() label="Naam" value=text(|p| p.name.clone()) on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.name = v))/>
            <DateField id="plan-start-wijzigen".into() label="Startdatum" value=Signal::derive(move || plan.with(|p| p.as_ref().map(|p| p.start))) on_change=Callback::new(move |d| edit_plan(id, move |p| p.start = d))/>
            <div class="field">
                <label for="plan-weken-wijzigen">"Duur in weken"</label>
                <input id="plan-weken-wijzigen" type="number" min="1" max="104" inputmode="numeric"
                    prop:value=move || plan.with(|p| p.as_ref().map(|p| p.weeks.to_string()).unwrap_or_default())
                    on:change=move |ev| { if let Ok(w) = event_target_value(&ev).trim().parse::<u16>() { edit_plan(id, move |p| p.weeks = w.clamp(1, 104)) } }/>
            </div>
            <TextField id="plan-team-wijzigen".into() label="Deelnemers (één per regel)" multiline=true value=text(|p| p.team.join("\n"))
                on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.team = v.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()))/>
            <TextField id="plan-tussen".into() label="Tussen de sessies" multiline=true value=text(|p| p.between.clone()) on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.between = v))/>
            <p class="meta">{move || plan.with(|p| p.as_ref().map(|p| {
                let dims: Vec<String> = p.dimensions.iter().filter_map(|d| card_by_id(d)).map(|c| format!("{}. {}", c.number, c.short_title)).collect();
                format!("Dimensies: {}", if dims.is_empty() { "geen gekozen".to_owned() } else { dims.join(", ") })
            }))}</p>
        </details>
    }
}

#[component]
fn DeletePlan(id: StoredValue<String>) -> impl IntoView {
    let state = use_store().state;
    let confirming = RwSignal::new(false);
    view! {
        <Show when=move || confirming.get() fallback=move || view! {
            <button type="button" class="button button-quiet button-danger" on:click=move |_| confirming.set(true)>"Plan verwijderen"</button>
        }>
            <div class="confirm" role="alertdialog" aria-label="Plan verwijderen">
                <p>"Dit plan met al zijn sessies, acties en beloften definitief verwijderen?"</p>
                <div class="actions">
                    <button type="button" class="button button-danger-solid" on:click=move |_| {
                        state.update(|s| id.with_value(|id| s.delete_plan(id)));
                        navigate(&Route::Plans);
                    }>"Ja, verwijderen"</button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>"Annuleren"</button>
                </div>
            </div>
        </Show>
    }
}
