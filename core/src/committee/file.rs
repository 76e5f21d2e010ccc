//! The committee's reader: its records as the browser keeps them (the profile, the
//! decisions on each cell) and the cells' bundles it imports, with a message for every
//! other file naming it and what to do.

use super::model::{CellDecision, Committee};
use crate::cell::file::{read_cell_with, BundleRead, CellPayload, ReviewDigests};
use crate::file::{self, digest, head, typed, Envelope, FileError, FileKind, Read};
use crate::ids::WorkspaceId;

/// A committee's record as the browser keeps it.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per record read, moved once: boxing would only add an indirection"
)]
pub enum CommitteeRecord {
    /// The committee's profile.
    Committee(Committee),
    /// The committee's decisions on one cell.
    Decisions(CellDecision),
}

/// Reads a committee's record kept in storage.
pub fn read_record(bytes: &[u8]) -> Result<Read<CommitteeRecord>, FileError> {
    let (value, kind, migrated_from) = head(bytes)?;
    let (value, changed) = match kind {
        FileKind::CommitteeWorkspace => {
            let env: Envelope<Committee> = typed(value, migrated_from)?;
            if env.document.id != env.id.as_str() {
                return Err(FileError::KindMismatch);
            }
            let changed = changed(&env);
            (CommitteeRecord::Committee(env.document), changed)
        }
        FileKind::CommitteeCell => {
            let env: Envelope<CellDecision> = typed(value, migrated_from)?;
            let changed = changed(&env);
            (CommitteeRecord::Decisions(env.document), changed)
        }
        _ => return Err(FileError::KindMismatch),
    };
    Ok(Read { value, kind, changed, migrated_from })
}

fn changed<T: serde::Serialize>(env: &Envelope<T>) -> bool {
    serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256
}

/// The committee's profile as storage keeps it.
pub fn wrap_committee(c: &Committee, app_version: &str) -> Envelope<Committee> {
    file::envelope(FileKind::CommitteeWorkspace, None, &c.id, c.created, c.updated, c.clone(), app_version)
}

/// The committee's decisions on one cell as storage keeps them (`id`: the record's key id).
pub fn wrap_decisions(d: &CellDecision, id: &str, app_version: &str) -> Envelope<CellDecision> {
    let at = chrono::DateTime::UNIX_EPOCH.fixed_offset();
    file::envelope(FileKind::CommitteeCell, None, id, at, at, d.clone(), app_version)
}

/// Reads a file given to the committee's import: a cell bundle (with whether it was changed
/// after export), or the message that names the file, what it is and what to do.
pub fn read_bundle_file(name: &str, bytes: &[u8]) -> Result<(BundleRead, bool), String> {
    // Every digest recomputed: the bundle's and each review's inside it.
    let read = read_cell_with(bytes, ReviewDigests::Check).map_err(|e| e.message(name))?;
    match read.value {
        CellPayload::Bundle(b) if crate::cell::intake::bundle_ids_valid(&b) => Ok((b, read.changed)),
        CellPayload::Bundle(_) => Err(crate::intake::bad_id(name)),
        CellPayload::Member(_) => Err(format!(
            "Tệp \"{name}\" là văn bản của một đảng viên, không phải gói hồ sơ của chi bộ. Đảng ủy nhận gói của chi bộ (tệp \"goi-chi-bo-….json\" xuất ở trang Xuất tệp của chi bộ); hãy đề nghị chi bộ gửi gói đó."
        )),
        CellPayload::Decision(..) => Err(format!(
            "Tệp \"{name}\" là quyết định xếp loại do đảng ủy xuất cho chi bộ, không phải gói hồ sơ của chi bộ. Hãy chọn các tệp \"goi-chi-bo-….json\" mà chi bộ gửi lên."
        )),
        CellPayload::Workspace(_) => Err(format!(
            "Tệp \"{name}\" là dữ liệu trình duyệt tự lưu, không phải tệp xuất từ ứng dụng. Hãy đề nghị chi bộ xuất gói ở trang Xuất tệp của chi bộ."
        )),
    }
}

/// The cell a bundle is for, for the import report before anything else is known.
pub fn bundle_cell(b: &BundleRead) -> &WorkspaceId {
    &b.workspace.id
}
