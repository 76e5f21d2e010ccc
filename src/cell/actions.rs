//! The cell's use-cases, built on the records of [`super::store`]: taking the files the
//! secretary chose (members' reviews, a committee's decision, last year's bundle), starting
//! the collective review (Mẫu 01) and filling its section III from last year's, making the
//! bundle sent up, and taking in a superior committee's criteria pack. Each takes ids and
//! files and returns what happened in the user's words (from the core); the pages only
//! show it, and the browser tier tests these without a page.

use kiemdiem_core::carry;
use kiemdiem_core::cell::export::wrap_bundle;
use kiemdiem_core::cell::import::Outcome;
use kiemdiem_core::cell::intake::{read_cell_file, words, CellItem};
use kiemdiem_core::cell::readiness::{self, bundle_file_name, Gap};
use kiemdiem_core::cell::summary::Summary;
use kiemdiem_core::decision;
use kiemdiem_core::document::Document;
use kiemdiem_core::file::signature::{judge, Signer};
use kiemdiem_core::file::{self, MAX_BUNDLE_BYTES};
use kiemdiem_core::ids::{DocId, WorkspaceId};
use kiemdiem_core::intake::{self, Item};
use kiemdiem_core::pack::{read_pack, wrap_pack, Pack};
use kiemdiem_core::report::{ImportReport, ReportLine};
use kiemdiem_core::templates::{cell_2025, review_2025::ids};

use leptos::prelude::*;

use super::store::CellStore;
use crate::clock;
use crate::files::read::read_all;
use crate::store::{Store, APP_VERSION};

/// How many files are read at once between two calls of `progress`.
const CHUNK: usize = 100;

/// Reads the files the secretary chose or dropped (in chunks, calling `progress(done,
/// total)` after each) and takes them into workspace `ws`: see [`take_files`].
pub async fn import_files(
    store: CellStore,
    docs: Store,
    ws: &WorkspaceId,
    files: Vec<web_sys::File>,
    progress: impl Fn(usize, usize),
) -> ImportReport {
    let total = files.len();
    let mut items: Vec<CellItem> = Vec::with_capacity(total);
    let (files, huge): (Vec<web_sys::File>, Vec<web_sys::File>) =
        files.into_iter().partition(|f| f.size() <= MAX_BUNDLE_BYTES as f64);
    for f in huge {
        if let Some(message) = intake::too_large(&crate::files::read::name_of(&f), f.size() as usize, MAX_BUNDLE_BYTES)
        {
            items.push(CellItem::Member(Item::Refused { label: crate::files::read::name_of(&f), message }));
        }
    }
    for (n, chunk) in files.chunks(CHUNK).enumerate() {
        for (f, bytes) in chunk.iter().zip(read_all(chunk).await) {
            let name = crate::files::read::name_of(f);
            match bytes {
                Ok(bytes) => items.extend(read_cell_file(&name, &bytes)),
                Err(message) => items.push(CellItem::Member(Item::Refused { label: name, message })),
            }
        }
        progress((n * CHUNK + chunk.len()).min(total), total);
    }
    take_files(store, docs, ws, total, items).await
}

/// Takes what the cell's import read from `files` files: members' reviews into the
/// roster, a committee's decision beside the cell's proposals, last year's bundle of this
/// cell into Mẫu 01's section III, and a line for everything else.
pub async fn take_files(
    store: CellStore,
    docs: Store,
    ws_id: &WorkspaceId,
    files: usize,
    items: Vec<CellItem>,
) -> ImportReport {
    let Some(year) = store.workspaces.with_untracked(|w| w.get(ws_id).map(|w| w.profile.year)) else {
        return ImportReport::default();
    };
    let mut members = Vec::new();
    let mut notes = Vec::new();
    let mut changed = Vec::new();
    for item in items {
        match item {
            CellItem::Member(item) => {
                let item = item.unless_future(clock::now());
                // One flag per item, in the order of the outcomes below.
                changed.push(matches!(item, Item::Doc { changed: true, .. }));
                members.push(item);
            }
            CellItem::Decision { label, file, decided, signature } => {
                // Who signed it, against the key the cell trusts for its committee: a
                // signature that does not match is a file changed after the committee made it.
                let signer = crate::files::sign::signer(&signature, false).await;
                if signer == Signer::Broken {
                    notes.push(ReportLine::note(false, words::decision_forged(&label)));
                    continue;
                }
                let pinned = store.get(ws_id).and_then(|w| w.profile.committee_key);
                let trust = judge(pinned.as_deref(), &signer);
                let taking = store.get(ws_id).map(|w| w.take_decision(&file, decided, clock::now(), &label));
                notes.push(match taking {
                    Some(Ok(decision::Taking::Taken(finals))) => {
                        let mut text = words::decision_taken(&label, &finals);
                        if let Some(words) = trust.in_words("đảng ủy cấp trên") {
                            text = format!("{text} {words}");
                        }
                        let warns = trust.warns();
                        store.update(ws_id, move |w| {
                            w.decision = Some(finals);
                            w.decision_signer = match signer {
                                Signer::Key(k) => Some(k),
                                _ => None,
                            };
                            w.profile.committee_key = trust.pin_after(pinned.as_deref());
                        });
                        ReportLine::note(!warns, text)
                    }
                    Some(Ok(decision::Taking::Same)) => ReportLine::note(true, words::decision_same(&label)),
                    Some(Err(text)) => ReportLine::note(false, text),
                    None => ReportLine::note(false, words::decision_no_workspace(&label)),
                });
            }
            CellItem::Bundle { label, bundle, .. } if bundle.workspace.profile.year + 1 == year => {
                let text = match bundle.collective.and_then(Result::ok) {
                    Some(last) => carry_last_year(store, docs, ws_id, &last.value, &label),
                    None => words::last_year_without_report(&label, year - 1),
                };
                notes.push(ReportLine::note(true, text));
            }
            CellItem::Bundle { label, bundle, .. } => notes
                .push(ReportLine::note(false, words::bundle_elsewhere(&label, &bundle.workspace.title(), year - 1))),
        }
    }
    // Each item's file, and its own refusal if it has one: said again if storage refuses.
    let labels: Vec<(String, Option<String>)> = members
        .iter()
        .map(|i| match i {
            Item::Refused { label, message } => (label.clone(), Some(message.clone())),
            Item::Doc { label, .. } => (label.clone(), None),
        })
        .collect();
    let outcomes = match store.import(ws_id, members).await {
        Ok(outcomes) => outcomes,
        // IndexedDB refused: no review was taken, and each file says so.
        Err(e) => labels
            .into_iter()
            .map(|(l, own)| {
                let why = own.unwrap_or_else(|| words::review_not_kept(&l, e.message()));
                (l, Outcome::Refused(why))
            })
            .collect(),
    };
    let summary = words::summary(files, outcomes.iter().map(|(_, o)| o), notes.iter().filter(|n| !n.ok).count());
    let mut lines: Vec<ReportLine> = outcomes
        .into_iter()
        .zip(changed)
        .map(|((name, o), changed)| match o {
            Outcome::Refused(why) => ReportLine::refused(why),
            other => ReportLine::taken(words::member_taken(&name, &other, changed)),
        })
        .collect();
    lines.extend(notes);
    ImportReport::new(summary, lines)
}

/// The id of the workspace's Mẫu 01, started now (with the profile's names) if needed.
pub fn ensure_report(store: CellStore, docs: Store, ws_id: &WorkspaceId) -> Option<DocId> {
    let ws = store.workspaces.with_untracked(|w| w.get(ws_id).cloned())?;
    if let Some(id) = ws.collective.as_ref().filter(|id| docs.get_untracked(id).is_some()) {
        return Some(id.clone());
    }
    let mut doc = Document::new(clock::new_id::<DocId>(), cell_2025::ID, ws.profile.year, clock::now());
    doc.set_text(ids::PARTY_COMMITTEE, ws.profile.party_committee.clone());
    doc.set_text(ids::CELL, ws.profile.cell.clone());
    // Asked once, in the profile: the report carries the same place and meeting date.
    doc.set_text(ids::PLACE, ws.profile.place.trim().to_owned());
    doc.set_text(ids::WRITTEN_ON, ws.profile.meeting_on.trim().to_owned());
    let id = doc.id.clone();
    docs.put(doc);
    let link = id.clone();
    store.update(ws_id, move |w| w.collective = Some(link));
    store.flush();
    Some(id)
}

/// Fills section III of this year's Mẫu 01 from last year's collective review `last`
/// (read from file `file`), unless it already has items. Returns what it did.
pub fn carry_last_year(store: CellStore, docs: Store, ws_id: &WorkspaceId, last: &Document, file: &str) -> String {
    let Some(report_id) = ensure_report(store, docs, ws_id) else { return String::new() };
    let Some(current) = docs.get_untracked(&report_id) else { return String::new() };
    if !current.rows(ids::EARLIER_SHORTCOMINGS).is_empty() {
        return format!(
            "Tệp \"{file}\": mục III của báo cáo năm nay đã có nội dung, nên không điền thêm từ gói năm {}.",
            last.year
        );
    }
    let rows = carry::collective_from_last_year(last);
    let n = rows.len();
    docs.update(&report_id, move |d| {
        d.set_rows(ids::EARLIER_SHORTCOMINGS, rows);
        d.set_none("A.III", false);
        d.updated = clock::now();
    });
    format!("Tệp \"{file}\" (gói chi bộ năm {}): đã điền {n} hạn chế vào mục III của báo cáo năm nay; hãy cho biết kết quả khắc phục từng hạn chế.", last.year)
}

/// The bundle the cell sends up (its file name and text): the workspace, its reviews, its
/// Mẫu 01 and its summary. Its name says when it is not finished. `None` when the
/// workspace is not on this device.
pub fn bundle_file(store: CellStore, docs: Store, ws: &WorkspaceId) -> Option<(String, String)> {
    let collective = store.get(ws).and_then(|w| w.collective).and_then(|c| docs.get_untracked(&c));
    store.with_lines(ws, |w, lines| {
        let summary = Summary::of(lines, &w.profile);
        let finished = readiness::gaps(lines, &w.profile, collective.as_ref()).is_empty();
        let reviews = store.reviews.with_untracked(|r| r.get(ws).cloned().unwrap_or_default());
        let envelope = wrap_bundle(w, collective.as_ref(), &reviews, summary, clock::now(), APP_VERSION);
        (bundle_file_name(w, finished), file::to_file_text(&envelope))
    })
}

/// What the cell's bundle still lacks (tracked: the export page redraws on every change).
pub fn bundle_gaps(store: CellStore, docs: Store, ws: &WorkspaceId) -> Vec<Gap> {
    let collective = store.get(ws).and_then(|w| w.collective).and_then(|c| docs.get(&c));
    store.with_lines(ws, |w, lines| readiness::gaps(lines, &w.profile, collective.as_ref())).unwrap_or_default()
}

/// Reads a superior committee's criteria pack from file `name` for a cell reviewing
/// `year`; the error names the file and what to choose instead.
pub fn read_pack_for(year: i32, name: &str, bytes: &[u8]) -> Result<Pack, String> {
    let pack = read_pack(bytes).map_err(|e| e.message(name))?.value;
    if pack.year != year {
        return Err(words::pack_of_another_year(name, pack.year, year));
    }
    Ok(pack)
}

/// The criteria pack as a file to hand to members: its name and text.
pub fn pack_file(pack: &Pack) -> (String, String) {
    let envelope = wrap_pack(pack, &clock::new_id::<String>(), clock::now(), APP_VERSION);
    (kiemdiem_core::pack::pack_file_name(pack), file::to_file_text(&envelope))
}

/// Opens what file `name` holds on the cell's first screen: each bundle of a cell as its
/// workspace ([`CellStore::open_bundle`]); anything else is told where it belongs. One
/// sentence per item, naming the file.
pub async fn open_file(store: CellStore, name: &str, bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for item in read_cell_file(name, bytes) {
        out.push(match item {
            CellItem::Bundle { label, bundle, changed } => store.open_bundle(&label, bundle, changed).await,
            CellItem::Member(Item::Refused { message, .. }) => message,
            CellItem::Decision { label, .. } => words::decision_on_first_screen(&label),
            CellItem::Member(Item::Doc { label, .. }) => words::review_on_first_screen(&label),
        });
    }
    out
}
