//! All plans, and starting a new one from a template.

use chrono::{Datelike, Days, NaiveDate};
use leptos::prelude::*;

use super::parts::DateField;
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, today};
use crate::domain::content::cards;
use crate::domain::journey::templates::{empty_plan, instantiate, template_by_id, EMPTY, TEMPLATES};
use crate::domain::journey::{TEAM_MAX, TEAM_MIN};
use crate::domain::text::format_day;
use crate::domain::route::Route;
use crate::domain::scan::{rank, weakest};

/// The plans on this device and a form for a new one.
#[component]
pub fn PlansPage() -> impl IntoView {
    let state = use_store().state;
    let plans = Memo::new(move |_| {
        state.with(|s| {
            s.plans
                .iter()
                .map(|p| {
                    let progress = p.progress(today());
                    (p.id.clone(), p.name.clone(), p.start, p.end(), progress)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">"Reisplanner"</h1>
            <p class="lead">"Plan een ontwikkeltraject voor jullie managementteam op echte data: offsites, werksessies, Action Learning ertussen, reflectie, beloften en resultaten."</p>
            <Show when=move || !plans.with(Vec::is_empty)>
                <h2>"Jullie plannen"</h2>
                <ul class="plan-list">
                    {move || plans.get().into_iter().map(|(id, name, start, end, p)| view! {
                        <li class="panel">
                            <h3><a href=Route::Plan { id }.href()>{name}</a></h3>
                            <p class="meta">{format!("{} tot en met {} · {} van {} sessies gedaan · {} van {} acties klaar", format_day(start), format_day(end), p.sessions_done, p.sessions, p.actions_done, p.actions)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <NewPlanForm/>
        </section>
    }
}

/// The first Monday on or after `date`.
fn next_monday(date: NaiveDate) -> NaiveDate {
    let offset = (7 - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(u64::from(offset)))
        .unwrap_or(date)
}

#[component]
fn NewPlanForm() -> impl IntoView {
    let state = use_store().state;
    let template = RwSignal::new("mt-journey".to_owned());
    let name = RwSignal::new(String::new());
    let start = RwSignal::new(next_monday(today()));
    let weeks = RwSignal::new(10u16);
    let team = RwSignal::new(String::new());
    // Preselect the weakest dimensions of the latest scan, when there is one.
    let from_scan: Vec<String> = state.with_untracked(|s| {
        s.latest_scan()
            .map(|scan| {
                weakest(&rank(&scan.scores()))
                    .iter()
                    .map(|r| r.score.card.id.to_owned())
                    .collect()
            })
            .unwrap_or_default()
    });
    let scan_based = !from_scan.is_empty();
    let dimensions = RwSignal::new(from_scan);
    let chosen = Memo::new(move |_| template.with(|t| template_by_id(t)));
    Effect::new(move |_| {
        if let Some(t) = chosen.get() {
            weeks.set(t.weeks);
            if !scan_based {
                dimensions.set(t.dimensions.iter().map(|d| (*d).to_owned()).collect());
            }
        }
    });
    let team_size =
        Memo::new(move |_| team.with(|t| t.lines().filter(|l| !l.trim().is_empty()).count()));

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let members: Vec<String> = team.with_untracked(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        });
        let mut plan = match chosen.get_untracked() {
            Some(t) => instantiate(
                t,
                &name.get_untracked(),
                start.get_untracked(),
                weeks.get_untracked(),
                &mut || new_id("s"),
            ),
            None => empty_plan(
                &name.get_untracked(),
                start.get_untracked(),
                weeks.get_untracked(),
                new_id("plan"),
            ),
        };
        plan.team = members;
        plan.dimensions = dimensions.get_untracked();
        let id = plan.id.clone();
        state.update(|s| s.plans.push(plan));
        navigate(&Route::Plan { id });
    };

    view! {
        <form class="panel new-plan" on:submit=create>
            <h2>"Nieuw plan"</h2>
            <div class="field">
                <label for="plan-sjabloon">"Begin met"</label>
                <select id="plan-sjabloon" on:change=move |ev| template.set(event_target_value(&ev))>
                    {TEMPLATES.iter().map(|t| view! { <option value=t.id selected=t.id == "mt-journey">{t.name}</option> }).collect_view()}
                    <option value=EMPTY>"Een leeg plan"</option>
                </select>
                <p class="field-hint">{move || chosen.get().map_or("Je voegt zelf sessies toe.", |t| t.summary)}</p>
            </div>
            <div class="field">
                <label for="plan-naam">"Naam van het plan"</label>
                <input id="plan-naam" type="text" maxlength="120" placeholder=move || chosen.get().map_or("Nieuw plan", |t| t.name)
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <DateField id="plan-start".into() label="Startdatum" value=Signal::derive(move || Some(start.get())) on_change=Callback::new(move |d| start.set(d))/>
            <Show when=move || !chosen.with(|t| t.is_some_and(|t| t.monthly))>
                <div class="field">
                    <label for="plan-weken">"Duur in weken"</label>
                    <input id="plan-weken" type="number" inputmode="numeric"
                        min=move || chosen.get().and_then(|t| t.weeks_range).map_or(1, |r| r.0)
                        max=move || chosen.get().and_then(|t| t.weeks_range).map_or(104, |r| r.1)
                        prop:value=move || weeks.get().to_string()
                        on:change=move |ev| { if let Ok(w) = event_target_value(&ev).trim().parse::<u16>() { weeks.set(w.clamp(1, 104)) } }/>
                    <p class="field-hint">{move || chosen.get().and_then(|t| t.weeks_range).map(|(a, b)| format!("Dit traject duurt {a} tot {b} weken."))}</p>
                </div>
            </Show>
            <div class="field">
                <label for="plan-team">"Deelnemers (één per regel)"</label>
                <textarea id="plan-team" rows="4" prop:value=move || team.get() on:input=move |ev| team.set(event_target_value(&ev))></textarea>
                <p class="field-hint">
                    {move || {
                        let n = team_size.get();
                        if n > 0 && !(TEAM_MIN..=TEAM_MAX).contains(&n) {
                            format!("Let op: {n} deelnemers. De MT-journey is gemaakt voor {TEAM_MIN} tot {TEAM_MAX} deelnemers.")
                        } else {
                            format!("{n} deelnemers")
                        }
                    }}
                </p>
            </div>
            <fieldset class="field dimensions-pick">
                <legend>"Aan welke dimensies werkt het plan?"</legend>
                {scan_based.then(|| view! { <p class="field-hint">"Voorgeselecteerd: de zwakste dimensies uit je laatste scan."</p> })}
                {cards().iter().map(|c| {
                    let id = c.id;
                    view! {
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || dimensions.with(|d| d.iter().any(|x| x == id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    dimensions.update(|d| {
                                        d.retain(|x| x != id);
                                        if on { d.push(id.to_owned()); }
                                    });
                                }/>
                            {crate::domain::text::card_title(c)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button button-large">"Plan maken"</button>
        </form>
    }
}
