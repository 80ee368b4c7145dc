//! The page for a link that leads nowhere.

use leptos::prelude::*;

/// "Niet gevonden", with a way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">"Pagina niet gevonden"</h1>
            <p>"Deze link leidt nergens naartoe. Misschien is hij onvolledig gekopieerd."</p>
            <p><a class="button" href="#/">"Naar het overzicht van de kaarten"</a></p>
        </section>
    }
}
