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
                tr!("Er staan nog geen teamsessies op dit apparaat. In een teamsessie vullen de teamleden de scan in op hun eigen telefoon; de sessies van één team zie je hier samen door de tijd.", "There are no team sessions on this device yet. In a team session the members fill in the scan on their own phones; here you see one team's sessions together over time.")
            } else {
                tr!("Je teamsessies hebben nog geen teamnaam. Sessies met dezelfde teamnaam zie je hier samen door de tijd; geef bij een nieuwe sessie de naam van het team op.", "Your team sessions don't have a team name yet. Here you see sessions with the same team name together over time; give the team's name when you start a new session.")
            };
            return view! {
                <div class="panel trend-empty">
                    <p>{text}</p>
                    <a class="button" href=Route::Sessions.href()>{tr!("Start een teamsessie", "Start a team session")}</a>
                </div>
            }
            .into_any();
        }
        let trend = team_trend.get();
        let sessions = trend.moments.len();
        let too_few = sessions - trend.with_figures();
        let mut summary = trf!(
            "{} van dit team.",
            "{} of this team.",
            count(
                sessions,
                tr!("sessie", "session"),
                tr!("sessies", "sessions")
            )
        );
        if too_few > 0 {
            summary.push_str(&trf!(
                " {} te weinig deelnemers voor teamcijfers: daar staat geen cijfer.",
                " {} too few participants for team figures: no figure is shown for them.",
                match too_few {
                    1 => tr!("Eén sessie heeft", "One session has").to_owned(),
                    n => trf!("{n} sessies hebben", "{n} sessions have"),
                }
            ));
        }
        let more = (trend.with_figures() < 2).then(|| {
            view! { <p class="hint">{tr!("Na een volgende sessie van dit team met genoeg deelnemers zie je hier hoe het verschuift.", "After another session of this team with enough participants, you'll see here how things shift.")}</p> }
        });
        let team = team.get();
        view! {
            <p class="meta trend-summary">{summary}</p>
            {more}
            <TrendFigures trend
                caption=trf!("Teamgemiddelde per dimensie (1 tot 5) in elke sessie van {team}", "Team average per dimension (1 to 5) in each session of {team}")
                href=session_href id="team-trend"/>
        }
        .into_any()
    };

    let own_part = move || {
        let trend = own.get();
        if trend.is_empty() {
            return view! {
                <div class="panel trend-empty">
                    <p>{tr!("Je hebt nog geen scan afgerond op dit apparaat. Doe de scan: na een tweede scan zie je hier hoe je beeld verschuift.", "You haven't finished a scan on this device yet. Do the scan: after a second scan you'll see here how your picture shifts.")}</p>
                    <a class="button" href=Route::ScanStart.href()>{tr!("Doe de scan", "Do the scan")}</a>
                </div>
            }
            .into_any();
        }
        let n = trend.moments.len();
        let more = (n < 2).then(|| {
            view! { <p class="hint">{tr!("Na je volgende scan zie je hier hoe je beeld verschuift.", "After your next scan you'll see here how your picture shifts.")}</p> }
        });
        view! {
            <p class="meta trend-summary">{trf!("Je hebt {} afgerond.", "You have finished {}.", count(n, tr!("scan", "scan"), tr!("scans", "scans")))}</p>
            {more}
            <TrendFigures trend caption=tr!("Jouw score per dimensie (1 tot 5) in elke scan", "Your score per dimension (1 to 5) in each scan").to_owned()
                href=scan_href id="eigen-trend"/>
        }
        .into_any()
    };

    view! {
        <section class="page trends">
            <h1 tabindex="-1">"Trends"</h1>
            <p class="lead">{tr!("Hoe het zich ontwikkelt: de sessies van een team en je eigen scans door de tijd.", "How things develop: a team's sessions and your own scans over time.")}</p>
            <crate::ui::kept::Problems problems=kept.problems/>

            <section class="trend-part" aria-labelledby="trend-team-kop">
                <h2 id="trend-team-kop">{tr!("Teamsessies door de tijd", "Team sessions over time")}</h2>
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
                <h2 id="trend-eigen-kop">{tr!("Jouw scans door de tijd", "Your scans over time")}</h2>
                {own_part}
            </section>
        </section>
    }
}
