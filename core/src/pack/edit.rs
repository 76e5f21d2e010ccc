//! Writing a pack by hand, as the committee's clerk does on the Bộ tiêu chí chấm điểm
//! screen: a blank pack to start from, the criteria of a group to read and change, what a
//! group's maxima add up to as they are typed, and everything that keeps the pack from
//! being exported, in words.

use std::collections::BTreeMap;

use super::check::PackProblem;
use super::model::{Criterion, FormCriteria, Group, Issuer, Pack, PackForm};
use crate::score::Points;

impl Criterion {
    /// An empty sub-criterion: a new row for the clerk to fill.
    pub fn blank() -> Criterion {
        Criterion { title: String::new(), max: String::new(), evidence: String::new() }
    }
}

impl FormCriteria {
    /// A form with one empty criterion in each group, so that its rows show.
    pub fn blank() -> FormCriteria {
        FormCriteria {
            general: vec![Criterion::blank()],
            results: vec![Criterion::blank()],
            subtitle: String::new(),
            signature: String::new(),
        }
    }

    /// The sub-criteria of a group, to add, change or remove.
    pub fn group_mut(&mut self, group: Group) -> &mut Vec<Criterion> {
        match group {
            Group::General => &mut self.general,
            Group::Results => &mut self.results,
        }
    }
}

impl Pack {
    /// A new pack of a committee: its name (trimmed) and year, Mẫu 2B only (the form most
    /// members use), nothing else set, so that the clerk starts from what most need.
    pub fn blank(organisation: &str, year: i32) -> Pack {
        Pack {
            issuer: Issuer { organisation: organisation.trim().to_owned(), number: String::new(), date: String::new() },
            year,
            example: false,
            forms: BTreeMap::from([(PackForm::Member, FormCriteria::blank())]),
            nq04: None,
            threshold_excellent: None,
            threshold_other: None,
            cap: None,
            six_months_on: None,
            target_good_percent: None,
        }
    }

    /// The criteria of a group of a form; empty when the pack does not cover the form.
    pub fn criteria(&self, form: PackForm, group: Group) -> &[Criterion] {
        self.forms.get(&form).map(|f| f.group(group)).unwrap_or(&[])
    }

    /// The criteria of a group of a form, to change; none when the pack does not cover
    /// the form.
    pub fn criteria_mut(&mut self, form: PackForm, group: Group) -> Option<&mut Vec<Criterion>> {
        self.forms.get_mut(&form).map(|f| f.group_mut(group))
    }

    /// Everything that keeps the pack from being exported, in words, each a sentence: who
    /// issued it (cấp ủy, số, ngày ban hành) first, then the pack's own checks. A cell
    /// refuses a pack file without them, so the committee is told before it sends one.
    pub fn export_problems(&self) -> Vec<String> {
        let issuer = &self.issuer;
        let missing = [
            (&issuer.organisation, "chưa ghi cấp ủy ban hành bộ tiêu chí"),
            (&issuer.number, "chưa ghi số văn bản"),
            (&issuer.date, "chưa ghi ngày ban hành"),
        ];
        let mut out: Vec<String> =
            missing.into_iter().filter(|(text, _)| text.trim().is_empty()).map(|(_, what)| sentence(what)).collect();
        out.extend(self.problems().iter().map(PackProblem::detail).map(|d| sentence(&d)));
        out
    }
}

/// "Tổng: 27,5 / 30 — còn thiếu 2,5 điểm.": what the maxima of a group add up to, as they
/// are typed, so that the clerk sees how far the group is from its 30 or 70 points (QĐ 366
/// Điều 10). Maxima that are not yet points are left out and counted.
pub fn sum_line(list: &[Criterion], group: Group) -> String {
    let total = group.total();
    let mut sum = Points::default();
    let mut bad = 0usize;
    for c in list {
        match Points::parse(&c.max, group.whole()) {
            Ok(p) => sum = sum.plus(p),
            Err(_) => bad += 1,
        }
    }
    let diff = Points::from_tenths(total.tenths().abs_diff(sum.tenths()));
    let state = if bad > 0 {
        format!(" (chưa tính {bad} tiêu chí chưa có điểm tối đa hợp lệ)")
    } else if sum == total {
        " — đủ.".to_owned()
    } else if sum < total {
        format!(" — còn thiếu {diff} điểm.")
    } else {
        format!(" — vượt {diff} điểm.")
    };
    format!("Tổng: {sum} / {total}{state}")
}

/// What opening a pack file as the committee's did, in words: the pack's title, the
/// committee's settings it set (`changed`, from
/// [`crate::committee::model::CommitteeProfile::use_pack`]), and a warning when the pack
/// is of another year than the committee's (`committee_year`), so that the clerk checks.
pub fn opened_message(title: &str, changed: &[String], pack_year: i32, committee_year: Option<i32>) -> String {
    let settings = if changed.is_empty() {
        String::new()
    } else {
        format!(" Hồ sơ đảng ủy đã đặt theo bộ tiêu chí: {}.", changed.join("; "))
    };
    let other_year = match committee_year {
        Some(y) if y != pack_year => {
            format!(
                " Lưu ý: bộ tiêu chí này là của năm {pack_year}, còn hồ sơ đảng ủy là năm {y}; hãy sửa năm nếu cần."
            )
        }
        _ => String::new(),
    };
    format!("Đã mở {title}.{settings}{other_year}")
}

/// The comparison groups of the cap typed one a line: the lines that are not blank,
/// trimmed, so that a blank line typed to start the next group is not a group.
pub fn cap_groups(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// Starts a sentence with a capital letter (the problems' details start in lower case).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::samples::{c, sample};

    #[test]
    fn a_blank_pack_covers_mau_2b_only_with_one_empty_criterion_per_group() {
        let pack = Pack::blank("  Đảng ủy phường Ba Đình ", 2025);
        assert_eq!(pack.issuer.organisation, "Đảng ủy phường Ba Đình");
        assert_eq!((pack.issuer.number.as_str(), pack.issuer.date.as_str()), ("", ""));
        assert_eq!(pack.year, 2025);
        assert!(!pack.example);
        assert_eq!(pack.forms.keys().copied().collect::<Vec<_>>(), vec![PackForm::Member]);
        for group in [Group::General, Group::Results] {
            assert_eq!(pack.criteria(PackForm::Member, group), [Criterion::blank()]);
        }
        assert_eq!(Criterion::blank(), c("", ""));
        assert!(pack.nq04.is_none() && pack.cap.is_none() && pack.threshold_excellent.is_none());
        assert!(pack.threshold_other.is_none() && pack.six_months_on.is_none());
        assert!(pack.target_good_percent.is_none());
    }

    #[test]
    fn criteria_of_a_form_not_covered_are_none() {
        let mut pack = Pack::blank("Đảng ủy", 2025);
        assert!(pack.criteria(PackForm::Leader, Group::General).is_empty());
        assert!(pack.criteria_mut(PackForm::Leader, Group::General).is_none());
        if let Some(list) = pack.criteria_mut(PackForm::Member, Group::Results) {
            list.push(c("Nhiệm vụ đột xuất", "20"));
        }
        assert_eq!(pack.criteria(PackForm::Member, Group::Results).len(), 2);
        assert_eq!(pack.criteria(PackForm::Member, Group::General).len(), 1);
    }

    #[test]
    fn the_sum_line_says_what_is_missing_or_over_with_decimal_commas() {
        let under = [c("a", "20"), c("b", "7,5")];
        assert_eq!(sum_line(&under, Group::General), "Tổng: 27,5 / 30 — còn thiếu 2,5 điểm.");
        let exact = [c("a", "22,5"), c("b", "7.5")];
        assert_eq!(sum_line(&exact, Group::General), "Tổng: 30 / 30 — đủ.");
        let over = [c("a", "50"), c("b", "20,5")];
        assert_eq!(sum_line(&over, Group::Results), "Tổng: 70,5 / 70 — vượt 0,5 điểm.");
        let bad = [c("a", "10"), c("b", ""), c("c", "bảy"), c("d", "31")];
        assert_eq!(sum_line(&bad, Group::General), "Tổng: 10 / 30 (chưa tính 3 tiêu chí chưa có điểm tối đa hợp lệ)");
        assert_eq!(sum_line(&[], Group::Results), "Tổng: 0 / 70 — còn thiếu 70 điểm.");
    }

    #[test]
    fn the_export_check_lists_the_issuers_missing_fields_first() {
        let pack = Pack::blank("", 2025);
        let problems = pack.export_problems();
        assert_eq!(
            problems[..3],
            ["Chưa ghi cấp ủy ban hành bộ tiêu chí", "Chưa ghi số văn bản", "Chưa ghi ngày ban hành"]
        );
        assert!(problems[3].starts_with("Mẫu 2B, Nhóm tiêu chí chung, tiêu chí thứ 1: thiếu tên"), "{problems:?}");
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(sample().export_problems().is_empty());
        let mut pack = sample();
        pack.issuer.number = " ".into();
        pack.year = 1990;
        assert_eq!(
            pack.export_problems(),
            ["Chưa ghi số văn bản".to_owned(), "Năm 1990 nằm ngoài khoảng 2000 đến 2100".to_owned()]
        );
    }

    #[test]
    fn a_sentence_starts_with_a_capital() {
        assert_eq!(sentence("mẫu 2B"), "Mẫu 2B");
        assert_eq!(sentence("đã ghi"), "đã ghi", "only ASCII letters are raised, as before");
        assert_eq!(sentence(""), "");
    }

    #[test]
    fn opening_a_pack_says_what_it_set_and_warns_of_another_year() {
        let title = sample().title();
        assert_eq!(opened_message(&title, &[], 2025, Some(2025)), format!("Đã mở {title}."));
        let changed = ["tỉ lệ xuất sắc tối đa: 20\u{a0}%".to_owned(), "nhóm so sánh: A, B".to_owned()];
        assert_eq!(
            opened_message("Bộ tiêu chí của X (1, 2)", &changed, 2024, Some(2025)),
            "Đã mở Bộ tiêu chí của X (1, 2). Hồ sơ đảng ủy đã đặt theo bộ tiêu chí: tỉ lệ xuất sắc tối đa: 20\u{a0}%; nhóm so sánh: A, B. Lưu ý: bộ tiêu chí này là của năm 2024, còn hồ sơ đảng ủy là năm 2025; hãy sửa năm nếu cần."
        );
        assert_eq!(opened_message("T", &[], 2024, None), "Đã mở T.");
    }

    #[test]
    fn cap_groups_are_the_lines_not_blank() {
        assert_eq!(
            cap_groups(" Cán bộ lãnh đạo, quản lý \n\n  \nĐảng viên khác\n"),
            ["Cán bộ lãnh đạo, quản lý", "Đảng viên khác"]
        );
        assert!(cap_groups("").is_empty());
    }
}
