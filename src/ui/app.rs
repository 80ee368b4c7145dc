//! The application shell: state in context, persistence, notices and hash routing.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::files::export::Keeping;
use crate::domain::route::{Route, MENU};
use crate::domain::state::AppState;
use crate::ui::notices::{Notice, NoticeList, Notices};
use crate::ui::on_demand::{self, Page};
use crate::ui::store::{current_hash, use_store, Store};
use crate::web::storage::{self, SaveError, Startup};

/// Turns what start-up found in storage into the initial state, the first notices and
/// whether saving is allowed.
fn start_state(startup: Startup, notices: Notices) -> (AppState, bool) {
    match startup {
        Startup::Loaded(state) => (state, true),
        Startup::NotRead => {
            notices.push(Notice::error(tr!(
                "Je opgeslagen gegevens konden niet worden geladen: een deel van de app kon niet worden opgehaald. Ze staan nog veilig in deze browser. Vernieuw de pagina zodra er verbinding is; tot dan slaat de app niets op.",
                "Your saved data could not be loaded: part of the app could not be fetched. It is still safe in this browser. Refresh the page once you are connected; until then the app saves nothing.",
            )));
            (AppState::default(), false)
        }
        Startup::Unavailable => {
            notices.push(Notice::warning(SaveError::Unavailable.message()).with_export());
            (AppState::default(), true)
        }
        Startup::Damaged {
            error,
            raw,
            backup_key,
        } => {
            let kept = backup_key.is_some();
            let text = if kept {
                trf!(
                    "De opgeslagen gegevens konden niet worden gelezen. {} Ze zijn apart bewaard en niet overschreven; de app begint opnieuw. Download ze om ze te bewaren of te laten herstellen.",
                    "The saved data could not be read. {} It has been kept separately and not overwritten; the app starts afresh. Download it to keep it or to have it repaired.",
                    error
                )
            } else {
                trf!(
                    "De opgeslagen gegevens konden niet worden gelezen. {} Ze konden niet apart worden bewaard, dus de app slaat niets op tot je ze hebt gedownload, zodat er niets verloren gaat.",
                    "The saved data could not be read. {} It could not be kept separately, so the app saves nothing until you have downloaded it, so that nothing is lost.",
                    error
                )
            };
            notices.push(Notice::error(text).with_download(
                format!(
                    "{}-beschadigd.json",
                    crate::domain::content::manifest::NAMESPACE
                ),
                raw,
            ));
            (AppState::default(), kept)
        }
    }
}

/// The whole app, starting from what was found in storage.
#[component]
pub fn App(
    /// What start-up found in storage (see `crate::start`).
    startup: Startup,
    /// Rendered hidden beside the static page, which it replaces once the first page is
    /// ready ([`crate::web::start::reveal`]); that page is then built in a task of its own.
    #[prop(optional)]
    staged: bool,
) -> impl IntoView {
    let notices = Notices::new();
    // Data worth keeping was stored (a first visit starts from an empty state).
    let returning = matches!(&startup, Startup::Loaded(state) if crate::domain::files::export::worth_keeping(state));
    let (initial, can_save) = start_state(startup, notices);
    let state = RwSignal::new(initial);
    let route = RwSignal::new(Route::parse(&current_hash()));
    let keeping = RwSignal::new((Keeping::Unknown, false));
    provide_context(Store {
        state,
        route,
        notices,
        keeping,
    });
    if returning {
        leptos::task::spawn_local(on_demand::ask_to_keep_on_start(use_store()));
    }

    // Save on every change (not on start-up: nothing changed yet, and damaged data
    // whose backup failed must not be overwritten). Saving stops for good when this tab
    // can no longer be sure it holds the newest data (see the storage listener below).
    let can_save = StoredValue::new(can_save);
    let save_failed = RwSignal::new(false);
    // A save already waiting (for its code, on the first change) writes the newest state
    // when it runs: changes meanwhile need no save of their own.
    let save_waiting = StoredValue::new(false);
    Effect::new(move |first_run_done: Option<()>| {
        state.track();
        if first_run_done.is_none() || !can_save.get_value() || save_waiting.get_value() {
            return;
        }
        save_waiting.set_value(true);
        leptos::task::spawn_local(async move {
            let saved = crate::web::split::save_state((state, can_save)).await;
            save_waiting.set_value(false);
            match saved.unwrap_or(Err(SaveError::NotLoaded)) {
                Ok(()) => save_failed.set(false),
                Err(err) if !save_failed.get_untracked() => {
                    save_failed.set(true);
                    notices.push(Notice::warning(err.message()).with_export());
                }
                Err(_) => {}
            }
        });
    });

    // Another tab saved: take its state and say so. Ours was saved on every change, so
    // nothing of ours is lost, as long as theirs is still what is stored once it has been
    // read (reading may first fetch its code; a later save, theirs or ours, wins). What
    // cannot be read here is not overwritten: this tab stops saving and says so.
    let _ = window_event_listener(ev::storage, move |ev| {
        if ev.key().as_deref() != Some(storage::KEY) {
            return;
        }
        let Some(text) = ev.new_value() else { return };
        leptos::task::spawn_local(async move {
            let read = crate::web::split::read_other_tab((text.clone(), state)).await;
            if storage::stored() != storage::Stored::Text(text) {
                return;
            }
            let problem = match read {
                Ok(Ok(Some(theirs))) => {
                    state.set(theirs);
                    notices.push(Notice::warning(tr!(
                        "Bijgewerkt met wijzigingen uit een ander tabblad van deze app.",
                        "Updated with changes from another tab of this app.",
                    )));
                    return;
                }
                Ok(Ok(None)) => return,
                Ok(Err(())) => tr!(
                    "Een ander tabblad van deze app bewaarde gegevens die hier niet te lezen zijn, misschien van een nieuwere versie.",
                    "Another tab of this app saved data that cannot be read here, perhaps from a newer version.",
                ),
                Err(_) => tr!(
                    "Een ander tabblad van deze app bewaarde wijzigingen, maar dit deel van de app kon ze niet laden.",
                    "Another tab of this app saved changes, but this part of the app could not load them.",
                ),
            };
            can_save.set_value(false);
            notices.push(Notice::warning(trf!(
                "{problem} Wat je hier ziet, blijft staan, maar dit tabblad slaat niets meer op, zodat die gegevens niet worden overschreven. Vernieuw de pagina om verder te werken.",
                "{problem} What you see here stays, but this tab no longer saves anything, so that the data is not overwritten. Refresh the page to carry on."
            )));
        });
    });

    let _ = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
    });

    let page = Memo::new(move |_| route.with(|r| Page::from(r)));

    // After a navigation: scroll to the requested spot or to the top, set the title and
    // move focus to the page heading so screen readers announce the new page. A new page
    // may still have to be fetched, so its focus waits until it is shown.
    let pending_focus = StoredValue::new(None::<Option<String>>);
    // Whether the page about to render is the first of a staged start.
    let first_page = StoredValue::new(staged);
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let anchor = current.anchor().map(str::to_owned);
        let new_page = previous
            .as_ref()
            .is_none_or(|p| Page::from(p) != Page::from(&current));
        // A new page (or the first one, when it opens at an anchor) focuses once it is
        // shown; an anchor on the page already shown is focused now.
        if new_page && (previous.is_some() || anchor.is_some()) {
            pending_focus.set_value(Some(anchor));
        } else if anchor.is_some() {
            request_animation_frame(move || focus_target(anchor.as_deref()));
        }
        current
    });
    // The home page keeps the title of index.html; every other page is named after its
    // heading.
    let home_title = StoredValue::new(document().title());
    let shown = move || {
        crate::web::start::reveal();
        if page.get_untracked() != Page::Home {
            crate::web::split::warm_saving();
        }
        let heading = (page.get_untracked() != Page::Home)
            .then(|| document().query_selector("main h1").ok().flatten())
            .flatten();
        document().set_title(&match heading {
            Some(h1) => crate::domain::route::page_title(&h1.text_content().unwrap_or_default()),
            None => home_title.get_value(),
        });
        if let Some(anchor) = pending_focus.try_update_value(Option::take).flatten() {
            focus_target(anchor.as_deref());
        }
    };

    // Runs after the frame is built, and on every navigation.
    Effect::new(move |_| route.with(reflect_route));
    view! {
        <SiteHeader/>
        <NoticeList notices on_export=move || on_demand::export_everything(state, notices)/>
        // Only a returning visitor can be due for it; its code comes with the code that
        // read the stored data.
        {returning.then(|| view! {
            <Suspense fallback=|| ()>{Suspend::new(on_demand::export_reminder(use_store()))}</Suspense>
        })}
        <main id="inhoud">
            {move || {
                let first = first_page.try_update_value(std::mem::take).unwrap_or(false);
                on_demand::render(page.get(), shown, first)
            }}
        </main>
        <footer class="site-footer">
            <p>{tr!("Je gegevens blijven op dit apparaat: er gaat niets naar een server.", "Your data stays on this device: nothing is sent to a server.")}</p>
        </footer>
    }
}

/// The main navigation: the brand and the app's sections, inline on a wide screen and
/// behind a *Menu* button on a phone. The same markup as the static page in `index.html`;
/// `public/shell.js` opens and closes the menu on both, so the button needs no code here.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#/">{crate::domain::content::manifest::SHORT_NAME}</a>
            <button type="button" class="menu-button" aria-expanded="false" aria-controls="hoofdmenu">
                {tr!("Menu", "Menu")}<span class="menu-arrow" aria-hidden="true"></span>
            </button>
            <nav id="hoofdmenu" class="site-nav" aria-label=tr!("Hoofdmenu", "Main menu")>
                {MENU.map(|(_, href, text)| view! { <a href=href>{text}</a> })}
                {crate::domain::shell::other_language().map(|other| view! {
                    <a
                        class="language-switch"
                        href=other.href
                        hreflang=other.lang
                        lang=other.lang
                        data-switch-lang=other.lang
                        on:click=move |ev| crate::web::storage::switch_language(&ev, other.lang)
                    >
                        {other.name}
                    </a>
                })}
            </nav>
        </header>
    }
}

/// Marks the menu's link of the route's section as the current page, and hides the
/// header and footer on the scan's questions, a focused screen with its own way out. (Set
/// on the elements directly: reactive attributes on the frame would cost the first
/// download more code than these few lines.)
fn reflect_route(route: &Route) {
    use wasm_bindgen::JsCast;
    // Within the app's root (on a host page, never the host's own elements); while the app
    // is still staged beside the static page, on both.
    let Some(root) = document()
        .get_element_by_id("hoofdmenu")
        .and_then(|nav| nav.closest(".ok-app").ok().flatten())
    else {
        return;
    };
    let all = |selector: &str| {
        root.query_selector_all(selector)
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let current = route
        .section()
        .and_then(|s| MENU.iter().find(|(section, _, _)| *section == s))
        .map(|(_, href, _)| *href);
    for link in all(".site-nav a") {
        let _ = match current {
            Some(href) if link.get_attribute("href").as_deref() == Some(href) => {
                link.set_attribute("aria-current", "page")
            }
            _ => link.remove_attribute("aria-current"),
        };
    }
    let focused = route.full_screen();
    for el in all(".site-header, .site-footer") {
        let _ = el.toggle_attribute_with_force("hidden", focused);
    }
}

/// Scrolls to and focuses the element with id `anchor`, or the page's `h1` at the top.
fn focus_target(anchor: Option<&str>) {
    use wasm_bindgen::JsCast;
    let document = document();
    let target = anchor
        .and_then(|id| document.get_element_by_id(id))
        .or_else(|| document.query_selector("main h1").ok().flatten());
    match target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(el) => {
            if anchor.is_none() {
                window().scroll_to_with_x_and_y(0.0, 0.0);
            } else {
                el.scroll_into_view();
            }
            let _ = el.focus();
        }
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}
