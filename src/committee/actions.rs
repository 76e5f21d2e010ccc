//! The committee's use-cases, built on the records of [`super::store`]: taking the bundles
//! the clerk chose or dropped, and the committee's criteria pack (started blank, opened from
//! a file, exported for the cells). Each takes ids and files and returns what happened in
//! the user's words (from the core); the pages only show it, and the browser tier tests
//! these without a page.

use std::collections::BTreeMap;

use kiemdiem_core::committee::decision::{decision_file_name, wrap_decision};
use kiemdiem_core::committee::entry::CellEntry;
use kiemdiem_core::committee::model::{CellDecision, Committee};
use kiemdiem_core::file::{self, MAX_BUNDLE_BYTES};
use kiemdiem_core::ids::{CommitteeId, WorkspaceId};
use kiemdiem_core::intake;
use kiemdiem_core::pack::{self, pack_file_name, read_pack, wrap_pack, Pack};
use kiemdiem_core::report::{ImportReport, ReportLine};

use super::store::CommitteeStore;
use crate::clock;
use crate::files::read::read_all;
use crate::files::save::save_text;
use crate::store::APP_VERSION;

/// Bundles read at once between two calls of `progress`: a bundle of a large cell is a few
/// hundred kilobytes.
const CHUNK: usize = 8;

/// Where an import stands, for its progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the files from the device.
    Reading,
    /// Checking each bundle against the committee's.
    Checking,
}

impl Stage {
    /// As the progress line says it.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Reading => "Đang đọc",
            Stage::Checking => "Đang kiểm tra",
        }
    }
}

/// Reads the bundles in `files` and takes them into committee `c`, calling `progress(stage,
/// done, total)` as it goes: one line per file, refused ones first. Every bundle taken is
/// written in one transaction: if the browser refuses, nothing changes and every line says
/// so.
pub async fn import_files(
    store: CommitteeStore,
    c: &CommitteeId,
    files: Vec<web_sys::File>,
    progress: impl Fn(Stage, usize, usize),
) -> ImportReport {
    let total = files.len();
    let mut read: Vec<(String, Vec<u8>)> = Vec::with_capacity(total);
    let mut refused: Vec<ReportLine> = Vec::new();
    let (files, huge): (Vec<web_sys::File>, Vec<web_sys::File>) =
        files.into_iter().partition(|f| f.size() <= MAX_BUNDLE_BYTES as f64);
    for f in huge {
        refused.push(ReportLine::refused(
            intake::too_large(&crate::files::read::name_of(&f), f.size() as usize, MAX_BUNDLE_BYTES)
                .unwrap_or_default(),
        ));
    }
    for chunk in files.chunks(CHUNK) {
        for (f, bytes) in chunk.iter().zip(read_all(chunk).await) {
            match bytes {
                Ok(b) => read.push((crate::files::read::name_of(f), b)),
                Err(text) => refused.push(ReportLine::refused(text)),
            }
        }
        progress(Stage::Reading, read.len() + refused.len(), total);
    }
    progress(Stage::Checking, 0, read.len());
    let mut lines = store.import(c, read, |n| progress(Stage::Checking, n, total)).await;
    lines.extend(refused);
    ImportReport::counted(lines)
}

/// The committee's decision file for one cell of `entries` (`Some`) or for all of them: its
/// name and text. `Err` says what to do when there is no such cell.
pub fn decision_file(
    committee: &Committee,
    entries: &[CellEntry],
    decisions: &BTreeMap<WorkspaceId, CellDecision>,
    cell: Option<&WorkspaceId>,
) -> Result<(String, String), String> {
    let picked: Vec<&CellEntry> = entries.iter().filter(|e| cell.is_none_or(|c| e.cell == *c)).collect();
    let Some(first) = picked.first() else {
        return Err("Hãy chọn một chi bộ trong danh sách.".into());
    };
    let name = decision_file_name(committee.profile.year, cell.map(|_| first.title()).as_deref());
    let envelope = wrap_decision(
        &committee.profile,
        picked.iter().copied(),
        decisions,
        &clock::new_id::<String>(),
        clock::now(),
        APP_VERSION,
    );
    Ok((name, file::to_file_text(&envelope)))
}

/// Starts a blank criteria pack for committee `c` ([`Pack::blank`]: its name and year, Mẫu
/// 2B only); says what to do next.
pub fn start_pack(store: CommitteeStore, c: &CommitteeId) -> String {
    store.update(c, |c| {
        c.profile.pack = Some(Pack::blank(&c.profile.organisation, c.profile.year));
    });
    "Đã bắt đầu bộ tiêu chí mới cho Mẫu 2B. Đồng chí hãy ghi văn bản ban hành, chọn các mẫu, rồi nhập các tiêu chí."
        .to_owned()
}

/// Reads the pack file `name` and takes it as committee `c`'s, with its cap settings
/// ([`CommitteeProfile::use_pack`]); says what was done, or why the file was refused
/// (naming it).
///
/// [`CommitteeProfile::use_pack`]: kiemdiem_core::committee::model::CommitteeProfile::use_pack
pub fn open_pack(store: CommitteeStore, c: &CommitteeId, name: &str, bytes: &[u8]) -> Result<String, String> {
    let pack = read_pack(bytes).map_err(|e| e.message(name))?.value;
    let (title, pack_year) = (pack.title(), pack.year);
    let mut changed = Vec::new();
    let mut year = None;
    store.update(c, |c| {
        year = Some(c.profile.year);
        changed = c.profile.use_pack(pack);
    });
    Ok(pack::opened_message(&title, &changed, pack_year, year))
}

/// What exporting the committee's pack came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackExport {
    /// The pack is not finished (see [`Pack::export_problems`]): no file was offered; the
    /// message counts what is left to fix.
    Unfinished(String),
    /// The file was offered (`Ok`, saying where to send it) or the browser refused (`Err`).
    Saved(Result<String, String>),
}

/// Offers committee `c`'s pack as a pack file for its cells, once nothing keeps it from
/// being exported; `None` when the committee has no pack.
pub async fn export_pack(store: CommitteeStore, c: &CommitteeId) -> Option<PackExport> {
    let pack = store.get_untracked(c)?.profile.pack?;
    let problems = pack.export_problems();
    if !problems.is_empty() {
        return Some(PackExport::Unfinished(format!(
            "Chưa xuất tệp: bộ tiêu chí còn {} điều cần sửa, liệt kê ở phần \"Kiểm tra\". Đồng chí hãy sửa rồi xuất lại.",
            problems.len()
        )));
    }
    let env = wrap_pack(&pack, &clock::new_id::<String>(), clock::now(), APP_VERSION);
    let name = pack_file_name(&pack);
    // Signed with this device's key: the cells pin it and are warned of any other.
    let text = crate::files::sign::sign_text(file::to_file_text(&env)).await;
    Some(PackExport::Saved(match save_text(&name, &text) {
        Ok(()) => Ok(format!(
            "Đã xuất tệp \"{name}\". Đồng chí hãy gửi tệp này cho các chi bộ: bí thư chi bộ chọn tệp ở trang Hồ sơ chi bộ, mục Bộ tiêu chí chấm điểm."
        )),
        Err(why) => Err(format!("Không xuất được tệp bộ tiêu chí: {why}.")),
    }))
}
