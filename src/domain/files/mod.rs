//! Files: the versioned document format, export, import with merge, the team view and
//! sharing a scan by link. Pure: no browser code.

pub mod export;
pub mod format;
pub mod import;
pub mod merge;
pub mod share;
pub mod team;
