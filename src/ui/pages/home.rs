//! The start page: what the app is and the dimensions.

use leptos::prelude::*;

use crate::domain::content::{cards, Card};
use crate::domain::route::Route;
use crate::domain::scan::STATEMENTS;
use crate::domain::shell::{
    dimensions_title, scan_invite, HERO_LEAD, HERO_TITLE, PLANNER_INVITE, SEARCH_PLACEHOLDER,
};
use crate::ui::store::use_store;

/// Home: two sentences about the app, search, and one tile per dimension.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <section class="page">
            <div class="hero">
                <h1 tabindex="-1">{HERO_TITLE}</h1>
                <p class="lead">{HERO_LEAD}</p>
            </div>
            <div class="entries">
                <ScanEntry/>
                <PlannerEntry/>
            </div>
            <SearchForm/>
            <h2 class="section-title">{dimensions_title()}</h2>
            <ol class="dimensions">
                {cards().iter().map(|card| view! { <DimensionTile card/> }).collect_view()}
            </ol>
            <p class="more"><a href="#/werken-met-de-kaarten">{tr!("Meer over werken met de kaarten", "More about working with the cards")}</a></p>
        </section>
    }
}

/// The way into the self-scan: continue a draft, see the latest result, or start.
#[component]
fn ScanEntry() -> impl IntoView {
    let state = use_store().state;
    let summary = Memo::new(move |_| {
        state.with(|s| {
            let draft = s.draft.as_ref().map(|d| d.scan.answers.len());
            let latest = s
                .latest_scan()
                .map(|scan| (scan.id.clone(), scan.title(), scan.weakest_text()));
            (draft, latest, s.scans.len())
        })
    });
    view! {
        <aside class="panel scan-entry" aria-labelledby="zelfscan-titel">
            <h2 id="zelfscan-titel">{tr!("Zelfscan", "Self-scan")}</h2>
            {move || {
                let (draft, latest, count) = summary.get();
                let body = match (draft, latest.clone()) {
                    (Some(answered), _) => view! {
                        <p>{trf!("Je bent bezig met een scan: {answered} van {} stellingen beantwoord.", "You are in the middle of a scan: {answered} of {} statements answered.", STATEMENTS.len())}</p>
                        <a class="button" href=Route::ScanFill.href()>{tr!("Ga verder met de scan", "Continue the scan")}</a>
                    }.into_any(),
                    (None, Some((id, title, weakest))) => view! {
                        <p>
                            {trf!("Laatste scan: {title}. ", "Latest scan: {title}. ")}
                            {(!weakest.is_empty()).then(|| trf!("Minst ontwikkeld: {weakest}.", "Least developed: {weakest}."))}
                        </p>
                        <a class="button" href=Route::ScanResult { id }.href()>{tr!("Bekijk het resultaat", "View the result")}</a>
                    }.into_any(),
                    (None, None) => view! {
                        <p>{scan_invite()}</p>
                        <a class="button" href=Route::ScanStart.href()>{tr!("Doe de zelfscan", "Take the self-scan")}</a>
                    }.into_any(),
                };
                view! {
                    {body}
                    {(count > 0).then(|| view! {
                        <a class="button button-quiet" href=Route::Scans.href()>{trf!("Jullie scans ({count})", "Your scans ({count})")}</a>
                    })}
                }
            }}
        </aside>
    }
}

/// The way into the journey planner.
#[component]
fn PlannerEntry() -> impl IntoView {
    let state = use_store().state;
    let count = Memo::new(move |_| state.with(|s| s.plans.len()));
    view! {
        <aside class="panel scan-entry" aria-labelledby="planner-titel">
            <h2 id="planner-titel">{tr!("Reisplanner", "Journey planner")}</h2>
            <p>{PLANNER_INVITE}</p>
            <a class="button" href=Route::Plans.href()>
                {move || match count.get() {
                    0 => tr!("Plan een traject", "Plan a journey").to_owned(),
                    1 => tr!("Naar je plan", "Go to your plan").to_owned(),
                    n => trf!("Naar je {n} plannen", "Go to your {n} plans"),
                }}
            </a>
        </aside>
    }
}

/// A search box that opens the search page.
#[component]
fn SearchForm() -> impl IntoView {
    let query = RwSignal::new(String::new());
    view! {
        <form
            class="search-form"
            role="search"
            on:submit=move |ev| {
                ev.prevent_default();
                let href = Route::Search { query: query.get_untracked() }.href();
                let _ = window().location().set_hash(&href);
            }
        >
            <label for="home-zoeken" class="visually-hidden">{tr!("Zoeken in de kaarten", "Search the cards")}</label>
            <input
                id="home-zoeken"
                type="search"
                placeholder=SEARCH_PLACEHOLDER
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <button type="submit" class="button">{tr!("Zoeken", "Search")}</button>
        </form>
    }
}

/// One dimension: number, title, its two challenges and how many suggestions are marked.
#[component]
fn DimensionTile(
    /// The card of this dimension.
    card: &'static Card,
) -> impl IntoView {
    let state = use_store().state;
    let tally = Memo::new(move |_| state.with(|s| s.tally(card)));
    view! {
        <li class="dimension">
            <a class="dimension-link" href=Route::card(card.id).href()>
                <span class="card-number" aria-hidden="true">{card.number}</span>
                <h3>{card.title}</h3>
            </a>
            <ul class="challenges-short">
                {card.challenges.iter().map(|c| view! { <li>{c.question}</li> }).collect_view()}
            </ul>
            <p class="tally-line">
                {move || {
                    let t = tally.get();
                    if t.marked() == 0 {
                        trf!("{} suggesties, nog niets gemarkeerd", "{} suggestions, none marked yet", t.total)
                    } else {
                        trf!(
                            "{} van {} gemarkeerd: {} al gerealiseerd, {} op te pakken, {} niet nu",
                            "{} of {} marked: {} already done, {} to take up, {} not now",
                            t.marked(), t.total, t.gerealiseerd, t.oppakken, t.niet_nu
                        )
                    }
                }}
            </p>
        </li>
    }
}
