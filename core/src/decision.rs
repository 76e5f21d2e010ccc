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
    /// The committee's revision of this decision (how many times it changed it).
    #[serde(default, skip_serializing_if = "crate::time::is_zero")]
    pub revision: u32,
    /// When the committee's decision on this cell last changed: its last change, or the
    /// cell's bundle it stands on, whichever came later. Absent in files of earlier
    /// versions, which are ordered by the file's own time.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::time::rfc3339::option")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<DateTime<FixedOffset>>"))]
    pub decided_at: Option<DateTime<FixedOffset>>,
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
    /// When the committee's decision last changed ([`CellFinal::decided_at`]; for a file
    /// of an earlier version, when the committee made the file).
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub decided: DateTime<FixedOffset>,
    /// The committee's revision of the decision.
    #[serde(default, skip_serializing_if = "crate::time::is_zero")]
    pub revision: u32,
    /// The final level of the cell as an organisation, once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_level: Option<Level>,
    /// The final level of members, by id.
    #[serde(default)]
    pub members: BTreeMap<MemberId, Level>,
}

/// What a cell does with a committee's decision file.
#[derive(Debug, Clone, PartialEq)]
pub enum Taking {
    /// The decision is taken: it replaces the one kept, if any.
    Taken(FinalLevels),
    /// The cell already keeps this very decision.
    Same,
}

/// How far ahead of the device's clock a file's time may be (clocks differ) before it is
/// taken for a time in the future, which must never win over a genuine later file.
pub const CLOCK_SLACK_HOURS: i64 = 24;

/// The cell a decision file is taken into, as the decision needs to know it.
pub struct Receiver<'a> {
    /// The cell's workspace id.
    pub cell: &'a WorkspaceId,
    /// The year it reviews.
    pub year: i32,
    /// The organisation above it, as its profile names it ("Đảng bộ phường Ba Đình").
    pub party_committee: &'a str,
    /// Whether a member id is on the cell's roster.
    pub has_member: &'a dyn Fn(&MemberId) -> bool,
    /// The decision the cell keeps, if any.
    pub kept: Option<&'a FinalLevels>,
    /// The device's time.
    pub now: DateTime<FixedOffset>,
}

/// "Đảng bộ phường X", "Đảng ủy phường X" and "đảng uỷ  phường x" name the same
/// organisation: the words before the place are dropped, case and spacing ignored, and
/// both spellings of "uỷ" taken as one. Read by the committee (a cell's bundle) and by the
/// cell (a committee's decision).
pub fn organisation_key(name: &str) -> String {
    let mut key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace("uỷ", "ủy");
    while let Some(rest) = ["ban thường vụ", "đảng ủy", "đảng bộ"].iter().find_map(|p| key.strip_prefix(p))
    {
        key = rest.trim().to_owned();
    }
    key
}

/// "chốt lúc 05/12/2026 08:00, lần điều chỉnh thứ 2": a decision's time and revision.
fn when(at: DateTime<FixedOffset>, revision: u32) -> String {
    match revision {
        0 => format!("chốt lúc {}", crate::time::display(at)),
        n => format!("chốt lúc {}, lần điều chỉnh thứ {n}", crate::time::display(at)),
    }
}

/// Takes the part of a decision file (made at `made`) meant for the cell `to`, or says
/// why it cannot (naming the file, what does not match and what to do). Decisions are
/// ordered by the committee's own time of the decision and its revision, never by
/// arrival nor by when the file was made: an older decision exported again later never
/// replaces a newer one, and a time in the future never wins.
pub fn for_cell(file: &DecisionFile, made: DateTime<FixedOffset>, to: &Receiver, name: &str) -> Result<Taking, String> {
    let year = to.year;
    if file.year != year {
        return Err(format!(
            "Tệp \"{name}\" là quyết định xếp loại năm {}, còn chi bộ đang làm năm {year}. Hãy mở chi bộ năm {} để nhập tệp này.",
            file.year, file.year
        ));
    }
    let Some(mine) = file.cells.iter().find(|c| c.cell == *to.cell) else {
        return Err(format!(
            "Tệp \"{name}\" là quyết định xếp loại của {} nhưng không có phần của chi bộ này (tệp dành cho: {}). Hãy đề nghị đảng ủy gửi quyết định của chi bộ mình.",
            file.committee,
            file.cells.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ")
        ));
    };
    let above = to.party_committee.trim();
    let key = organisation_key;
    if !above.is_empty() && !file.committee.trim().is_empty() && key(above) != key(&file.committee) {
        return Err(format!(
            "Tệp \"{name}\" là quyết định của {}, còn hồ sơ chi bộ ghi cấp trên là {above}. Chi bộ không nhận quyết định của tổ chức khác; nếu hồ sơ chi bộ ghi sai tên, hãy sửa ở trang Hồ sơ chi bộ rồi nhập lại.",
            file.committee
        ));
    }
    let decided = mine.decided_at.unwrap_or(made);
    let strangers: Vec<&str> =
        mine.members.iter().filter(|m| !(to.has_member)(&m.id)).map(|m| m.name.as_str()).collect();
    if !strangers.is_empty() {
        return Err(format!(
            "Tệp \"{name}\" ghi mức xếp loại cho {} người không có trong danh sách của chi bộ ({}). Chi bộ không nhận tệp này; hãy hỏi lại đảng ủy.",
            strangers.len(),
            strangers.iter().take(5).copied().collect::<Vec<_>>().join(", ")
        ));
    }
    if decided > to.now + chrono::Duration::hours(CLOCK_SLACK_HOURS) {
        return Err(format!(
            "Tệp \"{name}\" ghi thời điểm lập là {}, sau thời điểm hiện tại của máy này. Chi bộ không nhận tệp ghi ngày ở tương lai; hãy kiểm tra đồng hồ của máy, hoặc đề nghị đảng ủy xuất lại tệp.",
            crate::time::display(decided)
        ));
    }
    let finals = FinalLevels {
        committee: file.committee.clone(),
        decided,
        revision: mine.revision,
        cell_level: mine.cell_level,
        members: mine.members.iter().filter_map(|m| Some((m.id.clone(), m.level?))).collect(),
    };
    match to.kept {
        Some(kept) if *kept == finals => Ok(Taking::Same),
        Some(kept) if (decided, mine.revision) < (kept.decided, kept.revision) => Err(format!(
            "Tệp \"{name}\" là quyết định {}, cũ hơn quyết định chi bộ đang giữ ({}). Chi bộ giữ quyết định mới hơn.",
            when(decided, mine.revision),
            when(kept.decided, kept.revision)
        )),
        Some(kept) if (decided, mine.revision) == (kept.decided, kept.revision) => Err(format!(
            "Tệp \"{name}\" là quyết định {}, cùng lần với quyết định chi bộ đang giữ nhưng khác nội dung. Chi bộ giữ quyết định đã nhận; hãy hỏi đảng ủy tệp nào đúng.",
            when(decided, mine.revision)
        )),
        _ => Ok(Taking::Taken(finals)),
    }
}
