//! Reusable widgets, each in its own file.

pub mod focus;
pub mod page_heading;
