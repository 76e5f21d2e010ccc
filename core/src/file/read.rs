//! The strict reader of a member's files and of stored drafts: size, UTF-8, JSON syntax,
//! format, version and kind first (`head`), then the typed envelope, checked against its
//! template and digest. The cell's reader (`crate::cell::file`) is built on the same
//! crate-private steps.

use serde::Deserialize;
use serde_json::Value as Json;

use super::canonical::digest;
use super::envelope::{Envelope, FileKind, FORMAT, FORMAT_VERSION};
use super::error::FileError;
use super::migrate::migrate;
use crate::document::Document;
use crate::templates;

/// The largest document or backup file the app reads (5 MB): a backup of every draft of a
/// member is far smaller.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The largest cell bundle the app reads (64 MB): a cell of 60 members is about 0.3 MB, and
/// a workspace of 4,000 members about 20 MB.
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;

/// What a file held.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per file read, moved out at once: boxing would cost more than it saves"
)]
pub enum Payload {
    /// One document: a review, a commitment or a cell's Mẫu 01.
    Document(Document),
    /// A backup: each draft read on its own, so one bad draft does not spoil the others.
    Backup(Vec<Result<Read<Document>, FileError>>),
}

/// A document or backup read from a file or from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Read<T> {
    /// What was read.
    pub value: T,
    /// The kind the envelope declared.
    pub kind: FileKind,
    /// The digest did not match: the content was changed after export.
    pub changed: bool,
    /// The format version the file had before it was migrated, if it was older.
    pub migrated_from: Option<u64>,
}

/// Checks what every file must have (size, UTF-8, JSON, format, version, kind) and returns
/// the parsed value with its kind.
///
/// Only a cell bundle may be larger than [`MAX_FILE_BYTES`]: any larger file that is not a
/// readable bundle is refused for its size, whatever else is wrong with it, so that every
/// import path gives the same message for the same file.
pub(crate) fn head(bytes: &[u8]) -> Result<(Json, FileKind, Option<u64>), FileError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len(), limit: MAX_BUNDLE_BYTES });
    }
    head_of_text(bytes).map_err(|e| match e {
        FileError::Empty
        | FileError::NotUtf8 { .. }
        | FileError::Syntax { .. }
        | FileError::NotOurs
        | FileError::Invalid { .. }
            if bytes.len() > MAX_FILE_BYTES =>
        {
            FileError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES }
        }
        e => e,
    })
}

fn head_of_text(bytes: &[u8]) -> Result<(Json, FileKind, Option<u64>), FileError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotUtf8 { at: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Json =
        serde_json::from_str(text).map_err(|e| FileError::Syntax { line: e.line(), column: e.column() })?;
    let Some(obj) = value.as_object() else { return Err(FileError::NotOurs) };
    if obj.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    let version = obj.get("format_version").and_then(Json::as_u64).unwrap_or(0);
    if version == 0 {
        return Err(FileError::Invalid {
            detail: "format_version thiếu hoặc không phải số nguyên dương".into()
        });
    }
    if version > u64::from(FORMAT_VERSION) {
        return Err(FileError::Newer { version });
    }
    let kind_text = obj.get("kind").and_then(Json::as_str).unwrap_or("").to_owned();
    let kind: FileKind = serde_json::from_value(Json::String(kind_text.clone()))
        .map_err(|_| FileError::UnknownKind { kind: kind_text })?;
    let migrated_from = (version < u64::from(FORMAT_VERSION)).then_some(version);
    if bytes.len() > MAX_FILE_BYTES && kind != FileKind::CellBundle {
        return Err(FileError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    Ok((value, kind, migrated_from))
}

/// Reads the bytes of a member's file or of a stored draft: a document or a backup. A
/// cell's bundle or workspace is refused with [`FileError::CellFile`]; [`read_cell`] reads
/// those.
///
/// [`read_cell`]: crate::cell::file::read_cell
pub fn read(bytes: &[u8]) -> Result<Read<Payload>, FileError> {
    let (value, kind, migrated_from) = head(bytes)?;
    read_member(value, kind, migrated_from)
}

/// Reads the parsed value of a member's file (a document or a backup) of a known kind.
pub(crate) fn read_member(value: Json, kind: FileKind, migrated_from: Option<u64>) -> Result<Read<Payload>, FileError> {
    match kind {
        FileKind::Review | FileKind::Commitment | FileKind::CellReview => {
            // The digest of the document as written in the file, before it is typed: what
            // the exporter hashed, without serialising the typed document back.
            let digest = value.get("document").map(digest).unwrap_or_default();
            let env: Envelope<Document> = typed(value, migrated_from)?;
            if kind == FileKind::CellReview && env.template.as_ref().and_then(|t| templates::identity(&t.id)).is_none()
            {
                return Err(FileError::CellFile);
            }
            let read = check_document_digest(env, migrated_from, &digest)?;
            Ok(Read { value: Payload::Document(read.value), kind, changed: read.changed, migrated_from })
        }
        FileKind::Backup => {
            // Each draft is checked on its own; the backup's own fields strictly.
            let env: Envelope<Json> = typed(value, migrated_from)?;
            let changed = digest(&env.document) != env.sha256;
            let items = env
                .document
                .as_object()
                .filter(|o| o.len() == 1)
                .and_then(|o| o.get("documents"))
                .and_then(Json::as_array)
                .ok_or_else(|| FileError::Invalid {
                    detail: "document.documents phải là một danh sách".into()
                })?;
            let docs = items
                .iter()
                .map(|item| {
                    let digest = item.get("document").map(digest).unwrap_or_default();
                    let env: Envelope<Document> = serde_json::from_value(item.clone())
                        .map_err(|e| FileError::Invalid { detail: e.to_string() })?;
                    check_document_digest(env, migrated_from, &digest)
                })
                .collect();
            Ok(Read { value: Payload::Backup(docs), kind, changed, migrated_from })
        }
        FileKind::CellWorkspace | FileKind::CellBundle | FileKind::CellMember => Err(FileError::CellFile),
        FileKind::CriteriaPack => Err(FileError::PackFile),
        FileKind::CommitteeWorkspace
        | FileKind::CommitteeCell
        | FileKind::CommitteeDecision
        | FileKind::CommitteeReport => Err(FileError::CommitteeFile),
    }
}

/// Builds the typed envelope from the parsed (and migrated) JSON. Every typed read goes
/// through a JSON value, never through the text, so each type has one deserializer in the
/// app (syntax errors already carry their line and column; a field error names the field).
pub(crate) fn typed<T: for<'de> Deserialize<'de>>(
    value: Json,
    migrated_from: Option<u64>,
) -> Result<Envelope<T>, FileError> {
    let value = match migrated_from {
        None => value,
        Some(v) => migrate(value, v),
    };
    serde_json::from_value(value).map_err(|e| FileError::Invalid { detail: e.to_string() })
}

/// Refuses a file any of whose texts holds a control character or a direction mark
/// ([`crate::chars`]): for the files that carry names of their own (bundles, decisions,
/// packs); a member's document has its texts checked field by field ([`crate::limits`]).
pub(crate) fn refuse_hidden(value: &Json) -> Result<(), FileError> {
    match crate::chars::first_hidden_in(value) {
        Some((key, c)) => Err(FileError::Hidden { key, c }),
        None => Ok(()),
    }
}

/// Checks a document's envelope against its template and against `digest`, the digest of
/// the document as it was read (a JSON value): serialising every typed document back to
/// compute it would double the work of an import.
pub(crate) fn check_document_digest(
    env: Envelope<Document>,
    migrated_from: Option<u64>,
    digest: &str,
) -> Result<Read<Document>, FileError> {
    let template_id = env.template.as_ref().map(|t| t.id.clone()).unwrap_or_default();
    let template = templates::identity(&template_id).ok_or(FileError::UnknownTemplate { id: template_id.clone() })?;
    if FileKind::of(template.kind) != Some(env.kind)
        || env.document.template != template.id
        || env.document.id != env.id.as_str()
    {
        return Err(FileError::KindMismatch);
    }
    let changed = digest != env.sha256;
    Ok(Read { value: env.document, kind: env.kind, changed, migrated_from })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::samples::{file, sample, t};
    use crate::file::{to_file_text, to_storage_text, wrap, wrap_backup};

    #[test]
    fn export_import_export_gives_the_same_bytes() {
        let first = file(&sample());
        let read = read(first.as_bytes()).expect("reads");
        assert!(!read.changed);
        let Payload::Document(doc) = read.value else { panic!("a document") };
        assert_eq!(doc, sample());
        assert_eq!(file(&doc), first);
        // Storage uses the same envelope, compact, and reads back the same.
        let stored = to_storage_text(&wrap(&doc, "0.1.0").expect("wraps"));
        assert!(!stored.contains('\n') || stored.contains("\\n"));
        let Payload::Document(again) = super::read(stored.as_bytes()).expect("reads").value else { panic!() };
        assert_eq!(again, doc);
    }

    #[test]
    fn digest_covers_content_not_layout() {
        let text = file(&sample());
        let compact: Json = serde_json::from_str(&text).expect("json");
        let compact = serde_json::to_string(&compact).expect("json");
        assert!(!read(compact.as_bytes()).expect("reads").changed, "reformatting is not a change");
        let edited = text.replace("27,5", "29,5");
        let r = read(edited.as_bytes()).expect("an edited file is still read");
        assert!(r.changed, "an edit after export is flagged");
    }

    #[test]
    fn a_file_over_five_megabytes_that_is_no_bundle_is_refused_for_its_size() {
        let big = MAX_FILE_BYTES + 1;
        let too_large = Err(FileError::TooLarge { bytes: big, limit: MAX_FILE_BYTES });
        assert_eq!(read(&vec![b' '; big]), too_large, "blank");
        assert_eq!(read(&vec![0xff; big]), too_large, "not text");
        let mut not_ours = b"{\"a\": \"".to_vec();
        not_ours.resize(big - 2, b'x');
        not_ours.extend_from_slice(b"\"}");
        assert_eq!(read(&not_ours), too_large, "JSON, not ours");
        // A small broken file still says what is broken.
        assert_eq!(read(b"{\"a\": \"x\"}"), Err(FileError::NotOurs));
    }

    #[test]
    fn refusals_name_the_problem() {
        assert_eq!(
            read(&vec![b' '; MAX_BUNDLE_BYTES + 1]),
            Err(FileError::TooLarge { bytes: MAX_BUNDLE_BYTES + 1, limit: MAX_BUNDLE_BYTES })
        );
        assert_eq!(read(b"{\"a\": \"\xff\"}"), Err(FileError::NotUtf8 { at: 7 }));
        assert_eq!(
            read(b"{\n  \"format\": \"kiemdiem\",\n  \"x\": ]\n}"),
            Err(FileError::Syntax { line: 3, column: 8 })
        );
        assert_eq!(read(b"[1, 2]"), Err(FileError::NotOurs));
        assert_eq!(read(br#"{"format": "other"}"#), Err(FileError::NotOurs));
        let newer = file(&sample()).replace("\"format_version\": 1", "\"format_version\": 2");
        assert_eq!(read(newer.as_bytes()), Err(FileError::Newer { version: 2 }));
        let unknown = file(&sample()).replace("\"kind\": \"review\"", "\"kind\": \"committee_bundle\"");
        assert_eq!(read(unknown.as_bytes()), Err(FileError::UnknownKind { kind: "committee_bundle".into() }));
        let template = file(&sample()).replace("2025/2B", "2031/9Z");
        assert_eq!(read(template.as_bytes()), Err(FileError::UnknownTemplate { id: "2031/9Z".into() }));
        let mismatch = file(&sample()).replace("\"kind\": \"review\"", "\"kind\": \"commitment\"");
        assert_eq!(read(mismatch.as_bytes()), Err(FileError::KindMismatch));
        let extra = file(&sample()).replace("\"format\": \"kiemdiem\",", "\"format\": \"kiemdiem\",\n  \"extra\": 1,");
        match read(extra.as_bytes()) {
            Err(FileError::Invalid { detail }) => assert!(detail.contains("extra"), "{detail}"),
            other => panic!("unknown field must be refused, got {other:?}"),
        }
        let bad_type = file(&sample()).replace("\"year\": 2025", "\"year\": \"2025\"");
        assert!(matches!(read(bad_type.as_bytes()), Err(FileError::Invalid { .. })));
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", file(&sample()));
        assert!(read(text.as_bytes()).is_ok());
    }

    #[test]
    fn backups_hold_every_draft_and_read_each_on_its_own() {
        let mut other = sample();
        other.id = "0b0c0d0e-0000-4000-8000-000000000001".into();
        other.template = "2025/2C".into();
        let backup = wrap_backup(
            &[sample(), other.clone()],
            "0b0c0d0e-0000-4000-8000-00000000000b",
            t("2026-11-22T09:00:00+07:00"),
            "0.1.0",
        );
        let text = to_file_text(&backup);
        let Payload::Backup(items) = read(text.as_bytes()).expect("reads").value else { panic!("a backup") };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].as_ref().map(|r| r.value.clone()), Ok(other));
        // One draft with an unknown template spoils only itself.
        let broken = text.replacen("2025/2C", "2031/9Z", 2);
        let Payload::Backup(items) = read(broken.as_bytes()).expect("reads").value else { panic!() };
        assert!(items[0].is_ok());
        assert!(items[1].is_err());
    }
}
