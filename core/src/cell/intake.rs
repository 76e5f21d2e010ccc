//! The cell's side of the one reader of files ([`crate::intake`]): besides members' files
//! it takes cell bundles (last year's, to carry Mẫu 01's shortcomings forward), with the
//! same messages as every other import path.

use super::file::{read_cell, BundleRead, CellPayload};
use crate::file::Payload;
use crate::intake::{self, Item};

/// One item of a file brought into a cell's workspace.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per file read, moved once: boxing would only add an indirection"
)]
pub enum CellItem {
    /// A member's document, or why it was refused.
    Member(Item),
    /// The superior committee's final levels for this cell.
    Decision {
        /// The file's name.
        label: String,
        /// What the file held.
        file: crate::decision::DecisionFile,
        /// When the committee made it.
        decided: chrono::DateTime<chrono::FixedOffset>,
    },
    /// A cell bundle.
    Bundle {
        /// The file's name.
        label: String,
        /// What it held.
        bundle: BundleRead,
    },
}

/// Whether every id a bundle brings can be kept (see [`crate::ids::is_valid`]).
pub(crate) fn bundle_ids_valid(b: &BundleRead) -> bool {
    let ws = &b.workspace;
    let docs = b.reviews.iter().chain(b.collective.iter()).flatten().map(|r| r.value.id.as_str());
    crate::ids::is_valid(&ws.id)
        && ws
            .members
            .iter()
            .all(|m| crate::ids::is_valid(&m.id) && m.review.as_ref().is_none_or(|r| crate::ids::is_valid(r)))
        && ws.collective.as_ref().is_none_or(|c| crate::ids::is_valid(c))
        && docs.into_iter().all(crate::ids::is_valid)
}

/// Reads any file given to the cell's import into its items.
pub fn read_cell_file(name: &str, bytes: &[u8]) -> Vec<CellItem> {
    let refused = |message: String| vec![CellItem::Member(Item::Refused { label: name.to_owned(), message })];
    match read_cell(bytes) {
        Err(e) => refused(e.message(name)),
        Ok(read) => match read.value {
            CellPayload::Member(Payload::Document(doc)) => {
                vec![CellItem::Member(intake::check(name.to_owned(), doc, read.changed))]
            }
            CellPayload::Member(Payload::Backup(items)) => {
                intake::backup_items(name, items.into_iter().map(|r| r.map(|r| (r.value, r.changed))))
                    .into_iter()
                    .map(CellItem::Member)
                    .collect()
            }
            CellPayload::Decision(..) if read.changed => refused(format!(
                    "Tệp \"{name}\" là quyết định xếp loại nhưng đã bị sửa sau khi đảng ủy xuất (mã kiểm tra không khớp), nên không nhập. Hãy đề nghị đảng ủy gửi lại tệp gốc."
            )),
            CellPayload::Decision(file, decided) => {
                vec![CellItem::Decision { label: name.to_owned(), file, decided }]
            }
            CellPayload::Bundle(bundle) if !bundle_ids_valid(&bundle) => refused(crate::intake::bad_id(name)),
            CellPayload::Bundle(bundle) => vec![CellItem::Bundle { label: name.to_owned(), bundle }],
            CellPayload::Workspace(_) => refused(format!(
                "Tệp \"{name}\" là dữ liệu trình duyệt tự lưu, không phải tệp xuất từ ứng dụng. Hãy chọn tệp bản kiểm điểm (.json) mà đảng viên đã xuất và gửi cho chi bộ."
            )),
        },
    }
}
