//! Mức xếp loại chất lượng: the four classification levels and the score bands of
//! Quy định 366-QĐ/TW, Điều 11.

use serde::{Deserialize, Serialize};

use super::score::Points;

/// A classification level. Ordered from the lowest to the highest, so `a > b` means
/// "a is a better rating than b".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Level {
    /// Không hoàn thành nhiệm vụ (KHTNV).
    #[serde(rename = "KHTNV")]
    NotCompleted,
    /// Hoàn thành nhiệm vụ (HTNV).
    #[serde(rename = "HTNV")]
    Completed,
    /// Hoàn thành tốt nhiệm vụ (HTTNV).
    #[serde(rename = "HTTNV")]
    Good,
    /// Hoàn thành xuất sắc nhiệm vụ (HTXSNV).
    #[serde(rename = "HTXSNV")]
    Excellent,
}

impl Level {
    /// Every level, best first, as the forms list them.
    pub const ALL: [Level; 4] = [Level::Excellent, Level::Good, Level::Completed, Level::NotCompleted];

    /// The official name, verbatim from the forms' Part B.II.
    pub fn label(self) -> &'static str {
        match self {
            Level::Excellent => "Hoàn thành xuất sắc nhiệm vụ",
            Level::Good => "Hoàn thành tốt nhiệm vụ",
            Level::Completed => "Hoàn thành nhiệm vụ",
            Level::NotCompleted => "Không hoàn thành nhiệm vụ",
        }
    }

    /// The short code used in files and tables.
    pub fn code(self) -> &'static str {
        match self {
            Level::Excellent => "HTXSNV",
            Level::Good => "HTTNV",
            Level::Completed => "HTNV",
            Level::NotCompleted => "KHTNV",
        }
    }

    /// Reads a code written by [`Level::code`].
    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The band a total score falls in (QĐ 366 Điều 11): ≥ 90 xuất sắc, 70 to < 90 tốt,
    /// 50 to < 70 hoàn thành, < 50 không hoàn thành. The band is the highest level the
    /// score allows; the other conditions of Điều 11 are checked in [`super::rules`].
    pub fn band(total: Points) -> Level {
        match total.tenths() {
            900.. => Level::Excellent,
            700.. => Level::Good,
            500.. => Level::Completed,
            _ => Level::NotCompleted,
        }
    }

    /// The band as a member reads it: "từ 70 đến dưới 90 điểm".
    pub fn band_text(self) -> &'static str {
        match self {
            Level::Excellent => "từ 90 điểm trở lên",
            Level::Good => "từ 70 đến dưới 90 điểm",
            Level::Completed => "từ 50 đến dưới 70 điểm",
            Level::NotCompleted => "dưới 50 điểm",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(text: &str) -> Level {
        Level::band(Points::parse(text, 1000).expect("valid test score"))
    }

    #[test]
    fn band_edges_follow_article_11() {
        assert_eq!(band("0"), Level::NotCompleted);
        assert_eq!(band("49,9"), Level::NotCompleted);
        assert_eq!(band("50"), Level::Completed);
        assert_eq!(band("69,9"), Level::Completed);
        assert_eq!(band("70"), Level::Good);
        assert_eq!(band("89,9"), Level::Good);
        assert_eq!(band("90"), Level::Excellent);
        assert_eq!(band("100"), Level::Excellent);
    }

    #[test]
    fn levels_order_from_worst_to_best() {
        assert!(Level::Excellent > Level::Good);
        assert!(Level::Good > Level::Completed);
        assert!(Level::Completed > Level::NotCompleted);
    }

    #[test]
    fn codes_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::from_code(l.code()), Some(l));
        }
        assert_eq!(Level::from_code("XS"), None);
    }
}
