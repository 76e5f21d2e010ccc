//! What a committee clerk records: the committee's profile for one year, and the
//! committee's decisions on each cell (the final level of every member and of the cell).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::decision::CommitteeLevel;
use crate::ids::{CommitteeId, MemberId, WorkspaceId};
use crate::level::Level;
use crate::pack::Pack;

/// The committee's settings for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommitteeProfile {
    /// The Party organisation, e.g. "Đảng ủy phường Ba Đình": printed top left, and
    /// compared with the "Đảng bộ" each cell's bundle names.
    pub organisation: String,
    /// Đảng ủy cơ sở, or the committee above the grassroots.
    #[serde(default)]
    pub level: CommitteeLevel,
    /// The year under review.
    pub year: i32,
    /// The competent level granted the 25 % cap (QĐ 366 Điều 11, "thành tích xuất sắc, nổi
    /// trội"); 20 % otherwise.
    #[serde(default)]
    pub raised: bool,
    /// Count leaders (Mẫu 2A) and the other members as two comparison groups, the default;
    /// or every member of the committee as one. Cells, as organisations, are always a
    /// group of their own.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub separate_leaders: bool,
    /// The criteria pack the committee uses or wrote for its cells.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<Pack>,
    /// Địa danh, printed before the date of the committee's report.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The date the committee's report carries, dd/mm/yyyy (its meeting's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dated_on: String,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

impl CommitteeProfile {
    /// A new profile for `year`, with every default the app documents.
    pub fn new(year: i32) -> CommitteeProfile {
        CommitteeProfile {
            organisation: String::new(),
            level: CommitteeLevel::default(),
            year,
            raised: false,
            separate_leaders: true,
            pack: None,
            place: String::new(),
            dated_on: String::new(),
        }
    }

    /// The cap's rate: 20 %, or 25 % when granted.
    pub fn percent(&self) -> u32 {
        if self.raised {
            25
        } else {
            20
        }
    }

    /// Takes a pack as the committee's, with the cap it sets (rate and comparison groups).
    /// Returns what changed, in words.
    pub fn use_pack(&mut self, pack: Pack) -> Vec<String> {
        let mut changed = Vec::new();
        if let Some(cap) = &pack.cap {
            self.raised = cap.percent > 20;
            changed.push(format!("tỉ lệ xuất sắc tối đa: {}\u{a0}%", self.percent()));
            if !cap.groups.is_empty() {
                self.separate_leaders = cap.groups.len() > 1;
                changed.push(format!("nhóm so sánh: {}", cap.groups.join(", ")));
            }
        }
        self.pack = Some(pack);
        changed
    }
}

/// A committee's workspace for one year: its profile. The cells' bundles and the
/// committee's decisions are kept beside it, by cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Committee {
    /// A UUID.
    pub id: CommitteeId,
    /// When the workspace was created.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub created: DateTime<FixedOffset>,
    /// When the profile last changed.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    /// The committee's settings.
    pub profile: CommitteeProfile,
}

impl Committee {
    /// An empty workspace for `year`, created at `now`.
    pub fn new(id: impl Into<CommitteeId>, year: i32, now: DateTime<FixedOffset>) -> Committee {
        Committee { id: id.into(), created: now, updated: now, profile: CommitteeProfile::new(year) }
    }

    /// "Đảng ủy phường Ba Đình · năm 2025", for lists and messages.
    pub fn title(&self) -> String {
        let name = self.profile.organisation.trim();
        let name = if name.is_empty() { "Đảng ủy (chưa đặt tên)" } else { name };
        format!("{name} · năm {}", self.profile.year)
    }
}

/// The committee's decisions on one cell: the final level of members (where the committee
/// set one; otherwise the cell's proposal stands) and of the cell as an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CellDecision {
    /// The cell.
    pub cell: WorkspaceId,
    /// The final level of members, by id, where the committee set one.
    #[serde(default)]
    pub members: BTreeMap<MemberId, Level>,
    /// The final level of the cell as an organisation, once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_level: Option<Level>,
    /// How many times the committee changed this decision: the cell orders the decision
    /// files it receives by it and by [`CellDecision::changed`], never by arrival.
    #[serde(default, skip_serializing_if = "crate::time::is_zero")]
    pub revision: u32,
    /// When the committee last changed this decision.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::time::rfc3339::option")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<DateTime<FixedOffset>>"))]
    pub changed: Option<DateTime<FixedOffset>>,
}

impl CellDecision {
    /// No decision yet on `cell`.
    pub fn new(cell: WorkspaceId) -> CellDecision {
        CellDecision { cell, members: BTreeMap::new(), cell_level: None, revision: 0, changed: None }
    }

    /// Marks a change made at `now`: the next revision.
    pub fn touch(&mut self, now: DateTime<FixedOffset>) {
        self.revision = self.revision.saturating_add(1);
        self.changed = Some(now);
    }
}

/// Re-exported: the committee compares a cell's bundle with it.
pub use crate::decision::organisation_key;
