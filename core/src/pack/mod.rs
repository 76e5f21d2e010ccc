//! Bộ tiêu chí chấm điểm: the sub-criteria and points a superior Party committee sets for
//! its cells and members (HD 43 mục 7.12: "các cấp uỷ, tổ chức đảng cấp trên chịu trách
//! nhiệm cụ thể hoá … nội dung chấm điểm theo khung tiêu chí"). The centre fixes only the two
//! groups, 30 and 70 points (QĐ 366 Điều 10); everything below them comes from the pack,
//! so the app never presents a sub-criterion as official unless a committee's pack says so.
//!
//! A pack is a file of its own kind in the app's envelope (`criteria_pack`), read strictly:
//! for each form it carries, the maxima of each group must add up to exactly 30 and 70.
//! It may also set the cell's settings a committee decides: the vote thresholds, the cap's
//! comparison groups and rate, the date the six months are measured at, the target rate,
//! and item lists under the three groups of Nghị quyết 04 for section I.1.
//!
//! One concern per file, every public item re-exported here:
//! - `model`: the pack and what it holds;
//! - `check`: the pack's own checks;
//! - `edit`: writing a pack by hand (a blank pack, a group's criteria, the sum as typed,
//!   what keeps it from being exported);
//! - `file`: reading, wrapping and naming a pack file;
//! - `scoring`: scoring a document by a pack;
//! - `ids`: where a document keeps its pack's sub-criteria.
//!
//! What a document records of its pack is [`crate::pack_ref::PackRef`], a leaf of its own.

mod check;
mod edit;
mod file;
pub mod ids;
mod model;
mod scoring;

pub use check::PackProblem;
pub use edit::{cap_groups, opened_message, sum_line};
pub use file::{pack_file_name, read_pack, wrap_pack, PackError};
pub use model::{Criterion, FormCriteria, Group, Issuer, Nq04Items, Pack, PackCap, PackForm};
pub use scoring::{apply, group_total, guide_id, remove, row_points, rows_id, sync_totals, text_id};

/// A made-up pack, shared by the tests of the pack's files.
#[cfg(test)]
pub(crate) mod samples {
    use std::collections::BTreeMap;

    use super::{Criterion, FormCriteria, Issuer, Pack, PackCap, PackForm};
    use crate::threshold::Threshold;

    /// A sub-criterion with its maximum as typed.
    pub(crate) fn c(title: &str, max: &str) -> Criterion {
        Criterion { title: title.into(), max: max.into(), evidence: String::new() }
    }

    /// A made-up pack, labelled as an example.
    pub(crate) fn sample() -> Pack {
        let form = FormCriteria {
            subtitle: String::new(),
            signature: String::new(),
            general: vec![
                c("Chính trị, tư tưởng", "10"),
                c("Đạo đức, lối sống", "10"),
                c("Tự phê bình và phê bình", "10"),
            ],
            results: vec![
                c("Nhiệm vụ thường xuyên", "40"),
                c("Nhiệm vụ đột xuất", "20"),
                c("Tham gia sinh hoạt chi bộ", "10"),
            ],
        };
        Pack {
            issuer: Issuer {
                organisation: "Đảng ủy ví dụ".into(),
                number: "01-HD/VD".into(),
                date: "10/11/2025".into(),
            },
            year: 2025,
            example: true,
            forms: BTreeMap::from([(PackForm::Member, form)]),
            nq04: None,
            threshold_excellent: Some(Threshold::TwoThirds),
            threshold_other: None,
            cap: Some(PackCap {
                groups: vec!["Lãnh đạo, quản lý".into(), "Đảng viên khác".into()], percent: 20
            }),
            six_months_on: None,
            target_good_percent: None,
        }
    }

    /// A fixed time for the tests.
    pub(crate) fn now() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2025-11-10T08:00:00+07:00").expect("time")
    }
}
