//! The app's shared state in context, and navigation.

use leptos::prelude::*;

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
