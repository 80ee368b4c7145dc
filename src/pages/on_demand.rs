//! Which page is shown, and the pages that load on demand.
//!
//! Only the home page and the app's frame are in the wasm a first visit downloads. The
//! other pages come in four groups (the cards, the scan, the planner, the files), each
//! compiled into its own small wasm file that is fetched the first time one of its pages
//! opens. The split happens at build time (`scripts/build-wasm.mjs` runs `wasm-split-cli`
//! when the `split` feature is on); without the feature, as in the browser tests, the same
//! functions are plain `async fn`s that resolve at once.
//!
//! Reading stored data is split off the same way: a first visit has nothing stored.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::components::notices::{Notice, Notices};
use crate::route::Route;
use crate::state::AppState;
use crate::storage::Startup;

/// Which page is shown; the parts of a route that do not need a new page (a search query,
/// an anchor on a card) are left out so that changing them keeps the page and its focus.
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
            Route::Plan { id } => Page::Plan(id.clone()),
            Route::PlanSession { plan, session } => {
                Page::PlanSession(plan.clone(), session.clone())
            }
            Route::NotFound => Page::NotFound,
        }
    }
}

/// The wasm file holding a page could not be fetched (offline before it was ever cached,
/// or a new version replaced it on the server).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a function whose code goes into the wasm file named by `$chunk`. With the
/// `split` feature it becomes a split point: its code, and everything only it reaches,
/// moves into that file, which is fetched on the first call. It returns `Err(NotLoaded)`
/// when the fetch fails.
macro_rules! on_demand_fn {
    ($(#[$doc:meta])* $chunk:ident => $vis:vis fn $name:ident($arg:ident: $ty:ty) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[allow(improper_ctypes_definitions)]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        $vis fn $name($arg: $ty) -> Result<$ret, NotLoaded> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($arg: $ty) -> Result<$ret, NotLoaded> {
            Ok($body)
        }
    };
}

on_demand_fn! {
    /// A card, the guide and search.
    cards => fn card_pages(page: Page) -> AnyView {
        use super::{card::CardPage, guide::GuidePage, search::SearchPage};
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
        use super::scan::*;
        match page {
            Page::ScanFill => view! { <ScanFillPage/> }.into_any(),
            Page::ScanResult(id) => view! { <ScanResultPage id/> }.into_any(),
            Page::Scans => view! { <ScanHistoryPage/> }.into_any(),
            Page::Compare(a, b) => view! { <ComparePage a b/> }.into_any(),
            Page::Shared(payload) => view! { <SharedScanPage payload/> }.into_any(),
            _ => view! { <ScanStartPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// The journey planner.
    plan => fn plan_pages(page: Page) -> AnyView {
        use super::plan::*;
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
        use super::{files::FilesPage, team::TeamPage};
        match page {
            Page::Team => view! { <TeamPage/> }.into_any(),
            _ => view! { <FilesPage/> }.into_any(),
        }
    }
}

on_demand_fn! {
    /// Exports everything, with the export code from the files chunk.
    files => fn export_from_files_chunk(state: RwSignal<AppState>) -> bool {
        super::files::export_everything(state)
    }
}

on_demand_fn! {
    /// Reads the stored document. A first visit has none and never fetches this code,
    /// which is most of what reading JSON costs.
    state => pub fn read_stored(raw: String) -> Startup {
        crate::storage::interpret(raw)
    }
}

on_demand_fn! {
    /// Reads what another tab of the app saved: `Ok(Some(..))` when it differs from
    /// `ours`, `Ok(None)` when it is the same, `Err` when it cannot be read.
    state => pub fn read_other_tab(args: (String, RwSignal<AppState>)) -> Result<Option<AppState>, ()> {
        let (text, ours) = args;
        match AppState::from_json(&text) {
            Ok(theirs) if ours.with_untracked(|ours| *ours != theirs) => Ok(Some(theirs)),
            Ok(_) => Ok(None),
            Err(_) => Err(()),
        }
    }
}

/// Exports everything and remembers when (the reminder and the storage notices offer this
/// on every page). Says so in a notice when the export code cannot be fetched.
pub fn export_everything(state: RwSignal<AppState>, notices: Notices) {
    leptos::task::spawn_local(async move {
        if export_from_files_chunk(state).await.is_err() {
            notices.push(Notice::error(
                "Exporteren lukte niet: dit deel van de app kon niet worden geladen. Probeer het opnieuw zodra er verbinding is; je gegevens zijn bewaard.",
            ));
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
        | Page::Shared(_) => on_demand(page, |p| Box::pin(scan_pages(p)), shown),
        Page::Plans | Page::Plan(_) | Page::PlanSession(..) => {
            on_demand(page, |p| Box::pin(plan_pages(p)), shown)
        }
        Page::Files | Page::Team => on_demand(page, |p| Box::pin(file_pages(p)), shown),
    }
}

/// The pages in the first download: home, and "niet gevonden" for everything else.
fn first_download_page(page: Page) -> AnyView {
    use super::{home::HomePage, not_found::NotFoundPage};
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

/// A future that is ready in a later task (after a zero-delay timeout), not in this one.
#[derive(Default)]
struct NextTask(Arc<Mutex<Timer>>);

/// What [`NextTask`] shares with its timeout.
#[derive(Default)]
struct Timer {
    scheduled: bool,
    fired: bool,
    waker: Option<Waker>,
}

impl Future for NextTask {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        use wasm_bindgen::{closure::Closure, JsCast};
        let mut timer = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if timer.fired {
            return Poll::Ready(());
        }
        timer.waker = Some(cx.waker().clone());
        if !timer.scheduled {
            let shared = self.0.clone();
            let fire = Closure::once_into_js(move || {
                let waker = {
                    let mut timer = shared.lock().unwrap_or_else(|e| e.into_inner());
                    timer.fired = true;
                    timer.waker.take()
                };
                // Woken with the lock released: a waker may poll at once.
                if let Some(waker) = waker {
                    waker.wake();
                }
            });
            timer.scheduled = true;
            if window()
                .set_timeout_with_callback(fire.unchecked_ref())
                .is_err()
            {
                return Poll::Ready(());
            }
        }
        Poll::Pending
    }
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
        <Suspense fallback=|| view! { <p class="page loading" role="status">"Laden…"</p> }>
            {move || {
                attempt.track();
                let page = page.clone();
                let shown = shown.clone();
                Suspend::new(async move {
                    match load(page).await {
                        Ok(view) => shown(view),
                        Err(NotLoaded) => shown(view! {
                            <section class="page">
                                <h1 tabindex="-1">"Dit deel kon niet worden geladen"</h1>
                                <p>"Er is geen verbinding, of er staat intussen een nieuwe versie van de app klaar. Probeer het opnieuw, of vernieuw de pagina. Wat je al hebt ingevuld, is hierdoor niet veranderd."</p>
                                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>"Opnieuw proberen"</button>
                            </section>
                        }.into_any()),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
