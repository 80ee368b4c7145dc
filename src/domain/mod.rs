//! The pure core: the card deck, scan scoring, team aggregation, journey rules, the file
//! format and its migrations, search, routes and Dutch text formatting.
//!
//! Nothing here touches the browser or the view layer: no `leptos`, `web_sys`, `js_sys`
//! or `wasm_bindgen`, and no `crate::web` or `crate::ui` (`tests/layers.rs` fails when
//! one creeps in). Time and new ids come in as arguments, so every rule is tested with
//! plain `cargo test`.

pub mod content;
pub mod extra;
pub mod files;
pub mod journey;
pub mod qr;
pub mod route;
pub mod scan;
pub mod search;
pub mod session;
pub mod shell;
pub mod site;
pub mod state;
pub mod text;
pub mod trend;
