//! Starting up: reading stored data, rendering the app hidden beside the static page, and
//! revealing it once its first page is ready.

use crate::domain::shell::{StaticScanRecord, SCAN_FIELDS};
use crate::domain::state::ScanInfo;
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

/// Takes a scan begun on the static page before the app arrived (`public/shell.js` keeps
/// it on the app's root element, which outlives the static page) off that element: the
/// scan's pages call this and make it the draft. The details typed in the static start
/// form come with it, or the invitation it was opened on.
pub fn take_static_scan() -> Option<StaticScanRecord> {
    let document = web_sys::window()?.document()?;
    let root = document.get_element_by_id("app")?;
    let started = root.get_attribute("data-scan-started")?;
    let data = |name: &str| {
        let value = root.get_attribute(name).unwrap_or_default();
        let _ = root.remove_attribute(name);
        value
    };
    let [label, organisation, respondent, role] =
        SCAN_FIELDS.map(|(id, _, _)| data(&format!("data-{id}")));
    let _ = root.remove_attribute("data-scan-started");
    Some(StaticScanRecord {
        info: ScanInfo {
            label,
            respondent,
            role,
            organisation,
        },
        started,
        answers: data("data-scan-answers"),
        position: data("data-scan-position"),
        session: data("data-scan-session"),
    })
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
        // The first such link that shows (the one in a closed menu does not).
        let same = root
            .query_selector_all(&format!("a[href=\"{href}\"]"))
            .ok()
            .and_then(|links| {
                (0..links.length())
                    .filter_map(|i| links.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
                    .find(|link| link.offset_parent().is_some())
            });
        if let Some(link) = same {
            let _ = link.focus();
        }
    }
    // The service worker is registered after this (public/shell.js).
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(READY_EVENT)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Fired on `window` once the app has replaced the static page.
pub const READY_EVENT: &str = "ontwikkelkaarten:ready";
