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

/// What a leader (Mẫu 2A) reports of the units, fields or bodies they directly lead, for
/// the leaders' conditions of QĐ 366 Điều 11 [C]. Shares are in percent, with tenths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnitResults {
    /// Share of their tasks the units completed.
    pub completed: Points,
    /// Share of their tasks not on schedule ("chưa bảo đảm tiến độ").
    pub late: Points,
    /// Share of their tasks completed beyond requirements.
    pub exceeded: Points,
    /// How many units the leader directly leads.
    pub units: u32,
    /// Of those, how many are rated Không hoàn thành nhiệm vụ.
    pub units_failed: u32,
    /// Share of low-confidence votes at the year's confidence vote; `None` when there was
    /// none ("nếu có").
    pub low_confidence: Option<Points>,
}

/// What a leader (Mẫu 2A) reports of their remit beyond the units' figures, for the
/// leaders' cases of Không hoàn thành nhiệm vụ in QĐ 366 Điều 11 khoản 4 [C in substance:
/// our sources give these cases without their exact wording].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Remit {
    /// The 5 basic socio-economic targets were missed (for the posts they apply to).
    pub targets_missed: bool,
    /// Corruption, waste or negativity was disciplined within the leader's direct remit.
    pub corruption: bool,
    /// The leader states that they detected it themselves, reported it, directed its
    /// handling in time and the consequences are remedied: the competent level decides.
    pub corruption_self_handled: bool,
}

impl Remit {
    /// Whether the remit alone makes the level Không hoàn thành nhiệm vụ.
    pub fn fails(&self) -> bool {
        self.targets_missed || (self.corruption && !self.corruption_self_handled)
    }
}

/// The leaders' cases of Không hoàn thành nhiệm vụ read from their remit: the 5 basic
/// socio-economic targets missed; corruption, waste or negativity disciplined within their
/// direct remit (a warning for the competent level when the leader states they handled it
/// themselves).
pub fn leader_remit(r: &Remit, proposed: Level) -> Vec<Finding> {
    if proposed == Level::NotCompleted {
        return Vec::new();
    }
    let not_completed = Level::NotCompleted.label();
    let mut out = Vec::new();
    if r.targets_missed {
        out.push(Finding::new(
            Rule::LeaderNotCompleted,
            Severity::Error,
            format!("Địa phương, đơn vị do đồng chí phụ trách không đạt 5 chỉ tiêu cơ bản về kinh tế - xã hội trong năm, nên mức xếp loại là \"{not_completed}\"."),
        ));
    }
    if r.corruption {
        let what = "Trong phạm vi đồng chí trực tiếp phụ trách có vụ việc tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật trong năm";
        out.push(if r.corruption_self_handled {
            Finding::new(
                Rule::LeaderNotCompleted,
                Severity::Warning,
                format!("{what}; đồng chí cho biết đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả. Cấp có thẩm quyền xem xét, quyết định; nếu không thuộc trường hợp này, mức xếp loại là \"{not_completed}\"."),
            )
        } else {
            Finding::new(Rule::LeaderNotCompleted, Severity::Error, format!("{what}, nên mức xếp loại là \"{not_completed}\"."))
        });
    }
    out
}

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
    /// Written on Mẫu 2A: the leaders' conditions apply too.
    pub leader: bool,
    /// A leader's units, when every figure was given.
    pub units: Option<UnitResults>,
    /// A leader's remit beyond the units' figures (Mẫu 2A).
    pub remit: Remit,
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
    excellent_conditions_of(MEMBER, tasks, earlier)
}

/// Who a message speaks of: "đồng chí" for a member, "chi bộ" for the cell's Mẫu 01.
const MEMBER: &str = "đồng chí";
const CELL: &str = "chi bộ";

fn excellent_conditions_of(who: &str, tasks: &TaskCounts, earlier: &[RemedyStatus]) -> Vec<Finding> {
    let label = Level::Excellent.label();
    let mut out = Vec::new();
    if tasks.late > 0 || tasks.not_done > 0 {
        out.push(Finding::new(
            Rule::ExcellentConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần hoàn thành 100\u{a0}% nhiệm vụ đúng hạn; {who} có {} nhiệm vụ chậm tiến độ và {} nhiệm vụ không hoàn thành.",
                tasks.late, tasks.not_done
            ),
        ));
    }
    if u64::from(tasks.exceeded) * 10 < u64::from(tasks.assigned) * 3 {
        out.push(Finding::new(
            Rule::ExcellentConditions,
            Severity::Error,
            format!(
                "Mức \"{label}\" cần ít nhất 30\u{a0}% nhiệm vụ hoàn thành vượt mức yêu cầu; {who} có {}/{} nhiệm vụ ({}).",
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
                "Mức \"{label}\" cần đã khắc phục 100\u{a0}% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước; còn {open}/{} hạn chế chưa được khắc phục xong{detail}.",
                earlier.len()
            ),
        ));
    }
    out
}

/// QĐ 366 Điều 11, Hoàn thành tốt nhiệm vụ: "Hoàn thành 100% các nhiệm vụ được giao, đúng
/// thời hạn, bảo đảm chất lượng, hiệu quả."
pub fn good_conditions(tasks: &TaskCounts) -> Option<Finding> {
    good_conditions_of(MEMBER, tasks)
}

fn good_conditions_of(who: &str, tasks: &TaskCounts) -> Option<Finding> {
    (tasks.late > 0 || tasks.not_done > 0).then(|| {
        Finding::new(
            Rule::GoodConditions,
            Severity::Error,
            format!(
                "Mức \"{}\" cần hoàn thành 100\u{a0}% nhiệm vụ đúng thời hạn; {who} có {} nhiệm vụ chậm tiến độ và {} nhiệm vụ không hoàn thành.",
                Level::Good.label(),
                tasks.late,
                tasks.not_done
            ),
        )
    })
}

/// What the text leaves to the competent level, said wherever a member falls in a gap.
pub const LEFT_TO_COMPETENT_LEVEL: &str = "Trường hợp này không thuộc mức nào Quy định 366-QĐ/TW nêu rõ (mức Hoàn thành nhiệm vụ cần hoàn thành 100\u{a0}% nhiệm vụ, tối đa 20\u{a0}% chậm tiến độ; mức Không hoàn thành nhiệm vụ khi có trên 50\u{a0}% nhiệm vụ không hoàn thành hoặc có vi phạm), nên cấp có thẩm quyền xem xét, quyết định.";

/// The same for a collective (the cell's Mẫu 01). A collective is not held to an
/// individual's cases of khoản 4 (over half of one's tasks undone, one's own discipline), so
/// its gap names the collective's conditions instead. The domain README quotes no
/// collective case of khoản 4 verbatim except the leadership collectives' fragment, so only
/// that is in quotation marks.
pub const LEFT_TO_COMPETENT_LEVEL_COLLECTIVE: &str = "Trường hợp này không thuộc mức nào Quy định 366-QĐ/TW nêu rõ đối với tập thể (mức Hoàn thành nhiệm vụ cần tập thể hoàn thành 100\u{a0}% nhiệm vụ được giao, số nhiệm vụ chưa bảo đảm tiến độ không quá 20\u{a0}%; mức Không hoàn thành nhiệm vụ dành cho các trường hợp của tập thể nêu ở khoản 4 Điều 11, như tập thể lãnh đạo, quản lý có \"sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền\" hoặc có thành viên bị kỷ luật), nên cấp có thẩm quyền xem xét, quyết định.";

/// QĐ 366 Điều 11, Hoàn thành nhiệm vụ: "Hoàn thành 100% các nhiệm vụ được giao; số nhiệm
/// vụ chưa bảo đảm tiến độ không vượt quá 20%."
///
/// A member who misses these (some but at most half of the tasks undone, or more than 20 %
/// late) with no case of khoản 4 is in no level the text defines: the finding is a warning
/// that the competent level decides, never an error that forces Không hoàn thành nhiệm vụ.
pub fn completed_conditions(tasks: &TaskCounts) -> Vec<Finding> {
    completed_conditions_of(MEMBER, tasks, LEFT_TO_COMPETENT_LEVEL)
}

/// `gap` says why the competent level decides: [`LEFT_TO_COMPETENT_LEVEL`] for a member,
/// [`LEFT_TO_COMPETENT_LEVEL_COLLECTIVE`] for the cell.
fn completed_conditions_of(who: &str, tasks: &TaskCounts, gap: &str) -> Vec<Finding> {
    let label = Level::Completed.label();
    let mut out = Vec::new();
    if tasks.not_done > 0 {
        out.push(Finding::new(
            Rule::CompletedConditions,
            Severity::Warning,
            format!(
                "Mức \"{label}\" cần hoàn thành 100\u{a0}% nhiệm vụ được giao; {who} có {} nhiệm vụ không hoàn thành. {gap}",
                tasks.not_done
            ),
        ));
    }
    if u64::from(tasks.late) * 5 > u64::from(tasks.assigned) {
        out.push(Finding::new(
            Rule::CompletedConditions,
            Severity::Warning,
            format!(
                "Mức \"{label}\" cho phép tối đa 20\u{a0}% nhiệm vụ chậm tiến độ; {who} có {}/{} nhiệm vụ ({}). {gap}",
                tasks.late,
                tasks.assigned,
                percent(tasks.late, tasks.assigned)
            ),
        ));
    }
    out
}

/// The highest level a member may propose, as far as the text settles it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ceiling {
    /// The score and the conditions allow this level and none higher.
    Level(Level),
    /// The score is 50 or more but the task counts meet no level the text defines, or a
    /// leader has over half of their own tasks undone ([`leader_over_half_not_done`]): the
    /// competent level decides ([`LEFT_TO_COMPETENT_LEVEL`]).
    CompetentLevel,
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
                "Có {}/{} nhiệm vụ không hoàn thành ({}, trên 50\u{a0}%), nên mức xếp loại là \"{}\".",
                tasks.not_done,
                tasks.assigned,
                percent(tasks.not_done, tasks.assigned),
                Level::NotCompleted.label()
            ),
        )
    })
}

/// Why a leader whose units completed every task, some late, may still propose Hoàn thành
/// xuất sắc nhiệm vụ: the leaders' condition of that level (QĐ 366 Điều 11, point 1.2)
/// names the units' 100 % and 30 % beyond requirements without "đúng hạn", while the
/// members' condition (point 1.3) says "đúng hạn". The domain README quotes the members'
/// sentence verbatim [C] and the leaders' only in substance, so only the former is in
/// quotation marks.
pub const LEADER_EXCELLENT_ON_TIME: &str = "Điều kiện của mức \"Hoàn thành xuất sắc nhiệm vụ\" dành cho cán bộ lãnh đạo, quản lý (Quy định 366-QĐ/TW, Điều 11) nêu cơ quan, đơn vị do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành 100\u{a0}% nhiệm vụ, trong đó ít nhất 30\u{a0}% vượt mức yêu cầu, mà không nêu \"đúng hạn\"; điều kiện dành cho cá nhân không giữ chức vụ thì nêu: \"Hoàn thành 100% các nhiệm vụ được giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu.\" Văn bản có thể hiểu theo hai cách, nên cấp có thẩm quyền quyết định.";

/// Why the competent level decides a leader's level when over half of their own tasks are
/// undone ([`leader_over_half_not_done`]), in the committee's rows.
pub const LEADER_OVER_HALF_LEFT_TO_COMPETENT_LEVEL: &str = "Cán bộ lãnh đạo, quản lý có trên 50\u{a0}% nhiệm vụ của bản thân không hoàn thành: Quy định 366-QĐ/TW, Điều 11 khoản 4 nêu trường hợp \"Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành.\" đối với cá nhân không giữ chức vụ lãnh đạo, quản lý, còn các trường hợp của cán bộ lãnh đạo, quản lý không nêu, nên cấp có thẩm quyền xem xét, quyết định.";

/// QĐ 366 Điều 11 khoản 4 lists "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn
/// thành." among the cases of the members who hold no leading post; the leaders' cases name
/// their units instead. A leader with over half of their own tasks undone is therefore
/// a warning that the competent level decides, never an error.
pub fn leader_over_half_not_done(tasks: &TaskCounts, proposed: Level) -> Option<Finding> {
    over_half_not_done(tasks, proposed).map(|_| {
        Finding::new(
            Rule::OverHalfNotDone,
            Severity::Warning,
            format!(
                "Đồng chí có {}/{} nhiệm vụ không hoàn thành ({}, trên 50\u{a0}%). Quy định 366-QĐ/TW, Điều 11 khoản 4 nêu trường hợp \"Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành.\" trong các trường hợp \"{}\" của cá nhân không giữ chức vụ lãnh đạo, quản lý; các trường hợp của cán bộ lãnh đạo, quản lý không nêu trường hợp này. Văn bản có thể hiểu theo hai cách, nên cấp có thẩm quyền quyết định.",
                tasks.not_done,
                tasks.assigned,
                percent(tasks.not_done, tasks.assigned),
                Level::NotCompleted.label()
            ),
        )
    })
}

/// The whole percent, in tenths.
const fn pct(n: u16) -> u16 {
    n * 10
}

/// QĐ 366 Điều 11, the leaders' conditions: the units, fields and bodies they directly lead
/// must "hoàn thành 100% nhiệm vụ, đúng hạn", with at least 30 % beyond requirements for
/// Hoàn thành xuất sắc nhiệm vụ; for Hoàn thành nhiệm vụ, 100 % completed with at most
/// 20 % not on schedule [C]. Between those and the cases of khoản 4 the text defines no
/// level: a warning that the competent level decides.
pub fn leader_conditions(u: &UnitResults, proposed: Level) -> Vec<Finding> {
    let label = proposed.label();
    let all_done = u.completed.tenths() >= pct(100);
    let mut out = Vec::new();
    let error = |message: String| Finding::new(Rule::LeaderUnits, Severity::Error, message);
    match proposed {
        Level::Good if !all_done || u.late.tenths() > 0 => {
            out.push(error(format!(
                "Mức \"{label}\" của cán bộ lãnh đạo, quản lý cần cơ quan, đơn vị do đồng chí trực tiếp phụ trách hoàn thành 100\u{a0}% nhiệm vụ đúng hạn; đã hoàn thành {}\u{a0}%, chưa bảo đảm tiến độ {}\u{a0}%.",
                u.completed, u.late
            )));
        }
        Level::Good => {}
        Level::Excellent => {
            if !all_done {
                out.push(error(format!(
                    "Mức \"{label}\" của cán bộ lãnh đạo, quản lý cần cơ quan, đơn vị do đồng chí trực tiếp phụ trách hoàn thành 100\u{a0}% nhiệm vụ; đã hoàn thành {}\u{a0}%.",
                    u.completed
                )));
            } else if u.late.tenths() > 0 {
                // The leaders' condition of excellence does not say "đúng hạn", the members'
                // does: read two ways, so the competent level decides.
                out.push(Finding::new(
                    Rule::LeaderUnits,
                    Severity::Warning,
                    format!(
                        "Cơ quan, đơn vị do đồng chí trực tiếp phụ trách đã hoàn thành 100\u{a0}% nhiệm vụ, nhưng {}\u{a0}% chưa bảo đảm tiến độ. {LEADER_EXCELLENT_ON_TIME}",
                        u.late
                    ),
                ));
            }
            if proposed == Level::Excellent && u.exceeded.tenths() < pct(30) {
                out.push(error(format!(
                    "Mức \"{label}\" của cán bộ lãnh đạo, quản lý cần ít nhất 30\u{a0}% nhiệm vụ của cơ quan, đơn vị do đồng chí phụ trách hoàn thành vượt mức yêu cầu; hiện là {}\u{a0}%.",
                    u.exceeded
                )));
            }
        }
        Level::Completed => {
            if !all_done || u.late.tenths() > pct(20) {
                out.push(Finding::new(
                    Rule::LeaderUnits,
                    Severity::Warning,
                    format!(
                        "Mức \"{label}\" của cán bộ lãnh đạo, quản lý cần cơ quan, đơn vị do đồng chí phụ trách hoàn thành 100\u{a0}% nhiệm vụ, chưa bảo đảm tiến độ không quá 20\u{a0}%; đã hoàn thành {}\u{a0}%, chưa bảo đảm tiến độ {}\u{a0}%. {LEFT_TO_COMPETENT_LEVEL}",
                        u.completed, u.late
                    ),
                ));
            }
        }
        Level::NotCompleted => {}
    }
    out
}

/// QĐ 366 Điều 11 khoản 4, the leaders' cases of Không hoàn thành nhiệm vụ [C]: the units
/// they lead complete under 70 % of their tasks; over 50 % of low-confidence votes at the
/// year's confidence vote; over half of the units they lead rated Không hoàn thành nhiệm
/// vụ. ("Trên" is strict: exactly 50 % is not over it.)
pub fn leader_not_completed(u: &UnitResults, proposed: Level) -> Vec<Finding> {
    if proposed == Level::NotCompleted {
        return Vec::new();
    }
    let not_completed = Level::NotCompleted.label();
    let mut out = Vec::new();
    let mut push = |why: String| {
        out.push(Finding::new(
            Rule::LeaderNotCompleted,
            Severity::Error,
            format!("{why}, nên mức xếp loại là \"{not_completed}\"."),
        ))
    };
    if u.completed.tenths() < pct(70) {
        push(format!(
            "Cơ quan, đơn vị do đồng chí trực tiếp phụ trách hoàn thành {}\u{a0}% nhiệm vụ (dưới 70\u{a0}%)",
            u.completed
        ));
    }
    if let Some(low) = u.low_confidence.filter(|l| l.tenths() > pct(50)) {
        push(format!("Đồng chí có {low}\u{a0}% số phiếu tín nhiệm thấp tại kỳ lấy phiếu trong năm (trên 50\u{a0}%)"));
    }
    if u64::from(u.units_failed) * 2 > u64::from(u.units) {
        push(format!(
            "{}/{} cơ quan, đơn vị do đồng chí phụ trách bị xếp loại \"{not_completed}\" (trên một nửa)",
            u.units_failed, u.units
        ));
    }
    out
}

/// Whether a disciplined member of the cell belongs to its "tập thể lãnh đạo, quản lý"
/// (for a cell: its bí thư, phó bí thư and chi ủy viên), as far as the roster says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leadership {
    /// Holds a post in the cell.
    Member,
    /// Holds none, while the roster records posts.
    NotMember,
    /// The roster records no post at all: the app cannot tell.
    Unknown,
}

/// A member of the cell disciplined in the year, from their review or from the cell's own
/// record ([`crate::cell::checks::disciplined_members`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisciplinedMember {
    /// The name as the messages show it, with the post when there is one.
    pub name: String,
    /// Whether they belong to the leadership collective.
    pub leadership: Leadership,
}

/// What the text says of a leadership collective with a member disciplined, and why the
/// cell's Mẫu 01 is left to the competent level: QĐ 366 Điều 11 khoản 4 lists cases of
/// Không hoàn thành nhiệm vụ for "tập thể lãnh đạo, quản lý" (domain README §6.2 [C: S51]),
/// and whether a cell's own review is such a collective is not said. Only the fragment the
/// README quotes verbatim is in quotation marks.
pub const COLLECTIVE_CASES_LEFT_TO_COMPETENT_LEVEL: &str = "Quy định 366-QĐ/TW, Điều 11 khoản 4 xếp loại \"Không hoàn thành nhiệm vụ\" đối với tập thể lãnh đạo, quản lý có thành viên bị kỷ luật hoặc có \"sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, bè phái, chạy chức, chạy quyền\"; văn bản chưa nói rõ các trường hợp này có áp dụng cho báo cáo kiểm điểm của chi bộ (Mẫu 01) hay không, nên cấp có thẩm quyền quyết định.";

/// The collective's excellence condition on discipline, verbatim (QĐ 366 Điều 11) [C].
const NO_LEADER_DISCIPLINED: &str =
    "Không có đơn vị trực thuộc … hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật.";

/// The rules of the cell's own review (Mẫu 01), QĐ 366 Điều 11 for collectives [C]: the
/// score band, the task conditions of each level as for a member, and for Hoàn thành xuất
/// sắc nhiệm vụ "Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm
/// điểm trước (nếu có)" (section III of Mẫu 01) and "Không có đơn vị trực thuộc … hoặc
/// thành viên của tập thể lãnh đạo, quản lý bị kỷ luật". `disciplined` lists every member
/// of the roster disciplined in the year: only the leadership's discipline bars
/// excellence (an error); another member's is a note; with no post recorded, a warning
/// asks for them. Worst first.
pub fn collective_check(a: &Assessment, disciplined: &[DisciplinedMember]) -> Vec<Finding> {
    let Some(proposed) = a.proposed else { return Vec::new() };
    let mut out = Vec::new();
    if let Some(total) = a.total {
        out.extend(above_band(total, proposed));
    }
    match a.tasks {
        Some(tasks) => match proposed {
            // Point 1.4 holds for collectives as for members: Mẫu 01 records the earlier
            // shortcomings' statuses in its section III, read into `a.earlier`.
            Level::Excellent => out.extend(excellent_conditions_of(CELL, &tasks, &a.earlier)),
            Level::Good => out.extend(good_conditions_of(CELL, &tasks)),
            Level::Completed => out.extend(completed_conditions_of(CELL, &tasks, LEFT_TO_COMPETENT_LEVEL_COLLECTIVE)),
            Level::NotCompleted => {}
        },
        None if proposed > Level::NotCompleted => out.push(Finding::new(
            Rule::MissingTaskCounts,
            Severity::Warning,
            "Chưa nhập đủ số liệu nhiệm vụ của chi bộ, nên chưa kiểm tra được điều kiện của mức đề xuất.".into(),
        )),
        None => {}
    }
    out.extend(collective_discipline(proposed, disciplined));
    crate::finding::worst_first(&mut out);
    out
}

/// The members' discipline against the collective's proposed level: one message per
/// situation (the leadership's, the unknown, the others').
fn collective_discipline(proposed: Level, disciplined: &[DisciplinedMember]) -> Vec<Finding> {
    let names = |which: Leadership| -> Vec<&str> {
        disciplined.iter().filter(|d| d.leadership == which).map(|d| d.name.trim()).collect()
    };
    let (leaders, unknown, others) =
        (names(Leadership::Member), names(Leadership::Unknown), names(Leadership::NotMember));
    let excellent = Level::Excellent.label();
    let mut out = Vec::new();
    if proposed == Level::NotCompleted {
        return out;
    }
    if !leaders.is_empty() {
        let who = format!(
            "chi bộ có {} thành viên của tập thể lãnh đạo (chi ủy) bị kỷ luật trong năm: {}",
            leaders.len(),
            leaders.join(", ")
        );
        out.push(if proposed == Level::Excellent {
            // The certain part (no excellence) and the uncertain one (khoản 4) in one message.
            Finding::new(
                Rule::CollectiveDiscipline,
                Severity::Error,
                format!(
                    "Mức \"{excellent}\" của tập thể cần \"{NO_LEADER_DISCIPLINED}\"; {who}. Ngoài ra, {}",
                    lower_first(COLLECTIVE_CASES_LEFT_TO_COMPETENT_LEVEL)
                ),
            )
        } else {
            Finding::new(
                Rule::CollectiveNotCompleted,
                Severity::Warning,
                format!("{}. {COLLECTIVE_CASES_LEFT_TO_COMPETENT_LEVEL}", upper_first(&who)),
            )
        });
    }
    if proposed != Level::Excellent {
        return out;
    }
    if !unknown.is_empty() {
        out.push(Finding::new(
            Rule::CollectiveDiscipline,
            Severity::Warning,
            format!(
                "Danh sách đảng viên chưa ghi chức vụ trong chi bộ (bí thư, phó bí thư, chi ủy viên), nên chưa biết {} đồng chí bị kỷ luật trong năm ({}) có là thành viên của tập thể lãnh đạo, quản lý hay không. Mức \"{excellent}\" của tập thể cần \"{NO_LEADER_DISCIPLINED}\" Hãy ghi chức vụ của các đồng chí ở danh sách đảng viên.",
                unknown.len(),
                unknown.join(", ")
            ),
        ));
    }
    if !others.is_empty() {
        out.push(Finding::new(
            Rule::CollectiveDiscipline,
            Severity::Note,
            format!(
                "{} đồng chí bị kỷ luật trong năm nhưng không giữ chức vụ trong chi bộ ({}): điều kiện \"{NO_LEADER_DISCIPLINED}\" của mức \"{excellent}\" chỉ tính thành viên của tập thể lãnh đạo, quản lý.",
                others.len(),
                others.join(", ")
            ),
        ));
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
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
            let over_half = if a.leader {
                leader_over_half_not_done(&tasks, proposed)
            } else {
                over_half_not_done(&tasks, proposed)
            };
            // Over half of the tasks undone is one situation, said once: for a member it
            // settles the level (Không hoàn thành nhiệm vụ), so the level's own conditions on
            // the tasks are not repeated; for a leader it is the competent level's, as is the
            // gap of Hoàn thành nhiệm vụ, which is not said again.
            let said = over_half.is_some() && (!a.leader || proposed == Level::Completed);
            out.extend(over_half);
            match proposed {
                _ if said => {}
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
    if a.leader {
        out.extend(leader_remit(&a.remit, proposed));
        match &a.units {
            Some(u) => {
                out.extend(leader_not_completed(u, proposed));
                out.extend(leader_conditions(u, proposed));
            }
            None if proposed > Level::NotCompleted => out.push(Finding::new(
                Rule::MissingUnitResults,
                Severity::Warning,
                "Chưa nhập đủ kết quả của cơ quan, đơn vị do đồng chí trực tiếp phụ trách, nên chưa kiểm tra được điều kiện dành cho cán bộ lãnh đạo, quản lý.".into(),
            )),
            None => {}
        }
    }
    crate::finding::worst_first(&mut out);
    out
}

/// The highest level the score and the conditions allow, when the score and the task
/// counts are known. A self-remedied discipline case is left to the competent level, so it
/// does not lower this; nor does a gap of the text ([`Ceiling::CompetentLevel`]).
pub fn highest_allowed(a: &Assessment) -> Option<Ceiling> {
    let (total, tasks) = (a.total?, a.tasks?);
    // A leader's ceiling also needs the units' results.
    let units = if a.leader { Some(a.units?) } else { None };
    let conduct_blocks = (a.conduct.disciplined || a.conduct.degradation_concluded) && !a.conduct.self_remedied;
    let leader_fails =
        units.is_some_and(|u| !leader_not_completed(&u, Level::Completed).is_empty()) || (a.leader && a.remit.fails());
    // Over half of one's tasks undone settles a member's level; a leader's is the competent
    // level's ([`leader_over_half_not_done`]): the walk below ends in that gap.
    let over_half = !a.leader && over_half_not_done(&tasks, Level::Completed).is_some();
    if conduct_blocks || leader_fails || over_half {
        return Some(Ceiling::Level(Level::NotCompleted));
    }
    // A warning of the units (late units at xuất sắc) leaves the level to the competent
    // level's reading; only an error rules it out. At Hoàn thành nhiệm vụ any finding is a gap.
    let units_allow = |level: Level| {
        units.is_none_or(|u| {
            let f = leader_conditions(&u, level);
            if level == Level::Completed {
                f.is_empty()
            } else {
                f.iter().all(|f| f.severity != Severity::Error)
            }
        })
    };
    let mut level = Level::band(total);
    if level == Level::Excellent && !(excellent_conditions(&tasks, &a.earlier).is_empty() && units_allow(level)) {
        level = Level::Good;
    }
    if level == Level::Good && !(good_conditions(&tasks).is_none() && units_allow(level)) {
        level = Level::Completed;
    }
    if level == Level::Completed && !(completed_conditions(&tasks).is_empty() && units_allow(level)) {
        return Some(Ceiling::CompetentLevel);
    }
    Some(Ceiling::Level(level))
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
        assert!(f[0].message.contains("2/10 nhiệm vụ (20,0\u{a0}%)"), "{}", f[0].message);
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
        // The text defines no level for these: a warning that the competent level decides.
        for f in completed_conditions(&tasks(10, 6, 3, 1, 0)) {
            assert_eq!(f.severity, Severity::Warning);
            assert!(f.message.contains("cấp có thẩm quyền xem xét, quyết định"), "{}", f.message);
        }
        let f = completed_conditions(&tasks(3, 2, 1, 0, 0));
        assert!(f[0].message.contains("1/3 nhiệm vụ (33,3\u{a0}%)"), "{}", f[0].message);
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
            ..Assessment::default()
        };
        assert!(check(&a).is_empty());
        assert_eq!(highest_allowed(&a), Some(Ceiling::Level(Level::Excellent)));

        let a2 = Assessment { tasks: Some(tasks(10, 9, 1, 0, 3)), ..a.clone() };
        assert_eq!(rules(&check(&a2)), vec![Rule::ExcellentConditions]);
        assert_eq!(highest_allowed(&a2), Some(Ceiling::Level(Level::Completed)));

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

    fn units(completed: u16, late: u16, exceeded: u16, units: u32, failed: u32, low: Option<u16>) -> UnitResults {
        UnitResults {
            completed: Points::from_tenths(completed * 10),
            late: Points::from_tenths(late * 10),
            exceeded: Points::from_tenths(exceeded * 10),
            units,
            units_failed: failed,
            low_confidence: low.map(|l| Points::from_tenths(l * 10)),
        }
    }

    #[test]
    fn leaders_units_meet_each_levels_conditions_at_the_boundaries() {
        let best = units(100, 0, 30, 4, 0, None);
        assert!(leader_conditions(&best, Level::Excellent).is_empty(), "30 % beyond requirements is enough");
        let f = leader_conditions(&units(100, 0, 29, 4, 0, None), Level::Excellent);
        assert_eq!((f.len(), f[0].severity), (1, Severity::Error));
        assert!(f[0].message.contains("29\u{a0}%"), "{}", f[0].message);
        assert!(leader_conditions(&units(100, 0, 0, 4, 0, None), Level::Good).is_empty());
        assert_eq!(rules(&leader_conditions(&units(100, 1, 0, 4, 0, None), Level::Good)), vec![Rule::LeaderUnits]);
        assert_eq!(rules(&leader_conditions(&units(99, 0, 0, 4, 0, None), Level::Good)), vec![Rule::LeaderUnits]);
        assert!(leader_conditions(&units(100, 20, 0, 4, 0, None), Level::Completed).is_empty(), "20 % late is allowed");
        let gap = leader_conditions(&units(100, 21, 0, 4, 0, None), Level::Completed);
        assert_eq!(gap[0].severity, Severity::Warning, "the text defines no level: the competent level decides");
        assert_eq!(leader_conditions(&units(90, 0, 0, 4, 0, None), Level::Completed)[0].severity, Severity::Warning);
    }

    #[test]
    fn leaders_cases_of_not_completed_at_70_50_and_half_the_units() {
        assert!(
            leader_not_completed(&units(70, 0, 0, 4, 0, None), Level::Completed).is_empty(),
            "70 % is not under 70 %"
        );
        assert_eq!(
            rules(&leader_not_completed(&units(69, 0, 0, 4, 0, None), Level::Completed)),
            vec![Rule::LeaderNotCompleted]
        );
        assert!(
            leader_not_completed(&units(100, 0, 0, 4, 0, Some(50)), Level::Good).is_empty(),
            "50 % is not over 50 %"
        );
        let low = leader_not_completed(&units(100, 0, 0, 4, 0, Some(51)), Level::Good);
        assert!(low[0].message.contains("51\u{a0}% số phiếu tín nhiệm thấp"), "{}", low[0].message);
        assert!(leader_not_completed(&units(100, 0, 0, 4, 2, None), Level::Good).is_empty(), "half is not over half");
        assert_eq!(leader_not_completed(&units(100, 0, 0, 4, 3, None), Level::Good).len(), 1);
        assert!(leader_not_completed(&units(10, 0, 0, 4, 4, Some(90)), Level::NotCompleted).is_empty());
        assert_eq!(leader_not_completed(&units(10, 0, 0, 4, 4, Some(90)), Level::Completed).len(), 3);
    }

    #[test]
    fn a_leader_is_held_to_the_units_too() {
        let a = Assessment {
            total: Some(pts("95")),
            proposed: Some(Level::Excellent),
            tasks: Some(tasks(10, 10, 0, 0, 3)),
            leader: true,
            units: Some(units(100, 0, 30, 4, 0, None)),
            ..Assessment::default()
        };
        assert!(check(&a).is_empty());
        assert_eq!(highest_allowed(&a), Some(Ceiling::Level(Level::Excellent)));
        let weaker = Assessment { units: Some(units(100, 10, 0, 4, 0, None)), ..a.clone() };
        assert_eq!(rules(&check(&weaker)), vec![Rule::LeaderUnits, Rule::LeaderUnits]);
        assert_eq!(highest_allowed(&weaker), Some(Ceiling::Level(Level::Completed)));
        let failing = Assessment { units: Some(units(60, 0, 0, 4, 0, None)), ..a.clone() };
        assert_eq!(highest_allowed(&failing), Some(Ceiling::Level(Level::NotCompleted)));
        let missing = Assessment { units: None, ..a.clone() };
        assert_eq!(rules(&check(&missing)), vec![Rule::MissingUnitResults]);
        assert_eq!(highest_allowed(&missing), None);
        // A member of Mẫu 2B is never asked about units.
        let member = Assessment { leader: false, units: None, ..a };
        assert!(check(&member).is_empty());
    }

    /// A collective proposed for excellence with 92 points and every task done on time,
    /// 3 of 10 beyond requirements: the task conditions of excellence are met.
    fn excellent_collective() -> Assessment {
        Assessment {
            total: Some(pts("92")),
            proposed: Some(Level::Excellent),
            tasks: Some(tasks(10, 10, 0, 0, 3)),
            ..Assessment::default()
        }
    }

    fn disciplined(name: &str, leadership: Leadership) -> DisciplinedMember {
        DisciplinedMember { name: name.to_owned(), leadership }
    }

    #[test]
    fn the_collective_meets_the_task_conditions_and_excellence_needs_no_leader_disciplined() {
        let a = excellent_collective();
        assert!(collective_check(&a, &[]).is_empty());
        // QĐ 366 Điều 11, collective excellence: "Không có đơn vị trực thuộc … hoặc thành viên
        // của tập thể lãnh đạo, quản lý bị kỷ luật."
        let f = collective_check(&a, &[disciplined("Trần Văn Bình (chi ủy viên)", Leadership::Member)]);
        assert_eq!(rules(&f), vec![Rule::CollectiveDiscipline]);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message.contains("Trần Văn Bình (chi ủy viên)"), "{}", f[0].message);
        assert!(f[0].message.contains(NO_LEADER_DISCIPLINED), "{}", f[0].message);
        assert!(
            f[0].message.contains("cấp có thẩm quyền quyết định"),
            "khoản 4 said in the same message: {}",
            f[0].message
        );
        let few_beyond = Assessment { tasks: Some(tasks(10, 10, 0, 0, 2)), ..a.clone() };
        let f = collective_check(&few_beyond, &[]);
        assert_eq!(rules(&f), vec![Rule::ExcellentConditions]);
        assert!(f[0].message.contains("chi bộ có 2/10"), "{}", f[0].message);
        let good = Assessment {
            proposed: Some(Level::Good),
            total: Some(pts("80")),
            tasks: Some(tasks(10, 9, 1, 0, 0)),
            ..a.clone()
        };
        assert_eq!(
            rules(&collective_check(&good, &[disciplined("A", Leadership::NotMember)])),
            vec![Rule::GoodConditions],
            "another member's discipline says nothing below excellence"
        );
        let gap = Assessment {
            proposed: Some(Level::Completed),
            total: Some(pts("60")),
            tasks: Some(tasks(10, 7, 3, 0, 0)),
            ..a.clone()
        };
        assert_eq!(collective_check(&gap, &[]).iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Warning]);
        let above = Assessment { total: Some(pts("89,9")), ..a.clone() };
        assert_eq!(rules(&collective_check(&above, &[])), vec![Rule::AboveBand]);
        let unknown = Assessment { tasks: None, ..a };
        assert_eq!(rules(&collective_check(&unknown, &[])), vec![Rule::MissingTaskCounts]);
    }

    #[test]
    fn only_the_leaderships_discipline_bars_the_collectives_excellence() {
        let a = excellent_collective();
        // Another member's discipline: a note, not an error.
        let f = collective_check(&a, &[disciplined("Lê Văn An", Leadership::NotMember)]);
        assert_eq!((rules(&f), f[0].severity), (vec![Rule::CollectiveDiscipline], Severity::Note));
        assert!(f[0].message.contains("Lê Văn An"), "{}", f[0].message);
        // No post recorded in the roster: the app cannot tell, a warning asks for the posts.
        let f = collective_check(&a, &[disciplined("Lê Văn An", Leadership::Unknown)]);
        assert_eq!((rules(&f), f[0].severity), (vec![Rule::CollectiveDiscipline], Severity::Warning));
        assert!(f[0].message.contains("chưa ghi chức vụ"), "{}", f[0].message);
        // Both kinds: the error first, then the note.
        let both = [disciplined("B (bí thư chi bộ)", Leadership::Member), disciplined("C", Leadership::NotMember)];
        let f = collective_check(&a, &both);
        assert_eq!(f.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Error, Severity::Note]);
        // Nothing to say when the cell proposes Không hoàn thành nhiệm vụ.
        let low = Assessment { proposed: Some(Level::NotCompleted), total: Some(pts("40")), ..a };
        assert!(collective_check(&low, &both).is_empty());
    }

    #[test]
    fn whether_khoan_4_of_a_leadership_collective_applies_to_the_cell_is_left_to_the_competent_level() {
        // QĐ 366 Điều 11 khoản 4, leadership collectives: "sai phạm trong công tác cán bộ, mất
        // đoàn kết nội bộ, bè phái, chạy chức, chạy quyền", and members disciplined. Whether a
        // cell's Mẫu 01 is such a collective is not said: a warning, never an error.
        for (level, total, counts) in
            [(Level::Good, "80", tasks(10, 10, 0, 0, 0)), (Level::Completed, "60", tasks(10, 8, 2, 0, 0))]
        {
            let a = Assessment {
                total: Some(pts(total)),
                proposed: Some(level),
                tasks: Some(counts),
                ..Assessment::default()
            };
            let f = collective_check(&a, &[disciplined("D (phó bí thư chi bộ)", Leadership::Member)]);
            assert_eq!((rules(&f), f[0].severity), (vec![Rule::CollectiveNotCompleted], Severity::Warning));
            assert!(f[0].message.contains(COLLECTIVE_CASES_LEFT_TO_COMPETENT_LEVEL), "{}", f[0].message);
            assert!(f[0].message.starts_with("Chi bộ có 1 thành viên"), "{}", f[0].message);
            // Unknown posts or another member: nothing below excellence.
            assert!(collective_check(&a, &[disciplined("E", Leadership::Unknown)]).is_empty());
        }
    }

    #[test]
    fn the_collective_is_held_to_its_earlier_shortcomings() {
        // QĐ 366 Điều 11, point 1.4: "Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra
        // ở thời điểm kiểm điểm trước (nếu có)."
        let a = excellent_collective();
        // "(nếu có)": none named, nothing to remedy.
        assert!(collective_check(&a, &[]).is_empty());
        let all = Assessment { earlier: vec![RemedyStatus::Remedied, RemedyStatus::Remedied], ..a.clone() };
        assert!(collective_check(&all, &[]).is_empty(), "2/2 remedied is 100 %");
        let one_open = Assessment { earlier: vec![RemedyStatus::Remedied, RemedyStatus::InProgress], ..a.clone() };
        let f = collective_check(&one_open, &[]);
        assert_eq!(rules(&f), vec![Rule::ExcellentConditions]);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0].message.contains("còn 1/2 hạn chế"), "{}", f[0].message);
        let unanswered = Assessment { earlier: vec![RemedyStatus::Unknown], ..a.clone() };
        assert!(collective_check(&unanswered, &[])[0].message.contains("chưa chọn"));
        // Only excellence asks it: Hoàn thành tốt nhiệm vụ has no such condition.
        let good = Assessment { proposed: Some(Level::Good), total: Some(pts("80")), ..one_open };
        assert!(collective_check(&good, &[]).is_empty());
    }

    #[test]
    fn the_collectives_gap_names_the_collectives_cases_not_a_members() {
        // QĐ 366 Điều 11, Hoàn thành nhiệm vụ of a collective: 100 % done and "số nhiệm vụ chưa
        // bảo đảm tiến độ không vượt quá 20%". 3/10 = 30 % late is over it; 2/10 = 20 % is not.
        let a = Assessment {
            total: Some(pts("60")),
            proposed: Some(Level::Completed),
            tasks: Some(tasks(10, 7, 3, 0, 0)),
            ..Assessment::default()
        };
        let f = collective_check(&a, &[]);
        assert_eq!((f.len(), f[0].severity), (1, Severity::Warning));
        assert!(f[0].message.contains(LEFT_TO_COMPETENT_LEVEL_COLLECTIVE), "{}", f[0].message);
        assert!(!f[0].message.contains("trên 50"), "a member's case is not the collective's: {}", f[0].message);
        let twenty = Assessment { tasks: Some(tasks(10, 8, 2, 0, 0)), ..a.clone() };
        assert!(collective_check(&twenty, &[]).is_empty());
        let undone = Assessment { tasks: Some(tasks(10, 9, 0, 1, 0)), ..a };
        assert!(collective_check(&undone, &[])[0].message.contains("đối với tập thể"));
        // A member's gap still names a member's cases.
        assert!(completed_conditions(&tasks(10, 7, 3, 0, 0))[0].message.contains(LEFT_TO_COMPETENT_LEVEL));
    }

    fn leader(proposed: Level, total: &str, t: TaskCounts, u: UnitResults) -> Assessment {
        Assessment {
            total: Some(pts(total)),
            proposed: Some(proposed),
            tasks: Some(t),
            leader: true,
            units: Some(u),
            ..Assessment::default()
        }
    }

    #[test]
    fn a_leaders_late_units_at_excellence_are_left_to_the_competent_level() {
        // QĐ 366 Điều 11, xuất sắc for leaders: the units "hoàn thành 100%" with at least 30 %
        // beyond requirements, no "đúng hạn"; for members: "Hoàn thành 100% các nhiệm vụ được
        // giao, đúng hạn, …". 100 % done, 0 % late, 30 % beyond: nothing to say.
        assert!(leader_conditions(&units(100, 0, 30, 4, 0, None), Level::Excellent).is_empty());
        // 100 % done, 1 % late: a warning quoting both, never an error.
        let f = leader_conditions(&units(100, 1, 30, 4, 0, None), Level::Excellent);
        assert_eq!((rules(&f), f[0].severity), (vec![Rule::LeaderUnits], Severity::Warning));
        assert!(f[0].message.contains(LEADER_EXCELLENT_ON_TIME), "{}", f[0].message);
        assert!(f[0].message.contains("cấp có thẩm quyền quyết định"), "{}", f[0].message);
        // 99 % done is not 100 %: an error, and the lateness is not said again.
        let f = leader_conditions(&units(99, 1, 30, 4, 0, None), Level::Excellent);
        assert_eq!(f.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Error]);
        assert!(!f[0].message.contains("đúng hạn"), "{}", f[0].message);
        // 29 % beyond requirements is under 30 %: still an error beside the warning.
        let mut f = leader_conditions(&units(100, 1, 29, 4, 0, None), Level::Excellent);
        crate::finding::worst_first(&mut f);
        assert_eq!(f.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Error, Severity::Warning]);
        // Hoàn thành tốt nhiệm vụ for leaders does say "đúng hạn": 1 % late stays an error.
        assert_eq!(leader_conditions(&units(100, 1, 0, 4, 0, None), Level::Good)[0].severity, Severity::Error);
        // The ceiling: the warning does not rule xuất sắc out.
        let a = leader(Level::Excellent, "95", tasks(10, 10, 0, 0, 3), units(100, 1, 30, 4, 0, None));
        assert_eq!(highest_allowed(&a), Some(Ceiling::Level(Level::Excellent)));
        assert_eq!(check(&a).iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Warning]);
        // Late units over 20 % at Hoàn thành nhiệm vụ remain a gap ("không vượt quá 20%").
        let gap = leader(Level::Completed, "60", tasks(10, 10, 0, 0, 0), units(100, 21, 0, 4, 0, None));
        assert_eq!(highest_allowed(&gap), Some(Ceiling::CompetentLevel));
        let twenty = leader(Level::Completed, "60", tasks(10, 10, 0, 0, 0), units(100, 20, 0, 4, 0, None));
        assert_eq!(highest_allowed(&twenty), Some(Ceiling::Level(Level::Completed)));
    }

    #[test]
    fn a_leader_with_over_half_of_their_tasks_undone_is_left_to_the_competent_level() {
        // QĐ 366 Điều 11 khoản 4: "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn
        // thành." is listed for members with no leading post only.
        let u = units(100, 0, 0, 4, 0, None);
        // 6/10 undone = 60 %, over half: one warning, not the gap warning too.
        let a = leader(Level::Completed, "60", tasks(10, 4, 0, 6, 0), u);
        let f = check(&a);
        assert_eq!((rules(&f), f[0].severity), (vec![Rule::OverHalfNotDone], Severity::Warning));
        assert!(
            f[0].message.contains("\"Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành.\""),
            "{}",
            f[0].message
        );
        assert!(f[0].message.contains("cấp có thẩm quyền quyết định"), "{}", f[0].message);
        assert_eq!(highest_allowed(&a), Some(Ceiling::CompetentLevel));
        // 5/10 = exactly half is not "trên 50%": only the gap of Hoàn thành nhiệm vụ.
        let half = leader(Level::Completed, "60", tasks(10, 5, 0, 5, 0), u);
        assert_eq!(rules(&check(&half)), vec![Rule::CompletedConditions]);
        assert_eq!(highest_allowed(&half), Some(Ceiling::CompetentLevel));
        // Proposed at tốt: the condition of tốt is certain (an error), the 60 % is not.
        let good = leader(Level::Good, "80", tasks(10, 4, 0, 6, 0), u);
        assert_eq!(
            check(&good).iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>(),
            vec![(Rule::GoodConditions, Severity::Error), (Rule::OverHalfNotDone, Severity::Warning)]
        );
        // A member of Mẫu 2B with the same counts: Không hoàn thành nhiệm vụ, an error.
        let member = Assessment { leader: false, units: None, ..a };
        assert_eq!(check(&member).iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Error]);
        assert_eq!(highest_allowed(&member), Some(Ceiling::Level(Level::NotCompleted)));
    }

    #[test]
    fn over_half_undone_is_said_once_for_a_member() {
        // QĐ 366 Điều 11 khoản 4: "Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn
        // thành." 6/10 is over half: that finding alone, whatever the level proposed.
        for (level, total) in [(Level::Completed, "60"), (Level::Good, "80"), (Level::Excellent, "95")] {
            let a = Assessment {
                total: Some(pts(total)),
                proposed: Some(level),
                tasks: Some(tasks(10, 4, 0, 6, 0)),
                ..Assessment::default()
            };
            let f = check(&a);
            assert_eq!(rules(&f), vec![Rule::OverHalfNotDone], "{level:?}");
            assert!(!f[0].message.contains(LEFT_TO_COMPETENT_LEVEL), "{}", f[0].message);
        }
        // 5/10 is exactly half, not over it: the gap of Hoàn thành nhiệm vụ alone.
        let half = Assessment {
            total: Some(pts("60")),
            proposed: Some(Level::Completed),
            tasks: Some(tasks(10, 5, 0, 5, 0)),
            ..Assessment::default()
        };
        assert_eq!(
            check(&half).iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>(),
            vec![(Rule::CompletedConditions, Severity::Warning)]
        );
        // 2/3 undone (66,7 %) is over half; 1/2 (50 %) is not.
        let odd = Assessment { tasks: Some(tasks(3, 1, 0, 2, 0)), ..half.clone() };
        assert_eq!(rules(&check(&odd)), vec![Rule::OverHalfNotDone]);
        let even = Assessment { tasks: Some(tasks(2, 1, 0, 1, 0)), ..half };
        assert_eq!(rules(&check(&even)), vec![Rule::CompletedConditions]);
    }

    #[test]
    fn highest_allowed_walks_down_the_levels() {
        let base = Assessment {
            total: Some(pts("92")),
            proposed: None,
            tasks: Some(tasks(10, 10, 0, 0, 1)),
            ..Assessment::default()
        };
        assert_eq!(highest_allowed(&base), Some(Ceiling::Level(Level::Good)));
        let late = Assessment { tasks: Some(tasks(10, 8, 2, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&late), Some(Ceiling::Level(Level::Completed)));
        // Gaps of the text, at each boundary: the competent level decides.
        let very_late = Assessment { tasks: Some(tasks(10, 7, 3, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&very_late), Some(Ceiling::CompetentLevel));
        let just_over_20 = Assessment { tasks: Some(tasks(100, 79, 21, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&just_over_20), Some(Ceiling::CompetentLevel));
        let exactly_20 = Assessment { tasks: Some(tasks(100, 80, 20, 0, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&exactly_20), Some(Ceiling::Level(Level::Completed)));
        let one_undone = Assessment { tasks: Some(tasks(10, 9, 0, 1, 5)), ..base.clone() };
        assert_eq!(highest_allowed(&one_undone), Some(Ceiling::CompetentLevel));
        let half_undone = Assessment { tasks: Some(tasks(10, 5, 0, 5, 0)), ..base.clone() };
        assert_eq!(highest_allowed(&half_undone), Some(Ceiling::CompetentLevel), "exactly 50 % is not over half");
        let over_half = Assessment { tasks: Some(tasks(10, 4, 0, 6, 0)), ..base.clone() };
        assert_eq!(highest_allowed(&over_half), Some(Ceiling::Level(Level::NotCompleted)));
        let fifty = Assessment { total: Some(pts("50")), tasks: Some(tasks(10, 9, 0, 1, 0)), ..base.clone() };
        assert_eq!(highest_allowed(&fifty), Some(Ceiling::CompetentLevel));
        let low = Assessment { total: Some(pts("49,9")), ..base.clone() };
        assert_eq!(highest_allowed(&low), Some(Ceiling::Level(Level::NotCompleted)));
        let disciplined = Assessment { conduct: Conduct { disciplined: true, ..Conduct::default() }, ..base };
        assert_eq!(highest_allowed(&disciplined), Some(Ceiling::Level(Level::NotCompleted)));
    }

    /// QĐ 366 Điều 11 khoản 4, the leaders' cases: missing the 5 basic socio-economic
    /// targets, and corruption, waste or negativity disciplined within their remit, make the
    /// level Không hoàn thành nhiệm vụ; a leader who states they handled the case themselves
    /// is left to the competent level (a warning); an unanswered question is no case.
    #[test]
    fn a_leaders_remit_missed_targets_or_corruption_fail_and_self_handling_is_left_to_the_competent_level() {
        let sev = |r: Remit, l: Level| leader_remit(&r, l).iter().map(|f| f.severity).collect::<Vec<_>>();
        assert!(sev(Remit::default(), Level::Excellent).is_empty());
        assert_eq!(sev(Remit { targets_missed: true, ..Remit::default() }, Level::Good), vec![Severity::Error]);
        assert_eq!(sev(Remit { corruption: true, ..Remit::default() }, Level::Completed), vec![Severity::Error]);
        let handled = Remit { corruption: true, corruption_self_handled: true, ..Remit::default() };
        assert_eq!(sev(handled, Level::Good), vec![Severity::Warning]);
        assert!(!handled.fails() && Remit { targets_missed: true, ..handled }.fails());
        assert!(
            sev(Remit { targets_missed: true, corruption: true, ..Remit::default() }, Level::NotCompleted).is_empty()
        );
    }
}
