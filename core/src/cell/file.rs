//! The cell app's reader: a cell's workspace kept in storage, a cell bundle, or any of a
//! member's files. Built on the crate-private steps of [`crate::file`]'s reader, so that
//! the file format knows nothing of the cell's model.

use serde_json::Value as Json;

use super::model::Workspace;
use crate::document::Document;
use crate::file::signature::Check;
use crate::file::{
    check_document_digest, digest, head, read_member, typed, Envelope, FileError, FileKind, Payload, Read,
};

/// What a cell bundle held.
#[derive(Debug, Clone, PartialEq)]
pub struct BundleRead {
    /// The cell's workspace: profile, roster, proposals and votes (read strictly).
    pub workspace: Workspace,
    /// Báo cáo kiểm điểm của chi bộ (Mẫu 01), if the bundle has one, or why it was refused.
    pub collective: Option<Result<Read<Document>, FileError>>,
    /// Every member's review, each read on its own (or why it was refused).
    pub reviews: Vec<Result<Read<Document>, FileError>>,
    /// When the cell exported the bundle: a committee keeps the newest of a cell's bundles.
    pub exported: chrono::DateTime<chrono::FixedOffset>,
    /// The bundle's check code computed from its content (never the one the file claims):
    /// the same code is the same content, so a bundle changed after export is never
    /// taken for the genuine one it claims to be.
    pub sha256: String,
    /// Who signed the bundle: what the app verifies ([`crate::file::signature`]).
    pub signature: Check,
}

/// What the cell app reads: a cell's workspace or bundle, or any member's file.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per file read, moved once: boxing would only add an indirection"
)]
pub enum CellPayload {
    /// A cell's workspace kept in storage.
    Workspace(Workspace),
    /// A cell bundle: the workspace strictly, each review on its own.
    Bundle(BundleRead),
    /// A member's document or backup, as [`crate::file::read`] reads it.
    Member(Payload),
    /// A superior committee's decision file, made at the time given, and who signed it.
    Decision(crate::decision::DecisionFile, chrono::DateTime<chrono::FixedOffset>, Check),
}

/// Reads the bytes of any file the cell app takes.
pub fn read_cell(bytes: &[u8]) -> Result<Read<CellPayload>, FileError> {
    read_cell_with(bytes, ReviewDigests::Check)
}

/// Whether the digest of each review inside a bundle is checked on top of the bundle's own.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReviewDigests {
    /// Each review's `changed` says whether it was edited after its member exported it.
    Check,
    /// Each review's `changed` is left false: for readers that use only the bundle's digest
    /// (the committee), sparing a second hash of every review.
    Skip,
}

/// [`read_cell`], choosing whether reviews inside a bundle have their digests checked.
pub fn read_cell_with(bytes: &[u8], review_digests: ReviewDigests) -> Result<Read<CellPayload>, FileError> {
    let (value, kind, migrated_from) = head(bytes)?;
    match kind {
        FileKind::CellWorkspace => {
            let env: Envelope<Workspace> = typed(value, migrated_from)?;
            let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
            if env.document.id != env.id.as_str() {
                return Err(FileError::KindMismatch);
            }
            Ok(Read { value: CellPayload::Workspace(env.document), kind, changed, migrated_from })
        }
        FileKind::CellBundle => {
            // The workspace strictly; the collective review and each member's review on
            // their own, so that one bad review does not refuse the whole bundle.
            crate::file::refuse_hidden(&value)?;
            let env: Envelope<Json> = typed(value, migrated_from)?;
            let sha256 = digest(&env.document);
            let changed = sha256 != env.sha256;
            let exported = env.updated;
            let signature = crate::file::signature::check(&env);
            let Json::Object(mut body) = env.document else {
                return Err(FileError::Invalid { detail: "document phải là một đối tượng".into() });
            };
            if let Some(unknown) =
                body.keys().find(|k| !["workspace", "collective", "reviews", "summary"].contains(&k.as_str()))
            {
                return Err(FileError::Invalid { detail: format!("trường lạ `{unknown}` trong gói chi bộ") });
            }
            let workspace: Workspace = serde_json::from_value(body.remove("workspace").unwrap_or(Json::Null))
                .map_err(|e| FileError::Invalid { detail: format!("workspace: {e}") })?;
            if workspace.id != env.id.as_str() {
                return Err(FileError::KindMismatch);
            }
            let one = |item: Json| {
                // Digest of the review as written, not of a value serialised back from it.
                let review_digest = match review_digests {
                    ReviewDigests::Check => item.get("document").map(digest),
                    ReviewDigests::Skip => None,
                };
                let env: Envelope<Document> =
                    serde_json::from_value(item).map_err(|e| FileError::Invalid { detail: e.to_string() })?;
                let review_digest = review_digest.unwrap_or_else(|| env.sha256.clone());
                check_document_digest(env, migrated_from, &review_digest)
            };
            let collective = body.remove("collective").filter(|c| !c.is_null()).map(one);
            let reviews = match body.remove("reviews") {
                None | Some(Json::Null) => Vec::new(),
                Some(Json::Array(items)) => items.into_iter().map(one).collect(),
                Some(_) => return Err(FileError::Invalid { detail: "reviews phải là một danh sách".into() }),
            };
            Ok(Read {
                value: CellPayload::Bundle(BundleRead { workspace, collective, reviews, exported, sha256, signature }),
                kind,
                changed,
                migrated_from,
            })
        }
        FileKind::CommitteeDecision => {
            crate::file::refuse_hidden(&value)?;
            let env: Envelope<crate::decision::DecisionFile> = typed(value, migrated_from)?;
            let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
            let signature = crate::file::signature::check(&env);
            Ok(Read {
                value: CellPayload::Decision(env.document, env.updated, signature),
                kind,
                changed,
                migrated_from,
            })
        }
        _ => read_member(value, kind, migrated_from).map(|r| Read {
            value: CellPayload::Member(r.value),
            kind: r.kind,
            changed: r.changed,
            migrated_from: r.migrated_from,
        }),
    }
}
