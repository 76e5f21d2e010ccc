//! `kiemdiem-core`: the pure domain of Kiểm điểm. Form templates, the document model, the
//! rules of QĐ 366, validation, the file format (envelope, readers, migrations), the cell's
//! model and aggregation. Nothing here touches the browser: the crate depends on no
//! Leptos, web-sys or gloo, so every piece is tested with plain `cargo test -p
//! kiemdiem-core`, and the web app only renders and edits what this crate defines.
#![warn(missing_docs)]

pub mod carry;
pub mod cell;
pub mod chars;
pub mod codes;
pub mod committee;
pub mod date;
pub mod decision;
pub mod document;
pub mod file;
pub mod finding;
pub mod ids;
pub mod intake;
pub mod key_backup;
pub mod level;
pub mod limits;
pub mod order;
pub mod pack;
pub mod pack_ref;
pub mod printed;
pub mod record;
pub mod report;
pub mod review;
pub mod rules;
pub mod score;
pub mod seal;
pub mod sheet;
pub mod template;
pub mod templates;
pub mod threshold;
pub mod time;
pub mod validate;
pub mod year;
