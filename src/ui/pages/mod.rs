//! One module per page.

pub mod card;
pub mod files;
pub mod guide;
pub mod home;
pub mod plan;
pub mod scan;
pub mod search;
pub mod session;
pub mod team;
