//! The cells' workspaces on this device, for every screen of the cell app: two
//! collections of the persistence layer in local storage (heads and members; see
//! `kiemdiem_core::cell::stored`), assembled into the [`Workspace`]s the screens and rules
//! work on, and the members' reviews in IndexedDB ([`crate::persist::idb`]), which a cell
//! of thousands over several years would not fit in local storage's 5 MB. The
//! record-level changes live here: edit, take reviews in, open a bundle, remove. The
//! use-cases built on them (importing files, Mẫu 01, the bundle) are in
//! [`super::actions`].
//!
//! Reviews are written before the records that point to them, in one transaction per
//! import or bundle, and the screens learn of them only once written: a review the roster
//! shows is one a reload finds again.
//!
//! Every edit is split into the records it changes, so two tabs working on different
//! members of one workspace never write the same record, and the same member edited in
//! both ends in a choice (see [`crate::persist`]). `CellStore::provide()` once (after
//! [`crate::store::Store::provide`]); `use_cell_store()` below.

use std::collections::BTreeMap;

use kiemdiem_core::cell::export::wrap_workspace;
use kiemdiem_core::cell::file::{read_cell, BundleRead, CellPayload};
use kiemdiem_core::cell::import::{import_reviews, Outcome};
use kiemdiem_core::cell::model::Line;
use kiemdiem_core::cell::model::Workspace;
use kiemdiem_core::cell::stored::{self, assemble, head_of, split, StoredMember};
use kiemdiem_core::document::Document;
use kiemdiem_core::file::{self, FileError, Payload};
use kiemdiem_core::ids::{DocId, MemberId, WorkspaceId};
use kiemdiem_core::intake::Item;
use leptos::prelude::*;

use crate::clock;
use crate::persist::idb::{self, IdbError};
use crate::persist::keys::{Key, CELL_PREFIX};
use crate::persist::{local, Codec, Collection, Hub, Quarantined, SaveStatus, Unreadable};
use crate::store::{use_store, ImportOutcome, Store, APP_VERSION};

/// Maps a file reader's refusal to what the persistence layer does with the entry.
fn unreadable(e: FileError, what: &str) -> Unreadable {
    match e {
        FileError::Newer { .. } => Unreadable::Newer(e.message(what)),
        e => Unreadable::Broken(e.message(what)),
    }
}

/// A workspace's head: `kiemdiem/cell/<workspace>`.
pub struct HeadCodec;

impl Codec for HeadCodec {
    type Id = WorkspaceId;
    type Value = Workspace;
    const NOTIFY: bool = false;

    fn key(id: &WorkspaceId) -> String {
        Key::CellHead(id.clone()).text()
    }
    fn id(key: &str) -> Option<WorkspaceId> {
        match Key::parse(key) {
            Some(Key::CellHead(ws)) => Some(ws),
            _ => None,
        }
    }
    fn prefix() -> &'static str {
        CELL_PREFIX
    }
    fn encode(ws: &Workspace) -> Option<String> {
        Some(file::to_storage_text(&wrap_workspace(&head_of(ws), APP_VERSION)))
    }
    fn decode(id: &WorkspaceId, envelope: &str) -> Result<Workspace, Unreadable> {
        match read_cell(envelope.as_bytes()) {
            Ok(r) => match r.value {
                CellPayload::Workspace(ws) if ws.id == *id => Ok(ws),
                _ => Err(Unreadable::Broken("Mục này không phải hồ sơ chi bộ.".into())),
            },
            Err(e) => Err(unreadable(e, &format!("hồ sơ chi bộ {id}"))),
        }
    }
    fn describe(ws: &Workspace) -> String {
        format!("Hồ sơ {}", ws.title())
    }
}

/// A member of a cell with the cell's columns: `kiemdiem/cell/<workspace>/m/<member>`.
pub struct MemberCodec;

impl Codec for MemberCodec {
    type Id = (WorkspaceId, MemberId);
    type Value = StoredMember;
    const NOTIFY: bool = false;

    fn key((ws, m): &(WorkspaceId, MemberId)) -> String {
        Key::CellMember(ws.clone(), m.clone()).text()
    }
    fn id(key: &str) -> Option<(WorkspaceId, MemberId)> {
        match Key::parse(key) {
            Some(Key::CellMember(ws, m)) => Some((ws, m)),
            _ => None,
        }
    }
    fn prefix() -> &'static str {
        CELL_PREFIX
    }
    fn encode(m: &StoredMember) -> Option<String> {
        // The envelope's own times are those of the record.
        let mut ws = Workspace::new(WorkspaceId::default(), 0, m.updated);
        ws.created = m.updated;
        Some(file::to_storage_text(&stored::wrap_member(&ws, m, APP_VERSION)))
    }
    fn decode((_, m): &(WorkspaceId, MemberId), envelope: &str) -> Result<StoredMember, Unreadable> {
        match stored::read_member(envelope.as_bytes()) {
            Ok(s) if s.member.id == *m => Ok(s),
            Ok(_) => Err(Unreadable::Broken("Mục này mang mã đảng viên khác với khoá lưu trữ của nó.".into())),
            Err(e) => Err(unreadable(e, &format!("mục đảng viên {m}"))),
        }
    }
    fn describe(m: &StoredMember) -> String {
        format!("Ý kiến của chi bộ về đồng chí {}", m.member.name)
    }
}

/// A member's review as the cell imported it: its envelope's text, as kept in IndexedDB
/// under `<workspace>/<document>`, and as versions before that kept it in local storage
/// under `kiemdiem/cell/<workspace>/r/<document>` (read once and moved).
pub struct ReviewCodec;

impl Codec for ReviewCodec {
    type Id = (WorkspaceId, DocId);
    type Value = Document;
    const NOTIFY: bool = false;

    fn key((ws, d): &(WorkspaceId, DocId)) -> String {
        Key::CellReview(ws.clone(), d.clone()).text()
    }
    fn id(key: &str) -> Option<(WorkspaceId, DocId)> {
        match Key::parse(key) {
            Some(Key::CellReview(ws, d)) => Some((ws, d)),
            _ => None,
        }
    }
    fn prefix() -> &'static str {
        CELL_PREFIX
    }
    fn encode(doc: &Document) -> Option<String> {
        file::wrap(doc, APP_VERSION).map(|env| file::to_storage_text(&env))
    }
    fn decode((_, d): &(WorkspaceId, DocId), envelope: &str) -> Result<Document, Unreadable> {
        match read_cell(envelope.as_bytes()) {
            Ok(r) => match r.value {
                CellPayload::Member(Payload::Document(doc)) if doc.id == *d => Ok(doc),
                _ => Err(Unreadable::Broken("Mục này không phải bản kiểm điểm.".into())),
            },
            Err(e) => Err(unreadable(e, &format!("bản kiểm điểm {d}"))),
        }
    }
    fn describe(doc: &Document) -> String {
        crate::store::describe(doc)
    }
}

/// Reviews by workspace and id.
type Reviews = BTreeMap<WorkspaceId, BTreeMap<DocId, Document>>;

/// Where reading the reviews from IndexedDB stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Being read.
    Loading,
    /// Read.
    Ready,
    /// IndexedDB refused: what the user reads.
    Failed(String),
}

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct CellStore {
    hub: Hub,
    /// The documents store, where each workspace's Mẫu 01 is kept like any draft.
    docs: Store,
    heads: Collection<HeadCodec>,
    members: Collection<MemberCodec>,
    /// Reviews still in local storage, kept there by an earlier version: moved to
    /// IndexedDB at start (an entry that cannot be read stays, listed as unreadable).
    legacy_reviews: Collection<ReviewCodec>,
    /// Every workspace, assembled (reactive).
    pub workspaces: Memo<BTreeMap<WorkspaceId, Workspace>>,
    /// Per workspace, its members' reviews by document id, as kept in IndexedDB (reactive).
    pub reviews: RwSignal<Reviews>,
    /// Whether the reviews have been read from IndexedDB.
    pub loaded: RwSignal<Loaded>,
    /// Where saving stands (every store of the page).
    pub status: RwSignal<SaveStatus>,
    /// Entries that could not be read (every store of the page).
    pub unreadable: RwSignal<Vec<Quarantined>>,
}

impl CellStore {
    /// Loads every workspace and provides the store to every component below. The
    /// documents store must be provided first.
    pub fn provide() -> CellStore {
        let hub = Hub::provide();
        let heads = Collection::<HeadCodec>::new(hub);
        let members = Collection::<MemberCodec>::new(hub);
        let legacy_reviews = Collection::<ReviewCodec>::new(hub);
        let workspaces = Memo::new(move |_| {
            heads.with(|h| {
                members.with(|m| {
                    kiemdiem_core::order::map_of(
                        h.iter().map(|(id, head)| (id.clone(), assemble(head, members_of(m, id)))),
                    )
                })
            })
        });
        let store = CellStore {
            hub,
            docs: use_store(),
            heads,
            members,
            legacy_reviews,
            workspaces,
            reviews: RwSignal::new(BTreeMap::new()),
            loaded: RwSignal::new(Loaded::Loading),
            status: hub.status,
            unreadable: hub.quarantine,
        };
        provide_context(store);
        let legacy: Reviews = legacy_reviews.with_untracked(|r| {
            let mut by_ws = Reviews::new();
            for ((ws, id), doc) in r {
                by_ws.entry(ws.clone()).or_default().insert(id.clone(), doc.clone());
            }
            by_ws
        });
        wasm_bindgen_futures::spawn_local(async move { store.load_reviews(legacy).await });
        idb::on_other_tab_reviews(hub, move |ws| {
            wasm_bindgen_futures::spawn_local(async move { store.reload_reviews(&WorkspaceId::from(ws)).await });
        });
        // Workspaces kept whole by earlier versions move their members into records: the
        // assembled workspace (records first) is written at its own time, at once.
        let legacy: Vec<WorkspaceId> = heads
            .with_untracked(|h| h.iter().filter(|(_, w)| !w.members.is_empty()).map(|(id, _)| id.clone()).collect());
        for id in &legacy {
            if let Some(ws) = workspaces.with_untracked(|w| w.get(id).cloned()) {
                store.apply_as(&ws, true, ws.updated);
            }
        }
        if !legacy.is_empty() {
            hub.flush();
        }
        store
    }

    /// One workspace (reactive).
    pub fn get(&self, id: &WorkspaceId) -> Option<Workspace> {
        self.workspaces.with(|w| w.get(id).cloned())
    }

    /// Runs `f` on a workspace, its reviews and its roster lines (reactive).
    pub fn with_lines<R>(&self, id: &WorkspaceId, f: impl FnOnce(&Workspace, &[Line]) -> R) -> Option<R> {
        self.workspaces.with(|all| {
            let ws = all.get(id)?;
            self.reviews.with(|revs| {
                let empty = BTreeMap::new();
                let revs = revs.get(id).unwrap_or(&empty);
                let lines: Vec<Line> = ws
                    .members
                    .iter()
                    .map(|m| Line::of(m, m.review.as_ref().and_then(|r| revs.get(r)), &ws.profile))
                    .collect();
                Some(f(ws, &lines))
            })
        })
    }

    /// One review of a workspace (reactive).
    pub fn review(&self, ws: &WorkspaceId, doc: &DocId) -> Option<Document> {
        self.reviews.with(|r| r.get(ws).and_then(|m| m.get(doc)).cloned())
    }

    /// Reads every review from IndexedDB, after moving there those an earlier version
    /// kept in local storage (removed from local storage only once IndexedDB holds them).
    async fn load_reviews(&self, legacy: Reviews) {
        for (ws, docs) in legacy {
            let put: Vec<(String, String)> = docs
                .iter()
                .filter_map(|(d, doc)| Some((idb::review_key(ws.as_str(), d.as_str()), ReviewCodec::encode(doc)?)))
                .collect();
            // A page that went away meanwhile has nothing left to do.
            if idb::change_reviews(ws.as_str(), &put, &[], false).await.is_ok() && !self.loaded.is_disposed() {
                for id in docs.into_keys() {
                    let _ = self.legacy_reviews.remove(&(ws.clone(), id));
                }
            }
        }
        match read_reviews(None).await {
            Ok(all) => {
                let _ = self.reviews.try_set(all);
                let _ = self.loaded.try_set(Loaded::Ready);
            }
            Err(e) => {
                let why = format!("Chưa đọc được các bản kiểm điểm đã lưu trên máy này. {}", e.message());
                let _ = self.loaded.try_set(Loaded::Failed(why));
            }
        }
    }

    /// Reads one workspace's reviews again (another tab changed them).
    async fn reload_reviews(&self, ws: &WorkspaceId) {
        if let Ok(mut all) = read_reviews(Some(ws)).await {
            let mine = all.remove(ws).unwrap_or_default();
            let _ = self.reviews.try_update(|r| {
                r.insert(ws.clone(), mine);
            });
        }
    }

    /// Changes a workspace's reviews in IndexedDB, in one transaction, then here: `put`
    /// written, `delete` removed, and with `only_these` nothing else of the workspace kept.
    async fn keep_reviews(
        &self,
        ws: &WorkspaceId,
        put: BTreeMap<DocId, Document>,
        delete: Vec<DocId>,
        only_these: bool,
    ) -> Result<(), IdbError> {
        if put.is_empty() && delete.is_empty() && !only_these {
            return Ok(());
        }
        let mut texts = Vec::with_capacity(put.len());
        for (id, doc) in &put {
            texts.push((idb::review_key(ws.as_str(), id.as_str()), ReviewCodec::encode(doc).ok_or(IdbError::Failed)?));
        }
        let gone: Vec<String> = delete.iter().map(|d| idb::review_key(ws.as_str(), d.as_str())).collect();
        idb::change_reviews(ws.as_str(), &texts, &gone, only_these).await?;
        idb::announce_reviews(ws.as_str());
        let _ = self.reviews.try_update(|r| {
            let mine = r.entry(ws.clone()).or_default();
            if only_these {
                mine.clear();
            }
            for d in &delete {
                mine.remove(d);
            }
            mine.extend(put);
        });
        Ok(())
    }

    /// Writes every change now (a use-case that must not wait for the next tick).
    pub fn flush(&self) {
        self.hub.flush();
    }

    /// Adds a new workspace and saves it.
    pub fn create(&self, ws: Workspace) {
        self.apply(&ws);
        self.hub.flush();
    }

    /// Changes a workspace and schedules the save of the records that changed.
    pub fn update(&self, id: &WorkspaceId, change: impl FnOnce(&mut Workspace)) {
        let Some(mut ws) = self.workspaces.with_untracked(|w| w.get(id).cloned()) else { return };
        change(&mut ws);
        self.apply(&ws);
    }

    /// Writes what makes the stored workspace `ws`: its head and members' records that
    /// changed, and removes the reviews no member refers to any more.
    fn apply(&self, ws: &Workspace) {
        self.apply_as(ws, true, clock::now());
    }

    /// As [`CellStore::apply`]; `mine`: an edit here rather than a file; `at`: the time
    /// the changed records take (a bundle's records keep the bundle's).
    fn apply_as(&self, ws: &Workspace, mine: bool, at: chrono::DateTime<chrono::FixedOffset>) {
        let id = ws.id.clone();
        let head = self.heads.get_untracked(&id);
        let stored: BTreeMap<MemberId, StoredMember> = self.members.with_untracked(|m| {
            kiemdiem_core::order::map_of(members_of(m, &id).map(|s| (s.member.id.clone(), s.clone())))
        });
        let changes = split(head.as_ref(), &stored, ws, at);
        if let Some(h) = changes.head {
            if mine {
                self.heads.put(id.clone(), h);
            } else {
                self.heads.put_from_file(id.clone(), h);
            }
        }
        for m in changes.put {
            let key = (id.clone(), m.member.id.clone());
            if mine {
                self.members.put(key, m);
            } else {
                self.members.put_from_file(key, m);
            }
        }
        for m in changes.removed {
            let _ = self.members.remove(&(id.clone(), m));
        }
        let referenced: Vec<&DocId> = ws.members.iter().filter_map(|m| m.review.as_ref()).collect();
        let orphans: Vec<DocId> = self.reviews.with_untracked(|r| {
            r.get(&id).map(|m| m.keys().filter(|d| !referenced.contains(d)).cloned().collect()).unwrap_or_default()
        });
        if !orphans.is_empty() {
            // A review no member points to any more is only clutter: removing it may wait.
            let store = *self;
            wasm_bindgen_futures::spawn_local(async move {
                let _ = store.keep_reviews(&id, BTreeMap::new(), orphans, false).await;
            });
        }
    }

    /// Whether any record of the workspace was edited on this device (rather than only
    /// opened from a bundle).
    fn edited_here(&self, id: &WorkspaceId) -> bool {
        !self.heads.is_from_file(id)
            || self.members.with_untracked(|m| m.keys().filter(|(w, _)| w == id).any(|k| !self.members.is_from_file(k)))
    }

    /// Removes a workspace, its members and their reviews from this device.
    ///
    /// When another tab changed one of its records meanwhile, that record stays (this tab
    /// takes it), the workspace is kept, and the user is told.
    pub fn remove(&self, id: &WorkspaceId) {
        if self.remove_records(id) {
            let store = *self;
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = store.keep_reviews(&id, BTreeMap::new(), Vec::new(), true).await;
            });
        }
    }

    /// Removes a workspace's head and members' records (not its reviews); `false` when
    /// another tab changed one of them meanwhile and the workspace was kept.
    fn remove_records(&self, id: &WorkspaceId) -> bool {
        let members: Vec<(WorkspaceId, MemberId)> =
            self.members.with_untracked(|m| m.keys().filter(|(w, _)| w == id).cloned().collect());
        let mut kept = 0;
        for key in members {
            kept += usize::from(self.members.remove(&key).is_err());
        }
        if kept > 0 {
            let title = self.workspaces.with_untracked(|w| w.get(id).map(Workspace::title)).unwrap_or_default();
            self.hub.notice.set(Some(format!(
                "{title}: {kept} mục vừa được sửa ở một thẻ khác nên chưa bị xoá; hồ sơ được giữ lại. Hãy xem lại rồi xoá nếu đồng chí vẫn muốn."
            )));
            return false;
        }
        let _ = self.heads.remove(id);
        true
    }

    /// Adds many reviews to a workspace (see [`import_reviews`]): the reviews that changed
    /// are written to IndexedDB in one transaction first, and only then do the members'
    /// records point to them (written right after the roster is painted,
    /// `Hub::flush_after_paint`). Returns one outcome per item, in order, or, when
    /// IndexedDB refused, why nothing was taken.
    pub async fn import(&self, ws_id: &WorkspaceId, items: Vec<Item>) -> Result<Vec<(String, Outcome)>, IdbError> {
        let Some(mut ws) = self.workspaces.with_untracked(|w| w.get(ws_id).cloned()) else { return Ok(Vec::new()) };
        let pre = ws.clone();
        let before = self.reviews.with_untracked(|r| r.get(ws_id).cloned().unwrap_or_default());
        let mut reviews = before.clone();
        let outcomes = import_reviews(&mut ws, &mut reviews, items);
        let changed: BTreeMap<DocId, Document> =
            reviews.into_iter().filter(|(id, doc)| before.get(id) != Some(doc)).collect();
        self.keep_reviews(ws_id, changed, Vec::new(), false).await?;
        // An edit may have come while IndexedDB wrote: the members the import changed are
        // laid over the workspace as it is now, not over the copy taken before.
        let Some(mut now) = self.workspaces.with_untracked(|w| w.get(ws_id).cloned()) else { return Ok(outcomes) };
        for m in &ws.members {
            if pre.member(&m.id) != Some(m) {
                match now.members.iter_mut().find(|x| x.id == m.id) {
                    Some(x) => *x = m.clone(),
                    None => now.members.push(m.clone()),
                }
            }
        }
        let ws = now;
        self.apply(&ws);
        self.hub.flush_after_paint();
        Ok(outcomes)
    }

    /// Opens a bundle: creates its workspace here, or replaces it when the bundle is newer
    /// and nothing of it was edited on this device; its Mẫu 01 comes back as the document
    /// it was, under the documents store's rules. Returns what happened, as a sentence.
    /// `changed`: the bundle's content no longer matches its check code.
    pub async fn open_bundle(&self, name: &str, bundle: BundleRead, changed: bool) -> String {
        let (mut line, collective) = self.open_workspace(name, bundle, changed).await;
        if let Some(doc) = collective {
            match self.docs.import(doc, false, name) {
                Ok(ImportOutcome::KeptLocal) => {
                    line.push_str(" Báo cáo của chi bộ trên máy này mới hơn bản trong tệp nên được giữ nguyên.");
                }
                Ok(ImportOutcome::Copied(copy)) => line.push_str(&format!(
                    " Báo cáo của chi bộ trên máy này đã được sửa trên máy này nên được giữ nguyên; bản trong tệp được lưu thành bản riêng \"{copy}\"."
                )),
                Ok(_) => {}
                Err(why) => line.push_str(&format!(
                    " Riêng báo cáo của chi bộ (Mẫu 01) chưa lưu được vì {}: hãy giải phóng bộ nhớ (xuất rồi xoá hồ sơ cũ) và mở lại tệp.",
                    why.in_words()
                )),
            }
        }
        line
    }

    /// Opens a bundle's workspace whole or not at all: its reviews go to IndexedDB in one
    /// transaction (replacing the workspace's), then its head and members to local storage;
    /// when local storage refuses after all, the reviews and records that were there before
    /// are put back.
    async fn open_workspace(&self, name: &str, bundle: BundleRead, changed: bool) -> (String, Option<Document>) {
        let BundleRead { mut workspace, collective, reviews, .. } = bundle;
        let bad = reviews.iter().filter(|r| r.is_err()).count();
        // A review that no longer matches its own check code is flagged on its member, as
        // the cell's import flags a member's file changed after export.
        for r in reviews.iter().flatten().filter(|r| r.changed) {
            if let Some(m) = workspace.members.iter_mut().find(|m| m.review.as_ref() == Some(&r.value.id)) {
                m.changed_file = true;
            }
        }
        let docs: BTreeMap<DocId, Document> =
            kiemdiem_core::order::map_of(reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)));
        let collective = collective.and_then(Result::ok).map(|r| r.value);
        let id = workspace.id.clone();
        let title = workspace.title();
        let old = self.workspaces.with_untracked(|w| w.get(&id).cloned());
        let verdict = match &old {
            Some(here) if here.updated >= workspace.updated => {
                return (format!("Tệp \"{name}\": {title} đã có trên máy này với phiên bản bằng hoặc mới hơn; giữ nguyên bản trên máy."), collective);
            }
            Some(_) if self.edited_here(&id) => {
                return (
                    format!(
                        "Tệp \"{name}\": {title} đã có trên máy này và đã được sửa trên máy này, nên tệp không được mở đè lên. Nếu muốn dùng bản trong tệp, hãy xuất gói của hồ sơ trên máy để giữ lại, xoá hồ sơ đó, rồi mở lại tệp."
                    ),
                    collective,
                );
            }
            Some(_) => "đã cập nhật theo tệp (tệp mới hơn bản trên máy)",
            None => "đã mở",
        };
        if let Loaded::Failed(why) = self.loaded.get_untracked() {
            return (format!("Tệp \"{name}\": {title} chưa mở được. {why}"), None);
        }
        let count = docs.len();
        // Local storage keeps the head and the members (a fifth more covers the envelopes
        // and the keys); the reviews' room is IndexedDB's to refuse.
        let local_needed = serde_json::to_string(&workspace).map_or(0, |t| t.len())
            + collective.as_ref().map_or(0, |d| serde_json::to_string(d).map_or(0, |t| t.len()));
        if !local::has_room(local_needed + local_needed / 5) {
            return (not_opened(name, &title, local_needed, None), None);
        }
        // What to put back if local storage refuses: read from IndexedDB itself.
        let old_reviews = match read_reviews(Some(&id)).await {
            Ok(mut r) => r.remove(&id).unwrap_or_default(),
            Err(e) => return (not_opened(name, &title, local_needed, Some(e)), None),
        };
        if let Err(e) = self.keep_reviews(&id, docs, Vec::new(), true).await {
            return (not_opened(name, &title, local_needed, Some(e)), None);
        }
        self.remove_records(&id);
        let at = workspace.updated;
        self.apply_as(&workspace, false, at);
        self.hub.flush();
        if matches!(self.hub.status.get_untracked(), SaveStatus::Full | SaveStatus::Failed(_)) {
            // Refused after all: put back what was there, so nothing half-opened stays.
            self.remove_records(&id);
            if let Some(old) = &old {
                self.apply_as(old, false, old.updated);
                self.hub.flush();
            }
            let _ = self.keep_reviews(&id, old_reviews, Vec::new(), true).await;
            return (not_opened(name, &title, local_needed, None), None);
        }
        let mut text = format!("Tệp \"{name}\": {title} {verdict}, gồm {count} bản kiểm điểm.");
        if changed {
            text.push_str(" Lưu ý: gói này đã bị sửa sau khi xuất (mã kiểm tra không khớp với nội dung); hãy đối chiếu với bản chi bộ đã xuất trước khi dùng.");
        }
        let beyond = self
            .with_lines(&id, |_, lines| {
                lines
                    .iter()
                    .filter(|l| !l.beyond_form().is_empty())
                    .map(|l| l.member.name.chars().take(60).collect::<String>())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        if !beyond.is_empty() {
            text.push_str(&format!(
                " {} đảng viên có chỗ ghi vượt quá mức mẫu cho phép ({}): ứng dụng không tạo ra giá trị này, hãy kiểm tra lại.",
                beyond.len(),
                beyond.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
            ));
        }
        if bad > 0 {
            text.push_str(&format!(" {bad} bản kiểm điểm trong gói bị hỏng nên không mở được."));
        }
        (text, collective)
    }
}

/// A bundle whose workspace storage could not hold whole: nothing of it was kept.
/// `refused`: IndexedDB's refusal of its reviews, when that was the cause.
fn not_opened(name: &str, title: &str, needed: usize, refused: Option<IdbError>) -> String {
    match refused {
        None | Some(IdbError::Full) => format!(
            "Tệp \"{name}\": {title} chưa mở được vì bộ nhớ của trình duyệt trên máy này không đủ chỗ{}. Trên máy này không có gì thay đổi. Hãy xuất gói rồi xoá các hồ sơ chi bộ cũ không dùng nữa, rồi mở lại tệp.",
            if refused.is_none() { format!(" (cần khoảng {:.1} MB)", needed.max(100_000) as f64 / 1_000_000.0) } else { String::new() }
        ),
        Some(e) => format!("Tệp \"{name}\": {title} chưa mở được. Trên máy này không có gì thay đổi. {}", e.message()),
    }
}

/// Every review kept in IndexedDB, of one workspace or of all, by workspace and id. A
/// value that cannot be read is left out (it stays in IndexedDB).
async fn read_reviews(ws: Option<&WorkspaceId>) -> Result<Reviews, IdbError> {
    let mut out = Reviews::new();
    for (key, text) in idb::reviews(ws.map(|w| w.as_str())).await? {
        let Some((w, d)) = key.split_once('/') else { continue };
        let id = (WorkspaceId::from(w), DocId::from(d));
        if let Ok(doc) = ReviewCodec::decode(&id, &text) {
            out.entry(id.0).or_default().insert(id.1, doc);
        }
    }
    Ok(out)
}

/// The members' records of workspace `ws`.
fn members_of<'a>(
    all: &'a BTreeMap<(WorkspaceId, MemberId), StoredMember>,
    ws: &'a WorkspaceId,
) -> impl Iterator<Item = &'a StoredMember> + 'a {
    all.range((ws.clone(), MemberId::default())..).take_while(move |((w, _), _)| w == ws).map(|(_, m)| m)
}

/// A workspace and its reviews as stored, read once without a store (the print views).
pub async fn read_workspace(id: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    let text = local::read(&HeadCodec::key(id))
        .ok_or_else(|| "Hồ sơ chi bộ này không có trong trình duyệt trên máy này.".to_owned())?;
    let head = match crate::persist::collection::read_entry::<HeadCodec>(id, &text).1 {
        Ok(ws) => ws,
        Err(Unreadable::Newer(m) | Unreadable::Broken(m)) => return Err(m),
        Err(Unreadable::NotHere | Unreadable::Locked) => return Err("Mục lưu trữ này không phải hồ sơ chi bộ.".into()),
    };
    let mut members = Vec::new();
    let mut reviews = BTreeMap::new();
    for (key, text) in local::entries_under(&format!("{}/", HeadCodec::key(id))) {
        if let Some(mid) = MemberCodec::id(&key) {
            if let Ok(m) = crate::persist::collection::read_entry::<MemberCodec>(&mid, &text).1 {
                members.push(m);
            }
        } else if let Some(rid) = ReviewCodec::id(&key) {
            // Kept by an earlier version, not yet moved.
            if let Ok(doc) = crate::persist::collection::read_entry::<ReviewCodec>(&rid, &text).1 {
                reviews.insert(rid.1, doc);
            }
        }
    }
    let kept = read_reviews(Some(id)).await.map_err(|e| e.message().to_owned())?;
    reviews.extend(kept.into_values().flatten());
    Ok((assemble(&head, &members), reviews))
}

/// The cell store provided by the cell app.
pub fn use_cell_store() -> CellStore {
    expect_context::<CellStore>()
}
