//! The figures a cell reports up: counts and shares per level, self-proposed and proposed
//! by the cell, against the target the cell set.

use serde::{Deserialize, Serialize};

use super::model::{Line, Profile, Status};
use crate::domain::level::Level;
use crate::domain::score::Points;

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
    pub submitted: u32,
    pub missing: u32,
    pub exempt: u32,
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

/// `part` of `whole` as a percentage with one decimal and a Vietnamese comma, rounded half
/// up: `1/3` → "33,3", `2/10` → "20". A whole of 0 gives "0".
pub fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "0".into();
    }
    let tenths = (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole);
    Points::from_tenths(u16::try_from(tenths).unwrap_or(u16::MAX)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up_with_a_comma() {
        assert_eq!(percent(1, 3), "33,3");
        assert_eq!(percent(2, 3), "66,7");
        assert_eq!(percent(2, 10), "20");
        assert_eq!(percent(0, 0), "0");
        assert_eq!(percent(7, 7), "100");
    }
}
