//! Values outside what a form allows, found in a document read from a file.
//!
//! The app's editor keeps whatever is typed (validation only stops finishing), but it never
//! lets a list grow past its rows or a text past its length, and every exported file comes
//! from it. A file whose values lie outside the form's limits was therefore edited by hand
//! or made by another program: the import paths ([`crate::intake`]) refuse such a document
//! and say which field to correct, rather than let a 45 out of 30 points reach the cell's
//! summary.
//!
//! What is checked, with the limits the template declares ([`crate::template::FieldKind`]):
//! - points: from 0 to the group's maximum (30 for the general group, 70 for the results
//!   group in the 2025 forms), decimals included (30 is allowed, 30,5 is not);
//! - counts: from 0 to [`MAX_COUNT`];
//! - the year: within [`YEARS`];
//! - lists: at most the template's number of rows;
//! - texts: at most the field's number of characters;
//! - choices: one of the form's values.
//!
//! A value that is not a number at all, a date that does not exist, or an empty required
//! field is not a limit: a draft may hold it while being written, and the form's own
//! validation ([`crate::validate`]) shows it beside the field.

use crate::document::Document;
use crate::template::{DocKind, Field, FieldKind, Template, MAX_COUNT};
use crate::templates;
use crate::validate::cell_path;
use crate::year::YEARS;

/// The id [`Problem::field`] gives the document's year, which is not a field of the form.
pub const YEAR_FIELD: &str = "year";

/// What the person who sent the file is asked to do.
const WHAT_TO_DO: &str = "Hãy đề nghị đồng chí gửi tệp sửa lại và xuất tệp lại từ ứng dụng.";

/// One value outside what the form allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field's id in its template; for a cell of a list, `list_id.row_index.column_id`
    /// (as [`crate::validate::Problem::field`]); [`YEAR_FIELD`] for the year.
    pub field: String,
    /// The field's Vietnamese label from the template (for a cell of a list, the list's).
    pub label: String,
    /// For a cell of a list: where in the list.
    pub cell: Option<ListCell>,
    /// What is wrong.
    pub excess: Excess,
}

/// Where a value sits in a list field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCell {
    /// The row's index, from 0 (the message counts from 1).
    pub row: usize,
    /// The column's Vietnamese label from the template.
    pub column: String,
}

/// How a value goes beyond what the form allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Excess {
    /// A number (points or a count) above the field's maximum.
    AboveMax {
        /// The value as written in the file.
        value: String,
        /// The field's maximum.
        max: u32,
    },
    /// A negative number (points or a count).
    Negative {
        /// The value as written in the file.
        value: String,
    },
    /// A year outside [`YEARS`].
    YearOutside {
        /// The year written in the file.
        year: i32,
    },
    /// More rows than the list allows.
    TooManyRows {
        /// The rows in the file.
        rows: usize,
        /// The template's maximum.
        max: usize,
    },
    /// A text longer than the field allows.
    TooLong {
        /// The characters in the file.
        chars: usize,
        /// The template's maximum.
        max: usize,
    },
    /// A value that is none of the field's choices.
    NotAChoice {
        /// The value as written in the file.
        value: String,
    },
    /// A control character or a direction mark ([`crate::chars`]).
    Hidden {
        /// The character.
        c: char,
    },
    /// A value under a key that is no field of the form.
    NotInForm,
}

impl Problem {
    /// The field and what is wrong with it, without the file: `mục "…" ghi 45, vượt quá mức
    /// tối đa 30`.
    pub fn detail(&self) -> String {
        let mut place = format!("mục \"{}\"", self.label);
        if let Some(cell) = &self.cell {
            place.push_str(&format!(", dòng {}, phần \"{}\"", cell.row + 1, cell.column));
        }
        let what = match &self.excess {
            Excess::AboveMax { value, max } => {
                format!("ghi {}, vượt quá mức tối đa {}", shown(value), grouped(u64::from(*max)))
            }
            Excess::Negative { value } => format!("ghi {}, là số âm; mục này chỉ nhận số từ 0 trở lên", shown(value)),
            Excess::YearOutside { year } => {
                format!("ghi {year}, ngoài khoảng từ {} đến {} mà ứng dụng nhận", YEARS.start(), YEARS.end())
            }
            Excess::TooManyRows { rows, max } => {
                format!("có {} dòng, vượt quá mức tối đa {} dòng", grouped(*rows as u64), grouped(*max as u64))
            }
            Excess::TooLong { chars, max } => {
                format!("có {} ký tự, vượt quá giới hạn {} ký tự", grouped(*chars as u64), grouped(*max as u64))
            }
            Excess::NotAChoice { value } => format!("ghi \"{}\", không phải một lựa chọn của mẫu", shown(value)),
            Excess::Hidden { c } => format!("có {}", crate::chars::in_words(*c)),
            Excess::NotInForm => "không thuộc mẫu văn bản".to_owned(),
        };
        format!("{place} {what}")
    }

    /// What the user reads: names the file and the field, says what is wrong and what to do.
    /// `Tệp "x.json": mục "1. Nhóm tiêu chí chung (tối đa 30 điểm)" ghi 45, vượt quá mức
    /// tối đa 30. Hãy đề nghị đồng chí gửi tệp sửa lại và xuất tệp lại từ ứng dụng.`
    pub fn message(&self, file: &str) -> String {
        format!("Tệp \"{file}\": {}. {WHAT_TO_DO}", self.detail())
    }
}

/// One Vietnamese message naming the file `file` and every field in `problems`, and saying
/// what to do once. Empty when there is no problem.
pub fn message(file: &str, problems: &[Problem]) -> String {
    match problems {
        [] => String::new(),
        [one] => one.message(file),
        many => {
            let details: Vec<String> = many.iter().map(Problem::detail).collect();
            format!(
                "Tệp \"{file}\" có {} chỗ ghi vượt quá mức mẫu cho phép: {}. {WHAT_TO_DO}",
                many.len(),
                details.join("; ")
            )
        }
    }
}

/// Every value of `doc` outside what its form allows, its template looked up by id. None
/// for a template the app does not know (the reader refuses those already).
pub fn problems(doc: &Document) -> Vec<Problem> {
    templates::get(&doc.template).map(|t| problems_in(t, doc)).unwrap_or_default()
}

/// Every value of `doc` outside what `template` allows, in form order (the year first).
/// Sections answered "Không có" are skipped, as the app ignores their values.
pub fn problems_in(template: &Template, doc: &Document) -> Vec<Problem> {
    let mut out = Vec::new();
    if !YEARS.contains(&doc.year) {
        out.push(Problem {
            field: YEAR_FIELD.to_owned(),
            label: year_label(template.kind).to_owned(),
            cell: None,
            excess: Excess::YearOutside { year: doc.year },
        });
    }
    for section in template.sections() {
        if section.optional && doc.is_none(section.id) {
            continue;
        }
        for field in &section.fields {
            match &field.kind {
                FieldKind::Rows { columns, max } => {
                    let rows = doc.rows(field.id);
                    if rows.len() > *max {
                        out.push(Problem {
                            field: field.id.to_owned(),
                            label: field.label.to_owned(),
                            cell: None,
                            excess: Excess::TooManyRows { rows: rows.len(), max: *max },
                        });
                    }
                    for (i, row) in rows.iter().enumerate() {
                        for column in columns {
                            let Some(text) = row.get(column.id) else { continue };
                            if let Some(excess) = excess(column, text) {
                                out.push(Problem {
                                    field: cell_path(field.id, i, column.id),
                                    label: field.label.to_owned(),
                                    cell: Some(ListCell { row: i, column: column.label.to_owned() }),
                                    excess,
                                });
                            }
                        }
                    }
                }
                _ => {
                    if let Some(excess) = excess(field, doc.text(field.id)) {
                        out.push(Problem {
                            field: field.id.to_owned(),
                            label: field.label.to_owned(),
                            cell: None,
                            excess,
                        });
                    }
                }
            }
        }
    }
    // A value under no field of the form: the app never writes one, and a file of them
    // would fill the browser's storage with what no screen shows.
    let known: Vec<&str> = template.sections().flat_map(|s| s.fields.iter().map(|f| f.id)).collect();
    for key in doc.values.keys().filter(|k| !known.contains(&k.as_str())) {
        out.push(Problem {
            field: key.clone(),
            label: key.chars().take(40).collect(),
            cell: None,
            excess: Excess::NotInForm,
        });
    }
    out
}

/// What the start pages call the year of a document of this kind.
fn year_label(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Review | DocKind::CellReview => "Năm kiểm điểm",
        DocKind::Commitment => "Cam kết cho năm",
    }
}

/// How one value (not a list) goes beyond its field, if it does.
fn excess(field: &Field, text: &str) -> Option<Excess> {
    let value = text.trim();
    if value.is_empty() {
        return None;
    }
    match &field.kind {
        FieldKind::Text { max } | FieldKind::LongText { max } => {
            let paragraphs = matches!(field.kind, FieldKind::LongText { .. });
            if let Some(c) = crate::chars::first_hidden(text, paragraphs) {
                return Some(Excess::Hidden { c });
            }
            let chars = text.chars().count();
            (chars > *max).then_some(Excess::TooLong { chars, max: *max })
        }
        FieldKind::Points { max } => number_excess(value, u32::from(*max)),
        FieldKind::Count => number_excess(value, MAX_COUNT),
        FieldKind::Choice(choices) => {
            (!choices.iter().any(|c| c.value == text)).then(|| Excess::NotAChoice { value: value.to_owned() })
        }
        FieldKind::Date { .. } | FieldKind::Rows { .. } => None,
    }
}

/// A decimal number (sign, digits, at most one `,` or `.` and digits) below 0 or above
/// `max`, compared digit by digit so that 30,05 is above 30. Anything that is not such a
/// number is left to validation.
fn number_excess(value: &str, max: u32) -> Option<Excess> {
    let (negative, unsigned) = match value.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, value.strip_prefix('+').unwrap_or(value)),
    };
    let (whole, fraction) = unsigned.split_once([',', '.']).unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction_above_zero = fraction.bytes().any(|b| b != b'0');
    if negative {
        return (!whole.is_empty() || fraction_above_zero).then(|| Excess::Negative { value: value.to_owned() });
    }
    // More than ten digits is above any u32; otherwise compare in u64.
    let above = whole.len() > 10 || {
        let w: u64 = whole.parse().unwrap_or(0);
        w > u64::from(max) || (w == u64::from(max) && fraction_above_zero)
    };
    above.then(|| Excess::AboveMax { value: value.to_owned(), max })
}

/// A value as quoted in a message: at most 40 characters, so that a whole paragraph pasted
/// into a number field does not flood the message.
fn shown(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        format!("{}…", value.chars().take(MAX).collect::<String>())
    }
}

/// A whole number with a dot between thousands, as Vietnamese writes it: 20.000.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::document::row;
    use crate::templates::review_2025::ids;

    fn doc(template: &str) -> Document {
        let t = DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").expect("valid time");
        Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11", template, 2025, t)
    }

    fn review() -> Document {
        doc("2025/2B")
    }

    fn fields(d: &Document) -> Vec<String> {
        problems(d).into_iter().map(|p| p.field).collect()
    }

    fn points(general: &str, results: &str) -> Vec<Excess> {
        let mut d = review();
        d.set_text(ids::GENERAL_POINTS, general);
        d.set_text(ids::RESULTS_POINTS, results);
        problems(&d).into_iter().map(|p| p.excess).collect()
    }

    #[test]
    fn an_empty_or_ordinary_document_is_within_the_limits() {
        assert!(problems(&review()).is_empty());
        let mut d = review();
        d.set_text(ids::FULL_NAME, "Nguyễn Văn An");
        d.set_text(ids::PROPOSED_LEVEL, "HTTNV");
        d.set_text(ids::TASKS_ASSIGNED, "10");
        d.set_rows(ids::SHORTCOMINGS, vec![row(&[(ids::SHORTCOMING_TEXT, "Chậm nộp báo cáo")])]);
        assert!(problems(&d).is_empty(), "{:?}", problems(&d));
        // A value that is not a number is left to validation.
        assert!(points("abc", "6o").is_empty());
    }

    #[test]
    fn general_points_go_from_0_to_30() {
        assert!(points("30", "").is_empty());
        assert!(points("30,0", "").is_empty());
        assert!(points("0", "").is_empty());
        assert!(points("29,9", "").is_empty());
        assert_eq!(points("30,5", ""), vec![Excess::AboveMax { value: "30,5".into(), max: 30 }]);
        assert_eq!(points("30.05", ""), vec![Excess::AboveMax { value: "30.05".into(), max: 30 }]);
        assert_eq!(points("31", ""), vec![Excess::AboveMax { value: "31".into(), max: 30 }]);
        assert_eq!(points("45", ""), vec![Excess::AboveMax { value: "45".into(), max: 30 }]);
        assert_eq!(points("-0,5", ""), vec![Excess::Negative { value: "-0,5".into() }]);
        assert!(points("-0", "").is_empty(), "minus zero is zero");
    }

    #[test]
    fn results_points_go_from_0_to_70() {
        assert!(points("", "70").is_empty());
        assert!(points("", "69,5").is_empty());
        assert_eq!(points("", "70,1"), vec![Excess::AboveMax { value: "70,1".into(), max: 70 }]);
        assert_eq!(points("", "99999999999999"), vec![Excess::AboveMax { value: "99999999999999".into(), max: 70 }]);
        assert_eq!(points("", "-3"), vec![Excess::Negative { value: "-3".into() }]);
    }

    #[test]
    fn the_cells_collective_review_has_the_same_point_limits() {
        let mut d = doc("2025/01");
        d.set_text(ids::GENERAL_POINTS, "30");
        d.set_text(ids::RESULTS_POINTS, "71");
        assert_eq!(fields(&d), vec![ids::RESULTS_POINTS.to_owned()]);
    }

    #[test]
    fn counts_go_from_0_to_the_largest_count() {
        let mut d = review();
        d.set_text(ids::TASKS_ASSIGNED, MAX_COUNT.to_string());
        assert!(problems(&d).is_empty());
        d.set_text(ids::TASKS_ASSIGNED, (MAX_COUNT + 1).to_string());
        assert_eq!(problems(&d)[0].excess, Excess::AboveMax { value: "100001".into(), max: MAX_COUNT });
        d.set_text(ids::TASKS_ASSIGNED, "-1");
        assert_eq!(problems(&d)[0].excess, Excess::Negative { value: "-1".into() });
    }

    #[test]
    fn the_year_is_within_the_apps_years() {
        for year in [*YEARS.start(), *YEARS.end()] {
            let mut d = review();
            d.year = year;
            assert!(problems(&d).is_empty(), "{year}");
        }
        for year in [YEARS.start() - 1, YEARS.end() + 1, 225, 20255] {
            let mut d = review();
            d.year = year;
            let p = problems(&d);
            assert_eq!(p.len(), 1, "{year}");
            assert_eq!((p[0].field.as_str(), p[0].label.as_str()), (YEAR_FIELD, "Năm kiểm điểm"));
            assert_eq!(p[0].excess, Excess::YearOutside { year });
        }
        let mut c = doc("2025/CK");
        c.year = 1999;
        assert_eq!(problems(&c)[0].label, "Cam kết cho năm");
    }

    #[test]
    fn lists_hold_at_most_their_rows() {
        let line = || row(&[(ids::SHORTCOMING_TEXT, "Chậm nộp báo cáo")]);
        let mut d = review();
        d.set_rows(ids::SHORTCOMINGS, vec![line(); 50]);
        assert!(problems(&d).is_empty());
        d.set_rows(ids::SHORTCOMINGS, vec![line(); 51]);
        let p = problems(&d);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, ids::SHORTCOMINGS);
        assert_eq!(p[0].label, "Các hạn chế, khuyết điểm");
        assert_eq!(p[0].excess, Excess::TooManyRows { rows: 51, max: 50 });
    }

    #[test]
    fn texts_hold_at_most_their_characters() {
        let mut d = review();
        // 100 characters, each of them two bytes or more: characters are counted, not bytes.
        d.set_text(ids::FULL_NAME, "Ấ".repeat(100));
        assert!(problems(&d).is_empty());
        d.set_text(ids::FULL_NAME, "Ấ".repeat(101));
        assert_eq!(problems(&d)[0].excess, Excess::TooLong { chars: 101, max: 100 });
        assert_eq!(problems(&d)[0].label, "Họ và tên");

        let mut d = review();
        d.set_rows(
            ids::SHORTCOMINGS,
            vec![row(&[(ids::SHORTCOMING_TEXT, "ok")]), row(&[(ids::SHORTCOMING_TEXT, &"a".repeat(20_001))])],
        );
        let p = problems(&d);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].field, cell_path(ids::SHORTCOMINGS, 1, ids::SHORTCOMING_TEXT));
        assert_eq!(p[0].cell, Some(ListCell { row: 1, column: "Hạn chế, khuyết điểm".into() }));
        assert_eq!(p[0].excess, Excess::TooLong { chars: 20_001, max: 20_000 });
    }

    #[test]
    fn choices_are_the_forms_own() {
        let mut d = review();
        d.set_text(ids::PROPOSED_LEVEL, "HTTNV");
        assert!(problems(&d).is_empty());
        d.set_text(ids::PROPOSED_LEVEL, "XUAT_SAC");
        assert_eq!(problems(&d)[0].excess, Excess::NotAChoice { value: "XUAT_SAC".into() });
    }

    #[test]
    fn sections_answered_none_are_not_checked() {
        let mut d = review();
        d.set_rows(
            ids::EARLIER_SHORTCOMINGS,
            vec![row(&[(ids::EARLIER_TEXT, "x"), (ids::EARLIER_STATUS, "khong_ro")])],
        );
        assert_eq!(fields(&d), vec![cell_path(ids::EARLIER_SHORTCOMINGS, 0, ids::EARLIER_STATUS)]);
        d.set_none("A.III", true);
        assert!(problems(&d).is_empty());
    }

    #[test]
    fn the_message_names_the_file_and_the_field_and_says_what_to_do() {
        let mut d = review();
        d.set_text(ids::GENERAL_POINTS, "45");
        let p = problems(&d);
        assert_eq!(
            p[0].message("x.json"),
            "Tệp \"x.json\": mục \"1. Nhóm tiêu chí chung (tối đa 30 điểm)\" ghi 45, vượt quá mức tối đa 30. Hãy đề nghị đồng chí gửi tệp sửa lại và xuất tệp lại từ ứng dụng."
        );
        assert_eq!(message("x.json", &p), p[0].message("x.json"));
        assert_eq!(message("x.json", &[]), "");

        d.set_rows(ids::SHORTCOMINGS, vec![row(&[(ids::SHORTCOMING_TEXT, &"a".repeat(20_001))])]);
        let m = message("kiem-diem-2025-an.json", &problems(&d));
        assert!(m.starts_with("Tệp \"kiem-diem-2025-an.json\" có 2 chỗ ghi vượt quá mức mẫu cho phép: "), "{m}");
        assert!(m.contains("mục \"Các hạn chế, khuyết điểm\", dòng 1, phần \"Hạn chế, khuyết điểm\" có 20.001 ký tự, vượt quá giới hạn 20.000 ký tự"), "{m}");
        assert!(m.ends_with("Hãy đề nghị đồng chí gửi tệp sửa lại và xuất tệp lại từ ứng dụng."), "{m}");
        assert_eq!(m.matches("Hãy đề nghị").count(), 1);
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let mut d = review();
        d.set_text(ids::PROPOSED_LEVEL, "x".repeat(500));
        let m = problems(&d)[0].message("x.json");
        assert!(m.contains(&format!("\"{}…\"", "x".repeat(40))), "{m}");
        assert!(m.len() < 300);
    }

    #[test]
    fn the_committed_fixtures_are_within_the_limits() {
        use crate::cell::file::{read_cell, CellPayload};
        use crate::file::Payload;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
        let mut docs = Vec::new();
        for version in std::fs::read_dir(dir).expect("fixtures") {
            for entry in std::fs::read_dir(version.expect("entry").path()).expect("a version's fixtures") {
                let bytes = std::fs::read(entry.expect("entry").path()).expect("readable");
                if crate::pack::read_pack(&bytes).is_ok() {
                    continue;
                }
                match read_cell(&bytes).expect("reads").value {
                    CellPayload::Member(Payload::Document(d)) => docs.push(d),
                    CellPayload::Member(Payload::Backup(items)) => {
                        docs.extend(items.into_iter().map(|r| r.expect("reads").value))
                    }
                    CellPayload::Bundle(b) => {
                        docs.extend(b.collective.map(|c| c.expect("reads").value));
                        docs.extend(b.reviews.into_iter().map(|r| r.expect("reads").value));
                    }
                    CellPayload::Workspace(_) | CellPayload::Decision(..) => {}
                }
            }
        }
        assert!(docs.len() >= 4);
        for d in docs {
            assert_eq!(problems(&d), Vec::new(), "{}", d.id);
        }
    }

    #[test]
    fn thousands_are_grouped_with_dots() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1.000");
        assert_eq!(grouped(20_000), "20.000");
        assert_eq!(grouped(1_234_567), "1.234.567");
    }
}
