//! All plans, and starting a new one from a template.

use leptos::prelude::*;

use super::parts::DateField;
use crate::domain::content::cards;
use crate::domain::journey::edit::{parse_weeks, set_member, team_from_text, NewPlan};
use crate::domain::journey::team_size_hint;
use crate::domain::journey::templates::{template_by_id, EMPTY, TEMPLATES};
use crate::domain::route::Route;
use crate::domain::shell::{
    dimension_checkbox_id, weeks_hint, EMPTY_PLAN_HINT, PLANS_LEAD, PLANS_TITLE,
};
use crate::domain::text::format_day;
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, today};

/// The plans on this device and a form for a new one.
#[component]
pub fn PlansPage() -> impl IntoView {
    let state = use_store().state;
    let plans = Memo::new(move |_| {
        state.with(|s| {
            s.plans
                .iter()
                .map(|p| {
                    let progress = p.progress(today()).summary();
                    (p.id.clone(), p.name.clone(), p.start, p.end(), progress)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{PLANS_TITLE}</h1>
            <p class="lead">{PLANS_LEAD}</p>
            <Show when=move || !plans.with(Vec::is_empty)>
                <h2>{tr!("Jullie plannen", "Your plans")}</h2>
                <ul class="plan-list">
                    {move || plans.get().into_iter().map(|(id, name, start, end, p)| view! {
                        <li class="panel">
                            <h3><a href=Route::Plan { id }.href()>{name}</a></h3>
                            <p class="meta">{trf!("{} tot en met {} · {p}", "{} to {} · {p}", format_day(start), format_day(end))}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
            <NewPlanForm/>
        </section>
    }
}

#[component]
fn NewPlanForm() -> impl IntoView {
    let store = use_store();
    let state = store.state;
    let form = RwSignal::new(NewPlan::new(
        today(),
        state.with_untracked(|s| s.weakest_dimensions()),
    ));
    // Said under the dimensions, so the preselection is not a surprise.
    let scan_based = form.with_untracked(|f| f.scan_based);
    let chosen = Memo::new(move |_| form.with(|f| f.template));
    let team_size = Memo::new(move |_| form.with(|f| team_from_text(&f.team).len()));

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let plan = form.with_untracked(|f| f.create(&mut |prefix| new_id(prefix)));
        let id = plan.id.clone();
        state.update(|s| s.add_plan(plan));
        crate::ui::store::ask_to_keep(store);
        navigate(&Route::Plan { id });
    };

    view! {
        <form class="panel new-plan" on:submit=create>
            <h2>{tr!("Nieuw plan", "New plan")}</h2>
            <div class="field">
                <label for="plan-sjabloon">{tr!("Begin met", "Start from")}</label>
                <select id="plan-sjabloon" on:change=move |ev| { let t = template_by_id(&event_target_value(&ev)); form.update(|f| f.choose_template(t)) }>
                    {TEMPLATES.iter().map(|t| view! { <option value=t.id selected=TEMPLATES.first() == Some(t)>{t.name}</option> }).collect_view()}
                    <option value=EMPTY>{tr!("Een leeg plan", "An empty plan")}</option>
                </select>
                <p class="field-hint">{move || chosen.get().map_or(EMPTY_PLAN_HINT, |t| t.summary)}</p>
            </div>
            <div class="field">
                <label for="plan-naam">{tr!("Naam van het plan", "Plan name")}</label>
                <input id="plan-naam" type="text" maxlength="120" placeholder=move || chosen.get().map_or(tr!("Nieuw plan", "New plan"), |t| t.name)
                    prop:value=move || form.with(|f| f.name.clone()) on:input=move |ev| { let v = event_target_value(&ev); form.update(|f| f.name = v) }/>
            </div>
            <DateField id="plan-start".into() label=tr!("Startdatum", "Start date") value=Signal::derive(move || Some(form.with(|f| f.start))) on_change=Callback::new(move |d| form.update(|f| f.start = d))/>
            <Show when=move || !chosen.with(|t| t.is_some_and(|t| t.monthly))>
                <div class="field">
                    <label for="plan-weken">{tr!("Duur in weken", "Duration in weeks")}</label>
                    <input id="plan-weken" type="number" inputmode="numeric"
                        min=move || form.with(|f| f.weeks_range().0)
                        max=move || form.with(|f| f.weeks_range().1)
                        prop:value=move || form.with(|f| f.weeks.to_string())
                        on:change=move |ev| { if let Some(w) = parse_weeks(&event_target_value(&ev)) { form.update(|f| f.weeks = w) } }/>
                    <p class="field-hint">{move || weeks_hint(chosen.get())}</p>
                </div>
            </Show>
            <div class="field">
                <label for="plan-team">{tr!("Deelnemers (één per regel)", "Participants (one per line)")}</label>
                <textarea id="plan-team" rows="4" prop:value=move || form.with(|f| f.team.clone()) on:input=move |ev| { let v = event_target_value(&ev); form.update(|f| f.team = v) }></textarea>
                <p class="field-hint">{move || team_size_hint(team_size.get(), chosen.get().map(|t| t.id))}</p>
            </div>
            <fieldset class="field dimensions-pick">
                <legend>{tr!("Aan welke dimensies werkt het plan?", "Which dimensions does the plan work on?")}</legend>
                {scan_based.then(|| view! { <p class="field-hint">{tr!("Voorgeselecteerd: de zwakste dimensies uit je laatste scan.", "Preselected: the weakest dimensions from your latest scan.")}</p> })}
                {cards().iter().map(|c| {
                    let id = c.id;
                    view! {
                        <label class="check">
                            <input type="checkbox" id=dimension_checkbox_id(id)
                                prop:checked=move || form.with(|f| f.dimensions.iter().any(|x| x == id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    form.update(|f| set_member(&mut f.dimensions, id, on));
                                }/>
                            {crate::domain::text::card_title(c)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button button-large">{tr!("Plan maken", "Create plan")}</button>
        </form>
    }
}
