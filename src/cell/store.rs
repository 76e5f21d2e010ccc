//! The cells' workspaces on this device, for every screen of the cell app: the one place
//! that reads and writes them in the browser's storage.
//!
//! - `kiemdiem/cell/<workspace id>`: the workspace (profile, members, the cell's columns),
//!   written within 300 ms of each change and at once when the page is hidden.
//! - `kiemdiem/cell/<workspace id>/r/<document id>`: each member's review, written once at
//!   import (the cell never edits a member's review).
//!
//! When the browser refuses a write (storage full), everything stays in this tab and the
//! user is told to export the bundle. `CellStore::provide()` once; `use_cell_store()` below.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::clock;
use crate::domain::cell::export::wrap_workspace;
use crate::domain::cell::import::{import_reviews, Outcome};
use crate::domain::cell::model::{Line, Workspace};
use crate::domain::document::Document;
use crate::domain::file::{self, BundleRead, CellPayload, Payload};
use crate::storage::{self, WriteError};
use crate::store::APP_VERSION;

const PREFIX: &str = "kiemdiem/cell/";
const SAVE_DELAY_MS: u64 = 300;

fn ws_key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

fn review_key(ws: &str, doc: &str) -> String {
    format!("{PREFIX}{ws}/r/{doc}")
}

/// Where saving stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellSave {
    Saved,
    Pending,
    /// The browser refused to write: this many reviews and/or the workspace live only in
    /// this tab.
    Full,
    Failed(String),
    MemoryOnly(String),
}

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct CellStore {
    pub workspaces: RwSignal<BTreeMap<String, Workspace>>,
    /// Per workspace, its members' reviews by document id.
    pub reviews: RwSignal<BTreeMap<String, BTreeMap<String, Document>>>,
    dirty: StoredValue<BTreeSet<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    memory_only: StoredValue<bool>,
    pub status: RwSignal<CellSave>,
    /// Entries that could not be read: (key, message). Never deleted on their own.
    pub unreadable: RwSignal<Vec<(String, String)>>,
}

impl CellStore {
    pub fn provide() -> CellStore {
        let store = CellStore {
            workspaces: RwSignal::new(BTreeMap::new()),
            reviews: RwSignal::new(BTreeMap::new()),
            dirty: StoredValue::new(BTreeSet::new()),
            timer: StoredValue::new(None),
            memory_only: StoredValue::new(false),
            status: RwSignal::new(CellSave::Saved),
            unreadable: RwSignal::new(Vec::new()),
        };
        provide_context(store);
        match storage::probe() {
            Ok(()) => {
                store.load();
                let hide = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
                let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
                    if document().visibility_state() == web_sys::VisibilityState::Hidden {
                        store.flush();
                    }
                });
                std::mem::forget((hide, visibility));
            }
            Err(why) => {
                store.memory_only.set_value(true);
                store.status.set(CellSave::MemoryOnly(why));
            }
        }
        store
    }

    fn load(&self) {
        let mut workspaces = BTreeMap::new();
        let mut reviews: BTreeMap<String, BTreeMap<String, Document>> = BTreeMap::new();
        let mut unreadable = Vec::new();
        for (key, text) in storage::entries_under(PREFIX) {
            let rest = &key[PREFIX.len()..];
            match (file::read_cell(text.as_bytes()), rest.split_once("/r/")) {
                (Ok(r), None) => match r.value {
                    CellPayload::Workspace(ws) if ws.id == rest => {
                        workspaces.insert(ws.id.clone(), ws);
                    }
                    _ => unreadable.push((key, "Mục này không phải hồ sơ chi bộ.".to_owned())),
                },
                (Ok(r), Some((ws, doc_id))) => match r.value {
                    CellPayload::Member(Payload::Document(doc)) if doc.id == doc_id => {
                        reviews.entry(ws.to_owned()).or_default().insert(doc.id.clone(), doc);
                    }
                    _ => unreadable.push((key, "Mục này không phải bản kiểm điểm.".to_owned())),
                },
                (Err(e), _) => {
                    let message = e.message(&format!("mục lưu trữ {rest}"));
                    unreadable.push((key, message));
                }
            }
        }
        self.workspaces.set(workspaces);
        self.reviews.set(reviews);
        self.unreadable.set(unreadable);
    }

    /// One workspace (reactive).
    pub fn get(&self, id: &str) -> Option<Workspace> {
        self.workspaces.with(|w| w.get(id).cloned())
    }

    /// Runs `f` on a workspace, its reviews and its roster lines (reactive).
    pub fn with_lines<R>(&self, id: &str, f: impl FnOnce(&Workspace, &[Line]) -> R) -> Option<R> {
        self.workspaces.with(|all| {
            let ws = all.get(id)?;
            self.reviews.with(|revs| {
                let empty = BTreeMap::new();
                let revs = revs.get(id).unwrap_or(&empty);
                let lines: Vec<Line> =
                    ws.members.iter().map(|m| Line::of(m, m.review.as_ref().and_then(|r| revs.get(r)), &ws.profile)).collect();
                Some(f(ws, &lines))
            })
        })
    }

    /// One review of a workspace (reactive).
    pub fn review(&self, ws: &str, doc: &str) -> Option<Document> {
        self.reviews.with(|r| r.get(ws).and_then(|m| m.get(doc)).cloned())
    }

    /// Adds a new workspace and saves it.
    pub fn create(&self, ws: Workspace) {
        let id = ws.id.clone();
        self.workspaces.update(|w| {
            w.insert(id.clone(), ws);
        });
        self.mark_dirty(id);
        self.flush();
    }

    /// Changes a workspace and schedules its save.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Workspace)) {
        let mut changed = false;
        self.workspaces.update(|w| {
            if let Some(ws) = w.get_mut(id) {
                change(ws);
                ws.updated = clock::now();
                changed = true;
            }
        });
        if changed {
            self.mark_dirty(id.to_owned());
        }
    }

    /// Removes a workspace and its reviews from this device.
    pub fn remove(&self, id: &str) {
        let docs: Vec<String> = self.reviews.with_untracked(|r| r.get(id).map(|m| m.keys().cloned().collect()).unwrap_or_default());
        self.workspaces.update(|w| {
            w.remove(id);
        });
        self.reviews.update(|r| {
            r.remove(id);
        });
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        if !self.memory_only.get_value() {
            storage::remove(&ws_key(id));
            for doc in docs {
                storage::remove(&review_key(id, &doc));
            }
        }
    }

    fn mark_dirty(&self, id: String) {
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        if self.memory_only.get_value() {
            return;
        }
        if !matches!(self.status.get_untracked(), CellSave::Full | CellSave::Failed(_)) {
            self.status.set(CellSave::Pending);
        }
        if self.timer.with_value(Option::is_none) {
            let store = *self;
            let handle = set_timeout_with_handle(move || store.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS));
            self.timer.set_value(handle.ok());
        }
    }

    /// Writes every changed workspace now.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.memory_only.get_value() {
            return;
        }
        let pending: Vec<String> = self.dirty.get_value().into_iter().collect();
        let mut failure = None;
        for id in pending {
            let Some(ws) = self.workspaces.with_untracked(|w| w.get(&id).cloned()) else {
                self.dirty.update_value(|d| {
                    d.remove(&id);
                });
                continue;
            };
            let text = file::to_storage_text(&wrap_workspace(&ws, APP_VERSION));
            match storage::write_text(&ws_key(&id), &text) {
                Ok(()) => self.dirty.update_value(|d| {
                    d.remove(&id);
                }),
                Err(WriteError::Full) => failure = Some(CellSave::Full),
                Err(WriteError::Other(why)) => failure = Some(CellSave::Failed(why)),
            }
        }
        if failure.is_none() && matches!(self.status.get_untracked(), CellSave::Full) {
            // A review that could not be written earlier is still only in this tab.
            return;
        }
        self.status.set(failure.unwrap_or(CellSave::Saved));
    }

    /// Adds many reviews to a workspace (see [`import_reviews`]) and writes the new ones.
    pub fn import(&self, ws_id: &str, items: Vec<(String, Result<Document, String>)>) -> Vec<(String, Outcome)> {
        let Some(mut ws) = self.workspaces.with_untracked(|w| w.get(ws_id).cloned()) else { return Vec::new() };
        let mut reviews = self.reviews.with_untracked(|r| r.get(ws_id).cloned().unwrap_or_default());
        let before: BTreeMap<String, chrono::DateTime<chrono::FixedOffset>> =
            reviews.iter().map(|(id, d)| (id.clone(), d.updated)).collect();
        let outcomes = import_reviews(&mut ws, &mut reviews, items);
        let changed: Vec<Document> =
            reviews.values().filter(|d| before.get(&d.id) != Some(&d.updated)).cloned().collect();
        let gone: Vec<String> = before.keys().filter(|id| !reviews.contains_key(*id)).cloned().collect();
        if !self.memory_only.get_value() {
            for id in &gone {
                storage::remove(&review_key(ws_id, id));
            }
            for doc in &changed {
                let Some(env) = file::wrap(doc, APP_VERSION) else { continue };
                if let Err(e) = storage::write_text(&review_key(ws_id, &doc.id), &file::to_storage_text(&env)) {
                    self.status.set(match e {
                        WriteError::Full => CellSave::Full,
                        WriteError::Other(why) => CellSave::Failed(why),
                    });
                    // The rest would fail the same way; they stay in this tab.
                    break;
                }
            }
        }
        self.reviews.update(|r| {
            r.insert(ws_id.to_owned(), reviews);
        });
        self.workspaces.update(|w| {
            ws.updated = clock::now();
            w.insert(ws_id.to_owned(), ws);
        });
        self.mark_dirty(ws_id.to_owned());
        self.flush();
        outcomes
    }

    /// Opens a bundle: creates its workspace here, or replaces it when the bundle is newer.
    /// Returns what happened, as a sentence, and the collective review it carried.
    pub fn open_bundle(&self, name: &str, bundle: BundleRead) -> (String, Option<Document>) {
        let BundleRead { workspace, collective, reviews } = bundle;
        let bad = reviews.iter().filter(|r| r.is_err()).count();
        let docs: BTreeMap<String, Document> = reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)).collect();
        let collective = collective.and_then(Result::ok).map(|r| r.value);
        let id = workspace.id.clone();
        let title = workspace.title();
        let here = self.workspaces.with_untracked(|w| w.get(&id).map(|h| h.updated));
        let verdict = match here {
            Some(updated) if updated >= workspace.updated => {
                return (format!("Tệp \"{name}\": {title} đã có trên máy này với phiên bản bằng hoặc mới hơn; giữ nguyên bản trên máy."), collective);
            }
            Some(_) => "đã cập nhật theo tệp (tệp mới hơn bản trên máy)",
            None => "đã mở",
        };
        let count = docs.len();
        self.remove(&id);
        self.workspaces.update(|w| {
            w.insert(id.clone(), workspace);
        });
        if !self.memory_only.get_value() {
            for doc in docs.values() {
                let Some(env) = file::wrap(doc, APP_VERSION) else { continue };
                if storage::write_text(&review_key(&id, &doc.id), &file::to_storage_text(&env)).is_err() {
                    self.status.set(CellSave::Full);
                    break;
                }
            }
        }
        self.reviews.update(|r| {
            r.insert(id.clone(), docs);
        });
        self.mark_dirty(id);
        self.flush();
        let mut text = format!("Tệp \"{name}\": {title} {verdict}, gồm {count} bản kiểm điểm.");
        if bad > 0 {
            text.push_str(&format!(" {bad} bản kiểm điểm trong gói bị hỏng nên không mở được."));
        }
        (text, collective)
    }
}

/// The cell store provided by the cell app.
pub fn use_cell_store() -> CellStore {
    expect_context::<CellStore>()
}
