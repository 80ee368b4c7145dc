//! Browser APIs reached through `Reflect` rather than web-sys's typed bindings, for the
//! parts of the app loaded on demand: the JavaScript glue and the wasm's import list are
//! one for the whole app, in the first download, so a typed call adds a function there
//! for every method, while these reuse what is there.

use wasm_bindgen::{JsCast, JsValue};

/// `object[name]`, unless it is `undefined` or `null`.
pub fn get(object: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Whether `object[name]` is `true`.
pub fn flag(object: &JsValue, name: &str) -> bool {
    get(object, name).and_then(|v| v.as_bool()).unwrap_or(false)
}

/// `object[name] = value`.
pub fn set(object: &JsValue, name: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &name.into(), value);
}

/// `object[name](args…)`; `None` when there is no such method or it throws.
pub fn call(object: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = get(object, name)?.dyn_into::<js_sys::Function>().ok()?;
    match args {
        [] => method.call1(object, &JsValue::UNDEFINED).ok(),
        [one] => method.call1(object, one).ok(),
        more => {
            let list = js_sys::Array::new();
            for (i, arg) in more.iter().enumerate() {
                set(&list, &i.to_string(), arg);
            }
            js_sys::Reflect::apply(&method, object, &list).ok()
        }
    }
}
