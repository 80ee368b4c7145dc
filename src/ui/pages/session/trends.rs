//! Trends over time: every session of one team (the team mean per dimension), and all of
//! one's own finished scans, each as small line charts with the same figures in a table.
//! A session below its minimum is listed without any figure.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::session::teams;
use crate::domain::text::{count, normalize};
use crate::domain::trend::{latest_team, Trend};
use crate::ui::components::trend::TrendFigures;
use crate::ui::store::use_store;

fn session_href(id: &str) -> String {
    Route::Session { id: id.to_owned() }.href()
}

fn scan_href(id: &str) -> String {
    Route::ScanResult { id: id.to_owned() }.href()
}

/// Every session of a team over time, and one's own scans over time.
#[component]
pub fn TrendsPage() -> impl IntoView {
    let kept = super::open();
    let state = use_store().state;
    let teams = Memo::new(move |_| kept.list.with(|l| teams(l)));
    let chosen = RwSignal::new(None::<String>);
    // The team chosen, while it still has sessions here (another tab may remove them);
    // else the team of the latest session.
    let team = Memo::new(move |_| {
        let same = |a: &str, b: &str| normalize(a) == normalize(b);
        chosen
            .get()
            .filter(|c| teams.with(|t| t.iter().any(|t| same(t, c))))
            .or_else(|| kept.list.with(|l| latest_team(l)))
            .unwrap_or_default()
    });
    let team_trend = Memo::new(move |_| kept.list.with(|l| Trend::of_team(l, &team.get())));
    let own = Memo::new(move |_| state.with(|s| Trend::of_scans(&s.scans)));
    let no_sessions = Memo::new(move |_| kept.list.with(Vec::is_empty));

    let team_part = move || {
        if teams.with(Vec::is_empty) {
            let text = if no_sessions.get() {
                "Er staan nog geen teamsessies op dit apparaat. In een teamsessie vullen de teamleden de scan in op hun eigen telefoon; de sessies van één team zie je hier samen door de tijd."
            } else {
                "Je teamsessies hebben nog geen teamnaam. Sessies met dezelfde teamnaam zie je hier samen door de tijd; geef bij een nieuwe sessie de naam van het team op."
            };
            return view! {
                <div class="panel trend-empty">
                    <p>{text}</p>
                    <a class="button" href=Route::Sessions.href()>"Start een teamsessie"</a>
                </div>
            }
            .into_any();
        }
        let trend = team_trend.get();
        let sessions = trend.moments.len();
        let too_few = sessions - trend.with_figures();
        let mut summary = format!("{} van dit team.", count(sessions, "sessie", "sessies"));
        if too_few > 0 {
            summary.push_str(&format!(
                " {} te weinig deelnemers voor teamcijfers: daar staat geen cijfer.",
                match too_few {
                    1 => "Eén sessie heeft".to_owned(),
                    n => format!("{n} sessies hebben"),
                }
            ));
        }
        let more = (trend.with_figures() < 2).then(|| {
            view! { <p class="hint">"Na een volgende sessie van dit team met genoeg deelnemers zie je hier hoe het verschuift."</p> }
        });
        let team = team.get();
        view! {
            <p class="meta trend-summary">{summary}</p>
            {more}
            <TrendFigures trend
                caption=format!("Teamgemiddelde per dimensie (1 tot 5) in elke sessie van {team}")
                href=session_href id="team-trend"/>
        }
        .into_any()
    };

    let own_part = move || {
        let trend = own.get();
        if trend.is_empty() {
            return view! {
                <div class="panel trend-empty">
                    <p>"Je hebt nog geen scan afgerond op dit apparaat. Doe de scan: na een tweede scan zie je hier hoe je beeld verschuift."</p>
                    <a class="button" href=Route::ScanStart.href()>"Doe de scan"</a>
                </div>
            }
            .into_any();
        }
        let n = trend.moments.len();
        let more = (n < 2).then(|| {
            view! { <p class="hint">"Na je volgende scan zie je hier hoe je beeld verschuift."</p> }
        });
        view! {
            <p class="meta trend-summary">{format!("Je hebt {} afgerond.", count(n, "scan", "scans"))}</p>
            {more}
            <TrendFigures trend caption="Jouw score per dimensie (1 tot 5) in elke scan".to_owned()
                href=scan_href id="eigen-trend"/>
        }
        .into_any()
    };

    view! {
        <section class="page trends">
            <h1 tabindex="-1">"Trends"</h1>
            <p class="lead">"Hoe het zich ontwikkelt: de sessies van een team en je eigen scans door de tijd."</p>
            <crate::ui::kept::Problems problems=kept.problems/>

            <section class="trend-part" aria-labelledby="trend-team-kop">
                <h2 id="trend-team-kop">"Teamsessies door de tijd"</h2>
                <Show when=move || { teams.with(Vec::len) > 1 }
                    fallback=move || teams.with(|t| t.first().map(|team| view! { <p class="trend-team">"Team: "<strong>{team.clone()}</strong></p> }))>
                    <div class="field trend-choice">
                        <label for="trend-team">"Team"</label>
                        <select id="trend-team" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                            {move || teams.get().into_iter().map(|t| {
                                let selected = normalize(&t) == normalize(&team.get());
                                view! { <option value=t.clone() prop:selected=selected>{t.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                {team_part}
            </section>

            <section class="trend-part" aria-labelledby="trend-eigen-kop">
                <h2 id="trend-eigen-kop">"Jouw scans door de tijd"</h2>
                {own_part}
            </section>
        </section>
    }
}
