//! Outcome measures: a baseline, later measurements and the change in percent.

use leptos::prelude::*;

use crate::domain::journey::templates::MeasureTemplate;
use crate::domain::journey::{Measure, Plan};
use crate::domain::text::{format_day, format_number, format_percent_change, slug};
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
            <h2 id="metingen" tabindex="-1">{tr!("Resultaten meten (optioneel)", "Measuring results (optional)")}</h2>
            <p class="field-hint">{tr!("Bijvoorbeeld doorlooptijd in dagen of teamvertrouwen op een schaal: per meting een nulmeting en later meetpunten, met de verandering in procenten.", "For example, lead time in days or team trust on a scale: for each measure a baseline and later measurements, with the change in percent.")}</p>
            <ul class="measure-list">
                {move || measures.get().into_iter().map(|m| view! { <MeasureRow id measure=m/> }).collect_view()}
            </ul>
            {move || {
                let proposed = plan.with(|p| p.as_ref().map(Plan::proposed_measures).unwrap_or_default());
                (!proposed.is_empty()).then(|| view! {
                    <div class="panel proposed-measures no-print">
                        <h3>{tr!("Voorgestelde metingen bij dit traject", "Measures proposed for this journey")}</h3>
                        <p class="field-hint">{tr!("Vul de nulmeting in zodra je die weet; daarna zie je per meetpunt hoe ver jullie van het doel zijn.", "Enter the baseline as soon as you know it; after that, each measurement shows how far you are from the target.")}</p>
                        <ul class="measure-list">
                            {proposed.into_iter().map(|proposed| view! { <ProposedMeasure id proposed/> }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <form class="panel" on:submit=add>
                <h3>{tr!("Iets nieuws meten", "Measure something new")}</h3>
                <TextField id="meting-naam".into() label=tr!("Wat meet je?", "What are you measuring?") value=name on_input=Callback::new(move |v| name.set(v))/>
                <TextField id="meting-nul".into() label=tr!("Nulmeting", "Baseline") value=baseline on_input=Callback::new(move |v| baseline.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">{tr!("Meting toevoegen", "Add measure")}</button>
            </form>
        </section>
    }
}

/// A measure the plan's track proposes, with its target: started once a baseline is typed.
#[component]
fn ProposedMeasure(id: StoredValue<String>, proposed: &'static MeasureTemplate) -> impl IntoView {
    let baseline = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let b = baseline.get_untracked();
        let mut result = Ok(());
        edit_plan(id, |p| {
            result = p.start_proposed_measure(proposed, &b, new_id("m"))
        });
        if let Err(message) = result {
            error.set(Some(message));
        }
    };
    let field = format!("voorstel-nul-{}", slug(proposed.name, 4));
    view! {
        <li class="measure proposed" data-measure=proposed.name>
            <h4>{proposed.name}</h4>
            <p>{trf!("Doel: {} ten opzichte van de nulmeting, {}.", "Target: {} compared with the baseline, {}.", format_percent_change(proposed.target), proposed.hint)}</p>
            <form class="check-form" on:submit=start>
                <TextField id=field label=trf!("Nulmeting {}", "Baseline for {}", proposed.name.to_lowercase()) value=baseline on_input=Callback::new(move |v| baseline.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">{tr!("Gaan meten", "Start measuring")}<span class="visually-hidden">{format!(": {}", proposed.name)}</span></button>
            </form>
        </li>
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
            <p>{trf!("Nulmeting: {}", "Baseline: {}", format_number(measure.baseline))}</p>
            {measure.target_text().map(|t| view! { <p>{t}</p> })}
            <ul>{measure.values.iter().map(|(d, v)| view! { <li>{format!("{}: {}", format_day(*d), format_number(*v))}</li> }).collect_view()}</ul>
            {measure.change_text().map(|c| view! { <p class="measure-change"><strong>{c}</strong></p> })}
            <form class="check-form" on:submit=add>
                <DateField id=format!("meetdatum-{}", measure.id) label=tr!("Datum", "Date") value=Signal::derive(move || Some(date.get())) on_change=Callback::new(move |d| date.set(d))/>
                <TextField id=format!("meetwaarde-{}", measure.id) label=tr!("Gemeten waarde", "Measured value") value=value on_input=Callback::new(move |v| value.set(v))/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit" class="button button-quiet">{tr!("Meetpunt toevoegen", "Add measurement")}</button>
            </form>
        </li>
    }
}
