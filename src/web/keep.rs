//! Asking the browser to keep the data (`navigator.storage.persist()`), and whether it
//! may erase it anyway after a week without a visit (Safari, every browser on iOS).

use wasm_bindgen::JsCast;

use crate::domain::files::export::{erased_after_a_week, Keeping};

/// What the browser says about keeping this site's data. With `ask`, asks it to keep it
/// (`persist()`: Firefox asks the user, Chromium decides by itself); without, only looks
/// (`persisted()`). `Keeping::Unknown` where the browser has no such API.
pub async fn keeping(ask: bool) -> Keeping {
    let Some(answer) = call_storage(if ask { "persist" } else { "persisted" }) else {
        return Keeping::Unknown;
    };
    match wasm_bindgen_futures::JsFuture::from(answer)
        .await
        .ok()
        .and_then(|v| v.as_bool())
    {
        Some(true) => Keeping::Promised,
        Some(false) => Keeping::NotPromised,
        None => Keeping::Unknown,
    }
}

fn call_storage(method: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    let function = js_sys::Reflect::get(&storage, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function.call0(&storage).ok()?.dyn_into().ok()
}

/// Asks the browser to keep the data unless it already promised; says what it answered.
pub async fn ask_to_keep() -> Keeping {
    match keeping(false).await {
        Keeping::Promised => Keeping::Promised,
        _ => keeping(true).await,
    }
}

/// Whether this browser erases what the app stored after 7 days without a visit.
pub fn erased_in_a_week() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let agent = window.navigator().user_agent().unwrap_or_default();
    let standalone = js_sys::Reflect::get(&window.navigator(), &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || window
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    erased_after_a_week(&agent, standalone)
}

/// This page's own address when it runs in a frame on another page (where the browser keeps
/// its data apart from the full app, or not at all): for *Open de volledige app*.
pub fn full_app_address() -> Option<String> {
    let window = web_sys::window()?;
    let top = window.top().ok().flatten()?;
    if wasm_bindgen::JsValue::from(top) == wasm_bindgen::JsValue::from(window.clone()) {
        return None;
    }
    let location = window.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}
