//! Ontwikkelkaarten: the development cards for leaders building a learning organisation,
//! as a client-side Leptos app. The pure core (`content`, `state`, `search`, `route`) has no
//! browser code in it and is tested with plain `cargo test`; the view layer (`app`, `pages`,
//! `components`) renders it; `storage` and `download` are the only doors to the browser.

pub mod app;
pub mod clock;
pub mod components;
pub mod content;
pub mod download;
pub mod embed;
pub mod file_read;
pub mod files;
pub mod journey;
pub mod pages;
pub mod route;
pub mod scan;
pub mod search;
pub mod shell;
pub mod state;
pub mod storage;

/// Mounts the app into `#app` (the static shell `index.html` paints before the wasm
/// arrives) or, on a host page that loads `embed.js`, into the first element with a
/// `data-ontwikkelkaarten` attribute. With neither, it does nothing: it never takes over a
/// host page's body. Stored data is read first, with code fetched only when there is
/// some: until then the static page stays.
pub fn start() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target = document
        .get_element_by_id("app")
        .or_else(|| {
            document
                .query_selector("[data-ontwikkelkaarten]")
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = target {
        apply_embed_options(&document, &el);
        let stored = storage::stored();
        wasm_bindgen_futures::spawn_local(async move {
            let startup = match stored {
                storage::Stored::Nothing => storage::Startup::Loaded(state::AppState::default()),
                storage::Stored::Unavailable => storage::Startup::Unavailable,
                storage::Stored::Text(raw) => pages::on_demand::read_stored(raw)
                    .await
                    .unwrap_or(storage::Startup::NotRead),
            };
            // Let the static page paint first (two frames), so it is what the browser
            // counts as the largest paint; the app then replaces it with identical content.
            leptos::prelude::request_animation_frame(move || {
                leptos::prelude::request_animation_frame(move || {
                    el.set_text_content(None);
                    leptos::mount::mount_to(el, move || view! { <app::App startup/> }).forget();
                })
            });
        });
    }
}

/// Reads the embedding options from the URL and the element's `data-` attributes and
/// applies them before the first render.
fn apply_embed_options(document: &web_sys::Document, el: &web_sys::HtmlElement) {
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let names = ["start", "compact", "accent", "font", "lang"];
    let attributes: Vec<(&str, String)> = names
        .iter()
        .filter_map(|n| Some((*n, el.get_attribute(&format!("data-{n}"))?)))
        .collect();
    let options = embed::EmbedOptions::merged(
        embed::EmbedOptions::from_pairs(attributes.iter().map(|(k, v)| (*k, v.as_str()))),
        embed::EmbedOptions::from_query(&query),
    );
    let classes = el.class_list();
    let _ = classes.add_1("ok-app");
    if el.id() != "app" {
        let _ = classes.add_1("embedded");
    }
    if options.compact {
        let _ = classes.add_1("compact");
    }
    let style = el.style();
    if let Some(accent) = &options.accent {
        let _ = style.set_property("--accent", accent);
        let _ = style.set_property("--accent-strong", accent);
    }
    if let Some(font) = &options.font {
        let _ = style.set_property("--font", font);
    }
    if let Some(lang) = &options.lang {
        let _ = el.set_attribute("lang", lang);
        if el.id() == "app" {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang);
            }
        }
    }
    if let (Some(hash), Some(window)) = (options.start_hash(), window) {
        let current = window.location().hash().unwrap_or_default();
        if current
            .trim_start_matches('#')
            .trim_start_matches('/')
            .is_empty()
        {
            let _ = window.location().set_hash(&hash);
        }
    }
}
