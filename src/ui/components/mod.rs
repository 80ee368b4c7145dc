//! Reusable pieces of the view layer.

pub mod file_drop;
pub mod not_found;
pub mod radar;
pub mod suggestion;
