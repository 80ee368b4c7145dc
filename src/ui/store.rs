//! The app's shared state in context, and navigation.

use leptos::prelude::*;

use crate::domain::files::export::{remind_after_days, Keeping};
use crate::domain::route::Route;
use crate::domain::state::AppState;
use crate::ui::notices::Notices;

/// Shared app state, reached with [`use_store`].
#[derive(Clone, Copy)]
pub struct Store {
    /// Everything the user records; saved on every change.
    pub state: RwSignal<AppState>,
    /// The current route, following `location.hash`.
    pub route: RwSignal<Route>,
    /// Messages shown above the page.
    pub notices: Notices,
    /// What the browser said about keeping the data (asked once there is something worth
    /// keeping, see [`ask_to_keep`]), and whether it erases the data after a week without a
    /// visit anyway.
    pub keeping: RwSignal<(Keeping, bool)>,
}

/// Asks the browser to keep the data, once per visit, when there is something worth
/// keeping: called where that happens (a marked suggestion, a finished scan, a new plan, an
/// import), on *Bestanden*, and at the start when stored data was read (from the code that
/// read it). Never from the first download's own code, so a first visit does not fetch it.
/// Says whether it asked.
pub fn ask_to_keep(store: Store) -> bool {
    use std::sync::atomic::{AtomicBool, Ordering};
    static ASKED: AtomicBool = AtomicBool::new(false);
    if !store
        .state
        .with_untracked(crate::domain::files::export::worth_keeping)
        || ASKED.swap(true, Ordering::Relaxed)
    {
        return false;
    }
    learn_keeping(store, true);
    true
}

/// Finds out what the browser says about keeping the data without asking it to (for
/// *Bestanden* before there is anything worth keeping), unless that is known already.
pub fn look_at_keeping(store: Store) {
    if store.keeping.get_untracked().0 == Keeping::Unknown {
        learn_keeping(store, false);
    }
}

fn learn_keeping(store: Store, ask: bool) {
    leptos::task::spawn_local(async move {
        let answer = if ask {
            crate::web::keep::ask_to_keep().await
        } else {
            crate::web::keep::keeping(false).await
        };
        store
            .keeping
            .set((answer, crate::web::keep::erased_in_a_week()));
    });
}

impl Store {
    /// After how many days without an export the reminder comes, in this browser.
    pub fn remind_after_days(&self) -> i64 {
        let (keeping, erased) = self.keeping.get();
        remind_after_days(keeping, erased)
    }
}

/// The [`Store`] provided by [`App`].
pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// Navigates to a route (a new history entry).
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

pub(crate) fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}
