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
