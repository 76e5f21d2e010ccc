//! Tables for a spreadsheet ("Tải bảng Excel (.xlsx)"): each table a sheet with its header
//! row, its column widths and typed cells (numbers as numbers, scores with one decimal,
//! shares as percentages, levels and names as text). The cell's roster and summary and the
//! committee's report are built here from the same model as their CSV and screens, inside
//! the office writer (`src/bin/office.rs`, rust_xlsxwriter, loaded on demand), from the
//! files the apps already make (the cell's bundle, the committee's report): no app's first
//! load carries this module.

use std::collections::BTreeMap;

use crate::cell::export::CSV_HEADER as ROSTER_HEADER;
use crate::cell::file::{read_cell_with, CellPayload, ReviewDigests};
use crate::cell::model::{Line, Workspace};
use crate::cell::summary::Summary;
use crate::committee::report::{Report, ReportCell, CSV_HEADER as REPORT_HEADER};
use crate::document::Document;
use crate::file::FileError;
use crate::ids::DocId;
use crate::level::Level;

/// One cell of a sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing written.
    Empty,
    /// Text: a name, a level, a comment.
    Text(String),
    /// A count (members, votes).
    Count(u32),
    /// A score in tenths of a point, written with one decimal (93,5).
    Score(u16),
    /// A share, `part` of `whole`, written as a percentage with one decimal (28,6 %).
    Share {
        /// The members counted.
        part: u32,
        /// Out of.
        whole: u32,
    },
}

impl Cell {
    fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }

    fn count(n: Option<u32>) -> Cell {
        n.map_or(Cell::Empty, Cell::Count)
    }

    /// How many characters the cell shows, for the column's width.
    fn width(&self) -> usize {
        match self {
            Cell::Empty => 0,
            Cell::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Cell::Count(n) => n.to_string().len(),
            Cell::Score(_) => 5,
            Cell::Share { .. } => 7,
        }
    }
}

/// One table: its sheet's name, its header row and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The tab's name (Excel allows 31 characters, no `[]:*?/\`).
    pub name: String,
    /// The titles of the columns, the sheet's first row.
    pub header: Vec<String>,
    /// The table's rows, under the header.
    pub rows: Vec<Vec<Cell>>,
    /// Each column's width, in characters: what its title and its widest value need,
    /// within 6 and 60 (longer text wraps).
    pub widths: Vec<f64>,
}

impl Sheet {
    fn new(name: &str, header: &[&str], rows: Vec<Vec<Cell>>) -> Sheet {
        let widths = (0..header.len())
            .map(|c| {
                // A title wraps onto two lines at most; values keep one.
                let title = header[c]
                    .chars()
                    .count()
                    .div_ceil(2)
                    .max(header[c].split(' ').map(|w| w.chars().count()).max().unwrap_or(0));
                let widest = rows.iter().filter_map(|r| r.get(c)).map(Cell::width).max().unwrap_or(0);
                (title.max(widest) + 2).clamp(6, 60) as f64
            })
            .collect();
        let name: String = name.chars().map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c }).collect();
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(31).collect();
        Sheet { name, header: header.iter().map(|h| (*h).to_owned()).collect(), rows, widths }
    }
}

/// The cell's workbook: the roster (every column of the CSV, with the cell's proposals and
/// votes, and the committee's final level once decided) and the summary.
pub fn cell_sheets(ws: &Workspace, lines: &[Line]) -> Vec<Sheet> {
    let decided = ws.decision.as_ref();
    let mut header: Vec<&str> = ROSTER_HEADER.to_vec();
    if decided.is_some() {
        header.push("Cấp ủy quyết định");
    }
    let label = |l: Option<Level>| Cell::text(l.map(Level::label).unwrap_or_default());
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let m = l.member;
            let mut row = vec![
                Cell::Count(i as u32 + 1),
                Cell::text(m.name.clone()),
                Cell::text(l.status.label()),
                Cell::text(if m.probationary { "Có" } else { "" }),
                Cell::text(l.form),
                l.total.map_or(Cell::Empty, |t| Cell::Score(t.tenths())),
                label(l.band),
                label(l.self_level),
                Cell::text(m.comment.clone()),
                label(m.proposed),
                Cell::text(m.votes.method.map(|v| v.label()).unwrap_or_default()),
                Cell::count(m.votes.present),
                Cell::count(m.votes.yes),
                Cell::count(m.votes.no),
                Cell::count(m.votes.abstain),
                Cell::text(m.admitted_on.clone()),
            ];
            if let Some(d) = decided {
                row.push(label(d.members.get(&m.id).copied()));
            }
            row
        })
        .collect();
    let s = Summary::of(lines, &ws.profile);
    let whole = s.to_classify;
    let mut summary: Vec<Vec<Cell>> = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            vec![
                Cell::text(l.label()),
                Cell::Count(s.self_proposed[i]),
                Cell::Share { part: s.self_proposed[i], whole },
                Cell::Count(s.cell_proposed[i]),
                Cell::Share { part: s.cell_proposed[i], whole },
            ]
        })
        .collect();
    summary.push(vec![
        Cell::text("Chưa đề xuất"),
        Cell::Empty,
        Cell::Empty,
        Cell::Count(s.cell_unclassified),
        Cell::Share { part: s.cell_unclassified, whole },
    ]);
    summary.push(vec![Cell::text("Phải xếp loại"), Cell::Count(whole), Cell::Empty, Cell::Count(whole), Cell::Empty]);
    vec![
        Sheet::new("Danh sách", &header, rows),
        Sheet::new(
            "Tổng hợp",
            &["Mức xếp loại", "Tự xếp loại (số người)", "Tỉ lệ", "Chi bộ đề xuất (số người)", "Tỉ lệ"],
            summary,
        ),
    ]
}

/// The cell's workbook made from its bundle file, as "Tải gói chi bộ" writes it: the
/// workbook says what the bundle says, and the cell's app hands over text it already makes
/// instead of carrying this module. The caller knows the cell's forms
/// ([`crate::templates::know_cell_forms`]).
pub fn cell_sheets_of_bundle(bytes: &[u8]) -> Result<Vec<Sheet>, FileError> {
    let CellPayload::Bundle(bundle) = read_cell_with(bytes, ReviewDigests::Skip)?.value else {
        return Err(FileError::KindMismatch);
    };
    let reviews: BTreeMap<DocId, Document> =
        crate::order::map_of(bundle.reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)));
    let ws = &bundle.workspace;
    let lines: Vec<Line> =
        ws.members.iter().map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile)).collect();
    Ok(cell_sheets(ws, &lines))
}

/// The committee's workbook: one line per cell and a last line of totals, as its CSV.
pub fn report_sheets(report: &Report) -> Vec<Sheet> {
    let line = |stt: Cell, c: &ReportCell| {
        let mut cells = vec![
            stt,
            Cell::text(c.name.clone()),
            Cell::Count(c.members),
            Cell::Count(c.exempt),
            Cell::Count(c.to_classify),
        ];
        cells.extend(c.levels.iter().map(|n| Cell::Count(*n)));
        cells.push(Cell::Count(c.unclassified));
        cells.push(Cell::text(c.cell_level.map(Level::label).unwrap_or_default()));
        cells
    };
    let mut rows: Vec<Vec<Cell>> =
        report.cells.iter().enumerate().map(|(i, c)| line(Cell::Count(i as u32 + 1), c)).collect();
    rows.push(line(Cell::text("Cộng"), &report.totals));
    vec![Sheet::new("Tổng hợp các chi bộ", &REPORT_HEADER, rows)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_fit_titles_and_values_and_names_are_valid() {
        let s = Sheet::new(
            "Danh/sách: [1]",
            &["STT", "Họ và tên"],
            vec![vec![Cell::Count(1), Cell::text("Nguyễn Văn An")]],
        );
        assert_eq!(s.name, "Danh sách 1");
        assert_eq!(s.widths, vec![6.0, 15.0]);
        assert_eq!(Cell::text(""), Cell::Empty);
    }
}
