//! The documents on this device (members' drafts, and the cell's Mẫu 01), shared by every
//! screen: one [`Collection`] of the persistence layer, plus the use-cases that bring files
//! in and put deleted drafts back without ever writing over what is here.
//!
//! `Store::provide()` once in the app; `use_store()` anywhere below.

use kiemdiem_core::document::Document;
use kiemdiem_core::file::{self, FileError, Payload};
use kiemdiem_core::ids::DocId;
use kiemdiem_core::intake::{decide, Decision};
use leptos::prelude::*;

use crate::clock;
use crate::persist::keys::Key;
use crate::persist::{Codec, Collection, Hub, Quarantined, SaveStatus, Unreadable};

/// The app's version, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How documents are kept: `kiemdiem/doc/<id>`, the document's envelope.
pub struct DocCodec;

impl Codec for DocCodec {
    type Id = DocId;
    type Value = Document;
    const NOTIFY: bool = true;

    fn key(id: &DocId) -> String {
        Key::Doc(id.clone()).text()
    }

    fn id(key: &str) -> Option<DocId> {
        match Key::parse(key) {
            Some(Key::Doc(id)) => Some(id),
            _ => None,
        }
    }

    fn prefix() -> &'static str {
        crate::persist::keys::DOC_PREFIX
    }

    fn encode(doc: &Document) -> Option<String> {
        file::wrap(doc, APP_VERSION).map(|env| file::to_storage_text(&env))
    }

    fn decode(id: &DocId, envelope: &str) -> Result<Document, Unreadable> {
        match file::read(envelope.as_bytes()) {
            Ok(r) => match r.value {
                Payload::Document(doc) if doc.id == *id => Ok(doc),
                Payload::Document(_) => {
                    Err(Unreadable::Broken("Mục này mang mã văn bản khác với khoá lưu trữ của nó.".into()))
                }
                Payload::Backup(_) => {
                    Err(Unreadable::Broken("Mục này là một tệp sao lưu, không phải một văn bản.".into()))
                }
            },
            // The cell's collective review, kept by the cell app: not this app's to show.
            Err(FileError::CellFile) => Err(Unreadable::NotHere),
            Err(e @ FileError::Newer { .. }) => Err(Unreadable::Newer(e.message(&format!("bản nháp {id}")))),
            Err(e) => Err(Unreadable::Broken(e.message(&format!("bản nháp {id}")))),
        }
    }

    fn describe(doc: &Document) -> String {
        describe(doc)
    }

    /// A member's own review or commitment; never a cell's Mẫu 01, which the cell's app
    /// (without the member's passphrase) must read.
    fn sealed(doc: &Document) -> bool {
        kiemdiem_core::templates::identity(&doc.template)
            .is_some_and(|t| t.kind != kiemdiem_core::template::DocKind::CellReview)
    }
}

pub use kiemdiem_core::intake::{describe, ImportOutcome};

/// What "Hoàn tác" did with a deleted document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    /// Back as it was.
    Back,
    /// Another version came in meanwhile (an import): it stays, and the deleted version
    /// comes back as a separate copy, under this label.
    AsCopy(String),
}

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct Store {
    docs: Collection<DocCodec>,
    hub: Hub,
    /// Where saving stands.
    pub status: RwSignal<SaveStatus>,
    /// Entries that could not be read (every store of the page).
    pub quarantine: RwSignal<Vec<Quarantined>>,
    /// A short message for the user, e.g. a document updated from another tab.
    pub notice: RwSignal<Option<String>>,
}

impl Store {
    /// Loads every draft and provides the store to every component below.
    pub fn provide() -> Store {
        let hub = Hub::provide();
        let store = Store {
            docs: Collection::new(hub),
            hub,
            status: hub.status,
            quarantine: hub.quarantine,
            notice: hub.notice,
        };
        provide_context(store);
        store
    }

    /// Whether documents are only in memory.
    pub fn memory_only(&self) -> bool {
        self.hub.memory_only()
    }

    /// Every document, most recently changed first (reactive).
    pub fn list(&self) -> Vec<Document> {
        let mut all: Vec<Document> = self.docs.with(|d| d.values().cloned().collect());
        kiemdiem_core::order::sort_by_key(&mut all, |d| std::cmp::Reverse(d.updated));
        all
    }

    /// How many documents there are (reactive).
    pub fn docs_count(&self) -> usize {
        self.docs.with(|d| d.len())
    }

    /// One document by id (reactive).
    pub fn get(&self, id: &DocId) -> Option<Document> {
        self.docs.get(id)
    }

    /// One document by id, without subscribing the caller to later changes.
    pub fn get_untracked(&self, id: &DocId) -> Option<Document> {
        self.docs.get_untracked(id)
    }

    /// Locks the member's drafts on this device with a new passphrase (issue 31, item 10):
    /// every draft is written again sealed. `Ok` says how many; `Err` names what was not
    /// locked and why (the lock then stays on, and the rest is sealed at its next save).
    pub async fn lock_drafts(&self, passphrase: &str) -> Result<String, String> {
        if self.memory_only() {
            return Err("Trình duyệt không cho lưu dữ liệu trên máy này nên không có bản nháp nào để khoá.".into());
        }
        crate::persist::lock::start(passphrase).await?;
        let failure = self.docs.rewrite_all();
        let (sealed, clear) = self.docs.sealed_count();
        if clear > 0 {
            let why = failure.map(|f| f.in_words()).unwrap_or_else(|| "trình duyệt chưa ghi xong".into());
            return Err(format!(
                "Đã đặt mật khẩu, nhưng {clear} bản nháp chưa được khoá vì {why}. Đồng chí hãy giải phóng bộ nhớ rồi sửa bản nháp đó một chút để lưu lại."
            ));
        }
        Ok(format!("Đã khoá {sealed} bản nháp. Từ nay, mỗi thẻ mới của ứng dụng hỏi mật khẩu trước khi hiện bản nháp."))
    }

    /// Takes the lock off: every draft is written again in clear, and only then is the lock
    /// removed, so that no draft is left sealed without it.
    pub fn unlock_drafts(&self) -> Result<String, String> {
        let Some(key) = crate::persist::lock::suspend() else {
            return Err("Thẻ này chưa được mở khoá nên không bỏ khoá được. Hãy tải lại trang và nhập mật khẩu.".into());
        };
        let failure = self.docs.rewrite_all();
        let (sealed, _) = self.docs.sealed_count();
        if sealed > 0 {
            crate::persist::lock::resume(key);
            let why = failure.map(|f| f.in_words()).unwrap_or_else(|| "trình duyệt chưa ghi xong".into());
            return Err(format!("Chưa bỏ khoá được vì {why}: {sealed} bản nháp vẫn đang khoá, mật khẩu giữ nguyên."));
        }
        crate::persist::lock::finish_removal();
        Ok("Đã bỏ khoá: các bản nháp trên máy này không còn cần mật khẩu.".into())
    }

    /// Adds or replaces a document (the user's edit) and schedules its save.
    pub fn put(&self, doc: Document) {
        self.docs.put(doc.id.clone(), doc);
    }

    /// Changes a document in place and schedules its save.
    pub fn update(&self, id: &DocId, change: impl FnOnce(&mut Document)) {
        self.docs.update(id, change);
    }

    /// Removes a document from this device and returns it (for "Hoàn tác"). `None` when
    /// there was nothing to remove, or when another tab had just changed it (then its
    /// version stays, and the user is told).
    pub fn remove(&self, id: &DocId) -> Option<Document> {
        match self.docs.remove(id) {
            Ok(gone) => gone,
            Err(theirs) => {
                self.notice.set(Some(format!(
                    "{} vừa được sửa ở một thẻ khác nên chưa bị xoá. Hãy xem lại rồi xoá nếu đồng chí vẫn muốn.",
                    describe(&theirs)
                )));
                None
            }
        }
    }

    /// Writes every pending document now.
    pub fn flush(&self) {
        self.hub.flush();
    }

    /// Whether another tab changed this document while this tab has unsaved edits to it
    /// (reactive).
    pub fn in_conflict(&self, id: &DocId) -> bool {
        self.docs.in_conflict(id)
    }

    /// Settles a conflict: keep this tab's version (written over the other's), or take
    /// the other tab's.
    pub fn resolve(&self, id: &DocId, keep_mine: bool) {
        self.hub.resolve(&DocCodec::key(id), keep_mine);
    }

    /// Removes a quarantined entry from storage.
    pub fn drop_quarantined(&self, key: &str) {
        self.hub.drop_quarantined(key);
    }

    /// Brings in a document read from file `file`; `changed`: its check code did not match.
    /// Never writes over a version the user edited here, nor over anything with a file
    /// changed after export: such a file is kept as a separate copy.
    /// The document is written to storage and read back before it counts as taken: when
    /// storage refuses it, nothing changes and `Err` says why.
    pub fn import(&self, doc: Document, changed: bool, file: &str) -> Result<ImportOutcome, SaveStatus> {
        let here = self.get_untracked(&doc.id);
        let from_file = self.docs.is_from_file(&doc.id);
        Ok(match decide(here.as_ref(), from_file, &doc, changed) {
            Decision::Add => {
                self.docs.put_kept_from_file(doc.id.clone(), doc)?;
                ImportOutcome::Added
            }
            Decision::Replace => {
                self.docs.put_kept_from_file(doc.id.clone(), doc)?;
                ImportOutcome::Updated
            }
            Decision::Same => ImportOutcome::Duplicate,
            Decision::KeepLocal => ImportOutcome::KeptLocal,
            Decision::KeepBoth => ImportOutcome::Copied(self.keep_copy(doc, &format!("Bản nhập từ tệp {file}"))?),
        })
    }

    /// Puts a deleted document back ("Hoàn tác"), never over a version that came in since.
    pub fn restore(&self, doc: Document) -> Restored {
        match self.get_untracked(&doc.id) {
            None => {
                self.put(doc);
                Restored::Back
            }
            Some(here) if here == doc => Restored::Back,
            // An undo in the same visit: kept like any edit (the save line tells of a refusal).
            Some(_) => {
                let (copy, name) = labelled_copy(doc, "Bản đã xoá rồi khôi phục");
                self.docs.put_from_file(copy.id.clone(), copy);
                Restored::AsCopy(name)
            }
        }
    }

    /// Keeps `doc` as a new document of its own, labelled, once written to storage; returns
    /// how it is called.
    fn keep_copy(&self, doc: Document, label: &str) -> Result<String, SaveStatus> {
        let (copy, name) = labelled_copy(doc, label);
        self.docs.put_kept_from_file(copy.id.clone(), copy)?;
        Ok(name)
    }
}

/// `doc` under a new id and `label`, and how it is then called.
fn labelled_copy(mut doc: Document, label: &str) -> (Document, String) {
    doc.id = clock::new_id();
    doc.label = label.chars().take(100).collect();
    let name = format!("{} ({})", doc.label, describe(&doc));
    (doc, name)
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
