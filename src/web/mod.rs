//! The browser edges: storage, the clock and new ids, downloads, reading picked files,
//! the clipboard and share sheet, the embedding options, starting up and the on-demand
//! split points. The only layer besides the views that talks to the browser; it never
//! imports a view.

pub mod camera;
pub mod clock;
pub mod download;
pub mod embed;
pub mod file_read;
pub mod js;
pub mod keep;
pub mod share;
pub mod split;
pub mod start;
pub mod storage;
pub mod style;
