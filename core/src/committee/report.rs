//! Báo cáo kết quả xếp loại: what a committee reports up, as JSON (for the level above's
//! tools) and as a CSV table for Excel: the final levels per cell and per level, with the
//! committee's totals.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::check::{cell_final, Overview};
use super::entry::CellEntry;
use super::model::{CellDecision, CommitteeProfile};
use crate::cell::summary::PerLevel;
use crate::decision::CommitteeLevel;
use crate::file::{self, Envelope, FileKind};
use crate::ids::WorkspaceId;
use crate::level::Level;

/// One cell's line of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportCell {
    /// The cell's workspace id.
    pub cell: WorkspaceId,
    /// "Chi bộ 3".
    pub name: String,
    /// Members on the roster.
    pub members: u32,
    /// Members not reviewed this year.
    pub exempt: u32,
    /// Members to classify.
    pub to_classify: u32,
    /// Final levels: HTXSNV, HTTNV, HTNV, KHTNV.
    pub levels: PerLevel,
    /// Members to classify with no level yet.
    pub unclassified: u32,
    /// The cell's final level as an organisation, once decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_level: Option<Level>,
}

/// The committee's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// The committee, e.g. "Đảng ủy phường Ba Đình".
    pub committee: String,
    /// Its level.
    pub level: CommitteeLevel,
    /// The year under review.
    pub year: i32,
    /// The cap's rate used, in percent.
    pub cap_percent: u32,
    /// One line per cell.
    pub cells: Vec<ReportCell>,
    /// The committee's totals: members, exempt, to classify, unclassified.
    pub totals: ReportCell,
    /// Final levels of the cells as organisations: HTXSNV, HTTNV, HTNV, KHTNV.
    pub cell_levels: PerLevel,
    /// Địa danh of the report, from the committee's profile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The report's date, dd/mm/yyyy, from the committee's profile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dated_on: String,
}

/// The report of `entries` under `decisions`, with the overview computed from them.
pub fn report(
    profile: &CommitteeProfile,
    entries: &[CellEntry],
    decisions: &BTreeMap<WorkspaceId, CellDecision>,
    overview: &Overview,
) -> Report {
    let cells = entries
        .iter()
        .zip(&overview.cells)
        .map(|(e, t)| ReportCell {
            cell: e.cell.clone(),
            name: e.title(),
            members: t.members,
            exempt: t.exempt,
            to_classify: t.to_classify,
            levels: t.levels,
            unclassified: t.unclassified,
            cell_level: cell_final(e, decisions.get(&e.cell)),
        })
        .collect();
    let t = overview.totals;
    Report {
        committee: profile.organisation.trim().to_owned(),
        level: profile.level,
        year: profile.year,
        cap_percent: profile.percent(),
        place: profile.place.trim().to_owned(),
        dated_on: profile.dated_on.trim().to_owned(),
        cells,
        totals: ReportCell {
            cell: WorkspaceId::default(),
            name: "Tổng cộng".into(),
            members: t.members,
            exempt: t.exempt,
            to_classify: t.to_classify,
            levels: t.levels,
            unclassified: t.unclassified,
            cell_level: None,
        },
        cell_levels: overview.cell_levels,
    }
}

/// The report's envelope, made at `now`.
pub fn wrap_report(report: &Report, id: &str, now: DateTime<FixedOffset>, app_version: &str) -> Envelope<Report> {
    file::envelope(FileKind::CommitteeReport, None, id, now, now, report.clone(), app_version)
}

/// "bao-cao-xep-loai-2025-dang-uy-phuong-ba-dinh.json" (and `.csv`).
pub fn report_file_name(profile: &CommitteeProfile, extension: &str) -> String {
    let slug = file::slug(&profile.organisation);
    if slug.is_empty() {
        format!("bao-cao-xep-loai-{}.{extension}", profile.year)
    } else {
        format!("bao-cao-xep-loai-{}-{slug}.{extension}", profile.year)
    }
}

/// The columns of the report's table.
pub const CSV_HEADER: [&str; 11] = [
    "STT",
    "Chi bộ",
    "Số đảng viên",
    "Không phải kiểm điểm",
    "Phải xếp loại",
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
    "Chưa xếp loại",
    "Xếp loại chi bộ",
];

/// The report as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly),
/// comma-separated, CRLF line ends, one line per cell and a last line of totals.
pub fn report_csv(report: &Report) -> String {
    let line = |stt: String, c: &ReportCell| {
        let mut cells =
            vec![stt, c.name.clone(), c.members.to_string(), c.exempt.to_string(), c.to_classify.to_string()];
        cells.extend(c.levels.iter().map(u32::to_string));
        cells.push(c.unclassified.to_string());
        cells.push(c.cell_level.map(|l| l.label().to_owned()).unwrap_or_default());
        cells
    };
    let mut rows = vec![CSV_HEADER.map(str::to_owned).to_vec()];
    rows.extend(report.cells.iter().enumerate().map(|(i, c)| line((i + 1).to_string(), c)));
    rows.push(line(String::new(), &report.totals));
    crate::cell::export::csv(&rows)
}
