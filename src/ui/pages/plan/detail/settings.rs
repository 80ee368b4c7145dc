//! The plan's own details: name, start, duration, team, what happens in between.

use leptos::prelude::*;

use crate::domain::journey::edit::{WEEKS_MAX, WEEKS_MIN};
use crate::domain::journey::Plan;
use crate::ui::pages::plan::edit_plan;
use crate::ui::pages::plan::parts::{DateField, TextField};

#[component]
pub(super) fn Settings(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let text = move |f: fn(&Plan) -> String| {
        Signal::derive(move || plan.with(|p| p.as_ref().map(f).unwrap_or_default()))
    };
    view! {
        <details class="panel settings">
            <summary><span>{tr!("Gegevens van het plan", "Plan details")}<span class="summary-hint">{tr!("Naam, startdatum, duur en deelnemers wijzigen", "Change name, start date, duration and participants")}</span></span></summary>
            <TextField id="plan-naam-wijzigen".into() label=tr!("Naam", "Name") value=text(|p| p.name.clone()) on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.name = v))/>
            <DateField id="plan-start-wijzigen".into() label=tr!("Startdatum", "Start date") value=Signal::derive(move || plan.with(|p| p.as_ref().map(|p| p.start))) on_change=Callback::new(move |d| edit_plan(id, move |p| p.start = d))/>
            <div class="field">
                <label for="plan-weken-wijzigen">{tr!("Duur in weken", "Duration in weeks")}</label>
                <input id="plan-weken-wijzigen" type="number" min=WEEKS_MIN max=WEEKS_MAX inputmode="numeric"
                    prop:value=move || plan.with(|p| p.as_ref().map(|p| p.weeks.to_string()).unwrap_or_default())
                    on:change=move |ev| { let w = event_target_value(&ev); edit_plan(id, move |p| p.set_weeks(&w)) }/>
            </div>
            <TextField id="plan-team-wijzigen".into() label=tr!("Deelnemers (één per regel)", "Participants (one per line)") multiline=true value=text(|p| p.team.join("\n"))
                on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.set_team_from_text(&v)))/>
            <TextField id="plan-tussen".into() label=tr!("Tussen de sessies", "Between the sessions") multiline=true value=text(|p| p.between.clone()) on_input=Callback::new(move |v: String| edit_plan(id, move |p| p.between = v))/>
            <p class="meta">{move || plan.with(|p| p.as_ref().map(Plan::dimensions_text))}</p>
        </details>
    }
}
