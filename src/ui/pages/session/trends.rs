//! Trends over time (being built: see the helper's brief).

use leptos::prelude::*;

/// Every session of a team over time, and one's own scans over time.
#[component]
pub fn TrendsPage() -> impl IntoView {
    view! { <section class="page narrow"><h1 tabindex="-1">"Trends"</h1></section> }
}
