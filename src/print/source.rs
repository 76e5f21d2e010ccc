//! Where the print views find what they print: the browser's storage, read only, through
//! the same codecs as the stores that write it.

use std::collections::BTreeMap;

use kiemdiem_core::cell::model::Workspace;
use kiemdiem_core::document::Document;
use kiemdiem_core::ids::{DocId, WorkspaceId};

use crate::persist::collection::read_entry;
use crate::persist::{local, Codec, Unreadable};
use crate::store::DocCodec;

/// A document of this device (`kiemdiem/doc/<id>`), or why it cannot be printed.
pub fn document(id: &DocId) -> Result<Document, String> {
    let text = local::read(&DocCodec::key(id))
        .ok_or_else(|| "Văn bản này không có trong trình duyệt trên máy này.".to_owned())?;
    match read_entry::<DocCodec>(id, &text).1 {
        Ok(doc) => Ok(doc),
        Err(Unreadable::Newer(m) | Unreadable::Broken(m)) => Err(m),
        Err(Unreadable::NotHere) => Err("Mẫu của văn bản này chưa có trong phiên bản này.".into()),
    }
}

/// A cell's workspace and its members' reviews.
pub fn workspace(id: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    crate::cell::store::read_workspace(id)
}

/// A cell's workspace and reviews handed over by the committee app in session storage (the
/// committee keeps cells' bundles in IndexedDB, which the print views do not read).
pub fn handed_over(cell: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    let missing = || {
        "Bản in này được mở từ trang Đảng ủy. Hãy quay lại trang của chi bộ ở phần Đảng ủy và bấm \"Xem bản in\" lần nữa.".to_owned()
    };
    let text = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(&format!("{}{cell}", crate::persist::keys::HANDOFF_PREFIX)).ok().flatten())
        .ok_or_else(missing)?;
    match kiemdiem_core::cell::file::read_cell(text.as_bytes()).map(|r| r.value) {
        Ok(kiemdiem_core::cell::file::CellPayload::Bundle(b)) => {
            let reviews = b.reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)).collect();
            Ok((b.workspace, reviews))
        }
        _ => Err(missing()),
    }
}

/// The committee's report handed over by the committee app in session storage.
pub fn handed_report(committee: &str) -> Result<kiemdiem_core::committee::report::Report, String> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(&format!("{}report/{committee}", crate::persist::keys::HANDOFF_PREFIX)).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .ok_or_else(|| {
            "Bản in tổng hợp được mở từ trang Đảng ủy. Hãy quay lại phần Đảng ủy và bấm \"Bản in tổng hợp\" lần nữa."
                .to_owned()
        })
}
