//! Carrying a member's documents from one year to the next, so that last year's
//! shortcomings are followed up instead of forgotten:
//!
//! - review N−1 → commitment N: II.1 shortcomings and VI measures become remedy-plan items;
//! - commitment N (and review N−1) → review N: I.3 lists the commitments to report on, and
//!   III lists each earlier shortcoming for the member to give its status;
//! - any document → a new one for the same person: the identity block.
//!
//! Everything produced is a starting point the member edits; nothing is final.

use super::document::{Document, Row};
use super::templates::commitment_2025::{self as ck, AREAS};
use super::templates::review_2025::ids as rv;

/// The fields that identify a person, shared by every template that has them.
pub const IDENTITY: [&str; 10] = [
    rv::PARTY_COMMITTEE,
    rv::CELL,
    rv::FULL_NAME,
    rv::BIRTH_DATE,
    rv::WORK_UNIT,
    rv::PARTY_POST,
    rv::GOVERNMENT_POST,
    rv::MASS_ORG_POST,
    ck::ids::PROFESSIONAL_POST,
    rv::PLACE,
];

/// Most items a remedy plan or section III holds (the template's limit).
pub const MAX_ITEMS: usize = 50;

/// What a carry-forward did, to tell the member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Carried {
    /// Items carried into the new document.
    pub items: usize,
    /// Items left out because the same text was already there.
    pub duplicates: usize,
    /// Items left out beyond [`MAX_ITEMS`].
    pub over_limit: usize,
}

/// Copies the identity block of `from` into `to` (only fields `from` has filled).
pub fn copy_identity(from: &Document, to: &mut Document) {
    for id in IDENTITY {
        let v = from.text(id);
        if !v.trim().is_empty() {
            to.set_text(id, v);
        }
    }
}

/// Text compared for duplicates: spaces folded, final punctuation and ASCII case ignored
/// (no Unicode case table, which would weigh on the app's size).
fn key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches(['.', ';', ',']).to_ascii_lowercase()
}

fn texts(doc: &Document, list: &str, col: &str) -> Vec<String> {
    doc.rows(list).iter().filter_map(|r| r.get(col)).map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect()
}

/// Keeps the first of each distinct item and at most [`MAX_ITEMS`].
fn dedupe(items: Vec<Row>, text_col: &str, report: &mut Carried) -> Vec<Row> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for item in items {
        let k = key(item.get(text_col).map(String::as_str).unwrap_or(""));
        if seen.contains(&k) {
            report.duplicates += 1;
        } else if out.len() >= MAX_ITEMS {
            report.over_limit += 1;
        } else {
            seen.push(k);
            out.push(item);
        }
    }
    report.items = out.len();
    out
}

/// The remedy plan of the commitment for the year after `review`: each II.1 shortcoming
/// with the VI measure at the same position (measures beyond the shortcomings get an item
/// of their own, for the member to complete).
pub fn remedy_plan_from_review(review: &Document) -> (Vec<Row>, Carried) {
    let shortcomings = texts(review, rv::SHORTCOMINGS, rv::SHORTCOMING_TEXT);
    let measures = texts(review, rv::REMEDY_MEASURES, rv::MEASURE_TEXT);
    let n = shortcomings.len().max(measures.len());
    let items = (0..n)
        .map(|i| {
            let mut row = Row::new();
            row.insert(ck::ids::PLAN_SHORTCOMING.into(), shortcomings.get(i).cloned().unwrap_or_default());
            row.insert(ck::ids::PLAN_MEASURE.into(), measures.get(i).cloned().unwrap_or_default());
            row
        })
        .collect();
    let mut report = Carried::default();
    let plan = dedupe(items, ck::ids::PLAN_SHORTCOMING, &mut report);
    (plan, report)
}

/// Section III of the review of year N: the commitment's remedy plan first, then any II.1
/// shortcoming of review N−1 not already there. Statuses start empty: only the member
/// knows how far each was remedied.
pub fn earlier_shortcomings(commitment: Option<&Document>, last_review: Option<&Document>) -> (Vec<Row>, Carried) {
    let mut items: Vec<Row> = Vec::new();
    let mut push = |text: String, note: String| {
        let mut row = Row::new();
        row.insert(rv::EARLIER_TEXT.into(), text);
        if !note.is_empty() {
            row.insert(rv::EARLIER_NOTE.into(), note);
        }
        items.push(row);
    };
    if let Some(c) = commitment {
        for r in c.rows(ck::ids::REMEDY_PLAN) {
            let text = r.get(ck::ids::PLAN_SHORTCOMING).map(|t| t.trim().to_owned()).unwrap_or_default();
            if text.is_empty() {
                continue;
            }
            let measure = r.get(ck::ids::PLAN_MEASURE).map(|t| t.trim()).unwrap_or("");
            let note =
                if measure.is_empty() { String::new() } else { format!("Biện pháp đã cam kết: {measure}") };
            push(text, note);
        }
    }
    if let Some(r) = last_review {
        for text in texts(r, rv::SHORTCOMINGS, rv::SHORTCOMING_TEXT) {
            push(text, String::new());
        }
    }
    let mut report = Carried::default();
    let rows = dedupe(items, rv::EARLIER_TEXT, &mut report);
    (rows, report)
}

/// The text of I.3 "Việc thực hiện cam kết…": each area and task target of the commitment,
/// with a line for the member to report the result.
pub fn commitment_to_report(commitment: &Document) -> String {
    let mut out = String::new();
    for (i, (id, heading)) in AREAS.iter().enumerate() {
        let text = commitment.text(id).trim();
        if text.is_empty() {
            continue;
        }
        out.push_str(&format!("{}. {heading}: đã cam kết: {text}\nKết quả: \n\n", i + 1));
    }
    let targets = texts(commitment, ck::ids::TASK_TARGETS, ck::ids::TARGET_TEXT);
    if !targets.is_empty() {
        out.push_str("Chỉ tiêu, nhiệm vụ đã đăng ký:\n");
        for t in targets {
            out.push_str(&format!("- {t}: kết quả: \n"));
        }
    }
    out.trim_end().to_owned()
}

/// What the member is told after a review was started from earlier documents: what was
/// filled in, and what is left to them.
pub fn review_started_note(with_commitment: bool, carried: &Carried) -> String {
    let mut note = String::from("Đã điền sẵn thông tin người viết");
    if with_commitment {
        note.push_str(", các nội dung đã cam kết ở mục I.3");
    }
    note.push_str(&format!(
        " và {} hạn chế kỳ trước ở mục III; hãy cho biết kết quả khắc phục của từng hạn chế.",
        carried.items
    ));
    note
}

/// What the member is told after a commitment was started from the review of `year`.
pub fn commitment_started_note(year: i32, carried: &Carried) -> String {
    let mut note = format!(
        "Đã lấy {} nội dung khắc phục từ bản kiểm điểm năm {year} vào kế hoạch khắc phục; hãy kiểm tra và bổ sung thời hạn, người theo dõi.",
        carried.items
    );
    if carried.duplicates > 0 {
        note.push_str(&format!(" Bỏ {} dòng trùng nhau.", carried.duplicates));
    }
    if carried.over_limit > 0 {
        note.push_str(&format!(" Bỏ {} dòng vượt quá 50 dòng.", carried.over_limit));
    }
    note
}

/// Fills a new commitment from the review of the year before.
pub fn start_commitment(new: &mut Document, review: &Document) -> Carried {
    copy_identity(review, new);
    let (plan, report) = remedy_plan_from_review(review);
    new.set_rows(ck::ids::REMEDY_PLAN, plan);
    report
}

/// Fills a new review from the commitment of the same year and the review of the year
/// before (either may be missing).
pub fn start_review(new: &mut Document, commitment: Option<&Document>, last_review: Option<&Document>) -> Carried {
    if let Some(source) = commitment.or(last_review) {
        copy_identity(source, new);
    }
    if let Some(c) = commitment {
        let text = commitment_to_report(c);
        if !text.is_empty() {
            new.set_text(rv::COMMITMENT_RESULTS, text);
        }
    }
    let (rows, report) = earlier_shortcomings(commitment, last_review);
    if !rows.is_empty() {
        new.set_rows(rv::EARLIER_SHORTCOMINGS, rows);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::row;
    use crate::review;
    use crate::rules::RemedyStatus;
    use chrono::DateTime;

    fn doc(template: &str, year: i32) -> Document {
        let now = DateTime::parse_from_rfc3339("2025-12-12T09:00:00+07:00").expect("valid");
        Document::new(format!("{template}-{year}"), template, year, now)
    }

    fn review_2025(shortcomings: &[&str], measures: &[&str]) -> Document {
        let mut d = doc("2025/2B", 2025);
        d.set_text(rv::FULL_NAME, "Nguyễn Văn An");
        d.set_text(rv::CELL, "Chi bộ 3");
        d.set_text(rv::BIRTH_DATE, "05/01/1980");
        d.set_rows(rv::SHORTCOMINGS, shortcomings.iter().map(|s| row(&[("text", s)])).collect());
        d.set_rows(rv::REMEDY_MEASURES, measures.iter().map(|s| row(&[("text", s)])).collect());
        d
    }

    #[test]
    fn shortcomings_and_measures_become_plan_items() {
        let r = review_2025(
            &["Chậm nộp báo cáo", "Ít phát biểu"],
            &["Nộp trước ngày 25", "Chuẩn bị ý kiến trước mỗi kỳ họp", "Tự học thêm"],
        );
        let (plan, report) = remedy_plan_from_review(&r);
        assert_eq!(report, Carried { items: 3, duplicates: 0, over_limit: 0 });
        assert_eq!(plan[0].get("shortcoming").map(String::as_str), Some("Chậm nộp báo cáo"));
        assert_eq!(plan[0].get("measure").map(String::as_str), Some("Nộp trước ngày 25"));
        assert_eq!(plan[1].get("measure").map(String::as_str), Some("Chuẩn bị ý kiến trước mỗi kỳ họp"));
        assert_eq!(plan[2].get("shortcoming").map(String::as_str), Some(""));
        assert_eq!(plan[2].get("measure").map(String::as_str), Some("Tự học thêm"));
    }

    #[test]
    fn empty_reviews_give_empty_plans() {
        let (plan, report) = remedy_plan_from_review(&review_2025(&[], &[]));
        assert!(plan.is_empty());
        assert_eq!(report, Carried::default());
        let (plan, _) = remedy_plan_from_review(&review_2025(&["  ", ""], &[]));
        assert!(plan.is_empty(), "blank items are not carried");
    }

    #[test]
    fn duplicates_are_carried_once() {
        let r = review_2025(&["Chậm nộp báo cáo.", "chậm  nộp báo cáo", "Ít phát biểu"], &[]);
        let (plan, report) = remedy_plan_from_review(&r);
        assert_eq!(plan.len(), 2);
        assert_eq!(report.duplicates, 1);
    }

    #[test]
    fn very_long_items_are_kept_whole_and_lists_stop_at_fifty() {
        let long = "Chưa ".repeat(5_000);
        let many: Vec<String> = (0..60).map(|i| format!("Hạn chế số {i}")).collect();
        let mut items: Vec<&str> = vec![&long];
        items.extend(many.iter().map(String::as_str));
        let (plan, report) = remedy_plan_from_review(&review_2025(&items, &[]));
        assert_eq!(plan[0].get("shortcoming").map(String::len), Some(long.trim().len()));
        assert_eq!(plan.len(), MAX_ITEMS);
        assert_eq!(report.over_limit, 11);
    }

    #[test]
    fn the_next_review_lists_each_earlier_shortcoming_for_its_status() {
        let r = review_2025(&["Chậm nộp báo cáo", "Ít phát biểu"], &["Nộp trước ngày 25"]);
        let mut c = doc("2025/CK", 2026);
        start_commitment(&mut c, &r);
        c.set_text(ck::ids::POLITICS, "Học tập đầy đủ các nghị quyết");
        c.set_rows(ck::ids::TASK_TARGETS, vec![row(&[("text", "Hoàn thành đề án số hoá hồ sơ")])]);

        let mut next = doc("2025/2B", 2026);
        let report = start_review(&mut next, Some(&c), Some(&r));
        assert_eq!(next.text(rv::FULL_NAME), "Nguyễn Văn An", "identity carries over");
        let earlier = next.rows(rv::EARLIER_SHORTCOMINGS);
        assert_eq!(earlier.len(), 2, "review N−1 repeats what the plan has: no duplicate");
        assert_eq!(report.duplicates, 2);
        assert_eq!(earlier[0].get("text").map(String::as_str), Some("Chậm nộp báo cáo"));
        assert_eq!(earlier[0].get("note").map(String::as_str), Some("Biện pháp đã cam kết: Nộp trước ngày 25"));
        assert!(earlier.iter().all(|r| !r.contains_key("status")), "only the member sets statuses");
        let i3 = next.text(rv::COMMITMENT_RESULTS);
        assert!(i3.contains("1. Về tư tưởng chính trị: đã cam kết: Học tập đầy đủ các nghị quyết"), "{i3}");
        assert!(i3.contains("- Hoàn thành đề án số hoá hồ sơ: kết quả:"), "{i3}");

        // The xuất sắc rule reads the statuses the member sets.
        let mut rows = earlier.to_vec();
        rows[0].insert("status".into(), "da_khac_phuc".into());
        rows[1].insert("status".into(), "dang_khac_phuc".into());
        next.set_rows(rv::EARLIER_SHORTCOMINGS, rows);
        assert_eq!(review::assessment(&next).earlier, vec![RemedyStatus::Remedied, RemedyStatus::InProgress]);
    }

    #[test]
    fn a_review_without_a_commitment_still_lists_last_years_shortcomings() {
        let r = review_2025(&["Chậm nộp báo cáo"], &[]);
        let mut next = doc("2025/2C", 2026);
        start_review(&mut next, None, Some(&r));
        assert_eq!(next.rows(rv::EARLIER_SHORTCOMINGS).len(), 1);
        assert_eq!(next.text(rv::COMMITMENT_RESULTS), "");
        let mut blank = doc("2025/2C", 2026);
        assert_eq!(start_review(&mut blank, None, None), Carried::default());
        assert!(blank.values.is_empty());
    }
}

/// Section III of this year's Mẫu 01 from last year's: each shortcoming of II, with the
/// measure of VI beside it as a note; statuses are left for the cell to set.
pub fn collective_from_last_year(last: &Document) -> Vec<Row> {
    let (plan, _) = remedy_plan_from_review(last);
    plan.into_iter()
        .filter_map(|p| {
            let text = p.get(ck::ids::PLAN_SHORTCOMING).filter(|t| !t.trim().is_empty())?.clone();
            let mut row = Row::new();
            row.insert(rv::EARLIER_TEXT.into(), text);
            if let Some(m) = p.get(ck::ids::PLAN_MEASURE).filter(|m| !m.trim().is_empty()) {
                row.insert(rv::EARLIER_NOTE.into(), format!("Biện pháp đã đề ra: {m}"));
            }
            Some(row)
        })
        .collect()
}

#[cfg(test)]
mod collective_tests {
    use super::*;
    use crate::document::row;

    #[test]
    fn last_years_collective_shortcomings_come_with_their_measures() {
        let t = chrono::DateTime::parse_from_rfc3339("2025-01-05T08:00:00+07:00").expect("time");
        let mut last = Document::new("l", "2025/2B", 2024, t);
        last.set_rows(
            rv::SHORTCOMINGS,
            vec![row(&[(rv::SHORTCOMING_TEXT, "Sinh hoạt chưa đều")]), row(&[(rv::SHORTCOMING_TEXT, "  ")])],
        );
        last.set_rows(rv::REMEDY_MEASURES, vec![row(&[(rv::MEASURE_TEXT, "Họp đúng ngày 5 hằng tháng")])]);
        let rows = collective_from_last_year(&last);
        assert_eq!(rows.len(), 1, "blank shortcomings are not carried");
        assert_eq!(rows[0].get(rv::EARLIER_TEXT).map(String::as_str), Some("Sinh hoạt chưa đều"));
        assert_eq!(
            rows[0].get(rv::EARLIER_NOTE).map(String::as_str),
            Some("Biện pháp đã đề ra: Họp đúng ngày 5 hằng tháng")
        );
    }

    #[test]
    fn a_start_says_what_was_carried_and_what_is_left() {
        let c = Carried { items: 2, duplicates: 1, over_limit: 0 };
        assert_eq!(
            review_started_note(true, &c),
            "Đã điền sẵn thông tin người viết, các nội dung đã cam kết ở mục I.3 và 2 hạn chế kỳ trước ở mục III; hãy cho biết kết quả khắc phục của từng hạn chế."
        );
        let n = commitment_started_note(2025, &c);
        assert!(
            n.starts_with("Đã lấy 2 nội dung khắc phục từ bản kiểm điểm năm 2025")
                && n.ends_with(" Bỏ 1 dòng trùng nhau."),
            "{n}"
        );
    }
}
