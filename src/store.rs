//! The documents on this device, shared by every screen: the one place that decides when a
//! draft is written to the browser's storage.
//!
//! - Every edit is in memory at once and written within 300 ms (the first pending edit
//!   starts the timer, so steady typing still saves every 300 ms); `pagehide` and
//!   `visibilitychange` write at once.
//! - Before writing, the entry is compared with what this tab last read or wrote; if
//!   another tab changed it, nothing is written and the user chooses ([`Conflict`]).
//! - An unreadable entry is quarantined, not deleted; an entry written by a newer app is
//!   left untouched.
//! - With storage refused, the app keeps working in memory and says so.
//!
//! `Store::provide()` once in the app; `use_store()` anywhere below.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use crate::clock;
use crate::domain::document::Document;
use crate::domain::file::{self, FileError, Payload};
use crate::storage::{self, WriteError};

/// The app's version, written into every file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How long the first pending edit waits before it is written.
const SAVE_DELAY_MS: u64 = 300;

/// Where saving stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing to write yet.
    Idle,
    Saved(DateTime<FixedOffset>),
    Pending,
    /// The browser refused to write: its storage for this site is full.
    Full,
    /// The browser refused to write for another reason.
    Failed(String),
    /// Storage is unavailable: documents live only in this tab.
    MemoryOnly(String),
}

/// An entry that could not be read. It stays in storage until the user exports or
/// deletes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub key: String,
    pub text: String,
    pub message: String,
    /// Written by a newer version of the app: left untouched, never overwritten.
    pub newer: bool,
}

/// Another tab changed a document this tab has unsaved edits to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The other tab's version; `None` when the other tab deleted it.
    pub theirs: Option<Document>,
    /// The entry's text now.
    pub their_text: Option<String>,
}

/// What importing one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    Added,
    /// The file held a newer version of a document already here.
    Updated,
    /// The same version is already here.
    Duplicate,
    /// This device has a newer version: it was kept.
    KeptLocal,
}

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct Store {
    docs: RwSignal<BTreeMap<String, Document>>,
    /// Per document, the entry text this tab last read or wrote (`None`: no entry).
    known: StoredValue<BTreeMap<String, Option<String>>>,
    dirty: RwSignal<BTreeSet<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    memory_only: StoredValue<bool>,
    pub status: RwSignal<SaveStatus>,
    pub quarantine: RwSignal<Vec<Quarantined>>,
    pub conflicts: RwSignal<BTreeMap<String, Conflict>>,
    /// A short message for the user, e.g. a document updated from another tab.
    pub notice: RwSignal<Option<String>>,
    /// The browser's answer to `navigator.storage.persist()`, once asked.
    pub persisted: RwSignal<Option<Option<bool>>>,
}

impl Store {
    /// Loads every draft, starts listening to other tabs and to the page being hidden, and
    /// provides the store to every component below.
    pub fn provide() -> Store {
        let store = Store {
            docs: RwSignal::new(BTreeMap::new()),
            known: StoredValue::new(BTreeMap::new()),
            dirty: RwSignal::new(BTreeSet::new()),
            timer: StoredValue::new(None),
            memory_only: StoredValue::new(false),
            status: RwSignal::new(SaveStatus::Idle),
            quarantine: RwSignal::new(Vec::new()),
            conflicts: RwSignal::new(BTreeMap::new()),
            notice: RwSignal::new(None),
            persisted: RwSignal::new(None),
        };
        provide_context(store);
        match storage::probe() {
            Ok(()) => {
                store.load();
                store.listen();
            }
            Err(why) => {
                store.memory_only.set_value(true);
                store.status.set(SaveStatus::MemoryOnly(why));
            }
        }
        store
    }

    fn load(&self) {
        let mut docs = BTreeMap::new();
        let mut known = BTreeMap::new();
        let mut quarantine = Vec::new();
        for (key, text) in storage::entries() {
            match read_entry(&text) {
                Ok(doc) if storage::id_of(&key) == Some(doc.id.as_str()) => {
                    known.insert(doc.id.clone(), Some(text));
                    docs.insert(doc.id.clone(), doc);
                }
                // The cell's collective review, kept by the cell app: not this app's to show.
                Err(FileError::CellFile) => {}
                Ok(_) => quarantine.push(Quarantined {
                    message: "Mục này mang mã văn bản khác với khoá lưu trữ của nó.".into(),
                    key,
                    text,
                    newer: false,
                }),
                Err(e) => quarantine.push(Quarantined {
                    newer: matches!(e, FileError::Newer { .. }),
                    message: e.message(&format!("bản nháp {}", storage::id_of(&key).unwrap_or(&key))),
                    key,
                    text,
                }),
            }
        }
        self.docs.set(docs);
        self.known.set_value(known);
        self.quarantine.set(quarantine);
    }

    fn listen(&self) {
        let store = *self;
        let storage_handle = window_event_listener(leptos::ev::storage, move |ev| {
            if let Some(key) = ev.key() {
                store.on_remote_change(&key, ev.new_value());
            }
        });
        let hide_handle = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let visibility_handle = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                store.flush();
            }
        });
        // The store lives as long as the page.
        std::mem::forget((storage_handle, hide_handle, visibility_handle));
    }

    /// Whether documents are only in memory.
    pub fn memory_only(&self) -> bool {
        self.memory_only.get_value()
    }

    /// Every document, most recently changed first (reactive).
    pub fn list(&self) -> Vec<Document> {
        let mut all: Vec<Document> = self.docs.with(|d| d.values().cloned().collect());
        all.sort_by_key(|d| std::cmp::Reverse(d.updated));
        all
    }

    /// How many documents there are (reactive).
    pub fn docs_count(&self) -> usize {
        self.docs.with(BTreeMap::len)
    }

    /// One document by id (reactive).
    pub fn get(&self, id: &str) -> Option<Document> {
        self.docs.with(|d| d.get(id).cloned())
    }

    /// One document by id, without subscribing the caller to later changes.
    pub fn get_untracked(&self, id: &str) -> Option<Document> {
        self.docs.with_untracked(|d| d.get(id).cloned())
    }

    /// Adds or replaces a document and schedules its save.
    pub fn put(&self, doc: Document) {
        let id = doc.id.clone();
        self.docs.update(|d| {
            d.insert(id.clone(), doc);
        });
        self.mark_dirty(id);
    }

    /// Changes a document in place and schedules its save.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Document)) {
        let mut changed = false;
        self.docs.update(|d| {
            if let Some(doc) = d.get_mut(id) {
                change(doc);
                changed = true;
            }
        });
        if changed {
            self.mark_dirty(id.to_owned());
        }
    }

    /// Removes a document from this device and returns it (for "Hoàn tác").
    pub fn remove(&self, id: &str) -> Option<Document> {
        let mut removed = None;
        self.docs.update(|d| removed = d.remove(id));
        self.dirty.update(|d| {
            d.remove(id);
        });
        if !self.memory_only() {
            storage::remove(&storage::key_of(id));
        }
        self.known.update_value(|k| {
            k.insert(id.to_owned(), None);
        });
        removed
    }

    fn mark_dirty(&self, id: String) {
        if self.memory_only() {
            self.dirty.update(|d| {
                d.insert(id);
            });
            return;
        }
        self.dirty.update(|d| {
            d.insert(id);
        });
        if !matches!(self.status.get_untracked(), SaveStatus::Full | SaveStatus::Failed(_)) {
            self.status.set(SaveStatus::Pending);
        }
        if self.timer.with_value(Option::is_none) {
            let store = *self;
            let handle = set_timeout_with_handle(move || store.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS));
            self.timer.set_value(handle.ok());
        }
        if self.persisted.get_untracked().is_none() {
            let persisted = self.persisted;
            persisted.set(Some(None));
            storage::request_persistence(move |answer| persisted.set(Some(answer)));
        }
    }

    /// Writes every pending document now.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.memory_only() {
            return;
        }
        let pending: Vec<String> = self.dirty.get_untracked().into_iter().collect();
        let mut failure = None;
        for id in pending {
            if self.conflicts.with_untracked(|c| c.contains_key(&id)) {
                continue;
            }
            let Some(doc) = self.get_untracked(&id) else { continue };
            let key = storage::key_of(&id);
            let now = storage::read(&key);
            let last = self.known.with_value(|k| k.get(&id).cloned().flatten());
            if now != last && !(last.is_none() && now.is_none()) {
                // Another tab wrote (or deleted) this entry since this tab last saw it. A
                // newer app's entry is never written over, whatever the user chooses.
                if now.as_deref().is_some_and(written_by_newer_app) {
                    failure = Some(SaveStatus::Failed(NEWER_HERE.to_owned()));
                    continue;
                }
                let theirs = now.as_deref().and_then(|t| read_entry(t).ok());
                self.conflicts.update(|c| {
                    c.insert(id.clone(), Conflict { theirs, their_text: now });
                });
                continue;
            }
            let Some(env) = file::wrap(&doc, APP_VERSION) else { continue };
            match storage::write(&env) {
                Ok(text) => {
                    self.known.update_value(|k| {
                        k.insert(id.clone(), Some(text));
                    });
                    self.dirty.update(|d| {
                        d.remove(&id);
                    });
                }
                Err(WriteError::Full) => failure = Some(SaveStatus::Full),
                Err(WriteError::Other(why)) => failure = Some(SaveStatus::Failed(why)),
            }
        }
        let unsaved = self.dirty.with_untracked(|d| !d.is_empty());
        self.status.set(match failure {
            Some(f) => f,
            None if unsaved => SaveStatus::Pending,
            None => SaveStatus::Saved(clock::now()),
        });
    }

    /// Another tab wrote or removed an entry.
    fn on_remote_change(&self, key: &str, text: Option<String>) {
        let Some(id) = storage::id_of(key).map(str::to_owned) else { return };
        if self.known.with_value(|k| k.get(&id).cloned().flatten()) == text {
            return;
        }
        if self.dirty.with_untracked(|d| d.contains(&id)) && !text.as_deref().is_some_and(written_by_newer_app) {
            let theirs = text.as_deref().and_then(|t| read_entry(t).ok());
            self.conflicts.update(|c| {
                c.insert(id, Conflict { theirs, their_text: text });
            });
            return;
        }
        match text {
            None => {
                let name = self.get_untracked(&id).map(|d| describe(&d));
                self.docs.update(|d| {
                    d.remove(&id);
                });
                self.known.update_value(|k| {
                    k.insert(id, None);
                });
                if let Some(name) = name {
                    self.notice.set(Some(format!("{name} vừa bị xoá ở một thẻ khác.")));
                }
            }
            Some(text) => match read_entry(&text) {
                Ok(doc) => {
                    self.notice.set(Some(format!("{} vừa được cập nhật từ một thẻ khác.", describe(&doc))));
                    self.known.update_value(|k| {
                        k.insert(id.clone(), Some(text));
                    });
                    self.docs.update(|d| {
                        d.insert(id, doc);
                    });
                }
                Err(FileError::CellFile) => {}
                Err(e) => self.quarantine.update(|q| {
                    q.retain(|x| x.key != key);
                    q.push(Quarantined {
                        key: key.to_owned(),
                        newer: matches!(e, FileError::Newer { .. }),
                        message: e.message(&format!("bản nháp {id}")),
                        text,
                    });
                }),
            },
        }
    }

    /// Settles a conflict: keep this tab's version (it is written over the other's), or
    /// take the other tab's.
    pub fn resolve(&self, id: &str, keep_mine: bool) {
        let Some(conflict) = self.conflicts.try_update(|c| c.remove(id)).flatten() else { return };
        self.known.update_value(|k| {
            k.insert(id.to_owned(), conflict.their_text.clone());
        });
        if keep_mine {
            self.mark_dirty(id.to_owned());
            self.flush();
        } else {
            self.dirty.update(|d| {
                d.remove(id);
            });
            self.docs.update(|d| match conflict.theirs {
                Some(doc) => {
                    d.insert(id.to_owned(), doc);
                }
                None => {
                    d.remove(id);
                }
            });
        }
    }

    /// Removes a quarantined entry from storage.
    pub fn drop_quarantined(&self, key: &str) {
        storage::remove(key);
        self.quarantine.update(|q| q.retain(|x| x.key != key));
    }

    /// Adds a document read from a file, keeping whichever version is newer.
    pub fn import(&self, doc: Document) -> ImportOutcome {
        let outcome = match self.get_untracked(&doc.id) {
            None => ImportOutcome::Added,
            Some(here) if here == doc => ImportOutcome::Duplicate,
            Some(here) if here.updated > doc.updated => ImportOutcome::KeptLocal,
            Some(here) if here.updated == doc.updated && file::wrap(&here, "").map(|e| e.sha256) == file::wrap(&doc, "").map(|e| e.sha256) => {
                ImportOutcome::Duplicate
            }
            Some(_) => ImportOutcome::Updated,
        };
        if matches!(outcome, ImportOutcome::Added | ImportOutcome::Updated) {
            self.put(doc);
        }
        outcome
    }
}

/// Why a save was refused when a newer version of the app wrote the entry.
const NEWER_HERE: &str = "một phiên bản mới hơn của ứng dụng (ở thẻ khác) vừa lưu văn bản này; phiên bản này không ghi đè lên. Hãy tải lại trang";

/// Whether an entry's text was written by a newer version of the app.
fn written_by_newer_app(text: &str) -> bool {
    matches!(file::read(text.as_bytes()), Err(FileError::Newer { .. }))
}

/// Reads one stored entry.
fn read_entry(text: &str) -> Result<Document, FileError> {
    match file::read(text.as_bytes())?.value {
        Payload::Document(doc) => Ok(doc),
        Payload::Backup(_) => Err(FileError::UnknownKind { kind: "backup".into() }),
    }
}

/// "Bản kiểm điểm năm 2025 của Nguyễn Văn An", for messages.
pub fn describe(doc: &Document) -> String {
    let kind = crate::domain::templates::get(&doc.template).map(|t| t.kind.label()).unwrap_or("Văn bản");
    match doc.text(crate::domain::templates::review_2025::ids::FULL_NAME) {
        "" => format!("{kind} năm {}", doc.year),
        name => format!("{kind} năm {} của {name}", doc.year),
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
