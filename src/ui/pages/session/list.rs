//! The facilitator's sessions: start a new one, open a kept one, read a session file.

use leptos::prelude::*;

use crate::domain::files::format::parse;
use crate::domain::route::Route;
use crate::domain::session::{
    add_sessions, sessions_of, teams, SessionCode, TeamSession, DEFAULT_MINIMUM, LOWEST_MINIMUM,
};
use crate::domain::text::{count, format_date};
use crate::ui::components::file_drop::FileDrop;
use crate::ui::store::navigate;
use crate::web::clock::{now_local, random_u32};

/// Start a team session, and the sessions on this device.
#[component]
pub fn SessionsPage() -> impl IntoView {
    let kept = super::open();
    let team = RwSignal::new(
        kept.list
            .with_untracked(|l| l.iter().max_by_key(|s| s.created).map(|s| s.team.clone()))
            .unwrap_or_default(),
    );
    let name = RwSignal::new(String::new());
    let minimum = RwSignal::new(DEFAULT_MINIMUM);
    let names_allowed = RwSignal::new(false);
    let read_note = RwSignal::new(None::<String>);
    let typed_code = RwSignal::new(String::new());
    let code_problem = RwSignal::new(false);
    let join = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match SessionCode::parse(&typed_code.get_untracked()) {
            Some(code) => navigate(&Route::Join {
                payload: code.to_string(),
            }),
            None => code_problem.set(true),
        }
    };

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A code no kept session has (30 random bits: a clash is very unlikely, but cheap to rule out).
        let taken: Vec<String> = kept
            .list
            .with_untracked(|l| l.iter().map(|s| s.code.clone()).collect());
        let code = std::iter::repeat_with(|| SessionCode::from_bits(random_u32()))
            .find(|c| !taken.contains(&c.to_string()))
            .unwrap_or(SessionCode::from_bits(0));
        let session = TeamSession::new(
            code,
            &team.get_untracked(),
            &name.get_untracked(),
            minimum.get_untracked(),
            names_allowed.get_untracked(),
            now_local(),
        );
        let id = session.id();
        kept.list.update(|l| l.push(session));
        navigate(&Route::Session { id });
    };

    let on_read = Callback::new(move |files: Vec<(String, Vec<u8>)>| {
        let mut lines = Vec::new();
        for (file, bytes) in files {
            match parse(&bytes).and_then(|doc| sessions_of(&doc)) {
                Ok(read) if read.is_empty() => {
                    lines.push(trf!("{file}: hier staat geen teamsessie in.", "{file}: this does not contain a team session."));
                }
                Ok(read) => {
                    let n = read.len();
                    let mut new = 0;
                    kept.list.update(|l| new = add_sessions(l, read));
                    lines.push(trf!(
                        "✓ {file}: {} ingelezen{}.",
                        "✓ {file}: {} imported{}.",
                        count(n, tr!("sessie", "session"), tr!("sessies", "sessions")),
                        if new < n {
                            trf!(", waarvan {} al op dit apparaat stond en is aangevuld", ", {} of them already on this device and now updated", n - new)
                        } else {
                            String::new()
                        }
                    ));
                }
                Err(crate::domain::files::format::FileError::NotOurs) => lines.push(trf!(
                    "{file}: dit is geen teamsessie. Scans van deelnemers lees je in bij een sessie; andere bestanden bij Bestanden.",
                    "{file}: this is not a team session. Import participants' scans in a session; other files under Files."
                )),
                Err(e) => lines.push(format!("{file}: {}", e.message())),
            }
        }
        read_note.set(Some(lines.join(" ")));
    });

    let sessions = Memo::new(move |_| {
        kept.list.with(|l| {
            let mut list: Vec<(String, String, String, u32)> = l
                .iter()
                .map(|s| {
                    (
                        s.id(),
                        s.title(),
                        format!("{} · code {}", format_date(s.created), s.code),
                        s.respondents(),
                    )
                })
                .collect();
            list.reverse();
            list
        })
    });
    let known_teams = Memo::new(move |_| kept.list.with(|l| teams(l)));

    view! {
        <section class="page narrow sessions">
            <h1 tabindex="-1">{tr!("Teamsessie", "Team session")}</h1>
            <p class="lead">{tr!("Doe de scan samen met je team, zonder accounts en zonder server. Iedereen scant de QR-code op het scherm met de eigen telefoon, vult de scan in en stuurt de uitkomst terug als link. Jij verzamelt de links hier en bespreekt het teambeeld op het grote scherm.", "Do the scan together with your team, with no accounts and no server. Everyone scans the QR code on the screen with their own phone, fills in the scan and sends the result back as a link. You collect the links here and discuss the team view on the big screen.")}</p>
            <form class="panel join-code" on:submit=join>
                <h2>{tr!("Meedoen met een code", "Join with a code")}</h2>
                <div class="field">
                    <label for="meedoen-code">{tr!("Code van de sessie", "Session code")}</label>
                    <input id="meedoen-code" type="text" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="9" placeholder="K7M-2QX"
                        aria-invalid=move || code_problem.get().to_string()
                        aria-describedby=move || if code_problem.get() { "meedoen-code-fout" } else { "meedoen-code-hint" }
                        prop:value=move || typed_code.get() on:input=move |ev| { code_problem.set(false); typed_code.set(event_target_value(&ev)); }/>
                    <p id="meedoen-code-hint" class="field-hint">{tr!("Zes tekens, zoals de begeleider ze op het scherm laat zien.", "Six characters, as the facilitator shows them on the screen.")}</p>
                    <Show when=move || code_problem.get()>
                        <p id="meedoen-code-fout" class="field-error">{tr!("Dat is geen code van een sessie: een code heeft zes letters en cijfers, zoals K7M-2QX.", "That is not a session code: a code has six letters and digits, like K7M-2QX.")}</p>
                    </Show>
                </div>
                <div class="actions"><button type="submit" class="button">{tr!("Meedoen", "Join")}</button></div>
            </form>
            <crate::ui::kept::Problems problems=kept.problems/>
            <form class="panel" on:submit=start>
                <h2>{tr!("Nieuwe sessie", "New session")}</h2>
                <div class="field">
                    <label for="sessie-team">"Team"</label>
                    <input id="sessie-team" type="text" maxlength="40" list="sessie-teams" autocomplete="off" placeholder=tr!("MT Zuid", "MT South")
                        aria-describedby="sessie-team-hint"
                        prop:value=move || team.get() on:input=move |ev| team.set(event_target_value(&ev))/>
                    <datalist id="sessie-teams">{move || known_teams.get().into_iter().map(|t| view! { <option value=t/> }).collect_view()}</datalist>
                    <p id="sessie-team-hint" class="field-hint">{tr!("Sessies van hetzelfde team zie je samen bij Trends.", "You see sessions of the same team together under Trends.")}</p>
                </div>
                <div class="field">
                    <label for="sessie-naam">{tr!("Naam van de sessie", "Session name")}</label>
                    <input id="sessie-naam" type="text" maxlength="60" placeholder=tr!("nulmeting", "baseline")
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="sessie-minimum">{tr!("Minimaal aantal deelnemers voor een teambeeld", "Minimum number of participants for a team view")}</label>
                    <input id="sessie-minimum" type="number" inputmode="numeric" min=LOWEST_MINIMUM max="50" required
                        aria-describedby="sessie-minimum-hint"
                        prop:value=move || minimum.get().to_string()
                        on:input=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                                minimum.set(n.clamp(LOWEST_MINIMUM, 50));
                            }
                        }/>
                    <p id="sessie-minimum-hint" class="field-hint">{tr!("Onder dit aantal toont de app geen enkel teamcijfer, ook niet in een export of afdruk. Minstens 2; 3 is gebruikelijk.", "Below this number the app shows no team figure at all, not even in an export or printout. At least 2; 3 is usual.")}</p>
                </div>
                <label class="check"><input type="checkbox" prop:checked=move || names_allowed.get() on:change=move |ev| names_allowed.set(event_target_checked(&ev))/>{tr!("Deelnemers mogen hun naam toevoegen", "Participants may add their name")}</label>
                <p class="field-hint">{tr!("Standaard is de sessie anoniem. Ook met namen blijven die verborgen tot jij ze toont.", "By default the session is anonymous. Even with names, they stay hidden until you show them.")}</p>
                <div class="actions"><button type="submit" class="button">{tr!("Start de sessie", "Start the session")}</button></div>
            </form>
            <Show when=move || !sessions.with(Vec::is_empty)>
                <h2>{tr!("Sessies op dit apparaat", "Sessions on this device")}</h2>
                <ul class="plan-list session-list">
                    {move || sessions.get().into_iter().map(|(id, title, meta, n)| view! {
                        <li class="panel">
                            <h3><a href=Route::Session { id }.href()>{title}</a></h3>
                            <p class="meta">{trf!("{meta} · {} binnen", "{meta} · {} in", n)}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href=Route::Trends.href()>{tr!("Trends: sessies van een team door de tijd", "Trends: a team's sessions over time")}</a></p>
            </Show>
            <div class="panel">
                <h2>{tr!("Sessie inlezen", "Import a session")}</h2>
                <p>{tr!("Een geëxporteerde teamsessie, bijvoorbeeld van een collega-begeleider.", "An exported team session, for example from a fellow facilitator.")}</p>
                <FileDrop id="sessie-inlezen" label=tr!("Sessiebestand kiezen", "Choose session file") on_read/>
                {move || read_note.get().map(|n| view! { <p class="notice" role="status">{n}</p> })}
            </div>
            <p class="hint">{tr!("Hebben teamleden hun scan als bestand? ", "Do members have their scan as a file? ")}<a href=Route::Team.href()>{tr!("Maak een teambeeld van losse bestanden", "Make a team view from separate files")}</a>"."</p>
        </section>
    }
}
