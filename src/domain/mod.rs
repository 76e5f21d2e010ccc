//! The pure domain of the app: nothing here touches the browser, so every piece is tested
//! with plain `cargo test`.

pub mod carry;
pub mod cell;
pub mod date;
pub mod document;
pub mod file;
pub mod level;
pub mod review;
pub mod rules;
pub mod score;
pub mod template;
pub mod templates;
pub mod time;
pub mod validate;
