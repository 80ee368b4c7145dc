//! Stylesheets that come with a part of the app loaded on demand: the team session's pages
//! are for a facilitator, so their styles (`style/session.css`) stay out of the first
//! download, like their code (`ui::pages::session::Styled` adds and waits for them).

use wasm_bindgen::JsValue;

/// The link to stylesheet `name`, if it is in the document.
fn link(name: &str) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    document
        .query_selector(&format!("link[data-ok-style=\"{name}\"]"))
        .ok()
        .flatten()
}

/// Adds the stylesheet `name` (a file beside the app's main stylesheet, wherever the app
/// is served from: its own page, or a host page that loads `embed.js`) unless it is there;
/// `false` when it cannot be.
pub fn add(name: &str) -> bool {
    if link(name).is_some() {
        return true;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    // Beside the main stylesheet: a host page that loads `embed.js` links it, and the
    // app's own page has it inline, beside the page itself.
    let main = document
        .query_selector("link[rel=stylesheet][href*=\"main-\"]")
        .ok()
        .flatten();
    let main_href = match main {
        // As the browser resolved it.
        Some(main) => js_sys::Reflect::get(&main, &"href".into())
            .ok()
            .and_then(|h| h.as_string()),
        None => document.base_uri().ok().flatten(),
    }
    .unwrap_or_default();
    let main_href = main_href.split(['?', '#']).next().unwrap_or_default();
    let (Some((base, _)), Ok(link), Some(head)) = (
        main_href.rsplit_once('/'),
        document.create_element("link"),
        document.query_selector("head").ok().flatten(),
    ) else {
        return false;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &format!("{base}/{name}"));
    let _ = link.set_attribute("data-ok-style", name);
    head.append_child(&link).is_ok()
}

/// Whether stylesheet `name` has loaded (its `sheet` stays null until then, and when it fails).
pub fn applies(name: &str) -> bool {
    link(name).is_some_and(|link| {
        let sheet = js_sys::Reflect::get(&link, &"sheet".into()).unwrap_or(JsValue::NULL);
        !sheet.is_null() && !sheet.is_undefined()
    })
}
