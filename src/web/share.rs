//! Handing a link to the rest of the device: the clipboard and the share sheet.
//!
//! Both through `Reflect` rather than web-sys's typed bindings: the clipboard's are behind
//! `web_sys_unstable_apis`, and these calls reuse the JavaScript glue the first download
//! already has, so they add nothing to it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a hand-over went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handed {
    /// Copied, or shared through the sheet.
    Done,
    /// The user closed the share sheet without choosing anything.
    Cancelled,
    /// Not possible here: no such API, not a secure page, a frame or policy blocks it, or
    /// the user denied it.
    Blocked,
}

/// Copies `text` to the clipboard (`navigator.clipboard.writeText`).
pub async fn copy_text(text: &str) -> Handed {
    let Some(promise) = call_on_navigator(Some("clipboard"), "writeText", &text.into()) else {
        return Handed::Blocked;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Handed::Done,
        Err(_) => Handed::Blocked,
    }
}

/// Whether the browser has a share sheet (`navigator.share`): most phones, few desktops.
pub fn has_share_sheet() -> bool {
    navigator_method(None, "share").is_some()
}

/// Opens the share sheet with a link and its title (`navigator.share({ title, url })`).
pub async fn share_link(title: &str, url: &str) -> Handed {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Some(promise) = call_on_navigator(None, "share", &data) else {
        return Handed::Blocked;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Handed::Done,
        // Closing the sheet rejects with an AbortError; that is a choice, not a failure.
        Err(e) if error_name(&e).as_deref() == Some("AbortError") => Handed::Cancelled,
        Err(_) => Handed::Blocked,
    }
}

/// `navigator[object][method]` (or `navigator[method]`) and what it is called on.
fn navigator_method(object: Option<&str>, method: &str) -> Option<(JsValue, js_sys::Function)> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let this = match object {
        Some(name) => js_sys::Reflect::get(&navigator, &name.into()).ok()?,
        None => navigator,
    };
    let function = js_sys::Reflect::get(&this, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((this, function))
}

fn call_on_navigator(object: Option<&str>, method: &str, arg: &JsValue) -> Option<js_sys::Promise> {
    let (this, function) = navigator_method(object, method)?;
    // Throws synchronously where a policy forbids it; a rejected promise otherwise.
    function.call1(&this, arg).ok()?.dyn_into().ok()
}

fn error_name(error: &JsValue) -> Option<String> {
    js_sys::Reflect::get(error, &"name".into())
        .ok()?
        .as_string()
}
