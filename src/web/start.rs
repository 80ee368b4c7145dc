//! Starting up: reading stored data, rendering the app hidden beside the static page, and
//! revealing it once its first page is ready.

use crate::web::split::read_stored;
use crate::web::storage::{stored, Startup};

/// Reads what storage holds, with code fetched only when there is something to read. Reads
/// again when another tab saved while that code was being fetched, so that the app never
/// starts from an older copy than the one stored.
pub async fn read_storage() -> Startup {
    loop {
        let seen = stored();
        let startup = match seen.clone().settled() {
            Ok(startup) => startup,
            Err(raw) => read_stored(raw).await.unwrap_or(Startup::NotRead),
        };
        if stored() == seen {
            return startup;
        }
    }
}

/// Marks the hidden element the app is first rendered into.
const STAGING: &str = "data-ok-staging";

/// A hidden element at the end of `el`, for the app to render into before [`reveal`].
pub fn staging_area(el: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
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
