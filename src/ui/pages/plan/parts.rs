//! Form pieces shared by the planner pages.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::journey::input::parse_date;
use crate::domain::text::iso_date;

/// A date field that accepts picker values and dates typed the Dutch way; anything else
/// shows a Dutch message and leaves the stored date as it was. A warning about a valid
/// date (a weekend, before the plan's start) stands under it, where the date is changed.
#[component]
pub fn DateField(
    /// Element id.
    id: String,
    /// Visible label.
    label: &'static str,
    /// The current date.
    #[prop(into)]
    value: Signal<Option<NaiveDate>>,
    /// Called with a valid date.
    #[prop(into)]
    on_change: Callback<NaiveDate>,
    /// What is off about the date, if anything.
    #[prop(optional, into)]
    warning: MaybeProp<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-fout");
    let warning_id = format!("{id}-let-op");
    // Both messages are read with the field, whichever shows.
    let described_by = format!("{error_id} {warning_id}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="date"
                min="2000-01-01"
                max="2100-12-31"
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-describedby=described_by
                prop:value=move || value.get().map(iso_date).unwrap_or_default()
                on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                    Ok(date) => {
                        error.set(None);
                        on_change.run(date);
                    }
                    Err(message) => error.set(Some(message)),
                }
            />
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
            <p class="field-warning" id=warning_id>{move || warning.get()}</p>
        </div>
    }
}

/// A labelled text input bound to a value, reporting every edit.
#[component]
pub fn TextField(
    /// Element id.
    id: String,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called on every edit.
    #[prop(into)]
    on_input: Callback<String>,
    /// Render as a multi-line field.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" maxlength="2000"
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" maxlength="200"
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
        </div>
    }
}
