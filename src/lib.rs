//! Ontwikkelkaarten: the development cards for leaders building a learning organisation,
//! as a client-side Leptos app. The pure core (`content`, `state`, `search`, `route`) has no
//! browser code in it and is tested with plain `cargo test`; the view layer (`app`, `pages`,
//! `components`) renders it; `storage` and `download` are the only doors to the browser.

pub mod app;
pub mod clock;
pub mod components;
pub mod content;
pub mod download;
pub mod file_read;
pub mod files;
pub mod journey;
pub mod pages;
pub mod route;
pub mod scan;
pub mod search;
pub mod state;
pub mod storage;

/// Mounts the app into `#app`, replacing the static shell `index.html` paints before the
/// wasm arrives; falls back to `<body>` when a host page has no such element.
pub fn start() {
    use wasm_bindgen::JsCast;
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => {
            el.set_text_content(None);
            leptos::mount::mount_to(el, app::App).forget();
        }
        None => leptos::mount::mount_to_body(app::App),
    }
}
