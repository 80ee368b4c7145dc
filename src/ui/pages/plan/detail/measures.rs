//! Outcome measures: a baseline, later measurements and the change in percent.

use leptos::prelude::*;

use crate::domain::journey::{Measure, Plan};
use crate::domain::text::{format_day, format_number};
use crate::ui::pages::plan::edit_plan;
use crate::ui::pages::plan::parts::{DateField, TextField};
use crate::web::clock::{new_id, today};

#[component]
pub(super) fn Measures(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let measures = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.measures.clone()).unwrap_or_default())
    });
    let name = RwSignal::new(String::new());
    let baseline = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, b) = (name.get_untracked(), baseline.get_untracked());
        let mut result = Ok(());
        edit_plan(id, |p| result = p.add_measure(&n, &b, new_id("m")));
        match result {
            Ok(()) => {
                error.set(None);
                name.set(String::new());
                baseline.set(String::new());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <section aria-labelledby="metingen">
            <h2 id="metingen" tabindex="-1">"Resultaten meten (optioneel)"</h2>
            <p class="field-hint">"Bijvoorbeeld doorlooptijd in dagen of teamvertrouwen op een schaal: per meting een nulmeting en later meetpunten, met de verandering in procenten."</p>
            <ul class="measure-list">
                {move || measures.get().into_iter().map(|m| view! { <MeasureRow id measure=m/> }).collect_view()}
            </ul>
            <form class="panel" on:submit=add>
                <h3>"Iets nieuws meten"</h3>
                <TextField id="meting-naam".into() label="Wat meet je?" value=name on_input=Callback::new(move |v| name.set(v))/>
                <TextField id="meting-nul".into() label="Nulmeting" value=baseline on_input=Callback::new(move |v| baseline.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">"Meting toevoegen"</button>
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
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (d, v) = (date.get_untracked(), value.get_untracked());
        let mut result = Ok(());
        edit_plan(id, |p| {
            if let Some(m) = mid.with_value(|mid| p.measure_mut(mid)) {
                result = m.record(d, &v);
            }
        });
        match result {
            Ok(()) => {
                error.set(None);
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
            {measure.change_text().map(|c| view! { <p class="measure-change"><strong>{c}</strong></p> })}
            <form class="check-form" on:submit=add>
                <DateField id=format!("meetdatum-{}", measure.id) label="Datum" value=Signal::derive(move || Some(date.get())) on_change=Callback::new(move |d| date.set(d))/>
                <TextField id=format!("meetwaarde-{}", measure.id) label="Gemeten waarde" value=value on_input=Callback::new(move |v| value.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">"Meetpunt toevoegen"</button>
            </form>
        </li>
    }
}
