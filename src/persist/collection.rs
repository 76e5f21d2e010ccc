//! One kind of record in storage, held in memory for the screens: the autosave machinery
//! every store shares.
//!
//! Each record carries a revision (`kiemdiem_core::record`). A write never lands on a
//! revision this tab has not seen: if another tab wrote since, nothing is written and the
//! user chooses which version to keep. A tab with no unsaved edit to a record follows the
//! other tab's change at once. An entry written by a newer version of the app is never
//! written over, whatever the user chooses.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use kiemdiem_core::record::{next_rev, record_text, split_record, RecordHead};
use leptos::prelude::*;

use super::hub::{ConflictNote, Hub, Part, Quarantined, SaveStatus};
use super::local::{self, WriteError};
use crate::clock;

/// Why a stored entry could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer version of the app: never written over.
    Newer(String),
    /// Broken, or of the wrong kind for its key.
    Broken(String),
    /// Another app's record under a shared prefix (a cell's Mẫu 01 in the member app): not
    /// shown, not quarantined.
    NotHere,
}

/// How one kind of record is keyed, written and read.
pub trait Codec: 'static {
    /// What names a record.
    type Id: Clone + Ord + Send + Sync + 'static;
    /// What a record holds.
    type Value: Clone + PartialEq + Send + Sync + 'static;
    /// The storage key of a record.
    fn key(id: &Self::Id) -> String;
    /// The id under a storage key, if the key is one of this kind's.
    fn id(key: &str) -> Option<Self::Id>;
    /// The prefix shared by every key of this kind (to list them).
    fn prefix() -> &'static str;
    /// The envelope's compact JSON text; `None` when the value cannot be written (a
    /// template this app does not know).
    fn encode(value: &Self::Value) -> Option<String>;
    /// Reads an envelope's text found under the key of `id`.
    fn decode(id: &Self::Id, envelope: &str) -> Result<Self::Value, Unreadable>;
    /// What the record is, in words, for messages ("Bản kiểm điểm năm 2025 của …").
    fn describe(value: &Self::Value) -> String;
    /// Whether a change from another tab is worth a notice (a document the user may be
    /// reading), or should be followed silently.
    const NOTIFY: bool;
}

/// What this tab knows of a record in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    /// The revision last read or written; `None`: no record.
    rev: Option<u64>,
}

/// Another tab changed a record this tab has unsaved edits to.
#[derive(Debug, Clone, PartialEq)]
struct Conflict<V> {
    /// The other tab's version; `None` when it removed the record.
    theirs: Option<V>,
    /// The revision in storage now.
    rev: Option<u64>,
}

/// One read of an entry: its head and what it holds.
pub fn read_entry<C: Codec>(id: &C::Id, text: &str) -> (RecordHead, Result<C::Value, Unreadable>) {
    let (head, envelope) = split_record(text);
    (head, C::decode(id, envelope))
}

/// One kind of record: see the module documentation.
pub struct Collection<C: Codec> {
    hub: Hub,
    items: RwSignal<BTreeMap<C::Id, C::Value>>,
    seen: StoredValue<BTreeMap<C::Id, Seen>>,
    /// Pending writes: id → whether the change is the user's own (an edit) or taken from
    /// a file.
    dirty: StoredValue<BTreeMap<C::Id, bool>>,
    conflicts: StoredValue<BTreeMap<C::Id, Conflict<C::Value>>>,
    /// Records whose last change came from a file, not from an edit on this device.
    from_file: StoredValue<BTreeSet<C::Id>>,
}

impl<C: Codec> Clone for Collection<C> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<C: Codec> Copy for Collection<C> {}

impl<C: Codec> Collection<C> {
    /// Loads every record of this kind and registers with the hub.
    pub fn new(hub: Hub) -> Collection<C> {
        let c = Collection {
            hub,
            items: RwSignal::new(BTreeMap::new()),
            seen: StoredValue::new(BTreeMap::new()),
            dirty: StoredValue::new(BTreeMap::new()),
            conflicts: StoredValue::new(BTreeMap::new()),
            from_file: StoredValue::new(BTreeSet::new()),
        };
        if !hub.memory_only() {
            c.load();
        }
        hub.register(Rc::new(c));
        c
    }

    fn load(&self) {
        let mut items = BTreeMap::new();
        let mut seen = BTreeMap::new();
        let mut from_file = BTreeSet::new();
        for (key, text) in local::entries_under(C::prefix()) {
            let Some(id) = C::id(&key) else { continue };
            let (head, value) = read_entry::<C>(&id, &text);
            match value {
                Ok(v) => {
                    seen.insert(id.clone(), Seen { rev: Some(head.rev) });
                    if !head.mine {
                        from_file.insert(id.clone());
                    }
                    items.insert(id, v);
                }
                Err(why) => self.quarantine(key, text, why),
            }
        }
        self.items.set(items);
        self.seen.set_value(seen);
        self.from_file.set_value(from_file);
    }

    fn quarantine(&self, key: String, text: String, why: Unreadable) {
        let (message, newer) = match why {
            Unreadable::NotHere => return,
            Unreadable::Newer(m) => (m, true),
            Unreadable::Broken(m) => (m, false),
        };
        self.hub.quarantine(Quarantined { key, text, message, newer });
    }

    /// Every record (reactive).
    pub fn with<R>(&self, f: impl FnOnce(&BTreeMap<C::Id, C::Value>) -> R) -> R {
        self.items.with(f)
    }

    /// Every record, without subscribing the caller.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&BTreeMap<C::Id, C::Value>) -> R) -> R {
        self.items.with_untracked(f)
    }

    /// One record (reactive).
    pub fn get(&self, id: &C::Id) -> Option<C::Value> {
        self.items.with(|m| m.get(id).cloned())
    }

    /// One record, without subscribing the caller.
    pub fn get_untracked(&self, id: &C::Id) -> Option<C::Value> {
        self.items.with_untracked(|m| m.get(id).cloned())
    }

    /// Whether the record's last change came from a file rather than an edit here.
    pub fn is_from_file(&self, id: &C::Id) -> bool {
        self.from_file.with_value(|f| f.contains(id))
    }

    /// Adds or replaces a record, as the user's edit, and schedules its write.
    pub fn put(&self, id: C::Id, value: C::Value) {
        self.set(id, value, true);
    }

    /// Adds or replaces a record taken from a file, and schedules its write. A later
    /// import may replace it; see [`Collection::is_from_file`].
    pub fn put_from_file(&self, id: C::Id, value: C::Value) {
        self.set(id, value, false);
    }

    fn set(&self, id: C::Id, value: C::Value, mine: bool) {
        let same = self.items.with_untracked(|m| m.get(&id) == Some(&value));
        if same {
            return;
        }
        self.items.update(|m| {
            m.insert(id.clone(), value);
        });
        self.from_file.update_value(|f| {
            if mine {
                f.remove(&id);
            } else {
                f.insert(id.clone());
            }
        });
        self.dirty.update_value(|d| {
            d.insert(id, mine);
        });
        self.hub.schedule();
    }

    /// Changes a record in place, as the user's edit.
    pub fn update(&self, id: &C::Id, change: impl FnOnce(&mut C::Value)) {
        if let Some(mut value) = self.get_untracked(id) {
            change(&mut value);
            self.put(id.clone(), value);
        }
    }

    /// Removes a record from this device and returns it. When another tab changed it
    /// since this tab last saw it, nothing is removed: this tab takes the other's version
    /// and `Err` carries it.
    pub fn remove(&self, id: &C::Id) -> Result<Option<C::Value>, C::Value> {
        if !self.hub.memory_only() {
            let key = C::key(id);
            let now = local::read(&key);
            let now_rev = now.as_deref().map(|t| split_record(t).0.rev);
            let seen = self.seen.with_value(|s| s.get(id).and_then(|x| x.rev));
            if now_rev.is_some() && now_rev != seen {
                if let Some(Ok(theirs)) = now.as_deref().map(|t| read_entry::<C>(id, t).1) {
                    self.follow(id, now_rev, Some(theirs.clone()));
                    return Err(theirs);
                }
            }
            local::remove(&key);
        }
        let mut removed = None;
        self.items.update(|m| removed = m.remove(id));
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.seen.update_value(|s| {
            s.insert(id.clone(), Seen { rev: None });
        });
        Ok(removed)
    }

    /// Takes another tab's version of a record as this tab's.
    fn follow(&self, id: &C::Id, rev: Option<u64>, theirs: Option<C::Value>) {
        self.seen.update_value(|s| {
            s.insert(id.clone(), Seen { rev });
        });
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.items.update(|m| match theirs {
            Some(v) => {
                m.insert(id.clone(), v);
            }
            None => {
                m.remove(id);
            }
        });
    }

    /// Whether this record is in conflict with another tab's (reactive through the hub).
    pub fn in_conflict(&self, id: &C::Id) -> bool {
        let key = C::key(id);
        self.hub.conflicts.with(|c| c.contains_key(&key))
    }

    fn conflict(&self, id: &C::Id, rev: Option<u64>, theirs: Option<C::Value>) {
        let label = theirs.as_ref().or(self.get_untracked(id).as_ref()).map(C::describe).unwrap_or_default();
        let removed = theirs.is_none();
        self.conflicts.update_value(|c| {
            c.insert(id.clone(), Conflict { theirs, rev });
        });
        self.hub.conflicts.update(|c| {
            c.insert(C::key(id), ConflictNote { label, removed });
        });
    }

    fn write_one(&self, id: &C::Id, mine: bool) -> Result<bool, SaveStatus> {
        let key = C::key(id);
        let now = local::read(&key);
        let (head, theirs) = match now.as_deref() {
            Some(t) => {
                let (head, value) = read_entry::<C>(id, t);
                (Some(head), Some(value))
            }
            None => (None, None),
        };
        let now_rev = head.map(|h| h.rev);
        let seen = self.seen.with_value(|s| s.get(id).and_then(|x| x.rev));
        if now_rev != seen {
            match theirs {
                Some(Err(Unreadable::Newer(_))) => {
                    return Err(SaveStatus::Failed(NEWER_HERE.to_owned()));
                }
                Some(Ok(v)) => self.conflict(id, now_rev, Some(v)),
                Some(Err(_)) | None => self.conflict(id, now_rev, None),
            }
            return Ok(false);
        }
        let Some(value) = self.get_untracked(id) else { return Ok(true) };
        let Some(envelope) = C::encode(&value) else { return Ok(true) };
        let rev = next_rev(seen, clock::now_ms());
        match local::write(&key, &record_text(RecordHead { rev, mine }, &envelope)) {
            Ok(()) => {
                self.seen.update_value(|s| {
                    s.insert(id.clone(), Seen { rev: Some(rev) });
                });
                Ok(true)
            }
            Err(WriteError::Full) => Err(SaveStatus::Full),
            Err(WriteError::Other(why)) => Err(SaveStatus::Failed(why)),
        }
    }
}

impl<C: Codec> Part for Collection<C> {
    fn owns(&self, key: &str) -> bool {
        C::id(key).is_some()
    }

    fn flush(&self) -> Option<SaveStatus> {
        let pending: Vec<(C::Id, bool)> = self.dirty.with_value(|d| d.iter().map(|(k, v)| (k.clone(), *v)).collect());
        let mut failure = None;
        for (id, mine) in pending {
            if self.conflicts.with_value(|c| c.contains_key(&id)) {
                continue;
            }
            match self.write_one(&id, mine) {
                Ok(true) => self.dirty.update_value(|d| {
                    d.remove(&id);
                }),
                Ok(false) => {}
                Err(f) => failure = Some(f),
            }
        }
        failure
    }

    fn pending(&self) -> bool {
        self.dirty.with_value(|d| d.keys().any(|id| !self.conflicts.with_value(|c| c.contains_key(id))))
    }

    fn remote(&self, key: &str, text: Option<String>) {
        let Some(id) = C::id(key) else { return };
        let read = text.as_deref().map(|t| read_entry::<C>(&id, t));
        let rev = read.as_ref().map(|(h, _)| h.rev);
        if self.seen.with_value(|s| s.get(&id).and_then(|x| x.rev)) == rev {
            return;
        }
        let dirty = self.dirty.with_value(|d| d.contains_key(&id));
        match read {
            None if dirty => self.conflict(&id, None, None),
            None => {
                let name = self.get_untracked(&id).map(|v| C::describe(&v));
                self.follow(&id, None, None);
                if let (true, Some(name)) = (C::NOTIFY, name) {
                    self.hub.notice.set(Some(format!("{name} vừa bị xoá ở một thẻ khác.")));
                }
            }
            Some((_, Ok(v))) if dirty => self.conflict(&id, rev, Some(v)),
            Some((head, Ok(v))) => {
                if C::NOTIFY {
                    self.hub.notice.set(Some(format!("{} vừa được cập nhật từ một thẻ khác.", C::describe(&v))));
                }
                self.from_file.update_value(|f| {
                    if head.mine {
                        f.remove(&id);
                    } else {
                        f.insert(id.clone());
                    }
                });
                self.follow(&id, rev, Some(v));
            }
            Some((_, Err(why))) => {
                if let Some(t) = text {
                    self.quarantine(key.to_owned(), t, why);
                }
            }
        }
    }

    fn resolve(&self, key: &str, keep_mine: bool) {
        let Some(id) = C::id(key) else { return };
        let Some(conflict) = self.conflicts.try_update_value(|c| c.remove(&id)).flatten() else { return };
        if keep_mine {
            // This tab has now seen the other's version: its write may land on it.
            self.seen.update_value(|s| {
                s.insert(id.clone(), Seen { rev: conflict.rev });
            });
            self.dirty.update_value(|d| {
                d.insert(id, true);
            });
            self.hub.flush();
        } else {
            self.follow(&id, conflict.rev, conflict.theirs);
        }
    }
}

/// Why a save was refused when a newer version of the app wrote the entry.
const NEWER_HERE: &str = "một phiên bản mới hơn của ứng dụng (ở thẻ khác) vừa lưu văn bản này; phiên bản này không ghi đè lên. Hãy tải lại trang";
