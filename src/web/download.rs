//! Saving text as a file the user downloads, without any server.

use wasm_bindgen::JsCast;

use crate::domain::files::export::ExportFile;

/// Offers `content` as a download named `filename`. Returns `false` where the browser
/// refuses (for example a sandboxed iframe without downloads).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    try_download(filename, mime, content).is_some()
}

fn try_download(filename: &str, mime: &str, content: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    let body = document.body()?;
    body.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel the download in some browsers; a minute is ample.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Some(())
}

/// Offers an exported file (JSON) as a download; `false` where the browser refuses.
pub fn offer_file(file: &ExportFile) -> bool {
    download(&file.name, "application/json", &file.json)
}
