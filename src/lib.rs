//! Kiểm điểm: the yearly self-review of Party members and of their cells, entirely in the
//! browser.
//!
//! - [`kiemdiem_core`] (the `core/` crate) is pure Rust: form templates, the document model,
//!   rules, validation, file format, dates. The compiler keeps it free of Leptos, web-sys
//!   and gloo; it is tested natively with `cargo test -p kiemdiem-core`.
//! - three wings, one per audience, each with its store, its use-cases (`actions`) and its
//!   screens (`pages`): [`member`], [`cell`], [`committee`]; and the print views, [`print`].
//!   No wing imports another: what they share is below them, in [`components`] (widgets,
//!   the app frame, the form engine), [`files`], [`nav`], [`routes`], [`persist`] and
//!   [`store`] (the documents every wing edits with the form engine).

pub mod cell;
pub mod clock;
pub mod committee;
pub mod components;
pub mod files;
pub mod member;
pub mod nav;
pub mod persist;
pub mod print;
pub mod routes;
pub mod store;
pub mod webcrypto;

pub use member::App;
