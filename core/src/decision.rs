//! Quyết định xếp loại as both sides read it: the file a committee sends its cells with
//! the final levels it decided (QĐ 366 Điều 12, Bước 3), and what a cell's workspace keeps
//! of it. Neutral ground: the cell reads it without reading the committee, and the committee
//! ([`crate::committee::decision`]) fills it from its own entries.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::file::{self, Envelope, FileKind};
use crate::ids::{MemberId, WorkspaceId};
use crate::level::Level;

/// Cấp của cấp ủy: which committee decides what (HD 43 Mục 3, domain README §5.4) [C].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CommitteeLevel {
    /// Đảng ủy cơ sở: decides the levels of the members of its cells, and reviews its
    /// cells (chi bộ trực thuộc).
    #[default]
    Grassroots,
    /// Ban Thường vụ đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng: decides the levels
    /// of grassroots cells (chi bộ cơ sở).
    AboveGrassroots,
}

impl CommitteeLevel {
    /// Both levels, in the order the profile lists them.
    pub const ALL: [CommitteeLevel; 2] = [CommitteeLevel::Grassroots, CommitteeLevel::AboveGrassroots];

    /// The level in words, as the profile shows it.
    pub fn label(self) -> &'static str {
        match self {
            CommitteeLevel::Grassroots => "Đảng ủy cơ sở",
            CommitteeLevel::AboveGrassroots => "Ban Thường vụ đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng",
        }
    }

    /// The value the profile stores (and its radio buttons carry).
    pub fn code(self) -> &'static str {
        match self {
            CommitteeLevel::Grassroots => "grassroots",
            CommitteeLevel::AboveGrassroots => "above_grassroots",
        }
    }

    /// The level stored as `code`, if it is one.
    pub fn from_code(code: &str) -> Option<CommitteeLevel> {
        CommitteeLevel::ALL.into_iter().find(|l| l.code() == code)
    }
}

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

/// A decision file's envelope, made at `now`.
pub fn wrap_decision_file(
    doc: &DecisionFile,
    id: &str,
    now: DateTime<FixedOffset>,
    app_version: &str,
) -> Envelope<DecisionFile> {
    file::envelope(FileKind::CommitteeDecision, None, id, now, now, doc.clone(), app_version)
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
