//! What a rule check says, for a member's review ([`crate::rules`]) and for the cell's rules
//! panel ([`crate::cell::checks`]) alike: one [`Finding`] type, one [`Severity`] scale and
//! one [`Rule`] list, so that every screen shows, sorts and filters findings the same way
//! and a member's finding can be passed on by the cell as it is.
//!
//! Findings are sorted worst first with [`worst_first`]: the order of [`Severity`]'s variants
//! is its order of gravity.

use crate::ids::MemberId;

/// How serious a finding is, from the least to the most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// For information (e.g. how the cap is computed); never blocks anything.
    Note,
    /// To settle or to explain to the competent level, which decides (QĐ 366 Điều 12).
    Warning,
    /// Against a confirmed rule: a member's review cannot be finished with it.
    Error,
}

impl Severity {
    /// The word shown before the finding's message.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Note => "Lưu ý",
            Severity::Warning => "Cần xem lại",
            Severity::Error => "Trái quy định",
        }
    }
}

/// Which rule a finding comes from; [`Rule::citation`] names the text it implements.
///
/// The first group is checked on one review (the member's own, or the cell's Mẫu 01), the
/// second by the cell's panel over its roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The proposed level is above the band of the total score (QĐ 366 Điều 11).
    AboveBand,
    /// A condition of Hoàn thành xuất sắc nhiệm vụ is not met.
    ExcellentConditions,
    /// A condition of Hoàn thành tốt nhiệm vụ is not met.
    GoodConditions,
    /// A condition of Hoàn thành nhiệm vụ is not met.
    CompletedConditions,
    /// Disciplined or concluded to show degradation in the year: Không hoàn thành nhiệm vụ.
    DisciplineOrDegradation,
    /// More than half of the tasks not done: Không hoàn thành nhiệm vụ.
    OverHalfNotDone,
    /// The task counts are incomplete, so a level's conditions cannot be checked.
    MissingTaskCounts,
    /// A leader's units (Mẫu 2A) do not meet a level's conditions for leaders.
    LeaderUnits,
    /// A leader's case of Không hoàn thành nhiệm vụ: units under 70 %, over 50 % of
    /// low-confidence votes, or over half of the units rated Không hoàn thành nhiệm vụ.
    LeaderNotCompleted,
    /// The results of a leader's units are missing, so the leaders' conditions cannot be
    /// checked.
    MissingUnitResults,
    /// Hoàn thành xuất sắc nhiệm vụ of a collective: no member of its leadership
    /// disciplined.
    CollectiveDiscipline,
    /// A case of Không hoàn thành nhiệm vụ of a leadership collective (a member of the
    /// cell's chi ủy disciplined) that may or may not apply to the cell's Mẫu 01.
    CollectiveNotCompleted,
    /// HD 43 mục 7.6: the temporary cell's comment is needed before the cell classifies.
    TemporaryCell,
    /// HD 43 mục 7.5: long sick leave or maternity: the level rests on the work done.
    LongLeave,
    /// QĐ 366 Điều 3: a state employee's rating is the basis of the Party rating.
    StateRating,
    /// HD 43 mục 7.12: a member scored by another criteria pack than the cell's.
    OtherPack,
    /// The cell rates itself (Mẫu 01) only after every member (QĐ 366 Điều 12 khoản 2).
    ClassifyMembersFirst,
    /// The cell proposes more Hoàn thành xuất sắc nhiệm vụ than the 20 % (or 25 %) cap.
    ExcellentCap,
    /// A rule of the first group, applied by the cell to the level it proposes for a member.
    MemberRules,
    /// A member exempt from the review (QĐ 366 Điều 5) has a proposed level.
    Exempt,
    /// A member has not handed in a review (HD 43 Mục 2: everyone writes one).
    MissingReview,
    /// The vote on a member's level is missing, inconsistent or below the threshold.
    Votes,
    /// Votes cast by probationary members, who have no vote (Điều lệ Đảng).
    Probationary,
    /// The cell's profile and its roster disagree on the number of full members.
    OfficialCount,
    /// Two members of the roster have the same name.
    SameName,
    /// A member's file was changed after it left the app (its check code did not match).
    ChangedFile,
    /// A value in a file outside what its form allows (made by hand or by another program).
    BeyondForm,
    /// A discipline whose violation was at a former unit or in an earlier year (QĐ 366
    /// Điều 11, "Một số trường hợp cần lưu ý"): shown to the competent level.
    DisciplineTiming,
}

impl Rule {
    /// The text the rule implements, shown with the finding.
    pub fn citation(self) -> &'static str {
        match self {
            Rule::AboveBand => "Quy định 366-QĐ/TW, Điều 11: khung điểm của từng mức",
            Rule::ExcellentConditions => "Quy định 366-QĐ/TW, Điều 11: mức Hoàn thành xuất sắc nhiệm vụ",
            Rule::GoodConditions => "Quy định 366-QĐ/TW, Điều 11: mức Hoàn thành tốt nhiệm vụ",
            Rule::CompletedConditions => "Quy định 366-QĐ/TW, Điều 11: mức Hoàn thành nhiệm vụ",
            Rule::DisciplineOrDegradation | Rule::OverHalfNotDone => {
                "Quy định 366-QĐ/TW, Điều 11 khoản 4: mức Không hoàn thành nhiệm vụ"
            }
            Rule::MissingTaskCounts | Rule::MemberRules | Rule::MissingUnitResults => "Quy định 366-QĐ/TW, Điều 11",
            Rule::LeaderUnits => "Quy định 366-QĐ/TW, Điều 11: điều kiện đối với cá nhân giữ chức vụ lãnh đạo, quản lý",
            Rule::LeaderNotCompleted => {
                "Quy định 366-QĐ/TW, Điều 11 khoản 4: cá nhân giữ chức vụ lãnh đạo, quản lý không hoàn thành nhiệm vụ"
            }
            Rule::CollectiveDiscipline => "Quy định 366-QĐ/TW, Điều 11: mức Hoàn thành xuất sắc nhiệm vụ của tập thể",
            Rule::CollectiveNotCompleted => {
                "Quy định 366-QĐ/TW, Điều 11 khoản 4: tập thể lãnh đạo, quản lý không hoàn thành nhiệm vụ"
            }
            Rule::TemporaryCell => "Hướng dẫn 43-HD/BTCTW, mục 7.6",
            Rule::LongLeave => "Hướng dẫn 43-HD/BTCTW, mục 7.5",
            Rule::StateRating => "Quy định 366-QĐ/TW, Điều 3",
            Rule::OtherPack => "Hướng dẫn 43-HD/BTCTW, mục 7.12",
            Rule::ClassifyMembersFirst => "Quy định 366-QĐ/TW, Điều 12 khoản 2 (3)",
            Rule::ExcellentCap => "Quy định 366-QĐ/TW, Điều 11: tỉ lệ Hoàn thành xuất sắc nhiệm vụ",
            Rule::Exempt => "Quy định 366-QĐ/TW, Điều 5 khoản 2.1",
            Rule::MissingReview => "Hướng dẫn 43-HD/BTCTW, Mục 2: mỗi cá nhân làm một bản kiểm điểm",
            Rule::Votes => "Ngưỡng biểu quyết do chi bộ đặt (chưa tìm thấy quy định hiện hành)",
            Rule::Probationary => "Điều lệ Đảng: đảng viên dự bị không có quyền biểu quyết",
            Rule::OfficialCount => "Hồ sơ chi bộ",
            Rule::SameName => "Danh sách đảng viên",
            Rule::ChangedFile => "Tệp của đảng viên: mã kiểm tra không khớp với nội dung",
            Rule::BeyondForm => "Mẫu văn bản: giới hạn của từng mục",
            Rule::DisciplineTiming => "Quy định 366-QĐ/TW, Điều 11: một số trường hợp cần lưu ý",
        }
    }
}

/// One result of a rule check, in plain Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule it comes from.
    pub rule: Rule,
    /// How serious it is.
    pub severity: Severity,
    /// The id of the member of the cell's roster it is about; `None` for a finding about
    /// the whole cell, or about the one review being written.
    pub member: Option<MemberId>,
    /// What the user reads: what is wrong and, where it helps, what to do.
    pub message: String,
}

impl Finding {
    /// A finding about the review being written or the whole cell (no member).
    pub fn new(rule: Rule, severity: Severity, message: String) -> Finding {
        Finding { rule, severity, member: None, message }
    }

    /// The same finding, about the member of the roster with id `member`.
    pub fn about(self, member: &MemberId) -> Finding {
        Finding { member: Some(member.clone()), ..self }
    }
}

/// Sorts findings worst first, keeping the order of findings of equal gravity.
pub fn worst_first(findings: &mut Vec<Finding>) {
    crate::order::sort_by_key(findings, |f| std::cmp::Reverse(f.severity));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_sort_worst_last_and_findings_worst_first() {
        assert!(Severity::Note < Severity::Warning && Severity::Warning < Severity::Error);
        let mut f = vec![
            Finding::new(Rule::OfficialCount, Severity::Note, "a".into()),
            Finding::new(Rule::AboveBand, Severity::Error, "b".into()),
            Finding::new(Rule::Votes, Severity::Warning, "c".into()).about(&"m1".into()),
        ];
        worst_first(&mut f);
        assert_eq!(f.iter().map(|f| f.message.as_str()).collect::<Vec<_>>(), ["b", "c", "a"]);
        assert_eq!(f[1].member.as_deref(), Some("m1"));
    }
}
