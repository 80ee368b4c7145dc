//! One team session on the facilitator's device: the invitation, one box that collects
//! every result (pasted links, files, QR codes from the camera), who is in, and the team
//! picture once enough results are in.

use leptos::prelude::*;

use super::camera::CameraReader;
use super::NoSuchSession;
use crate::domain::files::format::parse;
use crate::domain::route::Route;
use crate::domain::session::{result_of_scan, Collected, Picture, ResultLink, TeamSession};
use crate::domain::text::{count, format_date, slug};
use crate::ui::components::file_drop::FileDrop;
use crate::ui::components::qr::Qr;
use crate::ui::pages::team::TeamFigures;
use crate::ui::store::navigate;
use crate::web::clock::now_local;
use crate::web::download::download;

/// The session with address id `id`.
#[component]
pub fn SessionPage(
    /// The session's id (its code without the dash).
    id: String,
) -> impl IntoView {
    let kept = super::open();
    if kept.session(&id).is_none() {
        return view! { <NoSuchSession/> }.into_any();
    }
    let id = StoredValue::new(id);
    let session = Memo::new(move |_| kept.session(&id.get_value()));
    let with = move |f: &dyn Fn(&TeamSession) -> String| {
        session.with(|s| s.as_ref().map(f).unwrap_or_default())
    };
    let title = Memo::new(move |_| with(&|s| s.title()));
    // The page the invitation opens does not change while this page is open.
    let href = crate::web::embed::share_page();
    let invitation_url = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .and_then(TeamSession::invitation)
                .map(|i| i.url(&href))
                .unwrap_or_default()
        })
    });

    // Collecting.
    let report = RwSignal::new(None::<String>);
    let waiting = RwSignal::new(Vec::<ResultLink>::new());
    let collected = move |c: Collected| {
        waiting.update(|w| {
            for o in &c.other {
                if !w.iter().any(|x| x.id == o.id) {
                    w.push(o.clone());
                }
            }
        });
        report.set(Some(c.summary()));
    };
    let pasted = RwSignal::new(String::new());
    let add_text = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        let mut c = Collected::default();
        kept.update(&id.get_value(), |s| c = Collected::from_text(s, &text));
        if c.added + c.again > 0 || !c.other.is_empty() {
            pasted.set(String::new());
        }
        collected(c);
    };
    let on_read = Callback::new(move |files: Vec<(String, Vec<u8>)>| {
        let mut c = Collected::default();
        let mut problems = Vec::new();
        let mut results = Vec::new();
        for (file, bytes) in files {
            match parse(&bytes) {
                Ok(doc) => {
                    let found: Vec<ResultLink> =
                        doc.scans.iter().filter_map(result_of_scan).collect();
                    if found.is_empty() {
                        problems.push(trf!(
                            "{file}: hier staat geen afgeronde eigen scan in.",
                            "{file}: this does not contain a finished self-scan of your own."
                        ));
                    }
                    results.extend(found);
                }
                Err(e) => problems.push(format!("{file}: {}", e.message())),
            }
        }
        kept.update(&id.get_value(), |s| c.add(s, results));
        collected(c);
        if !problems.is_empty() {
            report.update(|r| {
                let line = problems.join(" ");
                *r = Some(match r.take() {
                    Some(before)
                        if !before.starts_with(tr!("Hier staat geen link", "There is no link")) =>
                    {
                        format!("{before} {line}")
                    }
                    _ => line,
                });
            });
        }
    });
    let on_codes = Callback::new(move |texts: Vec<String>| {
        let mut c = Collected::default();
        let joined = texts.join("\n");
        kept.update(&id.get_value(), |s| c = Collected::from_text(s, &joined));
        collected(c);
    });
    let add_anyway = move |result: ResultLink| {
        kept.update(&id.get_value(), |s| {
            s.add(&result, true);
        });
        waiting.update(|w| w.retain(|x| x.id != result.id));
        report.set(Some(
            tr!(
                "✓ Toch toegevoegd, gemarkeerd als uit een andere sessie.",
                "✓ Added anyway, marked as from another session."
            )
            .into(),
        ));
    };

    let respondents =
        Memo::new(move |_| session.with(|s| s.as_ref().map_or(0, TeamSession::respondents)));
    let members = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.member_names()
                    .into_iter()
                    .zip(&s.results)
                    .map(|(name, r)| (r.id, name, r.other_session.is_some()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let names_allowed =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.names_allowed)));
    let show_names = Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(|s| s.show_names)));
    let picture = Memo::new(move |_| session.with(|s| s.as_ref().map(TeamSession::picture)));
    let stats = Memo::new(move |_| {
        picture.with(|p| p.as_ref().map_or_else(Vec::new, |p| p.stats().to_vec()))
    });
    // Apart from the figures: the team picture is built once when enough are in, and only
    // its figures change with every result after that.
    let needed = Memo::new(move |_| picture.with(|p| p.as_ref().and_then(Picture::needed)));

    // Export and removal.
    let with_answers = RwSignal::new(false);
    let export = move |_| {
        let Some(s) = session.get_untracked() else {
            return;
        };
        let out = s.for_export(with_answers.get_untracked());
        match crate::domain::session::write_sessions(&[out], Some(now_local())) {
            Ok(text) => {
                let name = match slug(&s.title(), 6) {
                    n if n.is_empty() => format!("teamsessie-{}", s.id().to_lowercase()),
                    n => format!("teamsessie-{n}"),
                };
                let file = format!(
                    "{name}-{}.json",
                    crate::domain::text::iso_date(now_local().date())
                );
                if !download(&file, "application/json", &text) {
                    report.set(Some(tr!("Deze browser laat hier geen bestand opslaan (bijvoorbeeld in een ingesloten pagina). Open de app in een eigen tabblad en exporteer daar.", "This browser doesn't let you save a file here (in an embedded page, for example). Open the app in its own tab and export there.").into()));
                }
            }
            Err(_) => report.set(Some(
                tr!(
                    "De sessie kon niet worden omgezet naar een bestand.",
                    "The session could not be turned into a file."
                )
                .into(),
            )),
        }
    };
    let removing = RwSignal::new(false);
    let remove = move |_| {
        let target = id.get_value().to_uppercase();
        kept.list.update(|l| l.retain(|s| s.id() != target));
        navigate(&Route::Sessions);
    };
    let remove_result = move |result: u32| kept.update(&id.get_value(), |s| s.remove(result));

    view! {
        <section class="page narrow session">
            // Static text: the page's title is read from it once the page is shown.
            <h1 tabindex="-1">{title.get_untracked()}</h1>
            <p class="meta">{move || with(&|s| trf!("Gestart op {} · code {}", "Started on {} · code {}", format_date(s.created), s.code))}</p>
            <crate::ui::kept::Problems problems=kept.problems/>

            <div class="panel invite-panel">
                <h2>{tr!("Uitnodigen", "Invite")}</h2>
                <div class="invite-small">
                    <Qr text=invitation_url.into() label=tr!("QR-code om mee te doen aan de sessie", "QR code to join the session").into() class="qr-small"/>
                    <div>
                        <p>{tr!("Laat de deelnemers deze code scannen met de camera van hun telefoon. De scan opent meteen bij de eerste stelling.", "Have the participants scan this code with their phone's camera. The scan opens straight at the first statement.")}</p>
                        <p class="session-code">"Code: "<strong>{move || with(&|s| s.code.clone())}</strong></p>
                        <div class="actions">
                            <a class="button" href=move || Route::SessionInvite { id: id.get_value() }.href()>{tr!("Toon op het grote scherm", "Show on the big screen")}</a>
                        </div>
                    </div>
                </div>
                <crate::ui::components::hand_on::HandOn url=invitation_url.into() title=title.get_untracked() field_id="uitnodiging-link" field_label=tr!("Link om mee te doen", "Link to join")/>
            </div>

            <div class="panel collect">
                <h2>{tr!("Uitkomsten verzamelen", "Collect results")}</h2>
                <p class="count" role="status">
                    <strong>{move || trf!("{} binnen", "{} in", respondents.get())}</strong>
                    {move || needed.get().map(|n| trf!(" · nog {n} nodig voor een teambeeld", " · {n} more needed for a team view"))}
                </p>
                <form on:submit=add_text>
                    <div class="field">
                        <label for="verzamel-tekst">{tr!("Plak hier de berichten met links", "Paste the messages with links here")}</label>
                        <textarea id="verzamel-tekst" rows="4" aria-describedby="verzamel-hint"
                            prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                        <p id="verzamel-hint" class="field-hint">{tr!("Een hele chat of mail mag: de app haalt alle links met een uitkomst eruit en laat de rest liggen. Dezelfde uitkomst twee keer telt één keer.", "A whole chat or email is fine: the app picks out every link with a result and ignores the rest. The same result twice counts once.")}</p>
                    </div>
                    <div class="actions"><button type="submit" class="button">{tr!("Links toevoegen", "Add links")}</button></div>
                </form>
                <FileDrop id="verzamel-bestanden" label=tr!("Scanbestanden kiezen", "Choose scan files") on_read/>
                <CameraReader on_codes/>
                {move || report.get().map(|r| view! { <p class="notice collect-report" role="status">{r}</p> })}
                <Show when=move || !waiting.with(Vec::is_empty)>
                    <div class="notice notice-warning">
                        <p>{tr!("Deze uitkomsten zijn voor een andere sessie gemaakt, of buiten een sessie. Voeg ze alleen toe als ze echt bij deze sessie horen:", "These results were made for another session, or outside a session. Only add them if they really belong to this session:")}</p>
                        <ul class="waiting">
                            {move || waiting.get().into_iter().map(|r| {
                                let what = match r.session {
                                    Some(code) => trf!("Uitkomst voor sessie {code}", "Result for session {code}"),
                                    None => tr!("Uitkomst van een scan buiten een sessie", "Result of a scan outside a session").to_owned(),
                                };
                                let when = crate::domain::text::format_day(r.day);
                                view! {
                                    <li>
                                        <span>{trf!("{what}, ingevuld op {when}", "{what}, filled in on {when}")}</span>
                                        <button type="button" class="button button-quiet" on:click=move |_| add_anyway(r.clone())>{tr!("Toch toevoegen", "Add anyway")}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                </Show>
            </div>

            <Show when=move || { respondents.get() > 0 && !members.with(Vec::is_empty) }>
                <h2>{move || count(members.with(Vec::len), tr!("deelnemer", "participant"), tr!("deelnemers", "participants"))}</h2>
                <Show when=move || names_allowed.get()>
                    <label class="check"><input type="checkbox" prop:checked=move || show_names.get()
                        on:change=move |ev| { let on = event_target_checked(&ev); kept.update(&id.get_value(), |s| s.show_names = on); }/>{tr!("Namen tonen", "Show names")}</label>
                </Show>
                <ul class="members session-members">
                    {move || members.get().into_iter().map(|(rid, name, other)| view! {
                        <li>
                            <span>{name.clone()}{other.then(|| view! { <span class="tag tag-late">{tr!("andere sessie", "other session")}</span> })}</span>
                            <button type="button" class="button button-quiet button-small" aria-label=trf!("{name} verwijderen", "Delete {name}") on:click=move |_| remove_result(rid)>{tr!("Verwijderen", "Delete")}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>

            {move || match needed.get() {
                Some(n) => view! {
                    <p class="notice team-waiting">{trf!(
                        "Nog {} nodig. Onder de {} deelnemers toont de app geen teamcijfers, zodat niemands antwoorden te herleiden zijn.",
                        "Still {} needed. Below {} participants the app shows no team figures, so that nobody's answers can be traced.",
                        count(n as usize, tr!("uitkomst", "result"), tr!("uitkomsten", "results")),
                        session.with(|s| s.as_ref().map_or(0, |s| s.minimum))
                    )}</p>
                }.into_any(),
                None => view! {
                    <h2>{tr!("Teambeeld", "Team view")}</h2>
                    <TeamFigures stats/>
                    <div class="actions">
                        <a class="button" href=move || Route::Presenter { id: id.get_value() }.href()>{tr!("Presenteren op het grote scherm", "Present on the big screen")}</a>
                        <a class="button button-quiet" href=Route::Trends.href()>"Trends"</a>
                    </div>
                }.into_any(),
            }}

            // Afterwards: the comparison with another session of the team, and printing.
            <super::compare::CompareSessions kept id=id.get_value()/>
            <super::print::SessionPrint kept session picture/>

            <div class="panel">
                <h2>{tr!("Bewaren en delen", "Save and share")}</h2>
                <p>{tr!("De sessie staat op dit apparaat. Exporteer haar als bestand om haar te bewaren of aan het team te geven.", "The session is on this device. Export it as a file to keep it or to give it to the team.")}</p>
                <label class="check"><input type="checkbox" prop:checked=move || with_answers.get() on:change=move |ev| with_answers.set(event_target_checked(&ev))/>{tr!("Met de losse antwoorden van iedere deelnemer", "With each participant's individual answers")}</label>
                <p class="field-hint">{tr!("Zonder dit vinkje bevat het bestand alleen de teamcijfers, de notities en de acties. Onder het minimum staan er geen cijfers in.", "Without this tick the file holds only the team figures, the notes and the actions. Below the minimum it holds no figures.")}</p>
                <div class="actions">
                    <button type="button" class="button" on:click=export>{tr!("Sessie exporteren", "Export session")}</button>
                    <Show when=move || !removing.get() fallback=move || view! {
                        <div class="confirm" role="alertdialog" aria-label=tr!("Sessie verwijderen", "Delete session")>
                            <p>{tr!("Deze sessie met alle uitkomsten en notities van dit apparaat verwijderen?", "Delete this session, with all its results and notes, from this device?")}</p>
                            <div class="actions">
                                <button type="button" class="button button-danger-solid" on:click=remove>{tr!("Ja, verwijderen", "Yes, delete")}</button>
                                <button type="button" class="button button-quiet" on:click=move |_| removing.set(false)>{tr!("Annuleren", "Cancel")}</button>
                            </div>
                        </div>
                    }>
                        <button type="button" class="button button-quiet button-danger" on:click=move |_| removing.set(true)>{tr!("Sessie verwijderen", "Delete session")}</button>
                    </Show>
                </div>
            </div>
            <p><a href=Route::Sessions.href()>{tr!("← Alle teamsessies", "← All team sessions")}</a></p>
        </section>
    }
    .into_any()
}
