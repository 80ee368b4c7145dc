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
/// some; until the app's first page is ready the static page stays.
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
        // Let the static page paint first (two frames), so it is what the browser counts as
        // the largest paint. The app is then rendered beside it, hidden, and replaces it
        // once its first page is ready (`reveal`): the static page stays in view meanwhile,
        // and the work is spread over several short tasks.
        request_animation_frame(move || {
            request_animation_frame(move || {
                wasm_bindgen_futures::spawn_local(async move {
                    let startup = read_storage().await;
                    // Nothing awaits between the last look at storage and mounting, so a
                    // save by another tab from now on reaches the app's storage listener.
                    let Some(staging) = staging_area(&el) else {
                        return;
                    };
                    leptos::mount::mount_to(
                        staging,
                        move || view! { <app::App startup staged=true/> },
                    )
                    .forget();
                })
            })
        });
    }
}

/// Reads what storage holds, with code fetched only when there is something to read. Reads
/// again when another tab saved while that code was being fetched, so that the app never
/// starts from an older copy than the one stored.
async fn read_storage() -> storage::Startup {
    loop {
        let seen = storage::stored();
        let startup = match seen.clone().settled() {
            Ok(startup) => startup,
            Err(raw) => pages::on_demand::read_stored(raw)
                .await
                .unwrap_or(storage::Startup::NotRead),
        };
        if storage::stored() == seen {
            return startup;
        }
    }
}

/// Marks the hidden element the app is first rendered into.
const STAGING: &str = "data-ok-staging";

/// A hidden element at the end of `el`, for the app to render into before [`reveal`].
fn staging_area(el: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let staging: web_sys::HtmlElement = el
        .owner_document()?
        .create_element("div")
        .ok()?
        .dyn_into()
        .ok()?;
    staging.set_attribute(STAGING, "").ok()?;
    staging.style().set_property("display", "none").ok()?;
    el.append_child(&staging).ok()?;
    Some(staging)
}

/// Replaces the static page with the app rendered beside it (see [`start`]), once the app's
/// first page is ready. Does nothing when the app was mounted directly, or a second time.
pub fn reveal() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(staging) = document
        .query_selector(&format!("[{STAGING}]"))
        .ok()
        .flatten()
    else {
        return;
    };
    let Some(root) = staging.parent_element() else {
        return;
    };
    // A keyboard user may already be on a link of the static page: the same link in the
    // app gets the focus.
    let focused_link = document
        .active_element()
        .filter(|el| el.tag_name() == "A" && root.contains(Some(el)))
        .and_then(|el| el.get_attribute("href"))
        .filter(|href| !href.contains(['"', '\\']));
    // The static page goes; the app's nodes move up, in order, and keep working: Leptos
    // finds where to insert later changes through the nodes themselves.
    root.replace_children_with_node_1(&staging);
    while let Some(node) = staging.first_child() {
        let _ = root.insert_before(&node, Some(&staging));
    }
    staging.remove();
    if let Some(href) = focused_link {
        let same = root
            .query_selector(&format!("a[href=\"{href}\"]"))
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(link) = same {
            let _ = link.focus();
        }
    }
    // The service worker is registered after this (public/register-sw.js).
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(READY_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Fired on `window` once the app has replaced the static page.
pub const READY_EVENT: &str = "ontwikkelkaarten:ready";

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
