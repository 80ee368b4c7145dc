//! Promises: behaviour the MT commits to, and checks of whether staff notice it.

use leptos::prelude::*;

use crate::domain::journey::{Noticed, Plan, Promise};
use crate::domain::text::format_day;
use crate::ui::pages::plan::edit_plan;
use crate::ui::pages::plan::parts::{DateField, TextField};
use crate::web::clock::{new_id, today};

#[component]
pub(super) fn Promises(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let promises = Memo::new(move |_| {
        plan.with(|p| p.as_ref().map(|p| p.promises.clone()).unwrap_or_default())
    });
    let behaviour = RwSignal::new(String::new());
    let for_whom = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (b, f) = (behaviour.get_untracked(), for_whom.get_untracked());
        let mut added = false;
        edit_plan(id, |p| added = p.add_promise(&b, &f, new_id("b")));
        if added {
            behaviour.set(String::new());
            for_whom.set(String::new());
        }
    };
    view! {
        <section aria-labelledby="beloften">
            <h2 id="beloften" tabindex="-1">{tr!("Beloften", "Promises")}</h2>
            <p class="field-hint">{tr!("Gedrag waartoe het MT zich verbindt, en steeds de toets: merken medewerkers het?", "Behaviour the MT commits to, and each time the test: do staff notice it?")}</p>
            <ul class="promise-list">
                {move || promises.get().into_iter().map(|promise| view! { <PromiseRow id promise/> }).collect_view()}
            </ul>
            <form class="panel" on:submit=add>
                <h3>{tr!("Nieuwe belofte", "New promise")}</h3>
                <TextField id="belofte-gedrag".into() label=tr!("Welk gedrag beloven we?", "What behaviour do we promise?") value=behaviour on_input=Callback::new(move |v| behaviour.set(v))/>
                <TextField id="belofte-voor".into() label=tr!("Voor wie?", "For whom?") value=for_whom on_input=Callback::new(move |v| for_whom.set(v))/>
                <button type="submit" class="button button-quiet">{tr!("Belofte toevoegen", "Add promise")}</button>
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
            if let Some(promise) = pid.with_value(|pid| p.promise_mut(pid)) {
                promise.check(d, noticed, &n);
            }
        });
        note.set(String::new());
    };
    view! {
        <li class="panel promise">
            <h3>{promise.behaviour.clone()}</h3>
            {(!promise.for_whom.is_empty()).then(|| view! { <p class="meta">{trf!("Voor: {}", "For: {}", promise.for_whom)}</p> })}
            <ul class="checks">
                {promise.checks.iter().map(|c| view! {
                    <li><time>{format_day(c.date)}</time>{trf!(" — merken medewerkers het? {}", " — do staff notice it? {}", c.noticed.label())}{(!c.note.is_empty()).then(|| format!(": {}", c.note))}</li>
                }).collect_view()}
            </ul>
            <div class="check-form">
                <DateField id=format!("toets-{}", promise.id) label=tr!("Toets op", "Checked on") value=Signal::derive(move || Some(date.get())) on_change=Callback::new(move |d| date.set(d))/>
                <TextField id=format!("toets-notitie-{}", promise.id) label=tr!("Wat hoorden we?", "What did we hear?") value=note on_input=Callback::new(move |v| note.set(v))/>
                <p class="label">{tr!("Merken medewerkers het?", "Do staff notice it?")}</p>
                <div class="segmented">
                    {Noticed::ALL.map(|n| view! { <button type="button" class="segment" on:click=move |_| check(n)>{n.label()}</button> })}
                </div>
            </div>
        </li>
    }
}
