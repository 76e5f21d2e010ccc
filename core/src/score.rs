//! Points of the 100-point self-assessment (QĐ 366 Điều 10), kept in tenths of a point so
//! that band edges such as 89,9 / 90 compare exactly.

use std::fmt;

/// A score in tenths of a point: `Points::parse("85,5", 700)` is 855 tenths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Points(u16);

/// Why a typed score was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PointsError {
    /// Nothing typed.
    Empty,
    /// Not a number with at most one decimal place.
    NotANumber,
    /// More than one decimal place (27,55): scores are given to the tenth.
    TooManyDecimals,
    /// Above the group's maximum (in whole points).
    AboveMax(u16),
}

impl PointsError {
    /// The message shown beside the field.
    pub fn message(&self) -> String {
        match self {
            PointsError::Empty => "Chưa nhập điểm.".into(),
            PointsError::NotANumber => "Điểm phải là một số, ví dụ 27 hoặc 27,5.".into(),
            PointsError::TooManyDecimals => "Điểm chỉ được có một chữ số thập phân, ví dụ 27,5.".into(),
            PointsError::AboveMax(max) => format!("Điểm không được vượt quá {max}."),
        }
    }
}

impl Points {
    /// A score from tenths of a point: `Points::from_tenths(855)` is 85,5.
    pub const fn from_tenths(tenths: u16) -> Points {
        Points(tenths)
    }

    /// The score in tenths of a point, for exact comparisons.
    pub const fn tenths(self) -> u16 {
        self.0
    }

    /// Reads a score typed with a decimal comma (Vietnamese) or a point, at most one
    /// decimal place, between 0 and `max_whole` points.
    pub fn parse(text: &str, max_whole: u16) -> Result<Points, PointsError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(PointsError::Empty);
        }
        let (whole, frac) = match text.split_once([',', '.']) {
            Some((w, f)) => (w, f),
            None => (text, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(frac) || whole.len() > 4 {
            return Err(PointsError::NotANumber);
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 1 {
            return Err(PointsError::TooManyDecimals);
        }
        let whole: u16 = whole.parse().map_err(|_| PointsError::NotANumber)?;
        let tenth: u16 = frac.parse().unwrap_or(0);
        if whole > max_whole || (whole == max_whole && tenth > 0) {
            return Err(PointsError::AboveMax(max_whole));
        }
        Ok(Points(whole * 10 + tenth))
    }

    /// The sum of two scores (the total of the two criteria groups never exceeds 100).
    pub fn plus(self, other: Points) -> Points {
        Points(self.0.saturating_add(other.0))
    }
}

/// Writes the score as Vietnamese documents do: `85,5`, `90`.
impl fmt::Display for Points {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, tenth) = (self.0 / 10, self.0 % 10);
        if tenth == 0 {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole},{tenth}")
        }
    }
}

/// `part` of `whole` as a share, written one way everywhere, on screen, in print and in the
/// rules' messages: one decimal place, a decimal comma and a non-breaking space before the
/// sign, so that "28,6 %" never breaks before its "%" (`1/3` → "33,3 %", `2/10` → "20,0 %",
/// a whole of 0 → "0,0 %"). Worked in whole numbers (tenths of a percent, rounded half up),
/// never in floating point, so the shares a member's rules quote (QĐ 366 Điều 11: 30 %
/// exceeded, 20 % late, 50 % not done) and the cell's summary print the same figure for the
/// same counts.
pub fn percent(part: u32, whole: u32) -> String {
    let tenths = if whole == 0 { 0 } else { (u64::from(part) * 1000 + u64::from(whole) / 2) / u64::from(whole) };
    format!("{},{}\u{a0}%", tenths / 10, tenths % 10)
}

/// A whole percentage set by a rule or a setting (the 20 % cap, a target of 90 %), written
/// like [`percent`] but without a decimal: the texts state them whole.
pub fn whole_percent(n: impl fmt::Display) -> String {
    format!("{n}\u{a0}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_comma_and_point() {
        assert_eq!(Points::parse("27,5", 30), Ok(Points(275)));
        assert_eq!(Points::parse("27.5", 30), Ok(Points(275)));
        assert_eq!(Points::parse(" 30 ", 30), Ok(Points(300)));
        assert_eq!(Points::parse("0", 30), Ok(Points(0)));
        assert_eq!(Points::parse("12,50", 30), Ok(Points(125)));
    }

    #[test]
    fn refuses_bad_scores() {
        assert_eq!(Points::parse("", 30), Err(PointsError::Empty));
        assert_eq!(Points::parse("abc", 30), Err(PointsError::NotANumber));
        assert_eq!(Points::parse("-1", 30), Err(PointsError::NotANumber));
        assert_eq!(Points::parse(",5", 30), Err(PointsError::NotANumber));
        assert_eq!(Points::parse("1e2", 30), Err(PointsError::NotANumber));
        assert_eq!(Points::parse("27,55", 30), Err(PointsError::TooManyDecimals));
        assert_eq!(Points::parse("30,1", 30), Err(PointsError::AboveMax(30)));
        assert_eq!(Points::parse("71", 70), Err(PointsError::AboveMax(70)));
        assert_eq!(Points::parse("99999", 70), Err(PointsError::NotANumber));
    }

    #[test]
    fn percent_rounds_half_up_with_a_comma() {
        assert_eq!(percent(1, 3), "33,3\u{a0}%");
        assert_eq!(percent(2, 3), "66,7\u{a0}%");
        assert_eq!(percent(2, 10), "20,0\u{a0}%", "one decimal place, always");
        assert_eq!(percent(0, 0), "0,0\u{a0}%");
        assert_eq!(percent(7, 7), "100,0\u{a0}%");
        assert_eq!(percent(1, 2000), "0,1\u{a0}%", "0,05 rounds half up");
        assert_eq!(percent(1, 2001), "0,0\u{a0}%");
        assert_eq!(whole_percent(20), "20\u{a0}%");
    }

    #[test]
    fn displays_with_a_decimal_comma() {
        assert_eq!(Points(855).to_string(), "85,5");
        assert_eq!(Points(900).to_string(), "90");
        assert_eq!(Points(275).plus(Points(580)).to_string(), "85,5");
    }
}
