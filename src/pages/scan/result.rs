//! The result of one scan: where the organisation stands and which card to open.

use leptos::prelude::*;

use super::{score_text, ScoreTable};
use crate::app::use_store;
use crate::components::radar::{Radar, Series};
use crate::pages::not_found::NotFoundPage;
use crate::route::Route;
use crate::scan::{format_date_time, rank, weakest, Scan};

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

/// Who, what and when of a scan, in one line.
pub(crate) fn scan_meta(scan: &Scan) -> String {
    let mut parts = vec![format_date_time(scan.finished.unwrap_or(scan.started))];
    for part in [&scan.organisation, &scan.respondent, &scan.role] {
        if !part.is_empty() {
            parts.push(part.clone());
        }
    }
    parts.join(" · ")
}

#[component]
fn ScanResult(scan: Scan) -> impl IntoView {
    let scores = scan.scores();
    let ranked = rank(&scores);
    let start_with = weakest(&ranked);
    let answered = scan
        .answers
        .values()
        .filter(|a| matches!(a, crate::scan::Answer::Score(_)))
        .count();
    let series = vec![Series {
        name: scan.title(),
        values: scores.iter().map(|s| s.mean).collect(),
    }];

    let advice = if start_with.is_empty() {
        view! {
            <p>"Er zijn geen stellingen op de schaal beantwoord, dus er is nog niets te zeggen over de dimensies. Doe de scan opnieuw als je meer weet."</p>
        }
        .into_any()
    } else {
        view! {
            <div class="start-with">
                {start_with.iter().map(|r| {
                    let card = r.score.card;
                    view! {
                        <article class="panel weakest" data-card=card.id>
                            <h3>{format!("{}. {}", card.number, card.title)}</h3>
                            <p class="weakest-score">{format!("Score {} (op {} van {} stellingen)", score_text(r.score.mean), r.score.answered, r.score.items)}</p>
                            <ul>
                                {card.challenges.iter().map(|c| view! { <li>{c.question}</li> }).collect_view()}
                            </ul>
                            <a class="button" href=Route::card(card.id).href()>{format!("Open kaart {}: {}", card.number, card.short_title)}</a>
                        </article>
                    }
                }).collect_view()}
            </div>
        }
        .into_any()
    };

    view! {
        <article class="page narrow scan-result">
            <h1 tabindex="-1">{format!("Resultaat: {}", scan.title())}</h1>
            <p class="meta">{scan_meta(&scan)}</p>
            <h2>"Begin hier"</h2>
            <p>"De kaarten raden aan te beginnen bij de dimensie die het minst ontwikkeld is. Volgens deze scan is dat:"</p>
            {advice}
            <h2>"Het profiel"</h2>
            <Radar series label=format!("Radardiagram van {} over de acht dimensies; de cijfers staan in de tabel.", scan.title())/>
            <ScoreTable scores=scores.clone()/>
            <h2>"Van minst naar meest ontwikkeld"</h2>
            <ol class="ranking">
                {ranked.iter().map(|r| {
                    let place = match r.rank {
                        Some(n) if r.tied => format!("{n} (gedeeld)"),
                        Some(n) => n.to_string(),
                        None => "–".to_owned(),
                    };
                    view! {
                        <li data-card=r.score.card.id>
                            <span class="rank">{place}</span>
                            <a href=Route::card(r.score.card.id).href()>{r.score.card.title}</a>
                            <span class="rank-score">{score_text(r.score.mean)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <aside class="interpretation">
                <h2>"Hoe lees je dit?"</h2>
                <p>{format!("Dit is één blik op de organisatie, gebaseerd op {answered} beantwoorde stellingen, twee per dimensie. Kleine verschillen tussen dimensies (een paar tiende) zeggen weinig; kijk vooral naar wat duidelijk achterblijft.")}</p>
                <p>"De dimensies hangen samen: werken aan de zwakste dimensie heeft ook een positieve invloed op de andere. Bespreek het beeld met je team; verschillen in hoe mensen het zien zijn vaak het beste gesprek."</p>
            </aside>
            <div class="actions">
                <a class="button button-quiet" href=Route::Scans.href()>"Alle scans"</a>
                <a class="button button-quiet" href=Route::ScanStart.href()>"Nieuwe scan"</a>
            </div>
        </article>
    }
}
