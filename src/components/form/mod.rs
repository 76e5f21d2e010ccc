//! The form engine's widgets: everything here is driven by a
//! [`Template`](kiemdiem_core::template::Template), never by a particular form.
//!
//! [`Editor`] is the state of one open document, shared through the Leptos context with
//! every widget below it.

pub mod document;
pub mod editor;
pub mod field;
pub mod pack;
pub mod progress;
pub mod rows;
pub mod section;
pub mod summary;
pub mod widgets;

pub use editor::{use_editor, Editor};

/// The DOM id of the input bound to a field path (`full_name`, `shortcomings.0.text`).
pub fn dom_id(path: &str) -> String {
    format!("f-{path}")
}

/// The DOM id of the error line of a field path.
pub fn error_id(path: &str) -> String {
    format!("e-{path}")
}

/// The DOM id of the hint of a field path.
pub fn hint_id(path: &str) -> String {
    format!("h-{path}")
}
