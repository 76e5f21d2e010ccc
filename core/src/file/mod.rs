//! The file format: one JSON envelope for every file the app exports, and for every draft
//! it keeps in the browser's storage (compact there, pretty in files), so that files and
//! storage share one reader, one version number and one migration path.
//!
//! ```json
//! {
//!   "format": "kiemdiem",
//!   "format_version": 1,
//!   "app_version": "0.1.0",
//!   "kind": "review",
//!   "template": { "id": "2025/2B", "revision": 1 },
//!   "id": "…uuid…",
//!   "created": "2026-01-05T14:32:00+07:00",
//!   "updated": "2026-01-05T15:10:12+07:00",
//!   "document": { … },
//!   "sha256": "…hex digest of the canonical JSON of `document`…"
//! }
//! ```
//!
//! Reading is strict: a size limit, UTF-8, JSON syntax with line and column, a known kind,
//! a format version no newer than this app's, known fields only. A digest that does not
//! match is allowed but reported ("the file was changed after export").
//!
//! One concern per file, every public item re-exported here:
//! - `envelope`: the envelope and what it holds, and how a document or a backup is wrapped;
//! - `canonical`: the canonical JSON and its digest;
//! - `text`: the text of a file (pretty) and of a stored draft (compact);
//! - `error`: why a file could not be read, in Vietnamese;
//! - `read`: the strict reader of a member's files and drafts;
//! - `migrate`: the steps that bring an older format version to the current one;
//! - `name`: ASCII file names;
//! - `signature`: who made a file (the signature, its fingerprint, the receiver's pin).
//!
//! The cell's files (workspace, bundle) are read by [`crate::cell::file`], on top of the
//! crate-private pieces of the reader exported below.

mod canonical;
mod envelope;
mod error;
mod migrate;
mod name;
mod read;
pub mod signature;
mod text;

pub use canonical::{canonical_json, digest};
pub use envelope::{envelope, wrap, wrap_backup, Backup, Envelope, FileKind, TemplateRef, FORMAT, FORMAT_VERSION};
pub use error::FileError;
pub use name::{file_name, slug};
pub(crate) use read::{check_document_digest, head, read_member, refuse_hidden, typed};
pub use read::{read, Payload, Read, MAX_BUNDLE_BYTES, MAX_FILE_BYTES};
pub use text::{to_file_text, to_storage_text, to_storage_value};

/// A sample review and its file, shared by the tests of the file format.
#[cfg(test)]
pub(crate) mod samples {
    use chrono::{DateTime, FixedOffset};

    use super::{to_file_text, wrap};
    use crate::document::{row, Document};

    /// A fixed time for the tests.
    pub(crate) fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("valid test time")
    }

    /// A 2B review with Vietnamese text, a list and a "Không có" section.
    pub(crate) fn sample() -> Document {
        let mut d =
            Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11", "2025/2B", 2025, t("2026-01-05T14:32:00+07:00"));
        d.updated = t("2026-01-05T15:10:12+07:00");
        d.set_text("full_name", "Nguyễn Văn An");
        d.set_text("general_points", "27,5");
        d.set_rows("shortcomings", vec![row(&[("text", "Chậm nộp báo cáo \"tháng\"\nvà quý")])]);
        d.set_none("A.IV", true);
        d
    }

    /// The exported file of a document.
    pub(crate) fn file(doc: &Document) -> String {
        to_file_text(&wrap(doc, "0.1.0").expect("known template"))
    }
}
