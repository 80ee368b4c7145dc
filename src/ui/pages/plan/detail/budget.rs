//! The optional budget: a price per session kind or a total, and both ways of invoicing.

use leptos::prelude::*;

use crate::domain::journey::{Plan, SessionKind, VatOption};
use crate::domain::text::format_euros;
use crate::ui::pages::plan::edit_plan;

#[component]
pub(super) fn Budget(id: StoredValue<String>, plan: Memo<Option<Plan>>) -> impl IntoView {
    let kinds =
        Memo::new(move |_| plan.with(|p| p.as_ref().map(Plan::session_kinds).unwrap_or_default()));
    let error = RwSignal::new(None::<String>);
    let prices = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .map(|p| (p.price(VatOption::Btw21), p.price(VatOption::Vrijgesteld)))
        })
    });
    let set_amount = move |kind: Option<SessionKind>, text: String| {
        let mut result = Ok(());
        edit_plan(id, |p| result = p.budget.set_price(kind, &text));
        error.set(result.err());
    };
    let amount = move |kind: Option<SessionKind>| {
        plan.with_untracked(|p| {
            p.as_ref()
                .map(|p| p.budget.price_text(kind))
                .unwrap_or_default()
        })
    };
    view! {
        <section aria-labelledby="budget">
            <h2 id="budget" tabindex="-1">{tr!("Budget (optioneel)", "Budget (optional)")}</h2>
            <p class="field-hint">{tr!("Bedragen in hele euro's, exclusief btw. Vul een prijs per soort sessie in, of een totaal.", "Amounts in whole euros, excluding VAT. Enter a price per type of session, or a total.")}</p>
            <div class="budget-fields">
                {move || kinds.get().into_iter().map(|k| {
                    let key = k.key();
                    view! {
                        <div class="field">
                            <label for=format!("prijs-{key}")>{trf!("Prijs per {}", "Price per {}", k.label().to_lowercase())}</label>
                            <input id=format!("prijs-{key}") type="text" inputmode="decimal" prop:value=amount(Some(k)) on:change=move |ev| set_amount(Some(k), event_target_value(&ev))/>
                        </div>
                    }
                }).collect_view()}
                <div class="field">
                    <label for="prijs-totaal">{tr!("Of een totaalbedrag", "Or a total amount")}</label>
                    <input id="prijs-totaal" type="text" inputmode="decimal" prop:value=amount(None) on:change=move |ev| set_amount(None, event_target_value(&ev))/>
                </div>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            {move || prices.get().and_then(|(btw, exempt)| Some((btw?, exempt?))).map(|(btw, exempt)| view! {
                <table class="scores budget-table">
                    <caption>{tr!("Twee manieren van factureren naast elkaar", "Two ways of invoicing side by side")}</caption>
                    <thead><tr><th scope="col"></th><th scope="col">{tr!("Met btw (21%)", "With VAT (21%)")}</th><th scope="col">{tr!("Btw-vrij (+10% toeslag)", "VAT-exempt (+10% surcharge)")}</th></tr></thead>
                    <tbody>
                        <tr><th scope="row">{tr!("Bedrag", "Amount")}</th><td>{format_euros(btw.base)}</td><td>{format_euros(exempt.base)}</td></tr>
                        <tr><th scope="row">{tr!("Btw of toeslag", "VAT or surcharge")}</th><td>{format_euros(btw.extra)}</td><td>{format_euros(exempt.extra)}</td></tr>
                        <tr><th scope="row">{tr!("Totaal", "Total")}</th><td><strong>{format_euros(btw.total)}</strong></td><td><strong>{format_euros(exempt.total)}</strong></td></tr>
                    </tbody>
                </table>
                <p class="field-hint">{tr!("Met btw: voor organisaties met btw-aftrek. Btw-vrij kan bij een CRKBO-geregistreerde aanbieder; de toeslag dekt de extra administratie.", "With VAT: for organisations that can deduct VAT. VAT-exempt is possible with a CRKBO-registered provider; the surcharge covers the extra administration.")}</p>
            })}
        </section>
    }
}
