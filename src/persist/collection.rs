//! One kind of record in storage, held in memory for the screens: the autosave machinery
//! every store shares.
//!
//! Each record carries a revision (`kiemdiem_core::record`). A write never lands on a
//! revision this tab has not seen: if another tab wrote since, nothing is written and the
//! user chooses which version to keep. A tab with no unsaved edit to a record follows the
//! other tab's change at once. An entry written by a newer version of the app is never
//! written over, whatever the user chooses.
//!
//! What this tab knows of each record (its revision, a pending write, a conflict) is kept
//! by storage key in a [`Track`], the same type for every kind of record, and the checks
//! on it are plain functions: only reading and writing values is generic, which keeps the
//! wasm of an app with several kinds of record small.

use std::collections::BTreeMap;
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
    /// Sealed by the drafts' lock, and this tab does not hold its key (`super::lock`): never
    /// written over; shown only once the passphrase is given.
    Locked,
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
    /// Whether the record is sealed while the drafts' lock is on (a member's own drafts).
    fn sealed(value: &Self::Value) -> bool {
        let _ = value;
        false
    }
}

/// One read of an entry: its head and what it holds.
pub fn read_entry<C: Codec>(id: &C::Id, text: &str) -> (RecordHead, Result<C::Value, Unreadable>) {
    let (head, envelope) = split_record(text);
    if kiemdiem_core::seal::is_sealed(envelope) {
        return match super::lock::open_entry(&C::key(id), envelope) {
            Some(plain) => (head, C::decode(id, &plain)),
            None => (head, Err(Unreadable::Locked)),
        };
    }
    (head, C::decode(id, envelope))
}

/// What this tab knows of one record in storage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Track {
    /// The revision last read or written; `None`: no record.
    seen: Option<u64>,
    /// A write is pending: whether the change is the user's own edit (or taken from a file).
    pending: Option<bool>,
    /// The last change came from a file, not from an edit on this device.
    from_file: bool,
    /// Another tab changed the record while this tab had an edit pending: the revision in
    /// storage now, and its text (`None`: removed).
    clash: Option<(Option<u64>, Option<String>)>,
}

type Tracks = StoredValue<BTreeMap<String, Track>>;

fn track(tracks: &Tracks, key: &str) -> Track {
    tracks.with_value(|t| t.get(key).cloned().unwrap_or_default())
}

fn set_track(tracks: &Tracks, key: &str, change: impl FnOnce(&mut Track)) {
    tracks.update_value(|t| change(t.entry(key.to_owned()).or_default()));
}

/// A record changed here (`mine`) or was taken from a file: it waits to be written.
fn mark_pending(tracks: &Tracks, key: &str, mine: bool) {
    set_track(tracks, key, |t| {
        t.pending = Some(mine);
        t.from_file = !mine;
    });
}

/// The revision of a stored text.
fn rev_of(text: &str) -> u64 {
    split_record(text).0.rev
}

/// What a check before writing found.
enum Checked {
    /// Nobody wrote since this tab last saw the record.
    Clear,
    /// Another tab wrote (or removed) it: its revision and text.
    Changed(Option<u64>, Option<String>),
}

/// Whether the record under `key` is still the revision this tab last saw.
fn check(tracks: &Tracks, key: &str) -> Checked {
    let now = local::read(key);
    let now_rev = now.as_deref().map(rev_of);
    if now_rev == track(tracks, key).seen {
        Checked::Clear
    } else {
        Checked::Changed(now_rev, now)
    }
}

/// Writes `envelope` under `key` as the next revision (`sealed` while the drafts' lock is
/// on), and remembers it.
fn write(tracks: &Tracks, key: &str, envelope: String, sealed: bool, mine: bool) -> Result<(), SaveStatus> {
    let envelope = if sealed { super::lock::seal_entry(key, envelope).map_err(SaveStatus::Failed)? } else { envelope };
    let rev = next_rev(track(tracks, key).seen, clock::now_ms());
    match local::write(key, &record_text(RecordHead { rev, mine }, &envelope)) {
        Ok(()) => {
            set_track(tracks, key, |t| {
                t.seen = Some(rev);
                t.pending = None;
            });
            Ok(())
        }
        Err(WriteError::Full) => Err(SaveStatus::Full),
        Err(WriteError::Other(why)) => Err(SaveStatus::Failed(why)),
    }
}

/// One kind of record: see the module documentation.
pub struct Collection<C: Codec> {
    hub: Hub,
    items: RwSignal<BTreeMap<C::Id, C::Value>>,
    tracks: Tracks,
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
        let c = Collection { hub, items: RwSignal::new(BTreeMap::new()), tracks: StoredValue::new(BTreeMap::new()) };
        if !hub.memory_only() {
            c.load();
        }
        hub.register(Rc::new(c));
        c
    }

    fn load(&self) {
        let mut items = BTreeMap::new();
        let mut tracks = BTreeMap::new();
        for (key, text) in local::entries_where(C::prefix(), |k| C::id(k).is_some()) {
            let Some(id) = C::id(&key) else { continue };
            let (head, value) = read_entry::<C>(&id, &text);
            match value {
                Ok(v) => {
                    // Kept in clear while the drafts are locked (written by a tab that was
                    // not given the passphrase, or before the lock): sealed at once.
                    let reseal = C::sealed(&v)
                        && super::lock::key().is_some()
                        && !kiemdiem_core::seal::is_sealed(split_record(&text).1);
                    let pending = reseal.then_some(head.mine);
                    tracks.insert(
                        key,
                        Track { seen: Some(head.rev), from_file: !head.mine, pending, ..Track::default() },
                    );
                    items.insert(id, v);
                }
                Err(why) => self.quarantine(key, text, why),
            }
        }
        let reseal = tracks.values().any(|t| t.pending.is_some());
        self.items.set(items);
        self.tracks.set_value(tracks);
        if reseal {
            self.hub.schedule();
        }
    }

    fn quarantine(&self, key: String, text: String, why: Unreadable) {
        let (message, newer) = match why {
            Unreadable::NotHere => return,
            // Sealed with another passphrase than this tab's: never dropped, never shown.
            Unreadable::Locked if super::lock::key().is_some() => (
                "Bản nháp này được khoá bằng một mật khẩu khác với mật khẩu vừa nhập nên không mở được. Đồng chí có thể xuất nguyên trạng để giữ lại.".to_owned(),
                false,
            ),
            Unreadable::Locked => return,
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
        track(&self.tracks, &C::key(id)).from_file
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

    /// Adds or replaces a record taken from a file only once it is written to storage and
    /// read back the same: what a user is told was added survives a reload. When storage
    /// refuses it (full, or switched off), nothing changes, here or in storage, and `Err`
    /// says why.
    pub fn put_kept_from_file(&self, id: C::Id, value: C::Value) -> Result<(), SaveStatus> {
        if self.hub.memory_only() {
            return Err(SaveStatus::MemoryOnly("trình duyệt không cho lưu dữ liệu".to_owned()));
        }
        let key = C::key(&id);
        let Some(envelope) = C::encode(&value) else {
            return Err(SaveStatus::Failed(format!("{} theo mẫu mà phiên bản này chưa có", C::describe(&value))));
        };
        let before = local::read(&key);
        write(&self.tracks, &key, envelope, C::sealed(&value), false)?;
        let back = local::read(&key).map(|text| read_entry::<C>(&id, &text).1);
        if !matches!(&back, Some(Ok(v)) if *v == value) {
            // Not as written: put back what was there, and change nothing here.
            match before {
                Some(text) => {
                    let _ = local::write(&key, &text);
                }
                None => local::remove(&key),
            }
            return Err(SaveStatus::Failed("đọc lại không đúng như đã ghi".to_owned()));
        }
        set_track(&self.tracks, &key, |t| t.from_file = true);
        self.items.update(|m| {
            m.insert(id, value);
        });
        Ok(())
    }

    /// [`Collection::put_from_file`] of many records at once: one change of the records'
    /// signal and one scheduled write for an import of hundreds, not one each.
    pub fn put_all_from_file(&self, records: impl IntoIterator<Item = (C::Id, C::Value)>) {
        let changed: Vec<(C::Id, C::Value)> =
            self.items.with_untracked(|m| records.into_iter().filter(|(id, value)| m.get(id) != Some(value)).collect());
        if changed.is_empty() {
            return;
        }
        for (id, _) in &changed {
            mark_pending(&self.tracks, &C::key(id), false);
        }
        self.items.update(|m| m.extend(changed));
        self.hub.schedule();
    }

    fn set(&self, id: C::Id, value: C::Value, mine: bool) {
        if self.items.with_untracked(|m| m.get(&id) == Some(&value)) {
            return;
        }
        mark_pending(&self.tracks, &C::key(&id), mine);
        self.items.update(|m| {
            m.insert(id, value);
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
    ///
    /// An entry this tab cannot read (a newer app's, a broken one) is never deleted: it is
    /// listed as unreadable and only this tab's copy goes.
    pub fn remove(&self, id: &C::Id) -> Result<Option<C::Value>, C::Value> {
        let key = C::key(id);
        let mut delete = true;
        if !self.hub.memory_only() {
            if let Checked::Changed(rev, Some(text)) = check(&self.tracks, &key) {
                match read_entry::<C>(id, &text) {
                    (head, Ok(theirs)) => {
                        set_track(&self.tracks, &key, |t| t.from_file = !head.mine);
                        self.follow(id, rev, Some(theirs.clone()));
                        return Err(theirs);
                    }
                    (_, Err(why)) => {
                        self.quarantine(key.clone(), text, why);
                        delete = false;
                    }
                }
            }
            if delete {
                local::remove(&key);
            }
        }
        set_track(&self.tracks, &key, |t| *t = Track::default());
        self.hub.conflicts.update(|c| {
            c.remove(&key);
        });
        let mut removed = None;
        self.items.update(|m| removed = m.remove(id));
        Ok(removed)
    }

    /// Takes another tab's version of a record (`None`: it removed it) as this tab's.
    fn follow(&self, id: &C::Id, rev: Option<u64>, theirs: Option<C::Value>) {
        set_track(&self.tracks, &C::key(id), |t| {
            t.seen = rev;
            t.pending = None;
            t.clash = None;
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

    /// Writes every record again (each keeping whether it was an edit here or taken from a
    /// file), now: the drafts' lock was put on or taken off. Returns the refusal, if any.
    pub fn rewrite_all(&self) -> Option<SaveStatus> {
        let keys: Vec<String> = self.items.with_untracked(|m| m.keys().map(C::key).collect());
        for key in &keys {
            let mine = !track(&self.tracks, key).from_file;
            mark_pending(&self.tracks, key, mine);
        }
        let failure = Part::flush(self);
        if let Some(f) = &failure {
            self.hub.status.set(f.clone());
        }
        failure
    }

    /// How many records that the lock seals are stored sealed, and how many in clear.
    pub fn sealed_count(&self) -> (usize, usize) {
        self.items.with_untracked(|m| {
            m.iter().filter(|(_, v)| C::sealed(v)).fold((0, 0), |(s, c), (id, _)| {
                let stored = local::read(&C::key(id));
                match stored.as_deref().map(|t| kiemdiem_core::seal::is_sealed(split_record(t).1)) {
                    Some(true) => (s + 1, c),
                    _ => (s, c + 1),
                }
            })
        })
    }

    /// Whether this record is in conflict with another tab's (reactive through the hub).
    pub fn in_conflict(&self, id: &C::Id) -> bool {
        let key = C::key(id);
        self.hub.conflicts.with(|c| c.contains_key(&key))
    }

    /// Another tab changed the record while this tab has an edit pending: keep both and
    /// let the user choose.
    fn clash(&self, id: &C::Id, key: &str, rev: Option<u64>, text: Option<String>) {
        let theirs = text.as_deref().and_then(|t| read_entry::<C>(id, t).1.ok());
        let label = theirs.as_ref().or(self.get_untracked(id).as_ref()).map(C::describe).unwrap_or_default();
        let removed = text.is_none();
        set_track(&self.tracks, key, |t| t.clash = Some((rev, text)));
        self.hub.conflicts.update(|c| {
            c.insert(key.to_owned(), ConflictNote { label, removed });
        });
    }
}

impl<C: Codec> Part for Collection<C> {
    fn owns(&self, key: &str) -> bool {
        C::id(key).is_some()
    }

    fn flush(&self) -> Option<SaveStatus> {
        let pending: Vec<(String, bool)> = self.tracks.with_value(|t| {
            t.iter().filter(|(_, x)| x.clash.is_none()).filter_map(|(k, x)| x.pending.map(|m| (k.clone(), m))).collect()
        });
        let mut failure = None;
        for (key, mine) in pending {
            let Some(id) = C::id(&key) else {
                set_track(&self.tracks, &key, |t| t.pending = None);
                failure = Some(SaveStatus::Failed(format!("mục \"{key}\" có tên không hợp lệ nên không lưu được")));
                continue;
            };
            let value = self.get_untracked(&id);
            match check(&self.tracks, &key) {
                Checked::Changed(rev, Some(text)) => match read_entry::<C>(&id, &text) {
                    // Another tab wrote exactly this: nothing to choose.
                    (_, Ok(theirs)) if value.as_ref() == Some(&theirs) => set_track(&self.tracks, &key, |t| {
                        t.seen = rev;
                        t.pending = None;
                    }),
                    (_, Ok(_)) => self.clash(&id, &key, rev, Some(text)),
                    // Never written over: a newer app's entry, or one this app cannot read.
                    (_, Err(why)) => {
                        let what = value.as_ref().map(C::describe).unwrap_or_else(|| "văn bản này".to_owned());
                        let message = match &why {
                            Unreadable::Locked => format!(
                                "{what} vừa được khoá bằng mật khẩu ở thẻ khác nên thẻ này không ghi đè lên. Hãy tải lại trang"
                            ),
                            Unreadable::Newer(_) => format!(
                                "một phiên bản mới hơn của ứng dụng (ở thẻ khác) vừa lưu {what}; phiên bản này không ghi đè lên. Hãy tải lại trang"
                            ),
                            _ => format!("mục lưu trữ của {what} không đọc được nên không ghi đè lên; hãy xuất văn bản ra tệp"),
                        };
                        self.quarantine(key.clone(), text, why);
                        failure = Some(SaveStatus::Failed(message));
                    }
                },
                Checked::Changed(rev, None) => self.clash(&id, &key, rev, None),
                Checked::Clear => {
                    let written = match (value.as_ref(), value.as_ref().and_then(C::encode)) {
                        (Some(v), Some(envelope)) => write(&self.tracks, &key, envelope, C::sealed(v), mine),
                        // Gone meanwhile: nothing to write.
                        (None, _) => {
                            set_track(&self.tracks, &key, |t| t.pending = None);
                            Ok(())
                        }
                        (Some(v), None) => Err(SaveStatus::Failed(format!(
                            "{} theo mẫu mà phiên bản này chưa có nên không lưu được; hãy tải lại trang",
                            C::describe(v)
                        ))),
                    };
                    if let Err(f) = written {
                        failure = Some(f);
                    }
                }
            }
        }
        failure
    }

    fn pending(&self) -> bool {
        self.tracks.with_value(|t| t.values().any(|x| x.pending.is_some() && x.clash.is_none()))
    }

    fn remote(&self, key: &str, text: Option<String>) {
        let Some(id) = C::id(key) else { return };
        let rev = text.as_deref().map(rev_of);
        let known = track(&self.tracks, key);
        if known.seen == rev {
            return;
        }
        if known.pending.is_some() {
            let read = text.as_deref().map(|t| read_entry::<C>(&id, t).1);
            let same = matches!(&read, Some(Ok(theirs)) if self.get_untracked(&id).as_ref() == Some(theirs));
            if same {
                set_track(&self.tracks, key, |t| {
                    t.seen = rev;
                    t.pending = None;
                });
                return;
            }
            if !matches!(read, Some(Err(Unreadable::Newer(_)))) {
                self.clash(&id, key, rev, text);
                return;
            }
        }
        let Some(text) = text else {
            let name = self.get_untracked(&id).map(|v| C::describe(&v));
            self.follow(&id, None, None);
            if let (true, Some(name)) = (C::NOTIFY, name) {
                self.hub.notice.set(Some(format!("{name} vừa bị xoá ở một thẻ khác.")));
            }
            return;
        };
        match read_entry::<C>(&id, &text) {
            (head, Ok(v)) => {
                if C::NOTIFY {
                    self.hub.notice.set(Some(format!("{} vừa được cập nhật từ một thẻ khác.", C::describe(&v))));
                }
                set_track(&self.tracks, key, |t| t.from_file = !head.mine);
                self.follow(&id, rev, Some(v));
            }
            (_, Err(why)) => self.quarantine(key.to_owned(), text, why),
        }
    }

    fn resolve(&self, key: &str, keep_mine: bool) {
        let Some(id) = C::id(key) else { return };
        let Some((rev, text)) = track(&self.tracks, key).clash else { return };
        if keep_mine {
            // This tab has now seen the other's version: its write may land on it. The
            // change keeps what it was (an edit, or taken from a file).
            set_track(&self.tracks, key, |t| {
                t.seen = rev;
                t.clash = None;
                t.pending = Some(t.pending.unwrap_or(true));
            });
            self.hub.flush();
        } else {
            match text.as_deref().map(|t| read_entry::<C>(&id, t)) {
                Some((head, Ok(theirs))) => {
                    set_track(&self.tracks, key, |t| t.from_file = !head.mine);
                    self.follow(&id, rev, Some(theirs));
                }
                None => self.follow(&id, rev, None),
                // Nothing readable to take: this tab's version stays, unsaved.
                Some((_, Err(_))) => set_track(&self.tracks, key, |t| t.clash = None),
            }
        }
    }
}
