//! Quyết định xếp loại: the file a committee sends its cells with the final levels it
//! decided (QĐ 366 Điều 12, Bước 3), one cell's or every cell's; and what a cell's
//! workspace keeps of it, to show the final levels beside its own proposals.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::check::{cell_final, final_level};
use super::entry::CellEntry;
use super::model::{CellDecision, CommitteeLevel, CommitteeProfile};
use crate::file::{self, Envelope, FileKind};
use crate::ids::{MemberId, WorkspaceId};
use crate::level::Level;

/// The final level of one member, as the decision file lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MemberFinal {
    /// The member's id in the cell's workspace.
    pub id: MemberId,
    /// Họ và tên, for a reader of the file.
    pub name: String,
    /// The final level; none for a member not classified (exempt, or not decided).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

/// The committee's decision on one cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CellFinal {
    /// The cell's workspace id: the cell's app finds its workspace by it.
    pub cell: WorkspaceId,
    /// "Chi bộ 3".
    pub name: String,
    /// The final level of the cell as an organisation, once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_level: Option<Level>,
    /// Every member of the cell's bundle.
    pub members: Vec<MemberFinal>,
}

/// The content of a decision file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecisionFile {
    /// The committee that decided, e.g. "Đảng ủy phường Ba Đình".
    pub committee: String,
    /// Its level.
    pub level: CommitteeLevel,
    /// The year under review.
    pub year: i32,
    /// One cell's decision, or every cell's.
    pub cells: Vec<CellFinal>,
}

/// The decision on one cell, as the committee's entries and decisions give it.
pub fn cell_final_of(entry: &CellEntry, decision: Option<&CellDecision>) -> CellFinal {
    CellFinal {
        cell: entry.cell.clone(),
        name: entry.title(),
        cell_level: cell_final(entry, decision),
        members: entry
            .members
            .iter()
            .map(|row| MemberFinal {
                id: row.id.clone(),
                name: row.name.clone(),
                level: if row.to_classify() { final_level(row, decision) } else { None },
            })
            .collect(),
    }
}

/// The decision file's envelope for `entries` (one cell, or all), made at `now`.
pub fn wrap_decision<'a>(
    profile: &CommitteeProfile,
    entries: impl IntoIterator<Item = &'a CellEntry>,
    decisions: &BTreeMap<WorkspaceId, CellDecision>,
    id: &str,
    now: DateTime<FixedOffset>,
    app_version: &str,
) -> Envelope<DecisionFile> {
    let cells = entries.into_iter().map(|e| cell_final_of(e, decisions.get(&e.cell))).collect();
    let doc = DecisionFile {
        committee: profile.organisation.trim().to_owned(),
        level: profile.level,
        year: profile.year,
        cells,
    };
    wrap_decision_file(&doc, id, now, app_version)
}

/// A decision file's envelope, made at `now`.
pub fn wrap_decision_file(
    doc: &DecisionFile,
    id: &str,
    now: DateTime<FixedOffset>,
    app_version: &str,
) -> Envelope<DecisionFile> {
    file::envelope(FileKind::CommitteeDecision, None, id, now, now, doc.clone(), app_version)
}

/// "quyet-dinh-xep-loai-2025-chi-bo-3.json", or "…-2025-tat-ca-chi-bo.json" for all.
pub fn decision_file_name(year: i32, cell: Option<&str>) -> String {
    match cell.map(file::slug).filter(|s| !s.is_empty()) {
        Some(slug) => format!("quyet-dinh-xep-loai-{year}-{slug}.json"),
        None => format!("quyet-dinh-xep-loai-{year}-tat-ca-chi-bo.json"),
    }
}

/// What a cell's workspace keeps of the committee's decision on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FinalLevels {
    /// The committee that decided.
    pub committee: String,
    /// When the committee made the file.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub decided: DateTime<FixedOffset>,
    /// The final level of the cell as an organisation, once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_level: Option<Level>,
    /// The final level of members, by id.
    #[serde(default)]
    pub members: BTreeMap<MemberId, Level>,
}

/// Takes the part of a decision file meant for the cell `cell` of year `year`, or says why
/// it cannot (naming the file and what to do).
pub fn for_cell(
    file: &DecisionFile,
    decided: DateTime<FixedOffset>,
    cell: &WorkspaceId,
    year: i32,
    name: &str,
) -> Result<FinalLevels, String> {
    if file.year != year {
        return Err(format!(
            "Tệp \"{name}\" là quyết định xếp loại năm {}, còn chi bộ đang làm năm {year}. Hãy mở chi bộ năm {} để nhập tệp này.",
            file.year, file.year
        ));
    }
    let Some(mine) = file.cells.iter().find(|c| c.cell == *cell) else {
        return Err(format!(
            "Tệp \"{name}\" là quyết định xếp loại của {} nhưng không có phần của chi bộ này (tệp dành cho: {}). Hãy đề nghị đảng ủy gửi quyết định của chi bộ mình.",
            file.committee,
            file.cells.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
        ));
    };
    Ok(FinalLevels {
        committee: file.committee.clone(),
        decided,
        cell_level: mine.cell_level,
        members: mine.members.iter().filter_map(|m| Some((m.id.clone(), m.level?))).collect(),
    })
}
