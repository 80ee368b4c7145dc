//! Reading files the user picks or drops, as raw bytes (the importer checks the encoding).

use wasm_bindgen_futures::JsFuture;

/// The files in a list, taken out of it: an input's list is live and empties when the
/// input is reset.
pub fn take_files(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The name and bytes of every file; a file that cannot be read yields an empty byte
/// vector, which the importer reports as an empty file.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        out.push((file.name(), bytes));
    }
    out
}
