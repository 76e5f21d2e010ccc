//! The vote threshold a proposal must reach in the cell's meeting. A leaf of its own, so
//! that a criteria pack can set it without the pack reading the cell's model.

use serde::{Deserialize, Serialize};

/// A vote threshold. The current rule was not found (domain README §6.6) [U]; the default
/// follows the general majority principle and is labelled as a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// Trên một nửa số đảng viên chính thức.
    #[default]
    MoreThanHalf,
    /// Từ hai phần ba số đảng viên chính thức trở lên.
    TwoThirds,
}

impl Threshold {
    /// Every threshold, in the order the profile lists them.
    pub const ALL: [Threshold; 2] = [Threshold::MoreThanHalf, Threshold::TwoThirds];

    /// The threshold in words, as the profile and the rules panel show it.
    pub fn label(self) -> &'static str {
        match self {
            Threshold::MoreThanHalf => "Trên một nửa (1/2) số đảng viên chính thức",
            Threshold::TwoThirds => "Từ hai phần ba (2/3) số đảng viên chính thức trở lên",
        }
    }

    /// The value the workspace stores (and the profile's radio buttons carry).
    pub fn code(self) -> &'static str {
        match self {
            Threshold::MoreThanHalf => "more_than_half",
            Threshold::TwoThirds => "two_thirds",
        }
    }

    /// The threshold stored as `code`, if it is one.
    pub fn from_code(code: &str) -> Option<Threshold> {
        Threshold::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The fewest votes "for" that pass among `official` official members.
    pub fn needed(self, official: u32) -> u32 {
        match self {
            Threshold::MoreThanHalf => official / 2 + 1,
            Threshold::TwoThirds => (official * 2).div_ceil(3),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_thresholds() {
        // More than half: 10 → 6, 9 → 5, 1 → 1.
        assert_eq!(Threshold::MoreThanHalf.needed(10), 6);
        assert_eq!(Threshold::MoreThanHalf.needed(9), 5);
        assert_eq!(Threshold::MoreThanHalf.needed(1), 1);
        // Two thirds or more: 9 → 6, 10 → 7, 3 → 2.
        assert_eq!(Threshold::TwoThirds.needed(9), 6);
        assert_eq!(Threshold::TwoThirds.needed(10), 7);
        assert_eq!(Threshold::TwoThirds.needed(3), 2);
    }
}
