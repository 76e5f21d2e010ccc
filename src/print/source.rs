//! Where the print views find what they print: the browser's storage, read only.

use std::collections::BTreeMap;

use crate::domain::cell::model::Workspace;
use crate::domain::document::Document;
use crate::domain::file::{self, CellPayload, Payload};
use crate::storage;

/// A document of this device (`kiemdiem/doc/<id>`), or why it cannot be printed.
pub fn document(id: &str) -> Result<Document, String> {
    let text = storage::read(&storage::key_of(id)).ok_or_else(|| "Văn bản này không có trong trình duyệt trên máy này.".to_owned())?;
    match file::read(text.as_bytes()) {
        Ok(r) => match r.value {
            Payload::Document(d) => Ok(d),
            Payload::Backup(_) => Err("Mục lưu trữ này không phải một văn bản.".into()),
        },
        Err(e) => Err(e.message(&format!("bản nháp {id}"))),
    }
}

/// A cell's workspace and its members' reviews.
pub fn workspace(id: &str) -> Result<(Workspace, BTreeMap<String, Document>), String> {
    let prefix = format!("kiemdiem/cell/{id}");
    let text = storage::read(&prefix).ok_or_else(|| "Hồ sơ chi bộ này không có trong trình duyệt trên máy này.".to_owned())?;
    let ws = match file::read_cell(text.as_bytes()) {
        Ok(r) => match r.value {
            CellPayload::Workspace(ws) => ws,
            _ => return Err("Mục lưu trữ này không phải hồ sơ chi bộ.".into()),
        },
        Err(e) => return Err(e.message("hồ sơ chi bộ")),
    };
    let mut reviews = BTreeMap::new();
    for (_, text) in storage::entries_under(&format!("{prefix}/r/")) {
        if let Ok(r) = file::read_cell(text.as_bytes()) {
            if let CellPayload::Member(Payload::Document(d)) = r.value {
                reviews.insert(d.id.clone(), d);
            }
        }
    }
    Ok((ws, reviews))
}
