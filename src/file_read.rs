//! Reading files the user picks or drops, as raw bytes (the importer checks the encoding).

use wasm_bindgen_futures::JsFuture;

/// The name and bytes of every file in the list; a file that cannot be read yields an
/// empty byte vector, which the importer reports as an empty file.
pub async fn read_files(list: web_sys::FileList) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        out.push((file.name(), bytes));
    }
    out
}
