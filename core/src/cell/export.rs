//! What a cell sends up: the bundle (one JSON file in the app's envelope) and the roster
//! as a CSV table for Excel.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{Line, Workspace};
use super::summary::Summary;
use crate::document::Document;
use crate::file::{self, Envelope, FileKind};
use crate::ids::DocId;

/// Gói hồ sơ của chi bộ: the workspace (profile, members and the cell's proposals and
/// votes), the collective review, every member's review, and the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// The cell's workspace: profile, roster, the cell's proposals and votes.
    pub workspace: Workspace,
    /// Báo cáo kiểm điểm của chi bộ (Mẫu 01), once started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collective: Option<Envelope<Document>>,
    /// Every member's review, each in its own envelope.
    #[serde(default)]
    pub reviews: Vec<Envelope<Document>>,
    /// Derived from the members; a reader recomputes it.
    pub summary: Summary,
}

/// The bundle's envelope, made at `now`. Its id is the workspace's, so that importing it
/// again on any device finds the same workspace.
pub fn wrap_bundle(
    ws: &Workspace,
    collective: Option<&Document>,
    reviews: &BTreeMap<DocId, Document>,
    summary: Summary,
    now: DateTime<FixedOffset>,
    app_version: &str,
) -> Envelope<Bundle> {
    let bundle = Bundle {
        workspace: ws.clone(),
        collective: collective.and_then(|d| file::wrap(d, app_version)),
        reviews: ws
            .members
            .iter()
            .filter_map(|m| m.review.as_ref().and_then(|r| reviews.get(r)))
            .filter_map(|d| file::wrap(d, app_version))
            .collect(),
        summary,
    };
    file::envelope(FileKind::CellBundle, None, &ws.id, ws.created, now, bundle, app_version)
}

/// The workspace's envelope as storage keeps it.
pub fn wrap_workspace(ws: &Workspace, app_version: &str) -> Envelope<Workspace> {
    file::envelope(FileKind::CellWorkspace, None, &ws.id, ws.created, ws.updated, ws.clone(), app_version)
}

/// "goi-chi-bo-2025-chi-bo-3.json".
pub fn bundle_file_name(ws: &Workspace) -> String {
    let cell = file::slug(&ws.profile.cell);
    if cell.is_empty() {
        format!("goi-chi-bo-{}.json", ws.profile.year)
    } else {
        format!("goi-chi-bo-{}-{cell}.json", ws.profile.year)
    }
}

/// "danh-sach-2025-chi-bo-3.csv".
pub fn csv_file_name(ws: &Workspace) -> String {
    bundle_file_name(ws).replacen("goi-chi-bo", "danh-sach", 1).replace(".json", ".csv")
}

/// The name of the roster's workbook: the bundle's, as `danh-sach-2025-chi-bo-3.xlsx`.
pub fn xlsx_file_name(ws: &Workspace) -> String {
    csv_file_name(ws).replace(".csv", ".xlsx")
}

/// The columns of the roster table.
pub const CSV_HEADER: [&str; 16] = [
    "STT",
    "Họ và tên",
    "Trạng thái",
    "Đảng viên dự bị",
    "Mẫu",
    "Điểm tự chấm",
    "Khung điểm",
    "Tự xếp loại",
    "Nhận xét của chi bộ",
    "Chi bộ đề xuất",
    "Hình thức biểu quyết",
    "Đảng viên chính thức có mặt",
    "Tán thành",
    "Không tán thành",
    "Không biểu quyết",
    "Ngày kết nạp",
];

/// One CSV field: quoted when it holds a separator, a quote or a line break (RFC 4180).
/// A leading `=`, `+`, `-` or `@` gets an apostrophe so that Excel never runs it as a
/// formula (a name or comment from a file is not trusted).
fn field(text: &str, out: &mut String) {
    let guarded;
    let text = if text.starts_with(['=', '+', '-', '@']) {
        guarded = format!("'{text}");
        guarded.as_str()
    } else {
        text
    };
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// Rows as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly),
/// comma-separated, CRLF line ends, each field quoted when it needs to be.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    for cells in rows {
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(c, &mut out);
        }
        out.push_str("\r\n");
    }
    out
}

/// The roster as CSV (see [`csv`]).
pub fn roster_csv(lines: &[Line]) -> String {
    let n = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut rows = vec![CSV_HEADER.map(str::to_owned).to_vec()];
    for (i, l) in lines.iter().enumerate() {
        let m = l.member;
        rows.push(vec![
            (i + 1).to_string(),
            m.name.clone(),
            l.status.label().to_owned(),
            if m.probationary { "Có".into() } else { String::new() },
            l.form.to_owned(),
            l.total.map(|t| t.to_string()).unwrap_or_default(),
            l.band.map(|b| b.label().to_owned()).unwrap_or_default(),
            l.self_level.map(|b| b.label().to_owned()).unwrap_or_default(),
            m.comment.clone(),
            m.proposed.map(|b| b.label().to_owned()).unwrap_or_default(),
            m.votes.method.map(|v| v.label().to_owned()).unwrap_or_default(),
            n(m.votes.present),
            n(m.votes.yes),
            n(m.votes.no),
            n(m.votes.abstain),
            m.admitted_on.clone(),
        ]);
    }
    csv(&rows)
}
