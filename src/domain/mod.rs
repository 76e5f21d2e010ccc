//! The pure domain of the app: nothing here touches the browser, so every piece is tested
//! with plain `cargo test`.

pub mod date;
