//! The presenter view for the big screen (being built: see the helper's brief).

use leptos::prelude::*;

use super::{Kept, NoSuchSession};

/// Session `id` on the big screen.
#[component]
pub fn PresenterPage(
    /// The session's id.
    id: String,
) -> impl IntoView {
    let kept = Kept::open();
    let Some(session) = kept.session(&id) else {
        return view! { <NoSuchSession/> }.into_any();
    };
    view! { <section class="page presenter"><h1 tabindex="-1">{session.title()}</h1></section> }
        .into_any()
}
