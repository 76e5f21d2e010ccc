//! The figures a cell reports up: counts and shares per level, self-proposed and proposed
//! by the cell, against the target the cell set.

use serde::{Deserialize, Serialize};

use super::model::{Line, Profile, Status};
use crate::level::Level;

/// Counts per level, best first (the order of [`Level::ALL`]).
pub type PerLevel = [u32; 4];

/// The cell's summary. Serialized into the bundle for the committee's convenience; a
/// reader recomputes it from the members rather than trusting it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// Every member on the roster.
    pub members: u32,
    /// Members who must be reviewed and classified (not exempt).
    pub to_classify: u32,
    /// Members whose review is in the workspace (đã nộp).
    pub submitted: u32,
    /// Members to classify whose review has not come in (chưa nộp).
    pub missing: u32,
    /// Members not reviewed this year (không phải kiểm điểm).
    pub exempt: u32,
    /// Đảng viên dự bị: reviewed and classified, but without a vote.
    pub probationary: u32,
    /// Self-proposed levels: HTXSNV, HTTNV, HTNV, KHTNV.
    pub self_proposed: PerLevel,
    /// Levels proposed by the cell: HTXSNV, HTTNV, HTNV, KHTNV.
    pub cell_proposed: PerLevel,
    /// Members to classify the cell has not proposed a level for yet.
    pub cell_unclassified: u32,
    /// The cell's target share of Hoàn thành tốt nhiệm vụ or above, in %.
    pub target_percent: u32,
}

fn index(level: Level) -> usize {
    Level::ALL.iter().position(|l| *l == level).unwrap_or(3)
}

impl Summary {
    /// The summary of the roster's lines against the profile's target.
    pub fn of(lines: &[Line], profile: &Profile) -> Summary {
        let mut s = Summary { target_percent: profile.target_good_percent, ..Summary::default() };
        for line in lines {
            s.members += 1;
            s.probationary += u32::from(line.member.probationary);
            match line.status {
                Status::Exempt(_) => {
                    s.exempt += 1;
                    continue;
                }
                Status::Submitted => s.submitted += 1,
                Status::Missing => s.missing += 1,
            }
            s.to_classify += 1;
            if let Some(l) = line.self_level {
                s.self_proposed[index(l)] += 1;
            }
            match line.member.proposed {
                Some(l) => s.cell_proposed[index(l)] += 1,
                None => s.cell_unclassified += 1,
            }
        }
        s
    }

    /// Members the cell proposes at Hoàn thành tốt nhiệm vụ or above.
    pub fn cell_good_or_above(&self) -> u32 {
        self.cell_proposed[0] + self.cell_proposed[1]
    }

    /// Whether the cell's proposals reach its target share (of the members to classify).
    pub fn target_met(&self) -> bool {
        u64::from(self.cell_good_or_above()) * 100 >= u64::from(self.target_percent) * u64::from(self.to_classify)
    }
}
