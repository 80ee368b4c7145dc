//! The application shell: state in context, persistence, notices and hash routing.

use leptos::ev;
use leptos::prelude::*;

use crate::components::notices::{Notice, NoticeList, Notices};
use crate::pages::{
    card::CardPage,
    guide::GuidePage,
    home::HomePage,
    not_found::NotFoundPage,
    plan::{PlanPage, PlansPage, SessionPage},
    scan::{ComparePage, ScanFillPage, ScanHistoryPage, ScanResultPage, ScanStartPage},
    search::SearchPage,
};
use crate::route::Route;
use crate::state::AppState;
use crate::storage::{self, SaveError, Startup};

/// Shared app state, reached with [`use_store`].
#[derive(Clone, Copy)]
pub struct Store {
    /// Everything the user records; saved on every change.
    pub state: RwSignal<AppState>,
    /// The current route, following `location.hash`.
    pub route: RwSignal<Route>,
    /// Messages shown above the page.
    pub notices: Notices,
}

/// The [`Store`] provided by [`App`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// Which page is shown; the parts of a route that do not need a new page (a search query,
/// an anchor on a card) are left out so that changing them keeps the page and its focus.
#[derive(Clone, PartialEq)]
enum Page {
    Home,
    Card(String),
    Guide,
    Search,
    ScanStart,
    ScanFill,
    ScanResult(String),
    Scans,
    Compare(String, String),
    Plans,
    Plan(String),
    PlanSession(String, String),
    NotFound,
}

impl From<&Route> for Page {
    fn from(route: &Route) -> Page {
        match route {
            Route::Home => Page::Home,
            Route::Card { id, .. } => Page::Card(id.clone()),
            Route::Guide => Page::Guide,
            Route::Search { .. } => Page::Search,
            Route::ScanStart => Page::ScanStart,
            Route::ScanFill => Page::ScanFill,
            Route::ScanResult { id } => Page::ScanResult(id.clone()),
            Route::Scans => Page::Scans,
            Route::Compare { a, b } => Page::Compare(a.clone(), b.clone()),
            Route::Plans => Page::Plans,
            Route::Plan { id } => Page::Plan(id.clone()),
            Route::PlanSession { plan, session } => {
                Page::PlanSession(plan.clone(), session.clone())
            }
            Route::NotFound => Page::NotFound,
        }
    }
}

/// Navigates to a route (a new history entry).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Turns what start-up found in storage into the initial state, the first notices and
/// whether saving is allowed.
fn start_state(notices: Notices) -> (AppState, bool) {
    match storage::load() {
        Startup::Loaded(state) => (state, true),
        Startup::Unavailable => {
            notices.push(Notice::warning(SaveError::Unavailable.message()));
            (AppState::default(), true)
        }
        Startup::Damaged {
            error,
            raw,
            backup_key,
        } => {
            let kept = backup_key.is_some();
            let text = if kept {
                format!(
                    "De opgeslagen gegevens konden niet worden gelezen. {} Ze zijn apart bewaard en niet overschreven; de app begint opnieuw. Download ze om ze te bewaren of te laten herstellen.",
                    error.message()
                )
            } else {
                format!(
                    "De opgeslagen gegevens konden niet worden gelezen. {} Er kon geen reservekopie worden gemaakt, dus de app slaat niets op tot je ze hebt gedownload, zodat er niets verloren gaat.",
                    error.message()
                )
            };
            notices
                .push(Notice::error(text).with_download("ontwikkelkaarten-beschadigd.json", raw));
            (AppState::default(), kept)
        }
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    let (initial, can_save) = start_state(notices);
    let state = RwSignal::new(initial);
    let route = RwSignal::new(Route::parse(&current_hash()));
    provide_context(Store {
        state,
        route,
        notices,
    });

    // Save on every change (not on start-up: nothing changed yet, and damaged data
    // whose backup failed must not be overwritten).
    let save_failed = RwSignal::new(false);
    Effect::new(move |first_run_done: Option<()>| {
        state.track();
        if first_run_done.is_none() || !can_save {
            return;
        }
        match state.with_untracked(storage::save) {
            Ok(()) => save_failed.set(false),
            Err(err) if !save_failed.get_untracked() => {
                save_failed.set(true);
                notices.push(Notice::warning(err.message()));
            }
            Err(_) => {}
        }
    });

    let _ = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
    });

    let page = Memo::new(move |_| route.with(|r| Page::from(r)));

    // After a navigation: scroll to the requested spot or to the top, set the title and
    // move focus to the page heading so screen readers announce the new page.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        let navigated = previous
            .as_ref()
            .is_some_and(|p| Page::from(p) != Page::from(&current));
        let anchor = match &current {
            Route::Card { anchor, .. } => anchor.clone(),
            _ => None,
        };
        if navigated || anchor.is_some() {
            request_animation_frame(move || focus_target(anchor.as_deref()));
        }
        current
    });

    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Ontwikkelkaarten"</a>
            <nav class="site-nav" aria-label="Hoofdmenu">
                <a href="#/scan">"Zelfscan"</a>
                <a href="#/plannen">"Reisplanner"</a>
                <a href="#/werken-met-de-kaarten">"Werken met de kaarten"</a>
                <a href="#/zoeken">"Zoeken"</a>
            </nav>
        </header>
        <NoticeList/>
        <main id="inhoud">
            {move || match page.get() {
                Page::Home => view! { <HomePage/> }.into_any(),
                Page::Card(id) => view! { <CardPage id/> }.into_any(),
                Page::Guide => view! { <GuidePage/> }.into_any(),
                Page::Search => view! { <SearchPage/> }.into_any(),
                Page::ScanStart => view! { <ScanStartPage/> }.into_any(),
                Page::ScanFill => view! { <ScanFillPage/> }.into_any(),
                Page::ScanResult(id) => view! { <ScanResultPage id/> }.into_any(),
                Page::Scans => view! { <ScanHistoryPage/> }.into_any(),
                Page::Compare(a, b) => view! { <ComparePage a b/> }.into_any(),
                Page::Plans => view! { <PlansPage/> }.into_any(),
                Page::Plan(id) => view! { <PlanPage id/> }.into_any(),
                Page::PlanSession(plan, session) => view! { <SessionPage plan session/> }.into_any(),
                Page::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Je gegevens blijven op dit apparaat: er gaat niets naar een server."</p>
        </footer>
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
