//! Kiểm điểm: the yearly self-review of Party members and of their cells, entirely in the
//! browser.
//!
//! - [`domain`] is pure Rust (no web-sys, no Leptos): form templates, the document model,
//!   rules, validation, dates. It is tested natively with `cargo test`.
//! - [`app`], [`pages`] and [`components`] render and edit that model with Leptos.

pub mod app;
pub mod cell;
pub mod clock;
pub mod components;
pub mod domain;
pub mod download;
pub mod pages;
pub mod print;
pub mod storage;
pub mod store;

pub use app::App;
