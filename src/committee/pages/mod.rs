//! The committee app's screens, one per file.

pub mod cell;
pub mod export;
pub mod frame;
pub mod home;
pub mod import;
pub mod other_app;
pub mod overview;
pub mod pack;
pub mod profile;
