//! The pack's own checks, made on every read: the maxima of each group add up to exactly
//! 30 and 70, and the settings are within what QĐ 366 allows.

use super::model::{Group, Pack, PackForm};
use crate::score::Points;
use crate::year::YEARS;

/// What is wrong with a pack that was read fine as a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackProblem {
    /// The pack gives criteria for no form.
    NoForms,
    /// A group of a form has no sub-criterion.
    EmptyGroup {
        /// The form.
        form: PackForm,
        /// The group.
        group: &'static str,
    },
    /// A sub-criterion has no title, or a maximum that is not a number of points with at
    /// most one decimal place.
    BadCriterion {
        /// The form.
        form: PackForm,
        /// The group.
        group: &'static str,
        /// Its place in the group, from 1.
        n: usize,
    },
    /// The maxima of a group do not add up to the group's points.
    Sum {
        /// The form.
        form: PackForm,
        /// The group.
        group: &'static str,
        /// What they add up to.
        sum: Points,
        /// What they must add up to.
        expected: Points,
    },
    /// The year is outside what the app accepts.
    Year(i32),
    /// The cap's rate is not between 1 and 25 %.
    CapRate(u32),
    /// The target rate is over 100 %.
    Target(u32),
}

impl PackProblem {
    /// The problem in words, naming the form and the group.
    pub fn detail(&self) -> String {
        match self {
            PackProblem::NoForms => "không có tiêu chí cho mẫu nào".into(),
            PackProblem::EmptyGroup { form, group } => format!("{}, {group}: chưa có tiêu chí nào", form.label()),
            PackProblem::BadCriterion { form, group, n } => format!(
                "{}, {group}, tiêu chí thứ {n}: thiếu tên hoặc điểm tối đa không phải một số điểm (tối đa một chữ số thập phân)",
                form.label()
            ),
            PackProblem::Sum { form, group, sum, expected } => {
                format!("{}, {group}: tổng điểm tối đa các tiêu chí là {sum}, phải bằng {expected}", form.label())
            }
            PackProblem::Year(y) => format!("năm {y} nằm ngoài khoảng {} đến {}", YEARS.start(), YEARS.end()),
            PackProblem::CapRate(p) => format!("tỉ lệ xuất sắc {p}% phải từ 1% đến 25%"),
            PackProblem::Target(p) => format!("tỉ lệ mục tiêu {p}% vượt quá 100%"),
        }
    }
}

impl Pack {
    /// Every problem of the pack, in order; empty when it can be used.
    pub fn problems(&self) -> Vec<PackProblem> {
        let mut out = Vec::new();
        if !YEARS.contains(&self.year) {
            out.push(PackProblem::Year(self.year));
        }
        if self.forms.is_empty() {
            out.push(PackProblem::NoForms);
        }
        for (form, criteria) in &self.forms {
            for group in [Group::General, Group::Results] {
                let items = criteria.group(group);
                let name = group.label();
                if items.is_empty() {
                    out.push(PackProblem::EmptyGroup { form: *form, group: name });
                    continue;
                }
                let mut sum: u32 = 0;
                let mut valid = true;
                for (i, c) in items.iter().enumerate() {
                    match c.max_points().filter(|_| !c.title.trim().is_empty()) {
                        Some(p) => sum = sum.saturating_add(u32::from(p.tenths())),
                        None => {
                            valid = false;
                            out.push(PackProblem::BadCriterion { form: *form, group: name, n: i + 1 });
                        }
                    }
                }
                let expected = group.total();
                if valid && sum != u32::from(expected.tenths()) {
                    let sum = Points::from_tenths(u16::try_from(sum).unwrap_or(u16::MAX));
                    out.push(PackProblem::Sum { form: *form, group: name, sum, expected });
                }
            }
        }
        if let Some(cap) = &self.cap {
            if !(1..=25).contains(&cap.percent) {
                out.push(PackProblem::CapRate(cap.percent));
            }
        }
        if let Some(t) = self.target_good_percent.filter(|t| *t > 100) {
            out.push(PackProblem::Target(t));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file;
    use crate::pack::samples::{c, now, sample};
    use crate::pack::{read_pack, wrap_pack, PackCap};

    #[test]
    fn maxima_must_add_up_to_30_and_70_and_the_message_names_form_and_group() {
        let mut pack = sample();
        if let Some(f) = pack.forms.get_mut(&PackForm::Member) {
            f.general[0].max = "9,5".into();
        }
        let problems = pack.problems();
        assert_eq!(
            problems,
            vec![PackProblem::Sum {
                form: PackForm::Member,
                group: "Nhóm tiêu chí chung",
                sum: Points::from_tenths(295),
                expected: Points::from_tenths(300)
            }]
        );
        let text = file::to_file_text(&wrap_pack(&pack, "p-1", now(), "0.1.0"));
        let message = read_pack(text.as_bytes()).expect_err("refused").message("bo-tieu-chi.json");
        assert!(message.contains("\"bo-tieu-chi.json\""), "{message}");
        assert!(
            message.contains("Mẫu 2B, Nhóm tiêu chí chung: tổng điểm tối đa các tiêu chí là 29,5, phải bằng 30"),
            "{message}"
        );
    }

    #[test]
    fn each_criterion_needs_a_title_and_a_tenth_of_a_point() {
        let mut pack = sample();
        if let Some(f) = pack.forms.get_mut(&PackForm::Member) {
            f.results[0].max = "39,95".into();
            f.results[1].title = " ".into();
            f.general.clear();
        }
        let problems = pack.problems();
        assert!(problems.contains(&PackProblem::EmptyGroup { form: PackForm::Member, group: "Nhóm tiêu chí chung" }));
        assert!(problems.contains(&PackProblem::BadCriterion {
            form: PackForm::Member,
            group: "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ",
            n: 1
        }));
        assert!(problems.contains(&PackProblem::BadCriterion {
            form: PackForm::Member,
            group: "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ",
            n: 2
        }));
        assert_eq!(c("x", "7,5").max_points(), Some(Points::from_tenths(75)));
        assert_eq!(c("x", "-1").max_points(), None);
        assert_eq!(c("x", "bảy").max_points(), None);
    }

    #[test]
    fn settings_are_checked_too() {
        let mut pack = sample();
        pack.year = 1990;
        pack.cap = Some(PackCap { groups: Vec::new(), percent: 30 });
        pack.target_good_percent = Some(120);
        pack.forms.clear();
        assert_eq!(
            pack.problems(),
            vec![PackProblem::Year(1990), PackProblem::NoForms, PackProblem::CapRate(30), PackProblem::Target(120)]
        );
    }
}
