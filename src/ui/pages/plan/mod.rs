//! The journey planner's pages: the list of plans, one plan, one session.

mod detail;
mod list;
mod parts;
mod session;

pub use detail::PlanPage;
pub use list::PlansPage;
pub use session::SessionPage;

use leptos::prelude::*;

use crate::domain::journey::Plan;
use crate::ui::store::use_store;

/// The plan with this id, following every change.
pub(crate) fn watch_plan(id: StoredValue<String>) -> Memo<Option<Plan>> {
    let state = use_store().state;
    Memo::new(move |_| state.with(|s| id.with_value(|id| s.plan(id).cloned())))
}

/// Changes the plan with this id (and so saves it).
pub(crate) fn edit_plan(id: StoredValue<String>, change: impl FnOnce(&mut Plan)) {
    let state = use_store().state;
    state.update(|s| id.with_value(|id| s.update_plan(id, change)));
}
