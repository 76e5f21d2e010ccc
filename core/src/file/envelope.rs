//! The envelope around every file and stored draft, what it holds, and how a document or
//! a backup is wrapped in it.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::canonical::digest;
use crate::document::Document;
use crate::template::DocKind;
use crate::templates;

/// The `format` field of every file.
pub const FORMAT: &str = "kiemdiem";
/// The version of the envelope and of the documents inside that this app writes.
pub const FORMAT_VERSION: u32 = 1;

/// What an envelope holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// Bản kiểm điểm của đảng viên.
    Review,
    /// Bản cam kết của đảng viên.
    Commitment,
    /// A backup of several drafts.
    Backup,
    /// Báo cáo kiểm điểm của chi bộ (Mẫu 01).
    CellReview,
    /// A cell's workspace as the browser keeps it (never exported on its own).
    CellWorkspace,
    /// Gói hồ sơ của chi bộ: the workspace, the collective review and every member's review.
    CellBundle,
    /// One member of a cell's workspace, with the cell's columns, as the browser keeps it
    /// (never exported on its own).
    CellMember,
    /// Bộ tiêu chí chấm điểm: a superior committee's sub-criteria and settings
    /// ([`crate::pack`]).
    CriteriaPack,
    /// A committee's workspace as the browser keeps it (never exported on its own).
    CommitteeWorkspace,
    /// The committee's decisions on one cell, as the browser keeps them (never exported on
    /// their own).
    CommitteeCell,
    /// Quyết định xếp loại: the final levels a committee decided for one cell or several
    /// ([`crate::committee::decision`]), for the cells to import.
    CommitteeDecision,
    /// Báo cáo kết quả xếp loại: a committee's totals per cell and per level, for the level
    /// above ([`crate::committee::report`]).
    CommitteeReport,
}

impl FileKind {
    /// The kind of file a document of this kind is exported as.
    pub fn of(kind: DocKind) -> Option<FileKind> {
        match kind {
            DocKind::Review => Some(FileKind::Review),
            DocKind::Commitment => Some(FileKind::Commitment),
            DocKind::CellReview => Some(FileKind::CellReview),
        }
    }
}

/// The template a document was written on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TemplateRef {
    /// E.g. `2025/2B`.
    pub id: String,
    /// The template's revision when the file was written.
    pub revision: u32,
}

/// The envelope around one payload `T` (a [`Document`] or a [`Backup`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Envelope<T> {
    /// Always `kiemdiem`.
    pub format: String,
    /// The version of the format the file is written in: one newer than this app's is
    /// refused, an older one migrated.
    pub format_version: u32,
    /// The version of the app that wrote the file.
    pub app_version: String,
    /// What the envelope holds.
    pub kind: FileKind,
    /// The template of the document inside; none for a backup or a cell's file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateRef>,
    /// The document's id (UUID); for a backup, the backup's own id.
    pub id: String,
    /// When the document (or backup) was created, with the writer's UTC offset.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub created: DateTime<FixedOffset>,
    /// When the document last changed (for a backup or a bundle: when it was made).
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    /// The payload: a document, a backup, a cell's workspace or bundle.
    pub document: T,
    /// Hex SHA-256 of the canonical JSON of `document` (keys sorted, no spaces).
    pub sha256: String,
    /// Who made the file: a cell's bundle, a committee's decision file or criteria pack
    /// ([`super::signature`]). Absent in drafts, in files of earlier versions, and where
    /// the browser could not sign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<super::signature::Signature>,
}

/// The payload of a backup file: every draft, each in its own envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Backup {
    /// Every draft of the device, each in its own envelope with its own digest.
    pub documents: Vec<Envelope<Document>>,
}

/// An envelope around any payload, with the digest of its canonical JSON.
pub fn envelope<T: Serialize>(
    kind: FileKind,
    template: Option<TemplateRef>,
    id: &str,
    created: DateTime<FixedOffset>,
    updated: DateTime<FixedOffset>,
    document: T,
    app_version: &str,
) -> Envelope<T> {
    let sha256 = serde_json::to_value(&document).map(|v| digest(&v)).unwrap_or_default();
    Envelope {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        app_version: app_version.to_owned(),
        kind,
        template,
        id: id.to_owned(),
        created,
        updated,
        document,
        sha256,
        signature: None,
    }
}

/// The envelope of one document. `None` for a document whose template the app does not
/// know or whose kind has no file of its own.
pub fn wrap(doc: &Document, app_version: &str) -> Option<Envelope<Document>> {
    let template = templates::identity(&doc.template)?;
    let kind = FileKind::of(template.kind)?;
    let tref = TemplateRef { id: template.id.to_owned(), revision: template.revision };
    Some(envelope(kind, Some(tref), &doc.id, doc.created, doc.updated, doc.clone(), app_version))
}

/// A backup of several documents, made at `now` with the new id `id`.
pub fn wrap_backup(docs: &[Document], id: &str, now: DateTime<FixedOffset>, app_version: &str) -> Envelope<Backup> {
    let documents = docs.iter().filter_map(|d| wrap(d, app_version)).collect();
    envelope(FileKind::Backup, None, id, now, now, Backup { documents }, app_version)
}
