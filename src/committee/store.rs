//! The committees on this device, for every screen of the committee app. A committee's
//! profile and its decisions are small records of the persistence layer (local storage,
//! with its revisions, conflicts and other tabs, see [`crate::persist`]); the cells'
//! bundles and the entries made from them live in IndexedDB ([`crate::persist::idb`]),
//! loaded when a committee is opened. The use-cases live here: create, import bundles,
//! decide, remove a cell.

use std::collections::BTreeMap;

use kiemdiem_core::committee::entry::{CellEntry, ENTRY_VERSION};
use kiemdiem_core::committee::file::{read_bundle_file, read_record, wrap_committee, wrap_decisions, CommitteeRecord};
use kiemdiem_core::committee::import::{decide, refuse_future, Outcome};
use kiemdiem_core::committee::model::{CellDecision, Committee};
use kiemdiem_core::file::signature::Trust;
use kiemdiem_core::file::{self, FileError};
use kiemdiem_core::ids::{CommitteeId, MemberId, WorkspaceId};
use kiemdiem_core::level::Level;
use kiemdiem_core::report::ReportLine;
use leptos::prelude::*;

use crate::clock;
use crate::persist::idb::{self, IdbError};
use crate::persist::keys::{Key, COMMITTEE_PREFIX};
use crate::persist::{Codec, Collection, Hub, Unreadable};
use crate::store::APP_VERSION;

fn unreadable(e: FileError, what: &str) -> Unreadable {
    match e {
        FileError::Newer { .. } => Unreadable::Newer(e.message(what)),
        e => Unreadable::Broken(e.message(what)),
    }
}

/// A committee's profile: `kiemdiem/committee/<committee>`.
pub struct CommitteeCodec;

impl Codec for CommitteeCodec {
    type Id = CommitteeId;
    type Value = Committee;
    const NOTIFY: bool = false;

    fn key(id: &CommitteeId) -> String {
        Key::Committee(id.clone()).text()
    }
    fn id(key: &str) -> Option<CommitteeId> {
        match Key::parse(key) {
            Some(Key::Committee(c)) => Some(c),
            _ => None,
        }
    }
    fn prefix() -> &'static str {
        COMMITTEE_PREFIX
    }
    fn encode(c: &Committee) -> Option<String> {
        Some(file::to_storage_text(&wrap_committee(c, APP_VERSION)))
    }
    fn decode(id: &CommitteeId, envelope: &str) -> Result<Committee, Unreadable> {
        match read_record(envelope.as_bytes()) {
            Ok(r) => match r.value {
                CommitteeRecord::Committee(c) if c.id == *id => Ok(c),
                _ => Err(Unreadable::Broken("Mục này không phải hồ sơ đảng ủy.".into())),
            },
            Err(e) => Err(unreadable(e, &format!("hồ sơ đảng ủy {id}"))),
        }
    }
    fn describe(c: &Committee) -> String {
        format!("Hồ sơ {}", c.title())
    }
}

/// The committee's decisions on one cell: `kiemdiem/committee/<committee>/d/<cell>`.
pub struct DecisionCodec;

impl Codec for DecisionCodec {
    type Id = (CommitteeId, WorkspaceId);
    type Value = CellDecision;
    const NOTIFY: bool = false;

    fn key((c, cell): &(CommitteeId, WorkspaceId)) -> String {
        Key::CommitteeDecisions(c.clone(), cell.clone()).text()
    }
    fn id(key: &str) -> Option<(CommitteeId, WorkspaceId)> {
        match Key::parse(key) {
            Some(Key::CommitteeDecisions(c, cell)) => Some((c, cell)),
            _ => None,
        }
    }
    fn prefix() -> &'static str {
        COMMITTEE_PREFIX
    }
    fn encode(d: &CellDecision) -> Option<String> {
        Some(file::to_storage_text(&wrap_decisions(d, &d.cell, APP_VERSION)))
    }
    fn decode((_, cell): &(CommitteeId, WorkspaceId), envelope: &str) -> Result<CellDecision, Unreadable> {
        match read_record(envelope.as_bytes()) {
            Ok(r) => match r.value {
                CommitteeRecord::Decisions(d) if d.cell == *cell => Ok(d),
                _ => Err(Unreadable::Broken("Mục này không phải quyết định của đảng ủy về một chi bộ.".into())),
            },
            Err(e) => Err(unreadable(e, &format!("quyết định về chi bộ {cell}"))),
        }
    }
    fn describe(d: &CellDecision) -> String {
        format!("Quyết định xếp loại của đảng ủy về chi bộ {}", d.cell)
    }
}

/// One line of an import report, with the file it is about (its text is rewritten when
/// the write is refused).
#[derive(Debug, Clone, PartialEq, Eq)]
struct ImportLine {
    /// The file's name.
    file: String,
    /// Taken (added, replaced, or already there) or not.
    ok: bool,
    /// What happened, in words.
    text: String,
}

/// Where loading a committee's cells stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cells {
    /// Being read from IndexedDB.
    Loading,
    /// Read: the entries, sorted by cell name.
    Ready(Vec<CellEntry>),
    /// IndexedDB refused: the message.
    Failed(String),
}

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct CommitteeStore {
    hub: Hub,
    heads: Collection<CommitteeCodec>,
    decisions: Collection<DecisionCodec>,
    /// The cells of each committee opened in this tab.
    cells: RwSignal<BTreeMap<CommitteeId, Cells>>,
}

fn sort(entries: &mut Vec<CellEntry>) {
    kiemdiem_core::order::sort_by_cached_key(entries, |e| {
        (kiemdiem_core::cell::import::name_key(&e.name), e.cell.clone())
    });
}

impl CommitteeStore {
    /// Loads every committee's profile and decisions and provides the store.
    pub fn provide() -> CommitteeStore {
        let hub = Hub::provide();
        let store = CommitteeStore {
            hub,
            heads: Collection::new(hub),
            decisions: Collection::new(hub),
            cells: RwSignal::new(BTreeMap::new()),
        };
        provide_context(store);
        idb::on_other_tab(hub, move |c| store.reload(&CommitteeId::from(c)));
        store
    }

    /// Every committee (reactive).
    pub fn committees(&self) -> Vec<Committee> {
        let mut all: Vec<Committee> = self.heads.with(|h| h.values().cloned().collect());
        kiemdiem_core::order::sort_by_key(&mut all, |c| std::cmp::Reverse(c.updated));
        all
    }

    /// One committee (reactive).
    pub fn get(&self, id: &CommitteeId) -> Option<Committee> {
        self.heads.get(id)
    }

    /// One committee, without subscribing the caller (for a use-case run from an event).
    pub fn get_untracked(&self, id: &CommitteeId) -> Option<Committee> {
        self.heads.get_untracked(id)
    }

    /// Adds a committee for `year` and saves it; returns its id.
    pub fn create(&self, year: i32) -> CommitteeId {
        let id: CommitteeId = clock::new_id();
        self.heads.put(id.clone(), Committee::new(id.clone(), year, clock::now()));
        self.hub.flush();
        id
    }

    /// Changes a committee's profile.
    pub fn update(&self, id: &CommitteeId, change: impl FnOnce(&mut Committee)) {
        self.heads.update(id, |c| {
            change(c);
            c.updated = clock::now();
        });
    }

    /// The committee's decisions, by cell (reactive).
    pub fn decisions(&self, id: &CommitteeId) -> BTreeMap<WorkspaceId, CellDecision> {
        self.decisions.with(|all| {
            all.range((id.clone(), WorkspaceId::default())..)
                .take_while(|((c, _), _)| c == id)
                .map(|((_, cell), d)| (cell.clone(), d.clone()))
                .collect()
        })
    }

    /// Sets the final level of a member (`None`, or the cell's own proposal: the proposal
    /// stands, and nothing is recorded).
    pub fn decide_member(
        &self,
        id: &CommitteeId,
        cell: &WorkspaceId,
        member: &MemberId,
        level: Option<Level>,
        proposed: Option<Level>,
    ) {
        self.change_decision(id, cell, |d| match level.filter(|l| Some(*l) != proposed) {
            Some(l) => {
                d.members.insert(member.clone(), l);
            }
            None => {
                d.members.remove(member);
            }
        });
    }

    /// Sets the final level of a cell as an organisation.
    pub fn decide_cell(&self, id: &CommitteeId, cell: &WorkspaceId, level: Option<Level>) {
        self.change_decision(id, cell, |d| d.cell_level = level);
    }

    fn change_decision(&self, id: &CommitteeId, cell: &WorkspaceId, change: impl FnOnce(&mut CellDecision)) {
        let key = (id.clone(), cell.clone());
        let before = self.decisions.get_untracked(&key).unwrap_or_else(|| CellDecision::new(cell.clone()));
        let mut d = before.clone();
        change(&mut d);
        if d != before {
            d.touch(clock::now());
            self.decisions.put(key, d);
        }
    }

    /// The committee's cells (reactive); the first call starts reading them.
    pub fn cells(&self, id: &CommitteeId) -> Cells {
        if let Some(c) = self.cells.with(|all| all.get(id).cloned()) {
            return c;
        }
        self.reload(id);
        Cells::Loading
    }

    /// Reads a committee's cells from IndexedDB again.
    pub fn reload(&self, id: &CommitteeId) {
        let (store, id) = (*self, id.clone());
        self.cells.update_untracked(|all| {
            all.entry(id.clone()).or_insert(Cells::Loading);
        });
        leptos::task::spawn_local(async move {
            let state = match idb::entries(&id).await {
                Err(e) => Cells::Failed(e.message().to_owned()),
                Ok(texts) => Cells::Ready(store.entries_of(texts).await),
            };
            store.cells.update(|all| {
                all.insert(id, state);
            });
        });
    }

    /// Reads the stored entries; one made by another version of the app is made again from
    /// its bundle (and kept).
    async fn entries_of(&self, texts: Vec<(String, String)>) -> Vec<CellEntry> {
        let mut out = Vec::with_capacity(texts.len());
        let mut remade = Vec::new();
        for (key, text) in texts {
            match serde_json::from_str::<CellEntry>(&text) {
                Ok(e) if e.v == ENTRY_VERSION => out.push(e),
                _ => {
                    let Ok(Some(bundle)) = idb::bundle(&key).await else { continue };
                    if let Ok((read, edited)) = read_bundle_file("", bundle.as_bytes()) {
                        let mut e = CellEntry::of(&read, "", edited);
                        let old = serde_json::from_str::<serde_json::Value>(&text).ok();
                        let field = |name: &str| {
                            old.as_ref().and_then(|v| v.get(name).and_then(|f| f.as_str()).map(str::to_owned))
                        };
                        e.file = field("file").unwrap_or_default();
                        // The signature is checked again; the key the clerk trusted is kept.
                        let signer = crate::files::sign::signer(&read.signature, edited).await;
                        let pinned = field("pinned");
                        e.sign(signer, pinned.as_deref());
                        if let Ok(t) = serde_json::to_string(&e) {
                            remade.push((key, t));
                        }
                        out.push(e);
                    }
                }
            }
        }
        if !remade.is_empty() {
            let _ = idb::put_entries(&remade).await;
        }
        sort(&mut out);
        out
    }

    /// Imports cell bundles (file name, bytes) into a committee, calling `progress` after
    /// each file read; returns one line per file. Every bundle taken is written in one
    /// transaction: if the browser refuses, nothing changes and every line says so.
    pub async fn import(
        &self,
        id: &CommitteeId,
        files: Vec<(String, Vec<u8>)>,
        progress: impl Fn(usize),
    ) -> Vec<ReportLine> {
        let lines = self.import_lines(id, files, progress).await;
        lines.into_iter().map(|l| if l.ok { ReportLine::taken(l.text) } else { ReportLine::refused(l.text) }).collect()
    }

    async fn import_lines(
        &self,
        id: &CommitteeId,
        files: Vec<(String, Vec<u8>)>,
        progress: impl Fn(usize),
    ) -> Vec<ImportLine> {
        let Some(committee) = self.heads.get_untracked(id) else { return Vec::new() };
        if let Some(Cells::Loading) | None = self.cells.with_untracked(|c| c.get(id).cloned()) {
            // The entries are needed to tell a newer bundle from a duplicate.
            if let Ok(texts) = idb::entries(id).await {
                let entries = self.entries_of(texts).await;
                self.cells.update(|c| {
                    c.insert(id.clone(), Cells::Ready(entries));
                });
            }
        }
        let mut entries = match self.cells.with_untracked(|c| c.get(id).cloned()) {
            Some(Cells::Ready(e)) => e,
            _ => Vec::new(),
        };
        let mut lines = Vec::with_capacity(files.len());
        let mut writes: Vec<(String, String, String)> = Vec::new();
        let mut kept: Vec<usize> = Vec::new();
        for (n, (name, bytes)) in files.into_iter().enumerate() {
            progress(n + 1);
            let (read, edited) = match read_bundle_file(&name, &bytes) {
                Ok(r) => r,
                Err(text) => {
                    lines.push(ImportLine { file: name, ok: false, text });
                    continue;
                }
            };
            let mut entry = CellEntry::of(&read, &name, edited);
            entry.file = name.clone();
            let at = entries.iter().position(|e| e.cell == entry.cell);
            // Who signed it, against the key trusted for the cell so far.
            let signer = crate::files::sign::signer(&read.signature, edited).await;
            let pinned = at.and_then(|i| entries[i].pinned.clone());
            let trust = entry.sign(signer, pinned.as_deref());
            // Check codes recomputed after a change, under a signature that no longer
            // matches: a forgery, never taken (a plainly edited bundle is flagged instead).
            if trust == Trust::Broken && !edited {
                lines.push(ImportLine { file: name.clone(), ok: false, text: forged_line(&name, &entry.title()) });
                continue;
            }
            let outcome = refuse_future(&entry, &name, clock::now())
                .unwrap_or_else(|| decide(&committee.profile, at.map(|i| &entries[i]), entries.iter(), &entry, &name));
            let mut text = outcome.line(&name, &entry.title(), entry.members.len(), edited);
            if outcome.keeps() {
                if let Some(words) = trust.in_words(&entry.title()) {
                    text = format!("{text} {words}");
                }
            }
            lines.push(ImportLine { file: name, ok: !matches!(outcome, Outcome::Refused(_)), text });
            if outcome.keeps() {
                let Ok(entry_text) = serde_json::to_string(&entry) else { continue };
                let key = idb::cell_key(id, &entry.cell);
                writes.retain(|(k, _, _)| *k != key);
                writes.push((key, entry_text, String::from_utf8_lossy(&bytes).into_owned()));
                kept.push(lines.len() - 1);
                match at {
                    Some(i) => entries[i] = entry,
                    None => entries.push(entry),
                }
            }
        }
        if writes.is_empty() {
            return lines;
        }
        self.hub.request_persistence();
        match idb::put_cells(&writes).await {
            Ok(()) => {
                sort(&mut entries);
                self.cells.update(|c| {
                    c.insert(id.clone(), Cells::Ready(entries));
                });
                idb::announce(id);
            }
            Err(e) => {
                let why = refused_write(&e);
                for i in kept {
                    if let Some(line) = lines.get_mut(i) {
                        line.ok = false;
                        line.text = Outcome::unsaved_line(&line.file, &why);
                    }
                }
            }
        }
        lines
    }

    /// The clerk confirmed with the cell that the key of its bundle is the cell's own (a new
    /// device, read aloud on the phone): it is trusted from now on.
    pub async fn confirm_signer(&self, id: &CommitteeId, cell: &WorkspaceId) -> Result<(), String> {
        let Some(Cells::Ready(mut entries)) = self.cells.with_untracked(|c| c.get(id).cloned()) else {
            return Err("Danh sách chi bộ chưa đọc xong. Hãy thử lại sau giây lát.".into());
        };
        let Some(entry) = entries.iter_mut().find(|e| e.cell == *cell) else {
            return Err("Chi bộ này không còn trong các gói đã nhập.".into());
        };
        if !entry.confirm_signer() {
            return Err("Gói này không có chữ ký hợp lệ để xác nhận. Hãy đề nghị chi bộ xuất và gửi lại gói.".into());
        }
        let text =
            serde_json::to_string(entry).map_err(|_| "Không ghi được xác nhận. Hãy tải lại trang rồi thử lại.")?;
        idb::put_entries(&[(idb::cell_key(id, cell), text)]).await.map_err(|e| e.message().to_owned())?;
        self.cells.update(|c| {
            c.insert(id.clone(), Cells::Ready(entries));
        });
        idb::announce(id);
        Ok(())
    }

    /// Removes a cell (its bundle and the committee's decisions on it).
    pub async fn remove_cell(&self, id: &CommitteeId, cell: &WorkspaceId) -> Result<(), String> {
        idb::delete_cells(&[idb::cell_key(id, cell)]).await.map_err(|e| e.message().to_owned())?;
        let _ = self.decisions.remove(&(id.clone(), cell.clone()));
        self.cells.update(|c| {
            if let Some(Cells::Ready(list)) = c.get_mut(id) {
                list.retain(|e| e.cell != *cell);
            }
        });
        idb::announce(id);
        Ok(())
    }

    /// One cell's bundle as the cell sent it.
    pub async fn bundle(&self, id: &CommitteeId, cell: &WorkspaceId) -> Result<String, String> {
        match idb::bundle(&idb::cell_key(id, cell)).await {
            Ok(Some(text)) => Ok(text),
            Ok(None) => Err("Gói của chi bộ này không còn trên máy này. Hãy nhập lại gói.".into()),
            Err(e) => Err(e.message().to_owned()),
        }
    }
}

fn refused_write(e: &IdbError) -> String {
    format!("{} Chưa có gì thay đổi.", e.message())
}

/// The committee store provided by the committee app.
pub fn use_committee_store() -> CommitteeStore {
    expect_context::<CommitteeStore>()
}

/// The report's line for a bundle whose signature does not match it.
fn forged_line(name: &str, title: &str) -> String {
    format!(
        "Tệp \"{name}\": CẢNH BÁO: gói của {title} có chữ ký không khớp với nội dung, tức là đã bị sửa sau khi chi bộ ký, nên không nhận. Hãy đề nghị chi bộ gửi lại gói gốc."
    )
}
