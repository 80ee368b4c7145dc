//! The team view: members' scan files combined into one picture, anonymous by default.

use leptos::prelude::*;

use crate::domain::files::export::export_scan;
use crate::domain::files::team::{
    add_member, conversation_starters, members_from_files, read_team, team_result, team_stats,
    write_team, DimensionStats, Member, MIN_MEMBERS,
};
use crate::domain::route::Route;
use crate::domain::scan::versions_notice;
use crate::domain::text::{count, format_score};
use crate::ui::components::changes::VersionsNotice;
use crate::ui::components::file_drop::FileDrop;
use crate::ui::components::radar::{Radar, Series};
use crate::ui::kept::{Kept, Problems, Shelf, Words};
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, now_local};
use crate::web::download::offer_file;
use crate::web::storage::TEAM_KEY;

thread_local! {
    /// The members for this tab's life, where the browser keeps nothing on the device.
    static IN_TAB: std::cell::RefCell<Vec<Member>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Where the members are kept until they are cleared.
static MEMBERS: Shelf<Member> = Shelf {
    key: TEAM_KEY,
    in_tab: &IN_TAB,
    read: |text| read_team(text).map_err(|e| e.message()),
    write: |members| write_team(members).ok(),
    words: Words {
        what: tr!(
            "De scans die hier waren ingelezen,",
            "The scans loaded here"
        ),
        read_again: tr!("Lees de bestanden opnieuw in.", "Load the files again."),
        stays: tr!("de ingelezen scans blijven staan", "the loaded scans stay"),
        keep_how: tr!(
            "Bewaar het teambeeld bij jullie scans of exporteer het om het te houden.",
            "Save the team view with your scans or export it to keep it."
        ),
    },
};

/// Load members' scan files, see the team picture, save it. What is loaded stays on the
/// device, across pages and visits, until the facilitator clears it.
#[component]
pub fn TeamPage() -> impl IntoView {
    let state = use_store().state;
    let notices = use_store().notices;
    let Kept {
        list: members,
        problems,
    } = Kept::open(&MEMBERS);
    let show_names = RwSignal::new(false);
    let label = RwSignal::new(String::new());
    let clearing = RwSignal::new(false);

    let on_read = Callback::new(move |files: Vec<(String, Vec<u8>)>| {
        let mut found = Vec::new();
        members.update(|list| found = members_from_files(list, &files));
        problems.set(found);
    });
    let has_own = Memo::new(move |_| state.with(|s| s.latest_own_scan().is_some()));
    let add_own = move |_| {
        let Some(scan) = state.with_untracked(|s| s.latest_own_scan().cloned()) else {
            return;
        };
        let mut added = false;
        members.update(|list| added = add_member(list, tr!("dit apparaat", "this device"), scan));
        problems.set(if added {
            Vec::new()
        } else {
            vec![tr!(
                "Je laatste scan staat al in dit teambeeld en telt één keer.",
                "Your latest scan is already in this team view and counts once."
            )
            .to_owned()]
        });
    };
    let count_members = move || members.with(Vec::len);
    let stats = Memo::new(move |_| members.with(|m| team_stats(m)));

    let save = move |_| {
        let scan = members.with_untracked(|m| {
            team_result(new_id("team"), &label.get_untracked(), m, true, now_local())
        });
        let id = scan.id.clone();
        state.update(|s| {
            s.keep_scan(scan);
        });
        navigate(&Route::ScanResult { id });
    };
    let export = move |_| {
        let scan = members.with_untracked(|m| {
            team_result(
                new_id("team"),
                &label.get_untracked(),
                m,
                false,
                now_local(),
            )
        });
        match export_scan(&scan, now_local()) {
            Ok(file) => {
                offer_file(&file);
            }
            Err(e) => notices.push(crate::ui::notices::Notice::error(e.to_string())),
        }
    };
    let clear = move |_| {
        members.set(Vec::new());
        problems.set(Vec::new());
        show_names.set(false);
        clearing.set(false);
    };

    view! {
        <section class="page narrow team">
            <h1 tabindex="-1">{tr!("Teambeeld", "Team view")}</h1>
            <p class="lead">{tr!("Laat ieder teamlid de scan op de eigen telefoon doen en de scan exporteren. Lees de bestanden hier in: je ziet per dimensie het gemiddelde en hoe ver jullie uiteenlopen. Juist waar jullie verschillen, zit het gesprek.", "Have each member do the scan on their own phone and export it. Load the files here: for each dimension you see the average and how far apart you are. Where you differ is where the conversation is.")}</p>
            <FileDrop id="team-inlezen" label=tr!("Scanbestanden kiezen", "Choose scan files") on_read/>
            <div class="own-scan">
                <button type="button" class="button button-quiet" on:click=add_own
                    disabled=move || !has_own.get()
                    aria-describedby=move || (!has_own.get()).then_some("geen-eigen-scan")>
                    {tr!("Mijn laatste scan toevoegen", "Add my latest scan")}
                </button>
                <Show when=move || !has_own.get()>
                    <p id="geen-eigen-scan" class="field-hint">{tr!("Kan nog niet: op dit apparaat is nog geen eigen scan afgerond. ", "Not possible yet: no scan of your own has been finished on this device. ")}<a href=Route::ScanStart.href()>{tr!("Doe de zelfscan", "Take the self-scan")}</a></p>
                </Show>
            </div>
            <Problems problems/>
            <Show when=move || { count_members() > 0 } fallback=|| view! { <p class="hint">{tr!("Nog geen scans ingelezen.", "No scans loaded yet.")}</p> }>
                <h2>{move || count(count_members(), tr!("deelnemer", "participant"), tr!("deelnemers", "participants"))}</h2>
                <label class="check"><input type="checkbox" prop:checked=move || show_names.get() on:change=move |ev| show_names.set(event_target_checked(&ev))/>{tr!("Namen tonen", "Show names")}</label>
                <ul class="members">
                    {move || members.get().into_iter().enumerate().map(|(i, member)| {
                        let shown = show_names.get();
                        let name = member.display_name(i + 1, shown);
                        view! { <li>{name}<span class="meta">{if shown { format!(" — {}", member.source) } else { String::new() }}</span></li> }
                    }).collect_view()}
                </ul>
                <Show when=move || clearing.get() fallback=move || view! {
                    <button type="button" class="button button-quiet button-danger" on:click=move |_| clearing.set(true)>{tr!("Ingelezen scans wissen", "Clear loaded scans")}</button>
                }>
                    <div class="confirm" role="alertdialog" aria-label=tr!("Ingelezen scans wissen", "Clear loaded scans")>
                        <p>{move || trf!("De {} ingelezen scans van dit apparaat wissen? Wat je bij jullie scans hebt bewaard, blijft staan.", "Clear the {} scans loaded on this device? What you saved with your scans stays.", count_members())}</p>
                        <div class="actions">
                            <button type="button" class="button button-danger-solid" on:click=clear>{tr!("Ja, wissen", "Yes, clear")}</button>
                            <button type="button" class="button button-quiet" on:click=move |_| clearing.set(false)>{tr!("Annuleren", "Cancel")}</button>
                        </div>
                    </div>
                </Show>
                <Show when=move || { count_members() >= MIN_MEMBERS } fallback=|| view! {
                    <p class="notice">{tr!("Een teambeeld heeft minstens twee deelnemers nodig: lees nog een scan in. Met één deelnemer zou het teambeeld diens eigen antwoorden laten zien.", "A team view needs at least two participants: load another scan. With one participant, the team view would show that person's own answers.")}</p>
                }>
                    {move || view! { <VersionsNotice notice=members.with(|m| versions_notice(m.iter().map(|m| m.scan.statements)))/> }}
                    <TeamFigures stats/>
                    <div class="panel">
                        <h2>{tr!("Bewaren", "Save")}</h2>
                        <div class="field">
                            <label for="team-label">{tr!("Naam van dit teambeeld", "Name of this team view")}</label>
                            <input id="team-label" type="text" maxlength="80" placeholder=tr!("Teambeeld", "Team view") prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))/>
                        </div>
                        <div class="actions">
                            <button type="button" class="button" on:click=save>{tr!("Bewaar bij jullie scans", "Save with your scans")}</button>
                            <button type="button" class="button button-quiet" on:click=export>{tr!("Exporteren als bestand", "Export as file")}</button>
                        </div>
                    </div>
                </Show>
            </Show>
        </section>
    }
}

/// The team's radar: the mean, with the band from the lowest to the highest score.
pub(crate) fn team_radar(stats: &[DimensionStats]) -> impl IntoView {
    let per_dimension = |figure: fn(&crate::domain::scan::TeamFigures) -> u16| -> Vec<Option<u16>> {
        stats
            .iter()
            .map(|s| s.figures.as_ref().map(figure))
            .collect()
    };
    view! {
        <Radar series=vec![Series { name: tr!("Teamgemiddelde", "Team average").into(), values: per_dimension(|f| f.mean) }]
            band=((per_dimension(|f| f.min), per_dimension(|f| f.max)), tr!("Van laagste tot hoogste score", "From lowest to highest score"))
            label=tr!("Radardiagram met het teamgemiddelde en de band van laagste tot hoogste score; de cijfers staan in de tabel.", "Radar chart of the team average and the band from lowest to highest score; the figures are in the table.").into()/>
    }
}

/// The team's radar with its band, the table of figures, and the conversation starters.
#[component]
pub(crate) fn TeamFigures(#[prop(into)] stats: Signal<Vec<DimensionStats>>) -> impl IntoView {
    let cell = format_score;
    view! {
        {move || {
            let stats = stats.get();
            let starters = conversation_starters(&stats, 2);
            view! {
                <div class="profile">
                    {team_radar(&stats)}
                    <table class="scores team-table">
                        <caption>{tr!("Per dimensie, over de deelnemers (1 tot 5): gemiddelde, mediaan, laagste en hoogste score, en het aantal deelnemers (n)", "Per dimension, across the participants (1 to 5): average, median, lowest and highest score, and the number of participants (n)")}</caption>
                        <thead><tr>
                            <th scope="col">{tr!("Dimensie", "Dimension")}</th>
                            <th scope="col"><span aria-hidden="true">{tr!("Gem.", "Avg.")}</span><span class="visually-hidden">{tr!("Gemiddelde", "Average")}</span></th>
                            <th scope="col"><span aria-hidden="true">{tr!("Med.", "Med.")}</span><span class="visually-hidden">{tr!("Mediaan", "Median")}</span></th>
                            <th scope="col"><span aria-hidden="true">{tr!("Min.", "Min.")}</span><span class="visually-hidden">{tr!("Laagste", "Lowest")}</span></th>
                            <th scope="col"><span aria-hidden="true">{tr!("Max.", "Max.")}</span><span class="visually-hidden">{tr!("Hoogste", "Highest")}</span></th>
                            <th scope="col"><span aria-hidden="true">"n"</span><span class="visually-hidden">{tr!("Aantal deelnemers", "Number of participants")}</span></th>
                        </tr></thead>
                        <tbody inner_html=crate::domain::files::team::team_rows_markup(&stats)></tbody>
                    </table>
                </div>
                {(!starters.is_empty()).then(|| view! {
                    <div class="panel starters">
                        <h2>{tr!("Gespreksstarters", "Conversation starters")}</h2>
                        <p>{tr!("Hier lopen jullie het verst uiteen. Wat zien de een en de ander, dat de rest niet ziet?", "This is where you differ most. What do some of you see that the others don't?")}</p>
                        <ul>{starters.iter().map(|s| view! {
                            <li>{trf!("{} — van {} tot {}", "{} — from {} to {}", crate::domain::text::card_title(s.card), cell(s.figures.map(|f| f.min)), cell(s.figures.map(|f| f.max)))}</li>
                        }).collect_view()}</ul>
                    </div>
                })}
            }
        }}
    }
}
