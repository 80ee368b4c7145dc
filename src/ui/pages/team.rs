//! The team view: members' scan files combined into one picture, anonymous by default.

use leptos::prelude::*;

use crate::domain::files::export::export_scan;
use crate::domain::files::team::{
    add_member, conversation_starters, members_from_files, team_result, team_stats, DimensionStats,
    Member,
};
use crate::domain::route::Route;
use crate::domain::text::{count, format_score};
use crate::ui::components::file_drop::FileDrop;
use crate::ui::components::radar::{Radar, Series};
use crate::ui::store::{navigate, use_store};
use crate::web::clock::{new_id, now_local};
use crate::web::download::offer_file;

/// Load members' scan files, see the team picture, save it.
#[component]
pub fn TeamPage() -> impl IntoView {
    let state = use_store().state;
    let notices = use_store().notices;
    let members = RwSignal::new(Vec::<Member>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let show_names = RwSignal::new(false);
    let label = RwSignal::new(String::new());

    let on_read = Callback::new(move |files: Vec<(String, Vec<u8>)>| {
        let mut found = Vec::new();
        members.update(|list| found = members_from_files(list, &files));
        problems.set(found);
    });
    let add_own = move |_| {
        if let Some(scan) = state.with_untracked(|s| s.latest_own_scan().cloned()) {
            members.update(|list| {
                add_member(list, "dit apparaat", scan);
            });
        }
    };
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

    view! {
        <section class="page narrow team">
            <h1 tabindex="-1">"Teambeeld"</h1>
            <p class="lead">"Laat ieder teamlid de scan op de eigen telefoon doen en de scan exporteren. Lees de bestanden hier in: je ziet per dimensie het gemiddelde en hoe ver jullie uiteenlopen. Juist waar jullie verschillen, zit het gesprek."</p>
            <FileDrop id="team-inlezen" label="Scanbestanden kiezen" on_read/>
            <button type="button" class="button button-quiet" on:click=add_own>"Mijn laatste scan toevoegen"</button>
            <ul class="problems">{move || problems.get().into_iter().map(|p| view! { <li class="notice notice-error">{p}</li> }).collect_view()}</ul>
            <Show when=move || !members.with(Vec::is_empty) fallback=|| view! { <p class="hint">"Nog geen scans ingelezen."</p> }>
                <h2>{move || count(members.with(Vec::len), "deelnemer", "deelnemers")}</h2>
                <label class="check"><input type="checkbox" prop:checked=move || show_names.get() on:change=move |ev| show_names.set(event_target_checked(&ev))/>"Namen tonen"</label>
                <ol class="members">
                    {move || members.get().into_iter().enumerate().map(|(i, member)| {
                        let shown = show_names.get();
                        let name = member.display_name(i + 1, shown);
                        view! { <li>{name}<span class="meta">{if shown { format!(" — {}", member.source) } else { String::new() }}</span></li> }
                    }).collect_view()}
                </ol>
                <TeamFigures stats/>
                <div class="panel">
                    <h2>"Bewaren"</h2>
                    <div class="field">
                        <label for="team-label">"Naam van dit teambeeld"</label>
                        <input id="team-label" type="text" maxlength="80" placeholder="Teambeeld" prop:value=move || label.get() on:input=move |ev| label.set(event_target_value(&ev))/>
                    </div>
                    <div class="actions">
                        <button type="button" class="button" on:click=save>"Bewaar bij mijn scans"</button>
                        <button type="button" class="button button-quiet" on:click=export>"Exporteren als bestand"</button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn TeamFigures(stats: Memo<Vec<DimensionStats>>) -> impl IntoView {
    let cell = format_score;
    view! {
        {move || {
            let stats = stats.get();
            let mean: Vec<Option<u16>> = stats.iter().map(|s| s.figures.map(|f| f.mean)).collect();
            let low: Vec<Option<u16>> = stats.iter().map(|s| s.figures.map(|f| f.min)).collect();
            let high: Vec<Option<u16>> = stats.iter().map(|s| s.figures.map(|f| f.max)).collect();
            let starters = conversation_starters(&stats, 2);
            view! {
                <Radar series=vec![Series { name: "Teamgemiddelde".into(), values: mean }] band=(low, high)
                    label="Radardiagram met het teamgemiddelde en de band van laagste tot hoogste score; de cijfers staan in de tabel.".into()/>
                <p class="field-hint">"De lijn is het teamgemiddelde; het vlak eromheen loopt van de laagste tot de hoogste score."</p>
                <table class="scores team-table">
                    <caption>"Per dimensie, over de deelnemers (1 tot 5)"</caption>
                    <thead><tr><th scope="col">"Dimensie"</th><th scope="col">"Gem."</th><th scope="col">"Mediaan"</th><th scope="col">"Laagste"</th><th scope="col">"Hoogste"</th><th scope="col">"n"</th></tr></thead>
                    <tbody>
                        {stats.iter().map(|s| {
                            let f = s.figures;
                            view! {
                                <tr data-card=s.card.id class:spread=s.strong_spread()>
                                    <th scope="row">{crate::domain::text::card_short_title(s.card)}{s.strong_spread().then(|| view! { <span class="tag tag-late">"grote spreiding"</span> })}</th>
                                    <td>{cell(f.map(|f| f.mean))}</td>
                                    <td>{cell(f.map(|f| f.median))}</td>
                                    <td>{cell(f.map(|f| f.min))}</td>
                                    <td>{cell(f.map(|f| f.max))}</td>
                                    <td>{f.map_or(0, |f| f.n)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {(!starters.is_empty()).then(|| view! {
                    <div class="panel starters">
                        <h2>"Gespreksstarters"</h2>
                        <p>"Hier lopen jullie het verst uiteen. Wat zien de een en de ander, dat de rest niet ziet?"</p>
                        <ul>{starters.iter().map(|s| view! {
                            <li>{format!("{} — van {} tot {}", crate::domain::text::card_title(s.card), cell(s.figures.map(|f| f.min)), cell(s.figures.map(|f| f.max)))}</li>
                        }).collect_view()}</ul>
                    </div>
                })}
            }
        }}
    }
}
