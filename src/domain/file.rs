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

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use super::cell::model::Workspace;
use super::document::Document;
use super::template::{DocKind, Template};
use super::templates;

/// The `format` field of every file.
pub const FORMAT: &str = "kiemdiem";
/// The version of the envelope and of the documents inside that this app writes.
pub const FORMAT_VERSION: u32 = 1;
/// The largest document or backup file the app reads (5 MB): a backup of every draft of a
/// member is far smaller.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The largest cell bundle the app reads (64 MB): a cell of 60 members is about 0.3 MB, and
/// a workspace of 4,000 members about 20 MB.
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;

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
    pub revision: u32,
}

/// The envelope around one payload `T` (a [`Document`] or a [`Backup`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Envelope<T> {
    /// Always `kiemdiem`.
    pub format: String,
    pub format_version: u32,
    /// The version of the app that wrote the file.
    pub app_version: String,
    pub kind: FileKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<TemplateRef>,
    /// The document's id (UUID); for a backup, the backup's own id.
    pub id: String,
    #[serde(with = "crate::domain::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub created: DateTime<FixedOffset>,
    #[serde(with = "crate::domain::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    pub document: T,
    /// Hex SHA-256 of the canonical JSON of `document` (keys sorted, no spaces).
    pub sha256: String,
}

/// The payload of a backup file: every draft, each in its own envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub documents: Vec<Envelope<Document>>,
}

/// JSON with object keys sorted and no insignificant space: the bytes the digest covers,
/// whatever order or layout the file uses.
pub fn canonical_json(value: &Json) -> String {
    fn write(value: &Json, out: &mut String) {
        match value {
            Json::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Json::String(k.clone()).to_string());
                    out.push(':');
                    write(&map[k], out);
                }
                out.push('}');
            }
            Json::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(v, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

/// Hex SHA-256 of the canonical JSON of a value.
pub fn digest(value: &Json) -> String {
    let hash = Sha256::digest(canonical_json(value).as_bytes());
    let mut hex = String::with_capacity(64);
    for b in hash.iter() {
        let _ = write!(hex, "{b:02x}");
    }
    hex
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
    }
}

/// The envelope of one document. `None` for a document whose template the app does not
/// know or whose kind has no file of its own.
pub fn wrap(doc: &Document, app_version: &str) -> Option<Envelope<Document>> {
    let template = templates::get(&doc.template)?;
    let kind = FileKind::of(template.kind)?;
    let tref = TemplateRef { id: template.id.to_owned(), revision: template.revision };
    Some(envelope(kind, Some(tref), &doc.id, doc.created, doc.updated, doc.clone(), app_version))
}

/// A backup of several documents, made at `now` with the new id `id`.
pub fn wrap_backup(docs: &[Document], id: &str, now: DateTime<FixedOffset>, app_version: &str) -> Envelope<Backup> {
    let documents = docs.iter().filter_map(|d| wrap(d, app_version)).collect();
    envelope(FileKind::Backup, None, id, now, now, Backup { documents }, app_version)
}

/// The text of a file: pretty-printed UTF-8, Vietnamese unescaped, a final newline. The
/// envelope's fields come in reading order (`format` first, `sha256` last); every other
/// object has its keys sorted. Printed from the JSON value that storage and the digest
/// already build, so the app carries one serializer per type, not two.
pub fn to_file_text<T: Serialize>(env: &Envelope<T>) -> String {
    let mut text = String::new();
    pretty(&serde_json::to_value(env).unwrap_or_default(), 0, &mut text);
    text.push('\n');
    text
}

/// The fields of an envelope, in the order a person reads them.
const ENVELOPE_ORDER: [&str; 10] =
    ["format", "format_version", "app_version", "kind", "template", "id", "created", "updated", "document", "sha256"];

fn pretty(value: &Json, depth: usize, out: &mut String) {
    let pad = |out: &mut String, depth: usize| (0..depth).for_each(|_| out.push_str("  "));
    match value {
        Json::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            if map.contains_key("sha256") && map.contains_key("document") {
                keys.sort_by_key(|k| ENVELOPE_ORDER.iter().position(|o| o == k).unwrap_or(usize::MAX));
            } else {
                keys.sort();
            }
            out.push_str("{\n");
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                out.push_str(&Json::String(k.clone()).to_string());
                out.push_str(": ");
                pretty(&map[k], depth + 1, out);
            }
            out.push('\n');
            pad(out, depth);
            out.push('}');
        }
        Json::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                pretty(v, depth + 1, out);
            }
            out.push('\n');
            pad(out, depth);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The envelope as JSON: what the browser's storage keeps (compact, keys sorted).
pub fn to_storage_value<T: Serialize>(env: &Envelope<T>) -> Json {
    serde_json::to_value(env).unwrap_or_default()
}

/// The exact text stored for an envelope (as `gloo-storage` writes [`to_storage_value`]).
pub fn to_storage_text<T: Serialize>(env: &Envelope<T>) -> String {
    serde_json::to_string(&to_storage_value(env)).unwrap_or_default()
}

/// Why a file or a stored draft could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge { bytes: usize, limit: usize },
    NotUtf8 { at: usize },
    Syntax { line: usize, column: usize },
    NotOurs,
    Newer { version: u64 },
    UnknownKind { kind: String },
    UnknownTemplate { id: String },
    /// A field is missing, unknown or of the wrong type; `detail` is serde's wording, which
    /// names the field.
    Invalid { detail: String },
    /// A cell's file (bundle, workspace or collective review) where only a member's files
    /// are read.
    CellFile,
    /// The template's kind and the file's kind disagree (a review template in a
    /// commitment file…).
    KindMismatch,
}

impl FileError {
    /// What the user reads: names the file, the problem and what to do.
    pub fn message(&self, file: &str) -> String {
        match self {
            FileError::TooLarge { bytes, limit } => format!(
                "Tệp \"{file}\" nặng {} MB, vượt giới hạn {} MB của loại tệp này. Hãy kiểm tra lại: tệp xuất từ ứng dụng thường chỉ vài chục KB.",
                crate::domain::score::Points::from_tenths(u16::try_from((bytes * 10).div_ceil(1_048_576)).unwrap_or(u16::MAX)),
                limit / 1_048_576
            ),
            FileError::NotUtf8 { at } => format!(
                "Tệp \"{file}\" không phải văn bản UTF-8 (lỗi ở byte thứ {}). Đây có thể không phải tệp .json xuất từ ứng dụng; hãy chọn lại đúng tệp.",
                at + 1
            ),
            FileError::Syntax { line, column } => format!(
                "Tệp \"{file}\" bị hỏng: lỗi cú pháp JSON ở dòng {line}, cột {column}. Tệp có thể đã bị sửa tay hoặc tải về chưa hết; hãy xin lại tệp gốc."
            ),
            FileError::NotOurs => format!(
                "Tệp \"{file}\" không phải tệp của ứng dụng Kiểm điểm đảng viên (thiếu dòng \"format\": \"kiemdiem\"). Hãy chọn tệp đã xuất từ ứng dụng."
            ),
            FileError::Newer { version } => format!(
                "Tệp \"{file}\" được tạo bởi phiên bản mới hơn của ứng dụng (định dạng số {version}; phiên bản này đọc được đến số {FORMAT_VERSION}). Hãy tải lại trang để cập nhật ứng dụng rồi nhập lại."
            ),
            FileError::UnknownKind { kind } => format!(
                "Tệp \"{file}\" chứa loại dữ liệu \"{kind}\" mà phiên bản này chưa đọc được. Hãy tải lại trang để cập nhật ứng dụng, hoặc chọn tệp khác."
            ),
            FileError::UnknownTemplate { id } => format!(
                "Tệp \"{file}\" được viết theo mẫu \"{id}\" mà phiên bản này chưa có. Hãy tải lại trang để cập nhật ứng dụng rồi nhập lại."
            ),
            FileError::Invalid { detail } => format!(
                "Tệp \"{file}\" có một trường thiếu, thừa hoặc sai kiểu nên không đọc được. Tệp có thể đã bị sửa tay; hãy xin lại tệp gốc. (Chi tiết kỹ thuật: {detail}.)"
            ),
            FileError::CellFile => format!(
                "Tệp \"{file}\" là hồ sơ của chi bộ (gói chi bộ hoặc báo cáo của chi bộ). Hãy mở tệp này ở trang \"Chi bộ: thu nhận và tổng hợp\"."
            ),
            FileError::KindMismatch => format!(
                "Tệp \"{file}\" có loại tài liệu không khớp với mẫu ghi trong tệp; tệp có thể đã bị sửa tay. Hãy xin lại tệp gốc."
            ),
        }
    }
}

/// What a file held.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    Document(Document),
    /// A backup: each draft read on its own, so one bad draft does not spoil the others.
    Backup(Vec<Result<Read<Document>, FileError>>),
}

/// What a cell bundle held.
#[derive(Debug, Clone, PartialEq)]
pub struct BundleRead {
    pub workspace: Workspace,
    pub collective: Option<Result<Read<Document>, FileError>>,
    pub reviews: Vec<Result<Read<Document>, FileError>>,
}

/// A document or backup read from a file or from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Read<T> {
    pub value: T,
    pub kind: FileKind,
    /// The digest did not match: the content was changed after export.
    pub changed: bool,
    /// The format version the file had before it was migrated, if it was older.
    pub migrated_from: Option<u64>,
}

/// Upgrades an envelope of format version `n + 1` to `n + 2`. Empty while every file ever
/// written is of version 1; a change of format appends a step here and a fixture of the old
/// version under `tests/fixtures/`.
const MIGRATIONS: &[fn(Json) -> Json] = &[];

/// Brings an envelope of an older version to [`FORMAT_VERSION`].
fn migrate(mut value: Json, from: u64) -> Json {
    let start = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(start) {
        value = step(value);
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format_version".into(), Json::from(FORMAT_VERSION));
    }
    value
}

/// Checks what every file must have (size, UTF-8, JSON, format, version, kind) and returns
/// the parsed value with its kind.
fn head(bytes: &[u8]) -> Result<(Json, FileKind, Option<u64>), FileError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len(), limit: MAX_BUNDLE_BYTES });
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
        return Err(FileError::Invalid { detail: "format_version thiếu hoặc không phải số nguyên dương".into() });
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
pub fn read(bytes: &[u8]) -> Result<Read<Payload>, FileError> {
    let (value, kind, migrated_from) = head(bytes)?;
    read_member(value, kind, migrated_from)
}

fn read_member(value: Json, kind: FileKind, migrated_from: Option<u64>) -> Result<Read<Payload>, FileError> {
    match kind {
        FileKind::Review | FileKind::Commitment | FileKind::CellReview => {
            let env: Envelope<Document> = typed(value, migrated_from)?;
            if kind == FileKind::CellReview && env.template.as_ref().and_then(|t| templates::get(&t.id)).is_none() {
                return Err(FileError::CellFile);
            }
            let read = check_document(env, migrated_from)?;
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
                .ok_or_else(|| FileError::Invalid { detail: "document.documents phải là một danh sách".into() })?;
            let docs = items
                .iter()
                .map(|item| {
                    let env: Envelope<Document> = serde_json::from_value(item.clone())
                        .map_err(|e| FileError::Invalid { detail: e.to_string() })?;
                    check_document(env, migrated_from)
                })
                .collect();
            Ok(Read { value: Payload::Backup(docs), kind, changed, migrated_from })
        }
        FileKind::CellWorkspace | FileKind::CellBundle => Err(FileError::CellFile),
    }
}

/// What the cell app reads: a cell's workspace or bundle, or any member's file.
#[derive(Debug, Clone, PartialEq)]
pub enum CellPayload {
    /// A cell's workspace kept in storage.
    Workspace(Workspace),
    /// A cell bundle: the workspace strictly, each review on its own.
    Bundle(BundleRead),
    Member(Payload),
}

/// Reads the bytes of any file the cell app takes.
pub fn read_cell(bytes: &[u8]) -> Result<Read<CellPayload>, FileError> {
    let (value, kind, migrated_from) = head(bytes)?;
    match kind {
        FileKind::CellWorkspace => {
            let env: Envelope<Workspace> = typed(value, migrated_from)?;
            let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
            if env.document.id != env.id {
                return Err(FileError::KindMismatch);
            }
            Ok(Read { value: CellPayload::Workspace(env.document), kind, changed, migrated_from })
        }
        FileKind::CellBundle => {
            // The workspace strictly; the collective review and each member's review on
            // their own, so that one bad review does not refuse the whole bundle.
            let env: Envelope<Json> = typed(value, migrated_from)?;
            let changed = digest(&env.document) != env.sha256;
            let Json::Object(mut body) = env.document else {
                return Err(FileError::Invalid { detail: "document phải là một đối tượng".into() });
            };
            if let Some(unknown) = body.keys().find(|k| !["workspace", "collective", "reviews", "summary"].contains(&k.as_str())) {
                return Err(FileError::Invalid { detail: format!("trường lạ `{unknown}` trong gói chi bộ") });
            }
            let workspace: Workspace = serde_json::from_value(body.remove("workspace").unwrap_or(Json::Null))
                .map_err(|e| FileError::Invalid { detail: format!("workspace: {e}") })?;
            if workspace.id != env.id {
                return Err(FileError::KindMismatch);
            }
            let one = |item: Json| {
                let env: Envelope<Document> =
                    serde_json::from_value(item).map_err(|e| FileError::Invalid { detail: e.to_string() })?;
                check_document(env, migrated_from)
            };
            let collective = body.remove("collective").filter(|c| !c.is_null()).map(one);
            let reviews = match body.remove("reviews") {
                None | Some(Json::Null) => Vec::new(),
                Some(Json::Array(items)) => items.into_iter().map(one).collect(),
                Some(_) => return Err(FileError::Invalid { detail: "reviews phải là một danh sách".into() }),
            };
            Ok(Read { value: CellPayload::Bundle(BundleRead { workspace, collective, reviews }), kind, changed, migrated_from })
        }
        _ => read_member(value, kind, migrated_from).map(|r| Read { value: CellPayload::Member(r.value), kind: r.kind, changed: r.changed, migrated_from: r.migrated_from }),
    }
}

/// Builds the typed envelope from the parsed (and migrated) JSON. Every typed read goes
/// through a JSON value, never through the text, so each type has one deserializer in the
/// app (syntax errors already carry their line and column; a field error names the field).
fn typed<T: for<'de> Deserialize<'de>>(value: Json, migrated_from: Option<u64>) -> Result<Envelope<T>, FileError> {
    let value = match migrated_from {
        None => value,
        Some(v) => migrate(value, v),
    };
    serde_json::from_value(value).map_err(|e| FileError::Invalid { detail: e.to_string() })
}

/// Checks a document's envelope against its template and its digest.
fn check_document(env: Envelope<Document>, migrated_from: Option<u64>) -> Result<Read<Document>, FileError> {
    let template_id = env.template.as_ref().map(|t| t.id.clone()).unwrap_or_default();
    let template: &Template = templates::get(&template_id).ok_or(FileError::UnknownTemplate { id: template_id.clone() })?;
    if FileKind::of(template.kind) != Some(env.kind) || env.document.template != template.id || env.document.id != env.id {
        return Err(FileError::KindMismatch);
    }
    let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
    Ok(Read { value: env.document, kind: env.kind, changed, migrated_from })
}

/// An ASCII file name for a document: `kiem-diem-2025-nguyen-van-an.json`.
pub fn file_name(kind: DocKind, year: i32, person: &str) -> String {
    let prefix = match kind {
        DocKind::Review => "kiem-diem",
        DocKind::Commitment => "cam-ket",
        DocKind::CellReview => "chi-bo",
    };
    let person = slug(person);
    if person.is_empty() {
        format!("{prefix}-{year}.json")
    } else {
        format!("{prefix}-{year}-{person}.json")
    }
}

/// The ASCII form of Vietnamese text for file names: lower case, diacritics removed, `đ` as
/// `d`, anything else that is not a letter or digit as a single `-`. A table of the
/// Vietnamese letters is enough here and keeps the app small.
pub fn slug(text: &str) -> String {
    // Both cases are listed, so that no Unicode case table is needed.
    const GROUPS: [(&str, char); 7] = [
        ("àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ", 'a'),
        ("èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ", 'e'),
        ("ìíịỉĩÌÍỊỈĨ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ", 'o'),
        ("ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ", 'u'),
        ("ỳýỵỷỹỲÝỴỶỸ", 'y'),
        ("đĐ", 'd'),
    ];
    let mut out = String::new();
    for c in text.chars() {
        let base = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase())
        } else {
            GROUPS.iter().find(|(set, _)| set.contains(c)).map(|&(_, b)| b)
        };
        match base {
            Some(b) => out.push(b),
            None if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            None => {}
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed.chars().take(60).collect::<String>().trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::row;

    pub(crate) fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("valid test time")
    }

    pub(crate) fn sample() -> Document {
        let mut d = Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11".into(), "2025/2B", 2025, t("2026-01-05T14:32:00+07:00"));
        d.updated = t("2026-01-05T15:10:12+07:00");
        d.set_text("full_name", "Nguyễn Văn An");
        d.set_text("general_points", "27,5");
        d.set_rows("shortcomings", vec![row(&[("text", "Chậm nộp báo cáo \"tháng\"\nvà quý")])]);
        d.set_none("A.IV", true);
        d
    }

    fn file(doc: &Document) -> String {
        to_file_text(&wrap(doc, "0.1.0").expect("known template"))
    }

    #[test]
    fn export_is_pretty_utf8_with_vietnamese_unescaped() {
        let text = file(&sample());
        assert!(text.starts_with("{\n  \"format\": \"kiemdiem\",\n  \"format_version\": 1,"), "{text}");
        assert!(text.contains("\"full_name\": \"Nguyễn Văn An\""));
        assert!(text.contains("\"template\": {\n    \"id\": \"2025/2B\",\n    \"revision\": 1\n  }"));
        assert!(text.trim_end().ends_with(&format!("\"sha256\": \"{}\"\n}}", wrap(&sample(), "0.1.0").expect("wraps").sha256)));
        assert!(text.contains("\"none\": [\n      \"A.IV\"\n    ]"), "{text}");
        assert!(text.contains("\"created\": \"2026-01-05T14:32:00+07:00\""));
        assert!(text.ends_with("}\n"));
        assert!(!text.contains("\\u"));
    }

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
    fn canonical_json_sorts_keys_at_every_depth() {
        let v: Json = serde_json::from_str(r#"{"b":1,"a":{"d":[{"z":1,"y":"ấ"}],"c":null}}"#).expect("json");
        assert_eq!(canonical_json(&v), r#"{"a":{"c":null,"d":[{"y":"ấ","z":1}]},"b":1}"#);
    }

    #[test]
    fn refusals_name_the_problem() {
        assert_eq!(read(&vec![b' '; MAX_BUNDLE_BYTES + 1]), Err(FileError::TooLarge { bytes: MAX_BUNDLE_BYTES + 1, limit: MAX_BUNDLE_BYTES }));
        assert_eq!(read(b"{\"a\": \"\xff\"}"), Err(FileError::NotUtf8 { at: 7 }));
        assert_eq!(read(b"{\n  \"format\": \"kiemdiem\",\n  \"x\": ]\n}"), Err(FileError::Syntax { line: 3, column: 8 }));
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
    fn messages_name_the_file_and_say_what_to_do() {
        let m = FileError::Syntax { line: 3, column: 8 }.message("kiem-diem-2025-an.json");
        assert!(m.contains("\"kiem-diem-2025-an.json\""));
        assert!(m.contains("dòng 3, cột 8"));
        assert!(FileError::Newer { version: 2 }.message("x.json").contains("tải lại trang"));
        assert!(FileError::TooLarge { bytes: 6 * 1024 * 1024, limit: MAX_FILE_BYTES }.message("x.json").contains("6 MB"));
        assert!(FileError::TooLarge { bytes: 5 * 1024 * 1024 + 1, limit: MAX_FILE_BYTES }.message("x.json").contains("5,1 MB"));
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
        let backup = wrap_backup(&[sample(), other.clone()], "0b0c0d0e-0000-4000-8000-00000000000b", t("2026-11-22T09:00:00+07:00"), "0.1.0");
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

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(file_name(DocKind::Review, 2025, "Nguyễn Văn An"), "kiem-diem-2025-nguyen-van-an.json");
        assert_eq!(file_name(DocKind::Commitment, 2026, "Đặng Thị Ánh Tuyết"), "cam-ket-2026-dang-thi-anh-tuyet.json");
        assert_eq!(file_name(DocKind::Review, 2025, "  "), "kiem-diem-2025.json");
        assert_eq!(slug("Lê  Hữu--Phước (Bí thư)"), "le-huu-phuoc-bi-thu");
        assert_eq!(slug("ĐẶNG THỊ ÁNH TUYẾT"), "dang-thi-anh-tuyet");
        assert!(slug(&"ỹ".repeat(200)).len() <= 60);
    }
}
