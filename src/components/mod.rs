//! Reusable widgets, each in its own file.

pub mod focus;
pub mod form;
pub mod page_heading;
