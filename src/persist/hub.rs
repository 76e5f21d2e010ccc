//! The one place per page that decides when records are written, and what the user is told
//! about it. Every store registers its collections here; the hub then:
//!
//! - writes every pending edit within 300 ms of the first one (so steady typing still
//!   saves every 300 ms), and at once on `pagehide` and when the page is hidden;
//! - hands each change made by another tab (a `storage` event) to the collection that owns
//!   the key;
//! - keeps one save status, one list of unreadable entries (quarantined, never deleted on
//!   their own) and one list of conflicts (the user chooses which version to keep);
//! - keeps everything in memory, and says so, when the browser refuses storage.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::local;
use crate::clock;

/// How long the first pending edit waits before it is written.
const SAVE_DELAY_MS: u64 = 300;

/// Where saving stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing to write yet.
    Idle,
    /// Everything is written, at this time.
    Saved(DateTime<FixedOffset>),
    /// An edit waits for its write.
    Pending,
    /// The browser refused to write: its storage for this site is full.
    Full,
    /// The browser refused to write for another reason (already in Vietnamese).
    Failed(String),
    /// Storage is unavailable: records live only in this tab.
    MemoryOnly(String),
}

impl SaveStatus {
    /// Why a write was refused, to follow "vì": "bộ nhớ của trình duyệt trên máy này đã đầy".
    pub fn in_words(&self) -> String {
        match self {
            SaveStatus::Full => "bộ nhớ của trình duyệt trên máy này đã đầy".to_owned(),
            SaveStatus::Failed(why) | SaveStatus::MemoryOnly(why) => why.clone(),
            SaveStatus::Idle | SaveStatus::Saved(_) | SaveStatus::Pending => "trình duyệt chưa ghi xong".to_owned(),
        }
    }
}

/// A stored entry that could not be read. It stays in storage until the user exports or
/// deletes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// The storage key.
    pub key: String,
    /// The entry's text, for "export as it is".
    pub text: String,
    /// Why it could not be read, in Vietnamese.
    pub message: String,
    /// Written by a newer version of the app: left untouched, never overwritten.
    pub newer: bool,
}

/// A record changed in this tab and in another at once, as the user is told of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictNote {
    /// What the record is, in words ("Bản kiểm điểm năm 2025 của …").
    pub label: String,
    /// The other tab removed it (rather than changed it).
    pub removed: bool,
}

/// What a collection does for the hub.
pub(super) trait Part {
    /// Whether this collection owns the storage key.
    fn owns(&self, key: &str) -> bool;
    /// Writes what is pending; returns the refusal, if the browser refused.
    fn flush(&self) -> Option<SaveStatus>;
    /// Whether a write is still pending (not counting records in conflict).
    fn pending(&self) -> bool;
    /// Another tab wrote (`Some`) or removed (`None`) the entry under `key`.
    fn remote(&self, key: &str, text: Option<String>);
    /// Settles the conflict on `key`: keep this tab's version, or take the other's.
    fn resolve(&self, key: &str, keep_mine: bool);
}

/// See the module documentation. One per page: [`Hub::provide`], then [`use_hub`].
#[derive(Clone, Copy)]
pub struct Hub {
    parts: StoredValue<Vec<Rc<dyn Part>>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    memory_only: StoredValue<bool>,
    /// Storage is refused and a record was changed: leaving the page would lose it.
    memory_edits: StoredValue<bool>,
    /// Where saving stands.
    pub status: RwSignal<SaveStatus>,
    /// Entries that could not be read.
    pub quarantine: RwSignal<Vec<Quarantined>>,
    /// Records changed in this tab and in another at once, by key.
    pub conflicts: RwSignal<BTreeMap<String, ConflictNote>>,
    /// A short message for the user, e.g. a document updated from another tab.
    pub notice: RwSignal<Option<String>>,
    /// The browser's answer to `navigator.storage.persist()`, once asked.
    pub persisted: RwSignal<Option<Option<bool>>>,
}

impl Hub {
    /// Makes the page's hub, learns whether storage works and starts listening to other
    /// tabs and to the page being hidden. Stores register their collections afterwards.
    pub fn provide() -> Hub {
        if let Some(hub) = use_context::<Hub>() {
            return hub;
        }
        let hub = Hub {
            parts: StoredValue::new_local(Vec::new()),
            timer: StoredValue::new(None),
            memory_only: StoredValue::new(false),
            memory_edits: StoredValue::new(false),
            status: RwSignal::new(SaveStatus::Idle),
            quarantine: RwSignal::new(Vec::new()),
            conflicts: RwSignal::new(BTreeMap::new()),
            notice: RwSignal::new(None),
            persisted: RwSignal::new(None),
        };
        provide_context(hub);
        match local::probe() {
            Ok(()) => hub.listen(),
            Err(why) => {
                hub.memory_only.set_value(true);
                hub.status.set(SaveStatus::MemoryOnly(why));
            }
        }
        hub.guard_leaving();
        hub
    }

    /// Leaving the page (a reload, another entry's address, closing the tab) writes every
    /// pending record first. When that cannot be done (storage refused, full, or failing;
    /// or a record changed in two tabs waits for the user's choice), the edits would be
    /// lost: the browser then asks before the page goes.
    fn guard_leaving(self) {
        let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
            // After "Xoá mọi dữ liệu", what is in memory is meant to go.
            if local::stopped() {
                return;
            }
            self.flush();
            let unsaved = self.memory_edits.get_value()
                || self.parts().iter().any(|p| p.pending())
                || self.conflicts.with_untracked(|c| !c.is_empty());
            if unsaved {
                ev.prevent_default();
                ev.set_return_value("");
            }
        });
        std::mem::forget(leaving);
    }

    fn listen(self) {
        let storage = window_event_listener(leptos::ev::storage, move |ev| {
            match ev.key() {
                // Another tab is removing every record: write nothing more, show nothing kept.
                Some(key) if key == super::keys::WIPING => {
                    local::stop_writing();
                    super::wipe::reload();
                }
                // The drafts' lock was put on, changed or taken off in another tab: what this
                // tab holds is written as it stands (never over a sealed entry it cannot
                // read) and the page starts again, asking for the passphrase if needed.
                Some(key) if key == super::keys::LOCK => {
                    super::lock::forget();
                    self.flush();
                    super::wipe::reload();
                }
                Some(key) => hub_remote(self, &key, ev.new_value()),
                None => {}
            }
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                self.flush();
            }
        });
        // The hub lives as long as the page.
        std::mem::forget((storage, hide, visibility));
    }

    pub(super) fn register(&self, part: Rc<dyn Part>) {
        self.parts.update_value(|p| p.push(part));
    }

    fn parts(&self) -> Vec<Rc<dyn Part>> {
        self.parts.with_value(Clone::clone)
    }

    /// Whether records are only in memory (storage refused).
    pub fn memory_only(&self) -> bool {
        self.memory_only.get_value()
    }

    /// A collection has an edit to write: the save runs within [`SAVE_DELAY_MS`].
    pub(super) fn schedule(&self) {
        if self.memory_only() {
            self.memory_edits.set_value(true);
            return;
        }
        // Set once, not on every edit of an import of hundreds of records.
        if !matches!(self.status.get_untracked(), SaveStatus::Full | SaveStatus::Failed(_) | SaveStatus::Pending) {
            self.status.set(SaveStatus::Pending);
        }
        if self.timer.with_value(Option::is_none) {
            let hub = *self;
            let handle = set_timeout_with_handle(move || hub.flush(), std::time::Duration::from_millis(SAVE_DELAY_MS));
            self.timer.set_value(handle.ok());
        }
        self.request_persistence();
    }

    /// Asks the browser, once per page, to keep this site's data (`navigator.storage.persist`);
    /// the answer lands in [`Hub::persisted`], which the banners tell the user of.
    pub fn request_persistence(&self) {
        if self.persisted.get_untracked().is_none() {
            let persisted = self.persisted;
            persisted.set(Some(None));
            local::request_persistence(move |answer| persisted.set(Some(answer)));
        }
    }

    /// Writes every pending record right after the next paint: an import of many files
    /// shows its report and roster first, and the write (a fifth of an import's time)
    /// follows at once instead of holding the screen. Leaving the page before then writes
    /// too (`pagehide`).
    pub fn flush_after_paint(&self) {
        let hub = *self;
        // A timeout set in an animation frame runs once that frame is painted.
        request_animation_frame(move || set_timeout(move || hub.flush(), std::time::Duration::ZERO));
    }

    /// Writes every pending record now.
    pub fn flush(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.memory_only() || local::stopped() {
            return;
        }
        let parts = self.parts();
        let mut failure = None;
        for part in &parts {
            if let Some(f) = part.flush() {
                failure = Some(f);
            }
        }
        let pending = parts.iter().any(|p| p.pending());
        self.status.set(match failure {
            Some(f) => f,
            None if pending => SaveStatus::Pending,
            None => SaveStatus::Saved(clock::now()),
        });
    }

    /// Settles a conflict (see [`Hub::conflicts`]).
    pub fn resolve(&self, key: &str, keep_mine: bool) {
        // Gone from the list first: settling it writes, and that write may find a newer
        // change and list the record again.
        self.conflicts.update(|c| {
            c.remove(key);
        });
        // Every collection that owns the key is asked; only the one holding the conflict acts.
        for part in self.parts().into_iter().filter(|p| p.owns(key)) {
            part.resolve(key, keep_mine);
        }
    }

    pub(super) fn quarantine(&self, item: Quarantined) {
        self.quarantine.update(|q| {
            q.retain(|x| x.key != item.key);
            q.push(item);
        });
    }

    /// Removes a quarantined entry from storage.
    pub fn drop_quarantined(&self, key: &str) {
        local::remove(key);
        self.quarantine.update(|q| q.retain(|x| x.key != key));
    }
}

fn hub_remote(hub: Hub, key: &str, text: Option<String>) {
    for part in hub.parts().into_iter().filter(|p| p.owns(key)) {
        part.remote(key, text.clone());
    }
}

/// The hub of this page.
pub fn use_hub() -> Hub {
    use_context::<Hub>().unwrap_or_else(Hub::provide)
}
