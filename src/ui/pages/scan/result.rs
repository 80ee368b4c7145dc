//! The result of one scan: where the organisation stands and which card to open.

use leptos::prelude::*;

use super::ScoreTable;
use crate::domain::route::Route;
use crate::domain::scan::{rank, weakest, Scan};
use crate::domain::text::format_score;
use crate::ui::components::hand_on::HandOn;
use crate::ui::components::not_found::{BadLinkPage, NotFoundPage};
use crate::ui::components::radar::{Radar, Series};
use crate::ui::store::use_store;

/// The result of the scan with this id.
#[component]
pub fn ScanResultPage(
    /// The scan's id from the URL.
    id: String,
) -> impl IntoView {
    let state = use_store().state;
    let scan = state.with_untracked(|s| s.scan(&id).cloned());
    match scan {
        Some(scan) => view! { <ScanResult scan/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A scan shared by link: shown read-only, with the option to keep it.
#[component]
pub fn SharedScanPage(
    /// The encoded scan from the URL.
    payload: String,
) -> impl IntoView {
    match crate::domain::files::share::decode_scan(&payload) {
        Ok(scan) => view! { <ScanResult scan shared=true/> }.into_any(),
        Err(e) => view! {
            <BadLinkPage title=tr!("Deze link werkt niet", "This link doesn't work") message=e.message() href="#/".to_owned() go=tr!("Naar het overzicht", "To the overview")/>
        }
        .into_any(),
    }
}

/// Export, share and keep buttons under a result.
#[component]
fn ResultActions(scan: Scan, shared: bool) -> impl IntoView {
    let state = use_store().state;
    let notices = use_store().notices;
    let link = RwSignal::new(None::<String>);
    let scan = StoredValue::new(scan);
    let kept = Memo::new(move |_| state.with(|s| scan.with_value(|sc| s.scan(&sc.id).is_some())));
    let keep = move |_| {
        let sc = scan.get_value();
        let id = sc.id.clone();
        state.update(|s| {
            s.keep_scan(sc);
        });
        crate::ui::store::navigate(&Route::ScanResult { id });
    };
    let open_sharing = move |_| {
        if link.with_untracked(Option::is_some) {
            link.set(None);
            return;
        }
        let href = window().location().href().unwrap_or_default();
        match scan.with_value(|sc| crate::domain::files::share::share_url(&href, sc)) {
            Ok(url) => {
                link.set(Some(url));
            }
            Err(e) => notices.push(crate::ui::notices::Notice::error(e.to_string())),
        }
    };
    let title = scan.with_value(|sc| trf!("Zelfscan: {}", "Self-scan: {}", sc.title()));
    let url = Signal::derive(move || link.get().unwrap_or_default());
    view! {
        <div class="actions">
            {shared.then(|| view! {
                <Show when=move || !kept.get() fallback=|| view! { <p class="done-note">{tr!("Deze scan staat al bij jullie scans.", "This scan is already in your scans.")}</p> }>
                    <button type="button" class="button" on:click=keep>{tr!("Bewaren op dit apparaat", "Save on this device")}</button>
                </Show>
            })}
            <button type="button" class="button button-quiet" on:click=move |_| match crate::domain::files::export::export_scan(&scan.get_value(), crate::web::clock::now_local()) {
                Ok(file) => { crate::web::download::offer_file(&file); }
                Err(e) => notices.push(crate::ui::notices::Notice::error(e.to_string())),
            }>{tr!("Exporteren als bestand", "Export as file")}</button>
            <button type="button" class="button button-quiet" aria-controls="delen" aria-expanded=move || link.with(Option::is_some).to_string() on:click=open_sharing>{tr!("Deel als link", "Share as link")}</button>
            {(!shared).then(|| view! {
                <a class="button button-quiet" href=Route::Scans.href()>{tr!("Jullie scans", "Your scans")}</a>
                <a class="button button-quiet" href=Route::ScanStart.href()>{tr!("Nieuwe scan", "New scan")}</a>
            })}
        </div>
        <section id="delen" class="panel share-link" aria-label=tr!("Deel als link", "Share as link") hidden=move || link.with(Option::is_none)>
            <p class="field-hint">{tr!("De scan zit in de link zelf, achter het #-teken: die wordt nooit naar een server gestuurd. Wie de link opent, ziet het resultaat en kan het bewaren.", "The scan is in the link itself, after the # sign: that part is never sent to a server. Whoever opens the link sees the result and can save it.")}</p>
            <HandOn url title field_id="deel-link" field_label=tr!("Link naar deze scan", "Link to this scan")/>
        </section>
    }
}

#[component]
fn ScanResult(scan: Scan, #[prop(optional)] shared: bool) -> impl IntoView {
    let scores = scan.scores();
    let ranked = rank(&scores);
    let start_with = weakest(&ranked);
    let answered = scan.answered_on_scale();
    let series = vec![Series {
        name: scan.title(),
        values: scores.iter().map(|s| s.mean).collect(),
    }];

    let advice = if start_with.is_empty() {
        view! {
            <p>{tr!("Er zijn geen stellingen op de schaal beantwoord, dus er is nog niets te zeggen over de dimensies. Doe de scan opnieuw als je meer weet.", "No statements were answered on the scale, so there is nothing to say about the dimensions yet. Take the scan again when you know more.")}</p>
        }
        .into_any()
    } else {
        view! {
            <div class="start-with">
                {start_with.iter().map(|r| {
                    let card = r.score.card;
                    view! {
                        <article class="panel weakest" data-card=card.id>
                            <h3>{crate::domain::text::card_title(card)}</h3>
                            <p class="weakest-score">{trf!("Score {} (op {} van {} stellingen)", "Score {} (on {} of {} statements)", format_score(r.score.mean), r.score.answered, r.score.items)}</p>
                            <ul>
                                {card.challenges.iter().map(|c| view! { <li>{c.question}</li> }).collect_view()}
                            </ul>
                            <a class="button" href=Route::card(card.id).href()>{trf!("Open kaart {}: {}", "Open card {}: {}", card.number, card.short_title)}</a>
                        </article>
                    }
                }).collect_view()}
            </div>
        }
        .into_any()
    };

    view! {
        <article class="page narrow scan-result">
            {shared.then(|| view! { <p class="notice notice-warning">{tr!("Gedeelde scan: alleen bekijken. Bewaar hem om hem bij jullie scans te zetten.", "Shared scan: view only. Save it to add it to your scans.")}</p> })}
            <h1 tabindex="-1">{trf!("Resultaat: {}", "Result: {}", scan.title())}</h1>
            <p class="meta">{scan.meta_line()}</p>
            {(!shared).then(|| crate::domain::session::Membership::of_scan(&scan)).flatten().map(|membership| view! {
                <super::send::SendToFacilitator scan=scan.clone() membership/>
            })}
            <h2>{tr!("Begin hier", "Start here")}</h2>
            <p>{tr!("De kaarten raden aan te beginnen bij de dimensie die het minst ontwikkeld is. Volgens deze scan is dat:", "The cards advise starting with the least developed dimension. According to this scan, that is:")}</p>
            {advice}
            <h2>{tr!("Het profiel", "The profile")}</h2>
            <div class="profile">
                <Radar series label=trf!("Radardiagram van {} over de {} dimensies; de cijfers staan in de tabel.", "Radar chart of {} across the {} dimensions; the figures are in the table.", scan.title(), crate::domain::text::number_word(scan.scores().len()))/>
                <ScoreTable scores=scores.clone()/>
            </div>
            <h2>{tr!("Van minst naar meest ontwikkeld", "From least to most developed")}</h2>
            <ol class="ranking">
                {ranked.iter().map(|r| {
                    let place = r.place_text();
                    view! {
                        <li data-card=r.score.card.id>
                            <span class="rank">{place}</span>
                            <a href=Route::card(r.score.card.id).href()>{r.score.card.title}</a>
                            <span class="rank-score">{format_score(r.score.mean)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <aside class="interpretation">
                <h2>{tr!("Hoe lees je dit?", "How do you read this?")}</h2>
                <p>{trf!("Dit is één blik op de organisatie, gebaseerd op {answered} beantwoorde stellingen, twee per dimensie. Kleine verschillen tussen dimensies (een paar tiende) zeggen weinig; kijk vooral naar wat duidelijk achterblijft.", "This is one view of the organisation, based on {answered} answered statements, two per dimension. Small differences between dimensions (a few tenths) mean little; look mainly at what clearly lags behind.")}</p>
                <p>{tr!("De dimensies hangen samen: werken aan de zwakste dimensie heeft ook een positieve invloed op de andere. Bespreek het beeld met je team; verschillen in hoe mensen het zien zijn vaak het beste gesprek.", "The dimensions are connected: working on the weakest one also has a positive effect on the others. Discuss the picture with your team; differences in how people see it often make the best conversation.")}</p>
            </aside>
            <ResultActions scan=scan.clone() shared/>
        </article>
    }
}
