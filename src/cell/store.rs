//! The cells' workspaces on this device, for every screen of the cell app: three
//! collections of the persistence layer (heads, members, members' reviews; see
//! `kiemdiem_core::cell::stored`), assembled into the [`Workspace`]s the screens and rules
//! work on, and the record-level changes: edit, take reviews in, open a bundle, remove.
//! The use-cases built on them (importing files, Mẫu 01, the bundle) are in
//! [`super::actions`].
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

/// A member's review as the cell imported it: `kiemdiem/cell/<workspace>/r/<document>`.
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

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct CellStore {
    hub: Hub,
    /// The documents store, where each workspace's Mẫu 01 is kept like any draft.
    docs: Store,
    heads: Collection<HeadCodec>,
    members: Collection<MemberCodec>,
    stored_reviews: Collection<ReviewCodec>,
    /// Every workspace, assembled (reactive).
    pub workspaces: Memo<BTreeMap<WorkspaceId, Workspace>>,
    /// Per workspace, its members' reviews by document id (reactive).
    pub reviews: Memo<BTreeMap<WorkspaceId, BTreeMap<DocId, Document>>>,
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
        let stored_reviews = Collection::<ReviewCodec>::new(hub);
        let workspaces = Memo::new(move |_| {
            heads.with(|h| {
                members.with(|m| {
                    kiemdiem_core::order::map_of(
                        h.iter().map(|(id, head)| (id.clone(), assemble(head, members_of(m, id)))),
                    )
                })
            })
        });
        let reviews = Memo::new(move |_| {
            stored_reviews.with(|r| {
                let mut out: BTreeMap<WorkspaceId, BTreeMap<DocId, Document>> = BTreeMap::new();
                for ((ws, id), doc) in r {
                    out.entry(ws.clone()).or_default().insert(id.clone(), doc.clone());
                }
                out
            })
        });
        let store = CellStore {
            hub,
            docs: use_store(),
            heads,
            members,
            stored_reviews,
            workspaces,
            reviews,
            status: hub.status,
            unreadable: hub.quarantine,
        };
        provide_context(store);
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
        self.stored_reviews.get(&(ws.clone(), doc.clone()))
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
        let orphans: Vec<(WorkspaceId, DocId)> = self
            .stored_reviews
            .with_untracked(|r| r.keys().filter(|(w, d)| *w == id && !referenced.contains(&d)).cloned().collect());
        for key in orphans {
            let _ = self.stored_reviews.remove(&key);
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
        let members: Vec<(WorkspaceId, MemberId)> =
            self.members.with_untracked(|m| m.keys().filter(|(w, _)| w == id).cloned().collect());
        let reviews: Vec<(WorkspaceId, DocId)> =
            self.stored_reviews.with_untracked(|m| m.keys().filter(|(w, _)| w == id).cloned().collect());
        let mut kept = 0;
        for key in members {
            kept += usize::from(self.members.remove(&key).is_err());
        }
        for key in reviews {
            kept += usize::from(self.stored_reviews.remove(&key).is_err());
        }
        if kept > 0 {
            let title = self.workspaces.with_untracked(|w| w.get(id).map(Workspace::title)).unwrap_or_default();
            self.hub.notice.set(Some(format!(
                "{title}: {kept} mục vừa được sửa ở một thẻ khác nên chưa bị xoá; hồ sơ được giữ lại. Hãy xem lại rồi xoá nếu đồng chí vẫn muốn."
            )));
            return;
        }
        let _ = self.heads.remove(id);
    }

    /// Adds many reviews to a workspace (see [`import_reviews`]) and writes what changed
    /// right after the roster is painted (`Hub::flush_after_paint`). Returns one outcome
    /// per item, in order.
    pub fn import(&self, ws_id: &WorkspaceId, items: Vec<Item>) -> Vec<(String, Outcome)> {
        let Some(mut ws) = self.workspaces.with_untracked(|w| w.get(ws_id).cloned()) else { return Vec::new() };
        let mut reviews = self.reviews.with_untracked(|r| r.get(ws_id).cloned().unwrap_or_default());
        let outcomes = import_reviews(&mut ws, &mut reviews, items);
        // Only the reviews that changed are marked to be written.
        self.stored_reviews.put_all_from_file(reviews.into_iter().map(|(id, doc)| ((ws_id.clone(), id), doc)));
        self.apply(&ws);
        self.hub.flush_after_paint();
        outcomes
    }

    /// Opens a bundle: creates its workspace here, or replaces it when the bundle is newer
    /// and nothing of it was edited on this device; its Mẫu 01 comes back as the document
    /// it was, under the documents store's rules. Returns what happened, as a sentence.
    pub fn open_bundle(&self, name: &str, bundle: BundleRead) -> String {
        let (mut line, collective) = self.open_workspace(name, bundle);
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

    fn open_workspace(&self, name: &str, bundle: BundleRead) -> (String, Option<Document>) {
        let BundleRead { workspace, collective, reviews, .. } = bundle;
        let bad = reviews.iter().filter(|r| r.is_err()).count();
        let docs: BTreeMap<DocId, Document> =
            kiemdiem_core::order::map_of(reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)));
        let collective = collective.and_then(Result::ok).map(|r| r.value);
        let id = workspace.id.clone();
        let title = workspace.title();
        let here = self.workspaces.with_untracked(|w| w.get(&id).map(|h| h.updated));
        let verdict = match here {
            Some(updated) if updated >= workspace.updated => {
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
        let count = docs.len();
        // Room first: a workspace is opened whole or not at all. Every record's text is
        // its JSON in an envelope; a fifth more covers the envelopes and the keys.
        let needed: usize = docs.values().map(|d| serde_json::to_string(d).map_or(0, |t| t.len())).sum::<usize>()
            + serde_json::to_string(&workspace).map_or(0, |t| t.len())
            + collective.as_ref().map_or(0, |d| serde_json::to_string(d).map_or(0, |t| t.len()));
        if here.is_none() && !local::has_room(needed + needed / 5) {
            return (not_opened(name, &title, needed), None);
        }
        self.remove(&id);
        for (doc_id, doc) in docs {
            self.stored_reviews.put_from_file((id.clone(), doc_id), doc);
        }
        let at = workspace.updated;
        self.apply_as(&workspace, false, at);
        self.hub.flush();
        if here.is_none() && matches!(self.hub.status.get_untracked(), SaveStatus::Full | SaveStatus::Failed(_)) {
            // Refused after all: take back every record written, so nothing half-opened stays.
            self.remove(&id);
            return (not_opened(name, &title, needed), None);
        }
        let mut text = format!("Tệp \"{name}\": {title} {verdict}, gồm {count} bản kiểm điểm.");
        if bad > 0 {
            text.push_str(&format!(" {bad} bản kiểm điểm trong gói bị hỏng nên không mở được."));
        }
        (text, collective)
    }
}

/// A bundle whose workspace storage could not hold whole: nothing of it was kept.
fn not_opened(name: &str, title: &str, needed: usize) -> String {
    format!(
        "Tệp \"{name}\": {title} chưa mở được vì bộ nhớ của trình duyệt trên máy này không đủ chỗ (cần khoảng {:.1} MB). Trên máy này không có gì thay đổi. Hãy xuất gói rồi xoá các hồ sơ chi bộ cũ không dùng nữa, rồi mở lại tệp.",
        needed as f64 / 1_000_000.0
    )
}

/// The members' records of workspace `ws`.
fn members_of<'a>(
    all: &'a BTreeMap<(WorkspaceId, MemberId), StoredMember>,
    ws: &'a WorkspaceId,
) -> impl Iterator<Item = &'a StoredMember> + 'a {
    all.range((ws.clone(), MemberId::default())..).take_while(move |((w, _), _)| w == ws).map(|(_, m)| m)
}

/// A workspace and its reviews as stored, read once without a store (the print views).
pub fn read_workspace(id: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    let text = local::read(&HeadCodec::key(id))
        .ok_or_else(|| "Hồ sơ chi bộ này không có trong trình duyệt trên máy này.".to_owned())?;
    let head = match crate::persist::collection::read_entry::<HeadCodec>(id, &text).1 {
        Ok(ws) => ws,
        Err(Unreadable::Newer(m) | Unreadable::Broken(m)) => return Err(m),
        Err(Unreadable::NotHere) => return Err("Mục lưu trữ này không phải hồ sơ chi bộ.".into()),
    };
    let mut members = Vec::new();
    let mut reviews = BTreeMap::new();
    for (key, text) in local::entries_under(&format!("{}/", HeadCodec::key(id))) {
        if let Some(mid) = MemberCodec::id(&key) {
            if let Ok(m) = crate::persist::collection::read_entry::<MemberCodec>(&mid, &text).1 {
                members.push(m);
            }
        } else if let Some(rid) = ReviewCodec::id(&key) {
            if let Ok(doc) = crate::persist::collection::read_entry::<ReviewCodec>(&rid, &text).1 {
                reviews.insert(rid.1, doc);
            }
        }
    }
    Ok((assemble(&head, &members), reviews))
}

/// The cell store provided by the cell app.
pub fn use_cell_store() -> CellStore {
    expect_context::<CellStore>()
}
