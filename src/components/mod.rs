//! Reusable widgets, each in its own file.

pub mod app_banners;
pub mod bar_chart;
pub mod fields;
pub mod file_drop;
pub mod fingerprint;
pub mod focus;
pub mod form;
pub mod import_report;
pub mod lock;
pub mod page_heading;
pub mod persist_status;
pub mod save_status;
pub mod share_button;
pub mod shell;
pub mod update_notice;
pub mod wipe;
