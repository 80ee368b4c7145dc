//! Search over all card text.

use leptos::prelude::*;

use crate::domain::text::count;

use crate::domain::route::Route;
use crate::domain::search::{hit_count, search};
use crate::ui::store::use_store;

/// A search box and the results grouped per card, with the matches highlighted.
#[component]
pub fn SearchPage() -> impl IntoView {
    let route = use_store().route;
    let query = Memo::new(move |_| {
        route.with(|r| match r {
            Route::Search { query } => query.clone(),
            _ => String::new(),
        })
    });
    let results = Memo::new(move |_| query.with(|q| search(q)).len());
    let set_query = move |text: String| {
        let next = Route::Search { query: text };
        // Replace rather than push: typing should not fill the back button's history.
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&next.href()),
            );
        }
        route.set(next);
    };

    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{tr!("Zoeken in de kaarten", "Search the cards")}</h1>
            <form class="search-form" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="zoekterm" class="visually-hidden">{tr!("Zoekterm", "Search term")}</label>
                <input
                    id="zoekterm"
                    type="search"
                    autocomplete="off"
                    placeholder=tr!("Bijvoorbeeld eigenaarschap, feedback, visie", "For example ownership, feedback, vision")
                    prop:value=move || query.get()
                    on:input=move |ev| set_query(event_target_value(&ev))
                />
            </form>
            <div class="search-results" aria-live="polite">
                {move || {
                    let _ = results.get();
                    let q = query.get();
                    if q.trim().is_empty() {
                        return view! {
                            <p class="hint">{tr!("Zoek in titels, uitdagingen, citaten, suggesties en leestips van alle kaarten. Hoofdletters en accenten maken niet uit.", "Search the titles, challenges, quotes, suggestions and further reading of all the cards. Capitals and accents do not matter.")}</p>
                        }.into_any();
                    }
                    let groups = search(&q);
                    if groups.is_empty() {
                        return view! {
                            <p>{trf!("Niets gevonden voor “{}”. Probeer een ander of korter woord.", "Nothing found for “{}”. Try a different or shorter word.", q.trim())}</p>
                        }.into_any();
                    }
                    let total = hit_count(&groups);
                    view! {
                        <p class="result-count">
                            {trf!("{} op {}", "{} in {}", count(total, tr!("resultaat", "result"), tr!("resultaten", "results")), count(groups.len(), tr!("kaart", "card"), tr!("kaarten", "cards")))}
                        </p>
                        {groups.into_iter().map(|group| {
                            let card = group.card;
                            view! {
                                <section class="result-group" data-card=card.id>
                                    <h2><a href=Route::card(card.id).href()>{crate::domain::text::card_title(card)}</a></h2>
                                    <ul>
                                        {group.hits.into_iter().map(|hit| {
                                            let href = Route::Card { id: card.id.into(), anchor: Some(hit.place.anchor()) }.href();
                                            view! {
                                                <li>
                                                    <a class="result" href=href>
                                                        <span class="result-place">{hit.place.label()}</span>
                                                        <span class="result-text">
                                                            {hit.segments().into_iter().map(|(text, on)| if on {
                                                                view! { <mark>{text}</mark> }.into_any()
                                                            } else {
                                                                text.into_any()
                                                            }).collect_view()}
                                                        </span>
                                                    </a>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                </section>
                            }
                        }).collect_view()}
                    }.into_any()
                }}
            </div>
        </section>
    }
}
