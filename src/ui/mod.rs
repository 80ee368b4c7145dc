//! The views: the app's frame, its pages and their components. They read the core
//! (`crate::domain`) and send it the user's intents; the rules themselves live there.

pub mod app;
pub mod components;
pub mod kept;
pub mod notices;
pub mod on_demand;
pub mod pages;
pub mod reminder;
pub mod store;
