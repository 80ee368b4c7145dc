//! The page for a link that leads nowhere.

use leptos::prelude::*;

/// "Niet gevonden", with a way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{tr!("Pagina niet gevonden", "Page not found")}</h1>
            <p>{tr!("Deze link leidt nergens naartoe. Misschien is hij onvolledig gekopieerd.", "This link leads nowhere. Perhaps it was not copied in full.")}</p>
            <p><a class="button" href="#/">{tr!("Naar het overzicht van de kaarten", "Go to the overview of the cards")}</a></p>
        </section>
    }
}

/// A link that was found but cannot be opened (damaged on the way, or made by a newer
/// version): why, what to do, and a way on.
#[component]
pub fn BadLinkPage(
    /// The heading: what does not work.
    title: &'static str,
    /// Why, and what to do.
    message: &'static str,
    /// Where to go instead.
    href: String,
    /// The label of that way.
    go: &'static str,
) -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">{title}</h1>
            <p>{message}</p>
            <p><a class="button" href=href>{go}</a></p>
        </section>
    }
}
