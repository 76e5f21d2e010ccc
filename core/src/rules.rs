//! The classification rules of Quy định 366-QĐ/TW, Điều 11, for an individual member, as
//! pure functions. Each returns [`Finding`]s in plain Vietnamese: an [`Severity::Error`]
//! blocks finishing the review (the text leaves no room), a [`Severity::Warning`] is shown
//! but the competent level decides. The finding types are shared with the cell's panel
//! ([`crate::finding`]).
//!
//! Percentages are compared in whole numbers (`exceeded * 10 >= assigned * 3`), never in
//! floating point, so 30 % of 10 tasks is exactly 3.

use super::finding::{Finding, Rule, Severity};
use super::level::Level;
use super::score::{percent, Points};

/// The counts of the member's tasks in the year (phụ lục kết quả thực hiện nhiệm vụ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TaskCounts {
    /// Số nhiệm vụ được giao trong năm.
    pub assigned: u32,
    /// Hoàn thành đúng hạn.
    pub on_time: u32,
    /// Hoàn thành nhưng chậm tiến độ.
    pub late: u32,
    /// Không hoàn thành.
    pub not_done: u32,
    /// Of the completed tasks, those that exceeded the requirements.
    pub exceeded: u32,
}

/// Discipline and conclusions of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Conduct {
    /// Disciplined in the year at "khiển trách" or heavier.
    pub disciplined: bool,
    /// A competent level concluded degradation, a breach of what members must not do, or
    /// of the duty to set an example.
    pub degradation_concluded: bool,
    /// The member claims the case of "tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục
    /// xong hậu quả".
    pub self_remedied: bool,
}

pub use crate::codes::RemedyStatus;

/// Everything the rules read of one review.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assessment {
    /// The total of the two criteria groups, when both are valid.
    pub total: Option<Points>,
    /// The proposed level (the member's own, or the cell's for a member).
    pub proposed: Option<Level>,
    /// The task counts, when all five are whole numbers.
    pub tasks: Option<TaskCounts>,
    /// Discipline and conclusions of the year.
    pub conduct: Conduct,
    /// Statuses of the shortcomings named at earlier reviews (empty: none, "nếu có").
    pub earlier: Vec<RemedyStatus>,
}

/// QĐ 366 Điều 11, the score bands: ≥ 90 xuất sắc, 70 to < 90 tốt, 50 to < 70 hoàn
/// thành, < 50 không hoàn thành. A member may propose the band of the total or lower,
/// never higher.
pub fn above_band(total: Points, proposed: Level) -> Option<Finding> {
    let band = Level::band(total);
    (proposed > band).then(|| {
        Finding::new(
            Rule::AboveBand,
            Severity::Error,
            format!(
                "Tổng điểm {total} thuộc khung \"{}\" ({}), nên không thể đề xuất mức \"{}\".",
                band.label(),
                band.band_text(),
                proposed.label()
            ),
        )
    })
}

/// QĐ 366 Điều 11, Hoàn thành xuất sắc nhiệm vụ: "Hoàn thành 100% các nhiệm vụ được
/// giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% nhiệm vụ hoàn
/// thành vượt mức yêu cầu." and "Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra
/// ở thời điểm kiểm điểm trước (nếu có)." (The 20 % cap is the cell's, not the member's.)
pub fn excellent_conditions(tasks: &TaskCounts, earlier: &[RemedyStatus]) -> Vec<Finding> {
    let label = Level::Excellent.label();
    let mut out = Vec::new();
    if tasks.late > 0 || tasks.not_done > 0 {
        out.push(Finding::new(
            Rule::ExcellentConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần hoàn thành 100% nhiệm vụ đúng hạn; đồng chí có {} nhiệm vụ chậm tiến độ và {} nhiệm vụ không hoàn thành.",
                tasks.late, tasks.not_done
            ),
        ));
    }
    if u64::from(tasks.exceeded) * 10 < u64::from(tasks.assigned) * 3 {
        out.push(Finding::new(
            Rule::ExcellentConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu; đồng chí có {}/{} nhiệm vụ ({}%).",
                tasks.exceeded,
                tasks.assigned,
                percent(tasks.exceeded, tasks.assigned)
            ),
        ));
    }
    let open = earlier.iter().filter(|s| **s != RemedyStatus::Remedied).count();
    if open > 0 {
        let unknown = earlier.iter().filter(|s| **s == RemedyStatus::Unknown).count();
        let detail = if unknown > 0 {
            format!(" ({unknown} hạn chế chưa chọn kết quả khắc phục ở mục III)")
        } else {
            String::new()
        };
        out.push(Finding::new(
            Rule::ExcellentConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần đã khắc phục 100% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước; còn {open}/{} hạn chế chưa được khắc phục xong{detail}.",
                earlier.len()
            ),
        ));
    }
    out
}

/// QĐ 366 Điều 11, Hoàn thành tốt nhiệm vụ: "Hoàn thành 100% các nhiệm vụ được giao, đúng
/// thời hạn, bảo đảm chất lượng, hiệu quả."
pub fn good_conditions(tasks: &TaskCounts) -> Option<Finding> {
    (tasks.late > 0 || tasks.not_done > 0).then(|| {
        Finding::new(
            Rule::GoodConditions,
            Severity::Error,
            format!(
                "Mức \"{}\" cần hoàn thành 100% nhiệm vụ đúng thời hạn; đồng chí có {} nhiệm vụ chậm tiến độ và {} nhiệm vụ không hoàn thành.",
                Level::Good.label(),
                tasks.late,
                tasks.not_done
            ),
        )
    })
}

/// QĐ 366 Điều 11, Hoàn thành nhiệm vụ: "Hoàn thành 100% các nhiệm vụ được giao; số nhiệm
/// vụ chưa bảo đảm tiến độ không vượt quá 20%."
pub fn completed_conditions(tasks: &TaskCounts) -> Vec<Finding> {
    let label = Level::Completed.label();
    let mut out = Vec::new();
    if tasks.not_done > 0 {
        out.push(Finding::new(
            Rule::CompletedConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần hoàn thành 100% nhiệm vụ được giao; đồng chí có {} nhiệm vụ không hoàn thành.",
                tasks.not_done
            ),
        ));
    }
    if u64::from(tasks.late) * 5 > u64::from(tasks.assigned) {
        out.push(Finding::new(
            Rule::CompletedConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cho phép tối đa 20% nhiệm vụ chậm tiến độ; đồng chí có {}/{} nhiệm vụ ({}%).",
                tasks.late,
                tasks.assigned,
                percent(tasks.late, tasks.assigned)
            ),
        ));
    }
    out
}

/// QĐ 366 Điều 11 khoản 4: a member concluded to show degradation, or disciplined
/// "từ khiển trách trở lên" in the year, is rated Không hoàn thành nhiệm vụ. "Trường hợp tự
/// giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả thì cấp có thẩm quyền …
/// xem xét, đánh giá, xếp loại": with that claim, the proposal stands but is flagged for the
/// competent level.
pub fn discipline_or_degradation(conduct: &Conduct, proposed: Level) -> Option<Finding> {
    if !(conduct.disciplined || conduct.degradation_concluded) || proposed == Level::NotCompleted {
        return None;
    }
    let why = match (conduct.disciplined, conduct.degradation_concluded) {
        (true, true) => "bị kỷ luật và bị kết luận có biểu hiện suy thoái hoặc vi phạm trong năm",
        (true, false) => "bị kỷ luật từ khiển trách trở lên trong năm",
        _ => "bị cấp có thẩm quyền kết luận có biểu hiện suy thoái hoặc vi phạm trong năm",
    };
    Some(if conduct.self_remedied {
        Finding::new(
            Rule::DisciplineOrDegradation,
            Severity::Warning,
            format!(
                "Đồng chí {why}. Vì đồng chí cho biết đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, mức \"{}\" được giữ để cấp có thẩm quyền xem xét, quyết định; nếu không, mức xếp loại là \"{}\".",
                proposed.label(),
                Level::NotCompleted.label()
            ),
        )
    } else {
        Finding::new(
            Rule::DisciplineOrDegradation,
            Severity::Error,
            format!(
                "Đồng chí {why}, nên mức xếp loại là \"{}\" (trừ trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả).",
                Level::NotCompleted.label()
            ),
        )
    })
}

/// QĐ 366 Điều 11 khoản 4: "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn
/// thành." → Không hoàn thành nhiệm vụ. Exactly 50 % is not "trên 50%".
pub fn over_half_not_done(tasks: &TaskCounts, proposed: Level) -> Option<Finding> {
    (proposed > Level::NotCompleted && u64::from(tasks.not_done) * 2 > u64::from(tasks.assigned)).then(|| {
        Finding::new(
            Rule::OverHalfNotDone,
            Severity::Error,
            format!(
                "Có {}/{} nhiệm vụ không hoàn thành ({}%, trên 50%), nên mức xếp loại là \"{}\".",
                tasks.not_done,
                tasks.assigned,
                percent(tasks.not_done, tasks.assigned),
                Level::NotCompleted.label()
            ),
        )
    })
}

/// Every rule that applies to the proposed level, worst first. Nothing is said until a
/// level is proposed.
pub fn check(a: &Assessment) -> Vec<Finding> {
    let Some(proposed) = a.proposed else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(total) = a.total {
        out.extend(above_band(total, proposed));
    }
    out.extend(discipline_or_degradation(&a.conduct, proposed));
    match a.tasks {
        Some(tasks) => {
            out.extend(over_half_not_done(&tasks, proposed));
            match proposed {
                Level::Excellent => out.extend(excellent_conditions(&tasks, &a.earlier)),
                Level::Good => out.extend(good_conditions(&tasks)),
                Level::Completed => out.extend(completed_conditions(&tasks)),
                Level::NotCompleted => {}
            }
        }
        None if proposed > Level::NotCompleted => out.push(Finding::new(
            Rule::MissingTaskCounts,
            Severity::Warning,
            "Chưa nhập đủ số liệu nhiệm vụ, nên chưa kiểm tra được điều kiện của mức đề xuất.".into(),
        )),
        None => {}
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.severity));
    out
}

/// The highest level the score and the conditions allow, when the score and the task
/// counts are known. A self-remedied discipline case is left to the competent level, so it
/// does not lower this.
pub fn highest_allowed(a: &Assessment) -> Option<Level> {
    let (total, tasks) = (a.total?, a.tasks?);
    let mut level = Level::band(total);
    let conduct_blocks = (a.conduct.disciplined || a.conduct.degradation_concluded) && !a.conduct.self_remedied;
    if conduct_blocks || over_half_not_done(&tasks, Level::Completed).is_some() {
        return Some(Level::NotCompleted);
    }
    if level == Level::Excellent && !excellent_conditions(&tasks, &a.earlier).is_empty() {
        level = Level::Good;
    }
    if level == Level::Good && good_conditions(&tasks).is_some() {
        level = Level::Completed;
    }
    if level == Level::Completed && !completed_conditions(&tasks).is_empty() {
        level = Level::NotCompleted;
    }
    Some(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pts(t: &str) -> Points {
        Points::parse(t, 100).expect("valid test score")
    }

    fn tasks(assigned: u32, on_time: u32, late: u32, not_done: u32, exceeded: u32) -> TaskCounts {
        TaskCounts { assigned, on_time, late, not_done, exceeded }
    }

    fn rules(findings: &[Finding]) -> Vec<Rule> {
        findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn above_band_blocks_only_higher_proposals() {
        assert!(above_band(pts("89,9"), Level::Excellent).is_some());
        assert!(above_band(pts("90"), Level::Excellent).is_none());
        assert!(above_band(pts("69,9"), Level::Good).is_some());
        assert!(above_band(pts("70"), Level::Good).is_none());
        assert!(above_band(pts("49,9"), Level::Completed).is_some());
        assert!(above_band(pts("50"), Level::Completed).is_none());
        // Proposing lower than the band is the member's right.
        assert!(above_band(pts("100"), Level::Completed).is_none());
        let f = above_band(pts("85,5"), Level::Excellent).expect("finding");
        assert_eq!(f.severity, Severity::Error);
        assert!(f.message.contains("85,5"), "{}", f.message);
        assert!(f.message.contains("Hoàn thành tốt nhiệm vụ"), "{}", f.message);
    }

    #[test]
    fn excellent_needs_all_on_time_thirty_percent_exceeding_and_remedies() {
        assert!(excellent_conditions(&tasks(10, 10, 0, 0, 3), &[]).is_empty());
        assert!(excellent_conditions(&tasks(10, 10, 0, 0, 3), &[RemedyStatus::Remedied]).is_empty());
        // 29 % is not 30 %.
        assert_eq!(excellent_conditions(&tasks(100, 100, 0, 0, 29), &[]).len(), 1);
        assert!(excellent_conditions(&tasks(100, 100, 0, 0, 30), &[]).is_empty());
        // One late task is enough to fail "100% … đúng hạn".
        assert_eq!(excellent_conditions(&tasks(10, 9, 1, 0, 5), &[]).len(), 1);
        let f = excellent_conditions(&tasks(10, 10, 0, 0, 5), &[RemedyStatus::Remedied, RemedyStatus::InProgress]);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("1/2"), "{}", f[0].message);
        let f = excellent_conditions(&tasks(10, 10, 0, 0, 5), &[RemedyStatus::Unknown]);
        assert!(f[0].message.contains("chưa chọn"), "{}", f[0].message);
        let f = excellent_conditions(&tasks(10, 10, 0, 0, 2), &[]);
        assert!(f[0].message.contains("2/10 nhiệm vụ (20%)"), "{}", f[0].message);
    }

    #[test]
    fn good_needs_everything_on_time() {
        assert!(good_conditions(&tasks(10, 10, 0, 0, 0)).is_none());
        assert!(good_conditions(&tasks(10, 9, 1, 0, 0)).is_some());
        assert!(good_conditions(&tasks(10, 9, 0, 1, 0)).is_some());
    }

    #[test]
    fn completed_allows_at_most_twenty_percent_late() {
        assert!(completed_conditions(&tasks(10, 8, 2, 0, 0)).is_empty());
        assert_eq!(rules(&completed_conditions(&tasks(10, 7, 3, 0, 0))), vec![Rule::CompletedConditions]);
        assert!(completed_conditions(&tasks(5, 4, 1, 0, 0)).is_empty());
        assert_eq!(completed_conditions(&tasks(10, 9, 0, 1, 0)).len(), 1);
        let f = completed_conditions(&tasks(3, 2, 1, 0, 0));
        assert!(f[0].message.contains("1/3 nhiệm vụ (33,3%)"), "{}", f[0].message);
    }

    #[test]
    fn discipline_forces_not_completed_unless_self_remedied() {
        let disciplined = Conduct { disciplined: true, ..Conduct::default() };
        let f = discipline_or_degradation(&disciplined, Level::Good).expect("finding");
        assert_eq!(f.severity, Severity::Error);
        assert!(discipline_or_degradation(&disciplined, Level::NotCompleted).is_none());

        let concluded = Conduct { degradation_concluded: true, ..Conduct::default() };
        assert_eq!(discipline_or_degradation(&concluded, Level::Completed).map(|f| f.severity), Some(Severity::Error));

        let remedied = Conduct { disciplined: true, self_remedied: true, ..Conduct::default() };
        let f = discipline_or_degradation(&remedied, Level::Good).expect("finding");
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.message.contains("cấp có thẩm quyền"), "{}", f.message);

        assert!(discipline_or_degradation(&Conduct::default(), Level::Excellent).is_none());
        // Claiming self-remedy without any case changes nothing.
        let claim_only = Conduct { self_remedied: true, ..Conduct::default() };
        assert!(discipline_or_degradation(&claim_only, Level::Excellent).is_none());
    }

    #[test]
    fn over_half_not_done_is_strictly_more_than_half() {
        assert!(over_half_not_done(&tasks(10, 5, 0, 5, 0), Level::Completed).is_none());
        assert!(over_half_not_done(&tasks(10, 4, 0, 6, 0), Level::Completed).is_some());
        assert!(over_half_not_done(&tasks(3, 1, 0, 2, 0), Level::Completed).is_some());
        assert!(over_half_not_done(&tasks(10, 4, 0, 6, 0), Level::NotCompleted).is_none());
    }

    #[test]
    fn check_combines_rules_and_puts_errors_first() {
        let a = Assessment {
            total: Some(pts("95")),
            proposed: Some(Level::Excellent),
            tasks: Some(tasks(10, 10, 0, 0, 3)),
            conduct: Conduct::default(),
            earlier: vec![RemedyStatus::Remedied],
        };
        assert!(check(&a).is_empty());
        assert_eq!(highest_allowed(&a), Some(Level::Excellent));

        let a2 = Assessment { tasks: Some(tasks(10, 9, 1, 0, 3)), ..a.clone() };
        assert_eq!(rules(&check(&a2)), vec![Rule::ExcellentConditions]);
        assert_eq!(highest_allowed(&a2), Some(Level::Completed));

        let a3 = Assessment {
            conduct: Conduct { disciplined: true, self_remedied: true, ..Conduct::default() },
            total: Some(pts("85")),
            ..a.clone()
        };
        let f = check(&a3);
        assert_eq!(rules(&f), vec![Rule::AboveBand, Rule::DisciplineOrDegradation]);
        assert_eq!(f[0].severity, Severity::Error);

        let no_level = Assessment { proposed: None, ..a.clone() };
        assert!(check(&no_level).is_empty());

        let no_tasks = Assessment { tasks: None, ..a.clone() };
        assert_eq!(rules(&check(&no_tasks)), vec![Rule::MissingTaskCounts]);
        assert_eq!(highest_allowed(&no_tasks), None);
    }

    #[test]
    fn highest_allowed_walks_down_the_levels() {
        let base = Assessment {
            total: Some(pts("92")),
            proposed: None,
            tasks: Some(tasks(10, 10, 0, 0, 1)),
            ..Assessment::default()
        };
        assert_eq!(highest_allowed(&base), Some(Level::Good));
        let late = Assessment { tasks: Some(tasks(10, 8, 2, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&late), Some(Level::Completed));
        let very_late = Assessment { tasks: Some(tasks(10, 7, 3, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&very_late), Some(Level::NotCompleted));
        let low = Assessment { total: Some(pts("49,9")), ..base.clone() };
        assert_eq!(highest_allowed(&low), Some(Level::NotCompleted));
        let disciplined = Assessment { conduct: Conduct { disciplined: true, ..Conduct::default() }, ..base };
        assert_eq!(highest_allowed(&disciplined), Some(Level::NotCompleted));
    }
}
