//! Kiểm điểm: the yearly self-review of Party members and of their cells, entirely in the
//! browser.
//!
//! - [`kiemdiem_core`] (the `core/` crate) is pure Rust: form templates, the document model,
//!   rules, validation, file format, dates. The compiler keeps it free of Leptos, web-sys
//!   and gloo; it is tested natively with `cargo test -p kiemdiem-core`.
//! - [`app`], [`pages`] and [`components`] render and edit that model with Leptos.

pub mod app;
pub mod cell;
pub mod clock;
pub mod committee;
pub mod components;
pub mod download;
pub mod nav;
pub mod office;
pub mod pages;
pub mod persist;
pub mod print;
pub mod routes;
pub mod store;

pub use app::App;
