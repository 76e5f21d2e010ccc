//! Validation of a document against its template, with Vietnamese messages meant to sit
//! beside the field they are about. Saving a draft never depends on this; finishing does.

use chrono::{Datelike, NaiveDate};

use super::codes::{Discipline, YesNo};
use super::date::parse_field_date;
use super::document::Document;
use super::review;
use super::score::Points;
use super::template::{DocKind, Field, FieldKind, Template};
use super::templates::review_2025::ids;

/// One problem, tied to the field it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field's id; for a cell of a list, `list_id.row_index.column_id`.
    pub field: String,
    /// What is wrong and how to fix it, shown beside the field.
    pub message: String,
}

/// The address of one cell of a list field, as [`Problem::field`] writes it.
pub fn cell_path(list_id: &str, row: usize, column_id: &str) -> String {
    format!("{list_id}.{row}.{column_id}")
}

/// The youngest and oldest plausible age of a Party member at the time of writing.
const MIN_AGE: i32 = 18;
const MAX_AGE: i32 = 110;

/// What is wrong with one typed value, ignoring whether it is required. Used live by the
/// widgets and by [`validate`].
pub fn check_value(field: &Field, text: &str, today: NaiveDate) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    match &field.kind {
        FieldKind::Text { max } | FieldKind::LongText { max } => {
            let paragraphs = matches!(field.kind, FieldKind::LongText { .. });
            if let Some(c) = crate::chars::first_hidden(text, paragraphs) {
                return Some(format!(
                    "Mục này có {} (thường do dán từ nơi khác). Hãy xoá nội dung rồi gõ lại.",
                    crate::chars::in_words(c)
                ));
            }
            let n = text.chars().count();
            (n > *max).then(|| format!("Tối đa {max} ký tự; hiện có {n} ký tự. Hãy rút gọn."))
        }
        FieldKind::Date { past } => match parse_field_date(text) {
            Err(e) => Some(e.message().to_owned()),
            Ok(date) if *past && date > today => Some("Ngày này ở sau hôm nay; hãy kiểm tra lại.".to_owned()),
            Ok(date) if *past => {
                let age = age_on(date, today);
                if age < MIN_AGE {
                    Some(format!("Theo ngày sinh này, đồng chí chưa đủ {MIN_AGE} tuổi; hãy kiểm tra lại năm sinh."))
                } else if age > MAX_AGE {
                    Some(format!("Theo ngày sinh này, đồng chí đã hơn {MAX_AGE} tuổi; hãy kiểm tra lại năm sinh."))
                } else {
                    None
                }
            }
            Ok(_) => None,
        },
        FieldKind::Points { max } => Points::parse(text, *max).err().map(|e| e.message()),
        FieldKind::Count => {
            review::parse_count(text).is_none().then(|| "Hãy nhập một số nguyên không âm, ví dụ 12.".to_owned())
        }
        FieldKind::Choice(choices) => (!choices.iter().any(|c| c.value == text))
            .then(|| "Giá trị này không có trong các lựa chọn; hãy chọn lại.".to_owned()),
        FieldKind::Rows { .. } => None,
    }
}

/// Whole years between `born` and `on`.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// The message for an empty required field; the label stands right above it.
fn missing(field: &Field) -> String {
    match field.kind {
        FieldKind::Choice(_) => "Chưa chọn.".to_owned(),
        FieldKind::Rows { .. } => "Hãy thêm ít nhất một dòng.".to_owned(),
        FieldKind::LongText { .. } => "Mục này chưa có nội dung.".to_owned(),
        _ => "Chưa điền.".to_owned(),
    }
}

fn check_field(field: &Field, doc: &Document, today: NaiveDate, out: &mut Vec<Problem>) {
    if let FieldKind::Rows { columns, max } = &field.kind {
        let rows = doc.rows(field.id);
        if field.required && rows.is_empty() {
            out.push(Problem { field: field.id.to_owned(), message: missing(field) });
        }
        if rows.len() > *max {
            out.push(Problem {
                field: field.id.to_owned(),
                message: format!("Tối đa {max} dòng; hiện có {} dòng.", rows.len()),
            });
        }
        for (i, row) in rows.iter().enumerate() {
            for col in columns {
                let text = row.get(col.id).map(String::as_str).unwrap_or("");
                let message = if col.required && text.trim().is_empty() {
                    Some(missing(col))
                } else {
                    check_value(col, text, today)
                };
                if let Some(message) = message {
                    out.push(Problem { field: cell_path(field.id, i, col.id), message });
                }
            }
        }
        return;
    }
    let text = doc.text(field.id);
    if field.required && text.trim().is_empty() {
        out.push(Problem { field: field.id.to_owned(), message: missing(field) });
    } else if let Some(message) = check_value(field, text, today) {
        out.push(Problem { field: field.id.to_owned(), message });
    }
}

/// Every problem that stops the document from being finished, in form order.
pub fn validate(template: &Template, doc: &Document, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    for section in template.sections() {
        if section.optional && doc.is_none(section.id) {
            continue;
        }
        for field in &section.fields {
            check_field(field, doc, today, &mut out);
        }
    }
    if template.kind == DocKind::Review {
        review_consistency(doc, &mut out);
    }
    out
}

/// How many steps of the wizard have no problem left, out of all.
pub fn steps_done(template: &Template, doc: &Document, today: NaiveDate) -> (usize, usize) {
    let problems = validate(template, doc, today);
    let done = template
        .steps
        .iter()
        .filter(|step| {
            !problems.iter().any(|p| {
                let top = p.field.split('.').next().unwrap_or("");
                step.sections.iter().any(|s| s.fields.iter().any(|f| f.id == top))
            })
        })
        .count();
    (done, template.steps.len())
}

/// Checks across the fields of a review: the task counts add up, and the self-remedy
/// question is answered when it matters.
fn review_consistency(doc: &Document, out: &mut Vec<Problem>) {
    if let Some(t) = review::task_counts(doc) {
        if t.assigned == 0 {
            out.push(Problem {
                field: ids::TASKS_ASSIGNED.to_owned(),
                message: "Số nhiệm vụ được giao phải từ 1 trở lên để tính các tỉ lệ của Điều 11.".to_owned(),
            });
        }
        let sum = u64::from(t.on_time) + u64::from(t.late) + u64::from(t.not_done);
        if sum != u64::from(t.assigned) {
            out.push(Problem {
                field: ids::TASKS_ASSIGNED.to_owned(),
                message: format!(
                    "Số nhiệm vụ đúng hạn, chậm tiến độ và không hoàn thành cộng lại là {sum}, khác số nhiệm vụ được giao ({}). Hãy kiểm tra lại các số.",
                    t.assigned
                ),
            });
        }
        if t.exceeded > t.on_time.saturating_add(t.late) {
            out.push(Problem {
                field: ids::TASKS_EXCEEDED.to_owned(),
                message: format!(
                    "Số nhiệm vụ vượt mức ({}) không thể lớn hơn số nhiệm vụ đã hoàn thành ({}).",
                    t.exceeded,
                    t.on_time.saturating_add(t.late)
                ),
            });
        }
    }
    let case = Discipline::disciplined(doc.text(ids::DISCIPLINE)) || YesNo::is_yes(doc.text(ids::DEGRADATION));
    if case && doc.text(ids::SELF_REMEDIED).is_empty() {
        out.push(Problem {
            field: ids::SELF_REMEDIED.to_owned(),
            message: "Có kỷ luật hoặc kết luận trong năm: hãy trả lời câu hỏi này.".to_owned(),
        });
    }
}

/// The labels of the rules' inputs that hold back a verdict on the proposed level: every
/// [`review::RULE_INPUTS`] field holding a value that is invalid. Empty when the rules may speak
/// (a value left empty is the rules' own finding: "chưa nhập đủ").
pub fn verdict_waits_on(template: &Template, doc: &Document, problems: &[Problem]) -> Vec<&'static str> {
    // A required count left empty is the rules' own finding ("chưa nhập đủ"); a value
    // typed wrong is not something the rules can judge.
    let mut waiting: Vec<&str> = review::RULE_INPUTS
        .iter()
        .copied()
        .filter(|id| !doc.text(id).trim().is_empty() && problems.iter().any(|p| p.field == *id))
        .collect();
    for (id, max) in [(ids::GENERAL_POINTS, 30), (ids::RESULTS_POINTS, 70)] {
        let text = doc.text(id).trim();
        if !text.is_empty() && Points::parse(text, max).is_err() && !waiting.contains(&id) {
            waiting.push(id);
        }
    }
    review::RULE_INPUTS
        .iter()
        .filter(|id| waiting.contains(id))
        .filter_map(|id| template.field(id))
        .map(|f| f.label)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::review_2025::ids as rids;

    #[test]
    fn no_verdict_while_a_score_or_a_count_is_typed_wrong() {
        let t = crate::templates::get("2025/2B").expect("template");
        let mut doc =
            Document::new("d", "2025/2B", 2025, crate::time::parse("2026-01-05T09:00:00+07:00").expect("time"));
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
        let waits = |doc: &Document| verdict_waits_on(t, doc, &validate(t, doc, today));
        doc.set_text(rids::TASKS_ASSIGNED, "mười");
        let assigned = t.field(rids::TASKS_ASSIGNED).map(|f| f.label);
        assert!(waits(&doc).contains(&assigned.unwrap_or_default()), "a count typed wrong");
        doc.set_text(rids::TASKS_ASSIGNED, "10");
        assert!(waits(&doc).is_empty(), "nothing typed wrong yet: {:?}", waits(&doc));
        doc.set_text(rids::GENERAL_POINTS, "45");
        doc.set_text(rids::RESULTS_POINTS, "60");
        let general = t.field(rids::GENERAL_POINTS).map(|f| f.label);
        assert_eq!(waits(&doc), general.into_iter().collect::<Vec<_>>(), "45 of 30 points");
        doc.set_text(rids::GENERAL_POINTS, "27");
        assert!(waits(&doc).is_empty(), "{:?}", waits(&doc));
    }

    use crate::document::row;
    use crate::templates;
    use chrono::{DateTime, FixedOffset};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid")
    }

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-22T09:00:00+07:00").expect("valid")
    }

    fn field(id: &str) -> &'static Field {
        templates::get("2025/2B").and_then(|t| t.field(id)).expect("field exists")
    }

    /// A 2B review with every field filled validly.
    pub(crate) fn complete_2b() -> Document {
        let t = templates::get("2025/2B").expect("2B");
        let mut d = Document::new("x", t.id, 2025, now());
        let required = t.sections().filter(|s| !s.optional).flat_map(|s| s.fields.iter()).filter(|f| f.required);
        for f in required {
            match &f.kind {
                FieldKind::Text { .. } | FieldKind::LongText { .. } => d.set_text(f.id, "Nội dung"),
                FieldKind::Date { .. } => d.set_text(f.id, "05/01/1980"),
                FieldKind::Points { max } => d.set_text(f.id, if *max == 30 { "27" } else { "60" }),
                FieldKind::Count => d.set_text(f.id, "0"),
                FieldKind::Choice(c) => d.set_text(f.id, c[0].value),
                FieldKind::Rows { .. } => {}
            }
        }
        d.set_text(ids::TASKS_ASSIGNED, "10");
        d.set_text(ids::TASKS_ON_TIME, "10");
        d.set_text(ids::PROPOSED_LEVEL, "HTTNV");
        d.set_rows(ids::SHORTCOMINGS, vec![row(&[("text", "Chậm nộp báo cáo")])]);
        d.set_rows(ids::REMEDY_MEASURES, vec![row(&[("text", "Lập lịch nộp báo cáo")])]);
        d.set_none("A.III", true);
        d.set_none("A.IV", true);
        d.set_none("A.V", true);
        d
    }

    fn problems(d: &Document) -> Vec<String> {
        validate(templates::get(&d.template).expect("template"), d, today()).into_iter().map(|p| p.field).collect()
    }

    #[test]
    fn a_complete_review_has_no_problem() {
        assert_eq!(problems(&complete_2b()), Vec::<String>::new());
    }

    #[test]
    fn an_empty_review_lists_every_required_field() {
        let d = Document::new("x", "2025/2B", 2025, now());
        let p = problems(&d);
        for id in [
            ids::FULL_NAME,
            ids::BIRTH_DATE,
            ids::SHORTCOMINGS,
            ids::GENERAL_POINTS,
            ids::PROPOSED_LEVEL,
            "suggested_issues",
        ] {
            assert!(p.iter().any(|f| f == id), "{id} missing from {p:?}");
        }
        // Optional fields are not required.
        assert!(!p.iter().any(|f| f == ids::SELF_REMEDIED));
    }

    #[test]
    fn steps_done_counts_steps_without_problems() {
        let t = templates::get("2025/2B").expect("2B");
        assert_eq!(steps_done(t, &complete_2b(), today()), (7, 7));
        let empty = Document::new("x", "2025/2B", 2025, now());
        assert_eq!(steps_done(t, &empty, today()), (0, 7));
        let mut d = complete_2b();
        d.set_text(ids::FULL_NAME, "");
        assert_eq!(steps_done(t, &d, today()), (6, 7));
    }

    #[test]
    fn none_answers_skip_optional_sections_only() {
        let mut d = complete_2b();
        d.set_none("A.IV", false);
        assert_eq!(problems(&d), vec!["suggested_issues".to_owned()]);
    }

    #[test]
    fn dates_are_checked_beside_the_field() {
        let f = field(ids::BIRTH_DATE);
        assert_eq!(check_value(f, "05/01/1980", today()), None);
        assert!(check_value(f, "31/02/1980", today()).is_some());
        assert!(check_value(f, "01/01/2030", today()).expect("future").contains("sau hôm nay"));
        assert!(check_value(f, "01/01/2015", today()).expect("too young").contains("18 tuổi"));
        assert!(check_value(f, "01/01/1900", today()).expect("too old").contains("110 tuổi"));
        assert!(check_value(f, "22/11/2008", today()).is_none(), "18 today");
        assert!(check_value(f, "23/11/2008", today()).is_some(), "18 tomorrow");
    }

    #[test]
    fn numbers_are_checked_in_range() {
        assert!(check_value(field(ids::GENERAL_POINTS), "30,5", today()).is_some());
        assert!(check_value(field(ids::GENERAL_POINTS), "27,5", today()).is_none());
        assert!(check_value(field(ids::RESULTS_POINTS), "70", today()).is_none());
        assert!(check_value(field(ids::TASKS_ASSIGNED), "-3", today()).is_some());
        assert!(check_value(field(ids::TASKS_ASSIGNED), "2,5", today()).is_some());
    }

    #[test]
    fn lengths_are_limited() {
        let long = "a".repeat(201);
        let m = check_value(field(ids::FULL_NAME), &long, today()).expect("too long");
        assert!(m.contains("101") || m.contains("201"), "{m}");
    }

    #[test]
    fn task_counts_must_add_up() {
        let mut d = complete_2b();
        d.set_text(ids::TASKS_LATE, "1");
        assert_eq!(problems(&d), vec![ids::TASKS_ASSIGNED.to_owned()]);
        let mut d = complete_2b();
        d.set_text(ids::TASKS_EXCEEDED, "11");
        assert_eq!(problems(&d), vec![ids::TASKS_EXCEEDED.to_owned()]);
    }

    #[test]
    fn self_remedy_answer_is_required_only_with_a_case() {
        let mut d = complete_2b();
        d.set_text(ids::DISCIPLINE, "khien_trach");
        assert_eq!(problems(&d), vec![ids::SELF_REMEDIED.to_owned()]);
        d.set_text(ids::SELF_REMEDIED, "khong");
        assert!(problems(&d).is_empty());
    }

    #[test]
    fn list_cells_are_checked_by_path() {
        let mut d = complete_2b();
        d.set_none("A.III", false);
        d.set_rows(ids::EARLIER_SHORTCOMINGS, vec![row(&[("text", "Chưa gương mẫu")])]);
        assert_eq!(problems(&d), vec![cell_path(ids::EARLIER_SHORTCOMINGS, 0, ids::EARLIER_STATUS)]);
    }
}
