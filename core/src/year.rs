//! The year a document is for: the one offered when a document or a cell's workspace is
//! started, and the years the app accepts at all. One rule for every start page, so that a
//! member's review, the commitment and the cell's workspace opened on the same day agree.

use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};

use crate::template::DocKind;

/// The years the app accepts for a document or a cell's workspace (năm kiểm điểm, năm cam
/// kết). Wide on purpose: it only catches a mistyped or tampered year (`225`, `20255`); the
/// start pages offer the last few years, and the forms themselves are those of 2025.
pub const YEARS: RangeInclusive<i32> = 2000..=2100;

/// The month (1 to 12) from which the review of the current year is the one to prepare.
///
/// HD 43-HD/BTCTW Mục 4.1 holds the yearly review "vào dịp cuối năm" and ends it before
/// 31/12 (special cases before 15/01 of the next year); the files go up before 01/02 and
/// the results are reported before 01/03 of the next year. So in the first months of a
/// year the review at hand is still last year's (a late one, a correction, the cell's files),
/// and once the last quarter's preparation starts it is this year's. September is taken as
/// that start: it leaves the summer with last year's review and gives the whole last
/// quarter to this year's. (The exact month is our inference, not a rule of the texts.)
pub const REVIEW_SEASON_FROM: u32 = 9;

/// The year a new document of `kind` (or a cell's workspace, as [`DocKind::CellReview`]) is
/// most likely for on `today`.
///
/// A review, member's or cell's, is for this year from [`REVIEW_SEASON_FROM`] on, and for
/// last year before it. A commitment (bản cam kết tu dưỡng, rèn luyện, phấn đấu) is written
/// after that review, for the year that follows it: next year from September on, this year
/// before (a new member's, or one written at the start of the year).
pub fn default_year(kind: DocKind, today: NaiveDate) -> i32 {
    let review = if today.month() >= REVIEW_SEASON_FROM { today.year() } else { today.year() - 1 };
    match kind {
        DocKind::Review | DocKind::CellReview => review,
        DocKind::Commitment => review + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn the_review_season_starts_in_september() {
        assert_eq!(default_year(DocKind::Review, day(2026, 1, 10)), 2025, "a late review in January");
        assert_eq!(default_year(DocKind::Review, day(2026, 8, 31)), 2025);
        assert_eq!(default_year(DocKind::Review, day(2026, 9, 1)), 2026);
        assert_eq!(default_year(DocKind::CellReview, day(2026, 12, 31)), 2026);
        assert_eq!(default_year(DocKind::CellReview, day(2026, 8, 31)), 2025);
    }

    #[test]
    fn a_commitment_is_for_the_year_after_the_review() {
        assert_eq!(default_year(DocKind::Commitment, day(2026, 1, 10)), 2026);
        assert_eq!(default_year(DocKind::Commitment, day(2026, 8, 31)), 2026);
        assert_eq!(default_year(DocKind::Commitment, day(2026, 9, 1)), 2027);
        assert_eq!(default_year(DocKind::Commitment, day(2026, 12, 20)), 2027);
    }

    #[test]
    fn the_accepted_years_hold_every_default() {
        for m in 1..=12 {
            for kind in [DocKind::Review, DocKind::Commitment, DocKind::CellReview] {
                assert!(YEARS.contains(&default_year(kind, day(2026, m, 1))));
            }
        }
        assert!(!YEARS.contains(&1999) && !YEARS.contains(&2101));
    }
}
