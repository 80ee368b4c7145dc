//! A whole development card.

use leptos::prelude::*;

use crate::domain::content::{card_by_id, cards, Card};
use crate::domain::route::Route;
use crate::ui::components::not_found::NotFoundPage;
use crate::ui::components::suggestion::SuggestionItem;
use crate::ui::store::use_store;

/// The card with this id, or "niet gevonden".
#[component]
pub fn CardPage(
    /// The card's stable id from the URL.
    id: String,
) -> impl IntoView {
    match card_by_id(&id) {
        Some(card) => view! { <CardView card/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn CardView(card: &'static Card) -> impl IntoView {
    let state = use_store().state;
    let tally = Memo::new(move |_| state.with(|s| s.tally(card)));
    let index = usize::from(card.number) - 1;
    let previous = index.checked_sub(1).and_then(|i| cards().get(i));
    let next = cards().get(index + 1);
    let text = card.text();
    view! {
        <article class="page narrow card" data-card=card.id>
            <header class="card-header" id="intro" tabindex="-1">
                <p class="card-kicker">{crate::domain::text::card_position(card)}</p>
                <h1 tabindex="-1">{card.title}</h1>
                <p class="card-intro">{text.intro}</p>
            </header>

            <section aria-labelledby="uitdagingen">
                <h2 id="uitdagingen">{tr!("Uitdagingen", "Challenges")}</h2>
                {card.challenges.iter().enumerate().map(|(i, c)| view! {
                    <div class="challenge" id=format!("uitdaging-{}", i + 1) tabindex="-1">
                        <h3>{c.question}</h3>
                        <p>{text.explanations[i]}</p>
                    </div>
                }).collect_view()}
            </section>

            <section aria-label=tr!("Uit de praktijk", "From practice") class="quotes">
                {text.quotes.iter().enumerate().map(|(i, q)| view! {
                    <figure class="quote" id=format!("citaat-{}", i + 1) tabindex="-1">
                        <blockquote>
                            {q.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        </blockquote>
                        <figcaption>{q.role.caption()}</figcaption>
                    </figure>
                }).collect_view()}
            </section>

            <section aria-labelledby="suggesties">
                <h2 id="suggesties">{text.suggestions_heading}</h2>
                <p class="tally" aria-live="polite">
                    {move || {
                        let t = tally.get();
                        trf!(
                            "{} al gerealiseerd · {} op te pakken · {} niet nu · {} nog niet gemarkeerd",
                            "{} already done · {} to take up · {} not now · {} not yet marked",
                            t.gerealiseerd, t.oppakken, t.niet_nu, t.total - t.marked()
                        )
                    }}
                </p>
                <ol class="suggestions">
                    {text.suggestions.iter().enumerate().map(|(i, suggestion)| view! {
                        <SuggestionItem suggestion number=i + 1/>
                    }).collect_view()}
                </ol>
            </section>

            <section aria-labelledby="verder-lezen-titel" id="verder-lezen" tabindex="-1">
                <h2 id="verder-lezen-titel">{tr!("Verder lezen", "Further reading")}</h2>
                <p class="hint">{tr!("Titels uit de kaart; zoek ze op bij de bron die jullie gebruiken.", "Titles from the card; look them up in the source you use.")}</p>
                <ul class="reading">
                    {text.reading.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}
                </ul>
            </section>

            <nav class="card-nav" aria-label=tr!("Andere kaarten", "Other cards")>
                {previous.map(|c| view! {
                    <a class="button button-quiet" rel="prev" href=Route::card(c.id).href()>
                        {format!("← {}. {}", c.number, c.short_title)}
                    </a>
                })}
                <a class="button button-quiet" href="#/">{tr!("Alle kaarten", "All cards")}</a>
                {next.map(|c| view! {
                    <a class="button button-quiet" rel="next" href=Route::card(c.id).href()>
                        {format!("{}. {} →", c.number, c.short_title)}
                    </a>
                })}
            </nav>
        </article>
    }
}
