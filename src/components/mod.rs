//! Reusable pieces of the view layer.

pub mod notices;
pub mod radar;
pub mod suggestion;
