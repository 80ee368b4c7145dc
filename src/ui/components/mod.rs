//! Reusable pieces of the view layer.

pub mod changes;
pub mod file_drop;
pub mod hand_on;
pub mod not_found;
pub mod qr;
pub mod radar;
pub mod suggestion;
pub mod trend;
