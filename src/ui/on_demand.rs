//! Which page is shown, and the pages that load on demand.
//!
//! Only the home page and the app's frame are in the wasm a first visit downloads. The
//! other pages come in four groups (the cards, the scan, the planner, the files and the
//! team session), each
//! compiled into its own small wasm file that is fetched the first time one of its pages
//! opens (the split points: [`crate::web::split`]).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::state::AppState;
use crate::ui::notices::{Notice, Notices};
use crate::ui::store::Store;
use crate::web::split::{on_demand_fn, NextTask, NotLoaded};

/// Which page is shown; the parts of a route that do not need a new page (a search query,
/// an anchor on a card or a plan) are left out so that changing them keeps the page and its focus.
#[derive(Clone, PartialEq, Debug)]
pub enum Page {
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
    Files,
    Team,
    Shared(String),
    Join(String),
    Sessions,
    Session(String),
    SessionInvite(String),
    Presenter(String),
    Answer(String),
    Trends,
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
            Route::Files => Page::Files,
            Route::Team => Page::Team,
            Route::Shared { payload } => Page::Shared(payload.clone()),
            Route::Join { payload } => Page::Join(payload.clone()),
            Route::Sessions => Page::Sessions,
            Route::Session { id } => Page::Session(id.clone()),
            Route::SessionInvite { id } => Page::SessionInvite(id.clone()),
            Route::Presenter { id } => Page::Presenter(id.clone()),
            Route::Answer { payload } => Page::Answer(payload.clone()),
            Route::Trends => Page::Trends,
            Route::Plan { id } | Route::PlanPart { id, .. } => Page::Plan(id.clone()),
            Route::PlanSession { plan, session } => {
                Page::PlanSession(plan.clone(), session.clone())
            }
            Route::NotFound => Page::NotFound,
        }
    }
}

on_demand_fn! {
    /// A card, the guide and search.
    cards => fn card_pages(page: Page) -> AnyView {
        use super::pages::{card::CardPage, guide::GuidePage, search::SearchPage};
        match page {
            Page::Card(id) => view! { <CardPage id/> }.into_any(),
            Page::Guide => view! { <GuidePage/> }.into_any(),
            _ => view! { <SearchPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// The self-scan: start, questions, result, history, comparison and a shared result.
    scan => fn scan_pages(page: Page) -> AnyView {
        use super::pages::scan::*;
        match page {
            Page::ScanFill => view! { <ScanFillPage/> }.into_any(),
            Page::ScanResult(id) => view! { <ScanResultPage id/> }.into_any(),
            Page::Scans => view! { <ScanHistoryPage/> }.into_any(),
            Page::Compare(a, b) => view! { <ComparePage a b/> }.into_any(),
            Page::Shared(payload) => view! { <SharedScanPage payload/> }.into_any(),
            Page::Join(payload) => view! { <JoinPage payload/> }.into_any(),
            _ => view! { <ScanStartPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// The journey planner.
    plan => fn plan_pages(page: Page) -> AnyView {
        use super::pages::plan::*;
        match page {
            Page::Plan(id) => view! { <PlanPage id/> }.into_any(),
            Page::PlanSession(plan, session) => view! { <SessionPage plan session/> }.into_any(),
            _ => view! { <PlansPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// Import and export, and the team view.
    files => fn file_pages(page: Page) -> AnyView {
        use super::pages::{files::FilesPage, team::TeamPage};
        match page {
            Page::Team => view! { <TeamPage/> }.into_any(),
            _ => view! { <FilesPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// The team session: starting, collecting, the invitation, the presenter view, a
    /// result link opened in a browser, and trends. With the files and the team view: they
    /// share most of their code, and one part less keeps the first download's list of
    /// parts short.
    files => fn session_pages(page: Page) -> AnyView {
        use super::pages::session::*;
        let page = match page {
            Page::Session(id) => view! { <SessionPage id/> }.into_any(),
            Page::SessionInvite(id) => view! { <SessionInvitePage id/> }.into_any(),
            Page::Presenter(id) => view! { <PresenterPage id/> }.into_any(),
            Page::Answer(payload) => view! { <AnswerPage payload/> }.into_any(),
            Page::Trends => view! { <TrendsPage/> }.into_any(),
            _ => view! { <SessionsPage/> }.into_any(),
        };
        view! { <Styled>{page}</Styled> }.into_any()
    }
}

on_demand_fn! {
    /// Exports everything, with the export code from the files chunk.
    files => fn export_from_files_chunk(state: RwSignal<AppState>) -> Result<(), String> {
        super::pages::files::export_everything(state)
    }
}

on_demand_fn! {
    /// Asks the browser to keep a returning visitor's data, with the code that read it.
    state => fn keep_on_start(store: Store) -> () {
        crate::ui::store::ask_to_keep(store);
    }
}

/// See [`keep_on_start`]; nothing to say when its code cannot be fetched.
pub async fn ask_to_keep_on_start(store: Store) {
    let _ = keep_on_start(store).await;
}

on_demand_fn! {
    /// The reminder to export, for a returning visitor: with the code that read the data.
    state => fn reminder_view(store: Store) -> AnyView {
        let on_export = Callback::new(move |()| export_everything(store.state, store.notices));
        view! { <super::reminder::ExportReminder store on_export/> }.into_any()
    }
}

/// See [`reminder_view`]; nothing is shown when its code cannot be fetched.
pub async fn export_reminder(store: Store) -> Option<AnyView> {
    reminder_view(store).await.ok()
}

/// Exports everything and remembers when (the reminder and the storage notices offer this
/// on every page). Says so in a notice when the export code cannot be fetched.
pub fn export_everything(state: RwSignal<AppState>, notices: Notices) {
    leptos::task::spawn_local(async move {
        match export_from_files_chunk(state).await {
            Err(_) => notices.push(Notice::error(tr!(
                "Exporteren lukte niet: dit deel van de app kon niet worden geladen. Probeer het opnieuw zodra er verbinding is; je gegevens zijn bewaard.",
                "Exporting failed: this part of the app could not be loaded. Try again once you are connected; your data has been saved.",
            ))),
            Ok(Err(problem)) => notices.push(Notice::error(problem)),
            Ok(Ok(())) => {}
        }
    });
}

/// Renders `page`; `on_shown` runs in the animation frame after its content is in the
/// document (right away for the pages in the first download, after the fetch for the
/// others, and also when the fetch failed and the page says so). With `own_task` (the
/// first page of a staged start) a page of the first download is built in a task of its
/// own, so that no single task keeps a slow phone busy for long.
pub fn render(
    page: Page,
    on_shown: impl Fn() + Copy + Send + Sync + 'static,
    own_task: bool,
) -> AnyView {
    let shown = move |view: AnyView| {
        request_animation_frame(on_shown);
        view
    };
    match page {
        Page::Home | Page::NotFound if own_task => {
            on_demand(page, |p| Box::pin(in_next_task(p)), shown)
        }
        Page::Home | Page::NotFound => shown(first_download_page(page)),
        Page::Card(_) | Page::Guide | Page::Search => {
            on_demand(page, |p| Box::pin(card_pages(p)), shown)
        }
        Page::ScanStart
        | Page::ScanFill
        | Page::ScanResult(_)
        | Page::Scans
        | Page::Compare(..)
        | Page::Shared(_)
        | Page::Join(_) => on_demand(page, |p| Box::pin(scan_pages(p)), shown),
        Page::Sessions
        | Page::Session(_)
        | Page::SessionInvite(_)
        | Page::Presenter(_)
        | Page::Answer(_)
        | Page::Trends => on_demand(page, |p| Box::pin(session_pages(p)), shown),
        Page::Plans | Page::Plan(_) | Page::PlanSession(..) => {
            on_demand(page, |p| Box::pin(plan_pages(p)), shown)
        }
        Page::Files | Page::Team => on_demand(page, |p| Box::pin(file_pages(p)), shown),
    }
}

/// The pages in the first download: home, and "niet gevonden" for everything else.
fn first_download_page(page: Page) -> AnyView {
    use super::components::not_found::NotFoundPage;
    use super::pages::home::HomePage;
    match page {
        Page::Home => view! { <HomePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Builds a page of the first download after letting the browser run other tasks.
async fn in_next_task(page: Page) -> Result<AnyView, NotLoaded> {
    NextTask::default().await;
    Ok(first_download_page(page))
}

/// A page being fetched (or built in a later task). Boxed, so that [`on_demand`] is
/// compiled once for all groups rather than once per group.
type PageFuture = Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>> + Send>>;

/// Shows a page from a group that may still have to be fetched: nothing extra when it is
/// already there, a short "laden" line while it comes, and a Dutch message with a retry
/// button when it cannot be fetched. Nothing the user recorded depends on it.
fn on_demand(
    page: Page,
    load: fn(Page) -> PageFuture,
    shown: impl Fn(AnyView) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let shown = std::sync::Arc::new(shown);
    view! {
        <Suspense fallback=|| view! { <p class="page loading" role="status">{tr!("Laden…", "Loading…")}</p> }>
            {move || {
                attempt.track();
                let page = page.clone();
                let shown = shown.clone();
                Suspend::new(async move {
                    match load(page).await {
                        Ok(view) => shown(view),
                        Err(NotLoaded) => shown(view! {
                            <section class="page">
                                <h1 tabindex="-1">{tr!("Dit deel kon niet worden geladen", "This part could not be loaded")}</h1>
                                <p>{tr!("Er is geen verbinding, of er staat intussen een nieuwe versie van de app klaar. Probeer het opnieuw, of vernieuw de pagina. Wat je al hebt ingevuld, is hierdoor niet veranderd.", "There is no connection, or a new version of the app has become available in the meantime. Try again, or refresh the page. Nothing you have filled in has been changed by this.")}</p>
                                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>{tr!("Opnieuw proberen", "Try again")}</button>
                            </section>
                        }.into_any()),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
