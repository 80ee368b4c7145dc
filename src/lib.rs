//! Ontwikkelkaarten: the development cards for leaders building a learning organisation,
//! as a client-side Leptos app. The pure core (`content`, `state`, `search`, `route`) has no
//! browser code in it and is tested with plain `cargo test`; the view layer (`app`, `pages`,
//! `components`) renders it; `storage` and `download` are the only doors to the browser.

#[macro_use]
pub mod i18n;
pub mod domain;
pub mod ui;
pub mod web;

/// Mounts the app into `#app` (the static shell `index.html` paints before the wasm
/// arrives) or, on a host page that loads `embed.js`, into the first element with a
/// `data-ontwikkelkaarten` attribute. With neither, it does nothing: it never takes over a
/// host page's body. Stored data is read first, with code fetched only when there is
/// some; until the app's first page is ready the static page stays.
pub fn start() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = web::embed::mount_element(&document)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = target {
        web::embed::apply_embed_options(&document, &el);
        // Let the static page paint first (two frames), so it is what the browser counts as
        // the largest paint. The app is then rendered beside it, hidden, and replaces it
        // once its first page is ready (`web::start::reveal`): the static page stays in view meanwhile,
        // and the work is spread over several short tasks.
        request_animation_frame(move || {
            request_animation_frame(move || {
                wasm_bindgen_futures::spawn_local(async move {
                    let startup = web::start::read_storage().await;
                    // Nothing awaits between the last look at storage and mounting, so a
                    // save by another tab from now on reaches the app's storage listener.
                    let Some(staging) = web::start::staging_area(&el) else {
                        return;
                    };
                    leptos::mount::mount_to(
                        staging,
                        move || view! { <ui::app::App startup staged=true/> },
                    )
                    .forget();
                })
            })
        });
    }
}
