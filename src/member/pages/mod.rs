//! Screens, one file each.

pub mod commitment;
pub mod drafts;
pub mod editor;
pub mod home;
pub mod not_found;
pub mod review;
pub mod start;
