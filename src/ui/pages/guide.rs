//! "Werken met de kaarten": the deck's own introduction and guidance.

use leptos::prelude::*;

use crate::domain::content::{cards, INTRO, INTRO_TITLE, WORKING, WORKING_TITLE};
use crate::domain::route::Route;

/// The deck's introduction, how to use the cards and the overview of dimensions.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <article class="page narrow prose">
            <h1 tabindex="-1">{tr!("Werken met de kaarten", "Working with the cards")}</h1>
            <h2>{INTRO_TITLE}</h2>
            {INTRO.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{WORKING_TITLE}</h2>
            {WORKING.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{tr!("De dimensies en hun uitdagingen", "The dimensions and their challenges")}</h2>
            <ol class="overview">
                {cards()
                    .iter()
                    .map(|card| view! {
                        <li>
                            <a href=Route::card(card.id).href()>{card.title}</a>
                            <ul>
                                {card.challenges.iter().map(|c| view! { <li>{c.question}</li> }).collect_view()}
                            </ul>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </article>
    }
}
