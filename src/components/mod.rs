//! Reusable pieces of the view layer.

pub mod notices;
pub mod suggestion;
