//! The cell's rules panel: every rule of QĐ 366 and HD 43 the secretary must respect when
//! proposing levels, recomputed from the roster on every change. Most findings are
//! warnings: only the competent level decides (QĐ 366 Điều 12, Bước 3). Domain README §6.
//! The findings are those of a member's review ([`crate::finding`]), most of them about
//! one member of the roster ([`Finding::member`]).

use super::model::{Line, Profile, Status};
use super::summary::Summary;
use crate::document::Document;
use crate::finding::{Finding, Rule, Severity};
use crate::ids::MemberId;
use crate::level::Level;
use crate::review;
use crate::rules;
use crate::templates::review_2025::ids;

/// The cap of QĐ 366 Điều 11 with its computation, under both readings of the text: the
/// number "xếp loại Hoàn thành tốt nhiệm vụ" may or may not include the members promoted
/// to xuất sắc (domain README §6.1, [U]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cap {
    /// 20, or 25 when the competent level granted it.
    pub percent: u32,
    /// Members proposed at Hoàn thành xuất sắc nhiệm vụ in the scope.
    pub excellent: u32,
    /// Members proposed at Hoàn thành tốt nhiệm vụ in the scope.
    pub good: u32,
    /// Reading 1: the cap counted on Hoàn thành tốt only.
    pub cap_good: u32,
    /// Reading 2: the cap counted on Hoàn thành tốt and xuất sắc together.
    pub cap_good_and_excellent: u32,
}

/// ⌊percent × base / 100⌋: the cap is a ceiling, so it rounds down (4 tốt → 0, 5 → 1).
pub fn cap_of(base: u32, percent: u32) -> u32 {
    u32::try_from(u64::from(base) * u64::from(percent) / 100).unwrap_or(u32::MAX)
}

impl Cap {
    /// The cap at `percent` % for these counts of proposals, under both readings.
    pub fn new(excellent: u32, good: u32, percent: u32) -> Cap {
        Cap {
            percent,
            excellent,
            good,
            cap_good: cap_of(good, percent),
            cap_good_and_excellent: cap_of(good + excellent, percent),
        }
    }

    /// Over the cap under the stricter reading (tốt only).
    pub fn over_strict(&self) -> bool {
        self.excellent > self.cap_good
    }

    /// Over the cap under both readings.
    pub fn over_both(&self) -> bool {
        self.excellent > self.cap_good_and_excellent
    }

    /// How the proposals stand against the two readings, in the words of the panel's
    /// "Cách tính 1" and "Cách tính 2", each with its own figure; `None` within both.
    pub fn over_words(&self) -> Option<String> {
        if self.over_both() {
            Some(format!(
                "vượt giới hạn theo cả hai cách tính (cách tính 1: tối đa {}; cách tính 2: tối đa {})",
                self.cap_good, self.cap_good_and_excellent
            ))
        } else if self.over_strict() {
            Some(format!(
                "vượt giới hạn theo cách tính 1 (tối đa {}, chỉ đếm người Hoàn thành tốt nhiệm vụ) nhưng không vượt theo cách tính 2 (tối đa {}, đếm cả người xuất sắc)",
                self.cap_good, self.cap_good_and_excellent
            ))
        } else {
            None
        }
    }

    /// The computation in words, for the panel.
    pub fn explain(&self) -> [String; 2] {
        [
            format!(
                "Cách tính 1 (chỉ đếm người được đề xuất Hoàn thành tốt nhiệm vụ): {}\u{a0}% × {} = {} người được xếp loại xuất sắc (làm tròn xuống).",
                self.percent, self.good, self.cap_good
            ),
            format!(
                "Cách tính 2 (đếm cả người được đề xuất xuất sắc): {}\u{a0}% × ({} + {}) = {} người (làm tròn xuống).",
                self.percent,
                self.good,
                self.excellent,
                self.cap_good_and_excellent
            ),
        ]
    }
}

/// One comparison group of the cap with its figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupCap {
    /// The group's name, as the rules panel shows it.
    pub name: &'static str,
    /// How many members of the roster are in it (those to classify).
    pub members: u32,
    /// The cap for its proposals.
    pub cap: Cap,
}

/// Cán bộ giữ chức vụ lãnh đạo, quản lý: members reviewed on Mẫu 2A, and members with a
/// post in the cell who handed in a paper review or none ([`Line::is_leader`]).
pub const LEADERS: &str = "Cán bộ giữ chức vụ lãnh đạo, quản lý (Mẫu 2A, chi ủy)";
/// Every other member (Mẫu 2B, 2C, or a paper review).
pub const OTHERS: &str = "Đảng viên khác (Mẫu 2B, 2C, bản giấy)";
/// The whole cell (and the wider scope's figures, when set) as one group.
pub const WHOLE: &str = "Cả chi bộ";

/// The cap for the cell's proposals, per comparison group ("theo đối tượng có vị trí, vai
/// trò, chức năng, nhiệm vụ tương đồng", QĐ 366 Điều 11): leaders and the other members
/// apart by default, or the whole cell (with a wider scope's figures) as one.
pub fn caps(lines: &[Line], profile: &Profile) -> Vec<GroupCap> {
    let scope = &profile.cap;
    let percent = if scope.raised { 25 } else { 20 };
    let separate = scope.separate_leaders && !scope.wider;
    let groups: &[&'static str] = if separate { &[LEADERS, OTHERS] } else { &[WHOLE] };
    groups
        .iter()
        .map(|&name| {
            let members: Vec<&Line> = lines.iter().filter(|l| in_group(l, separate, name)).collect();
            let count = |level: Level| members.iter().filter(|l| l.member.proposed == Some(level)).count() as u32;
            let (mut excellent, mut good) = (count(Level::Excellent), count(Level::Good));
            if scope.wider {
                excellent += scope.others_excellent;
                good += scope.others_good;
            }
            GroupCap { name, members: members.len() as u32, cap: Cap::new(excellent, good, percent) }
        })
        .collect()
}

/// "Đồng chí An" inside a sentence: "đồng chí An".
fn who_in_sentence(who: &str) -> String {
    let mut chars = who.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Whether a line counts in the comparison group `name`: everyone to classify, leaders
/// ([`Line::is_leader`]) apart from the others when the groups are `separate`.
fn in_group(l: &Line, separate: bool, name: &str) -> bool {
    !l.status.is_exempt() && (!separate || l.is_leader() == (name == LEADERS))
}

fn finding(rule: Rule, severity: Severity, member: Option<&MemberId>, message: String) -> Finding {
    Finding { rule, severity, member: member.cloned(), message }
}

/// Every finding, worst first, then in roster order; and the cap of each comparison group.
pub fn check(lines: &[Line], profile: &Profile, collective: Option<&Document>) -> (Vec<GroupCap>, Vec<Finding>) {
    let summary = Summary::of(lines, profile);
    let caps = caps(lines, profile);
    let mut out = Vec::new();

    // With several groups, each message names its group.
    let several = caps.iter().filter(|g| g.members > 0).count() > 1;
    let separate = profile.cap.separate_leaders && !profile.cap.wider;
    for g in &caps {
        let (cap, who) = (g.cap, if several { format!("Nhóm \"{}\": chi bộ", g.name) } else { "Chi bộ".to_owned() });
        let Some(over) = cap.over_words() else { continue };
        // The secretary must see whom to look at again: this cell's members proposed at
        // xuất sắc in the group (a wider scope's figures have no names here).
        let names: Vec<&str> = lines
            .iter()
            .filter(|l| in_group(l, separate, g.name) && l.member.proposed == Some(Level::Excellent))
            .map(|l| l.member.name.trim())
            .collect();
        let whom = if names.is_empty() {
            String::new()
        } else if profile.cap.wider {
            format!(" (của chi bộ: {})", names.join(", "))
        } else {
            format!(" ({})", names.join(", "))
        };
        let end = if cap.over_both() {
            "Hãy xem lại; cấp có thẩm quyền sẽ quyết định."
        } else {
            "Văn bản chưa nói rõ cách đếm; cấp có thẩm quyền sẽ quyết định."
        };
        out.push(finding(
            Rule::ExcellentCap,
            Severity::Warning,
            None,
            format!("{who} đề xuất {} đồng chí Hoàn thành xuất sắc nhiệm vụ{whom}: {over}. {end}", cap.excellent),
        ));
    }

    let official_in_roster = lines.iter().filter(|l| !l.member.probationary).count();
    if profile.official_members > 0 && official_in_roster as u32 != profile.official_members {
        out.push(finding(Rule::OfficialCount, Severity::Note, None, format!(
            "Hồ sơ chi bộ ghi {} đảng viên chính thức, còn danh sách có {} người không phải đảng viên dự bị. Ngưỡng biểu quyết được tính trên số ghi trong hồ sơ.",
            profile.official_members, official_in_roster
        )));
    }
    if summary.probationary > 0 {
        out.push(finding(Rule::Probationary, Severity::Note, None, format!(
            "Chi bộ có {} đảng viên dự bị: các đồng chí được kiểm điểm, xếp loại nhưng không biểu quyết; số phiếu chỉ tính đảng viên chính thức.",
            summary.probationary
        )));
    }

    // A set, not a list: a committee-sized roster of 4,000 made this search quadratic.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::with_capacity(lines.len());
    for line in lines {
        let m = line.member;
        let who = if m.name.trim().is_empty() {
            "Một đảng viên chưa có tên".to_owned()
        } else {
            format!("Đồng chí {}", m.name.trim())
        };
        let key = crate::cell::import::name_key(&m.name);
        if !key.is_empty() && !seen.insert(key) {
            out.push(finding(Rule::SameName, Severity::Warning, Some(&m.id), format!(
                "{who} có tên trùng với một người khác trong danh sách. Nếu đây là hai bản của cùng một người, hãy xoá bản cũ."
            )));
        }
        if m.changed_file {
            out.push(finding(Rule::ChangedFile, Severity::Warning, Some(&m.id), format!(
                "Tệp bản kiểm điểm của {} đã bị sửa sau khi xuất khỏi ứng dụng (mã kiểm tra không khớp với nội dung). Hãy đối chiếu nội dung với đồng chí, hoặc đề nghị đồng chí xuất lại tệp từ ứng dụng rồi gửi lại.",
                who_in_sentence(&who)
            )));
        }
        if line.status.is_exempt() {
            if m.proposed.is_some() {
                out.push(finding(Rule::Exempt, Severity::Warning, Some(&m.id), format!(
                    "{who} thuộc diện không kiểm điểm ({}) nhưng đã được đề xuất xếp loại. Hãy bỏ mức đề xuất hoặc sửa trạng thái.",
                    line.status.label().to_lowercase()
                )));
            }
            continue;
        }
        if line.status == Status::Missing && line.self_level.is_none() {
            out.push(finding(
                Rule::MissingReview,
                Severity::Warning,
                Some(&m.id),
                format!(
                "{who} chưa nộp bản kiểm điểm. Hãy nhập tệp của đồng chí, hoặc ghi điểm và mức tự xếp loại từ bản giấy."
            ),
            ));
        }
        facts(line, &who, &mut out);
        pack_used(line, profile, &who, &mut out);
        let Some(level) = m.proposed else { continue };
        member_rules(line, level, &who, &mut out);
        recorded_discipline(line, level, &who, &mut out);
        discipline_timing(line, profile.year, &who, &mut out);
        state_rating(line, level, &who, &mut out);
        votes(line, level, profile, &who, &mut out);
    }

    let unclassified = summary.cell_unclassified;
    if unclassified > 0 {
        let collective_level = collective.and_then(|d| Level::from_code(d.text(ids::PROPOSED_LEVEL)));
        let severity = if collective_level.is_some() { Severity::Error } else { Severity::Note };
        out.push(finding(Rule::ClassifyMembersFirst, severity, None, format!(
            "Còn {unclassified} đảng viên chưa được chi bộ đề xuất xếp loại. Phải xếp loại xong mọi đảng viên trước khi chi bộ tự xếp loại chất lượng của mình (Mẫu 01)."
        )));
    }

    crate::finding::worst_first(&mut out);
    (caps, out)
}

/// Every member the cell knows to be disciplined in the year, for the collective's own
/// review (Mẫu 01): from the member's review, and from the cell's own record of a member
/// (a member with no file, an administrative discipline), as the rules panel reads both.
/// Whether each belongs to the cell's leadership comes from their post; when the roster
/// records no post at all, the app cannot tell ([`rules::Leadership::Unknown`]).
pub fn disciplined_members(lines: &[Line]) -> Vec<rules::DisciplinedMember> {
    let posts_recorded = lines.iter().any(|l| l.member.post.in_leadership());
    lines
        .iter()
        .filter(|l| {
            l.member.discipline.is_some()
                || l.review.is_some_and(|r| crate::codes::Discipline::disciplined(r.text(ids::DISCIPLINE)))
        })
        .map(|l| {
            let m = l.member;
            let name = if m.name.trim().is_empty() { "(chưa có tên)" } else { m.name.trim() };
            let (name, leadership) = if !posts_recorded {
                (name.to_owned(), rules::Leadership::Unknown)
            } else if m.post.in_leadership() {
                (format!("{name} ({})", m.post.label().to_lowercase()), rules::Leadership::Member)
            } else {
                (name.to_owned(), rules::Leadership::NotMember)
            };
            rules::DisciplinedMember { name, leadership }
        })
        .collect()
}

/// HD 43 mục 7.12: members score by the superior committee's pack. With a pack in the
/// profile, a review scored by another pack, or by the two groups alone, is flagged.
fn pack_used(line: &Line, profile: &Profile, who: &str, out: &mut Vec<Finding>) {
    let (Some(pack), Some(review)) = (&profile.pack, line.review) else { return };
    let message = match &review.pack {
        Some(used) if used.sha256 == pack.digest() => return,
        Some(used) => format!(
            "{who} chấm điểm theo bộ tiêu chí khác ({}) với bộ tiêu chí của chi bộ ({}, {}). Hãy gửi đồng chí bộ tiêu chí của chi bộ để chấm lại.",
            used.title(),
            pack.issuer.organisation,
            pack.issuer.number
        ),
        None => format!(
            "{who} chấm hai nhóm tiêu chí, chưa chấm theo bộ tiêu chí của chi bộ ({}, {}). Hãy gửi đồng chí tệp bộ tiêu chí (trang Hồ sơ chi bộ).",
            pack.issuer.organisation, pack.issuer.number
        ),
    };
    out.push(finding(Rule::OtherPack, Severity::Warning, Some(&line.member.id), message));
}

/// What the cell records of a member that matters whatever the level (HD 43 mục 7.5, 7.6;
/// QĐ 366 Điều 3).
fn facts(line: &Line, who: &str, out: &mut Vec<Finding>) {
    let m = line.member;
    if let Some(t) = m.temporary.as_ref().filter(|t| t.comment.trim().is_empty()) {
        let place = if t.cell.trim().is_empty() {
            "chi bộ nơi sinh hoạt tạm thời".to_owned()
        } else {
            t.cell.trim().to_owned()
        };
        let severity = if m.proposed.is_some() { Severity::Error } else { Severity::Warning };
        out.push(finding(Rule::TemporaryCell, severity, Some(&m.id), format!(
            "{who} đang sinh hoạt đảng tạm thời: trước khi xếp loại, chi bộ cần có nhận xét của {place}. Hãy ghi nhận xét đó ở trang của đồng chí."
        )));
    }
    if m.long_leave {
        out.push(finding(Rule::LongLeave, Severity::Note, Some(&m.id), format!(
            "{who} nghỉ ốm từ 3 tháng trở lên hoặc nghỉ thai sản trong năm: kết quả xếp loại căn cứ vào kết quả làm việc thực tế của năm."
        )));
    }
    if m.state_employee && m.state_rating.is_none() {
        out.push(finding(Rule::StateRating, Severity::Warning, Some(&m.id), format!(
            "{who} là cán bộ, công chức, viên chức hoặc người lao động nhưng chưa có kết quả xếp loại của cơ quan, đơn vị. Kết quả đó là cơ sở để xếp loại đảng viên; hãy ghi vào trang của đồng chí."
        )));
    }
}

/// The member's own statement on a discipline of the year, from their review: `None` when
/// the review reports none (or there is no review), else whether they say they "tự giác
/// nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả".
pub fn review_discipline_claim(line: &Line) -> Option<bool> {
    let r = line.review?;
    crate::codes::Discipline::disciplined(r.text(ids::DISCIPLINE))
        .then(|| crate::codes::YesNo::is_yes(r.text(ids::SELF_REMEDIED)))
}

/// The cell's record and the member's review disagree on whether the member admitted and
/// remedied a discipline: both are shown, in one finding ([`recorded_discipline`]).
fn self_remedy_disputed(line: &Line) -> bool {
    match (&line.member.discipline, review_discipline_claim(line)) {
        (Some(d), Some(claim)) => d.self_remedied != claim,
        _ => false,
    }
}

/// The exception of khoản 4, verbatim as the domain README quotes it (§6.2) [C].
const SELF_REMEDY_EXCEPTION: &str = "Trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả thì cấp có thẩm quyền căn cứ vào hoàn cảnh, tính chất, hành vi, mức độ vi phạm, hậu quả, nguyên nhân và các yếu tố liên quan khác để xem xét, đánh giá, xếp loại…";

/// A discipline the cell recorded (QĐ 366 Điều 11 khoản 4): Không hoàn thành nhiệm vụ, or
/// the competent level decides when the member admitted and remedied it. Said once: not
/// again when the member's own review reports the discipline the same way. When the record
/// and the review disagree on the self-remedy, neither is dropped: one warning shows both
/// and leaves the case to the competent level, instead of the member's own finding.
fn recorded_discipline(line: &Line, level: Level, who: &str, out: &mut Vec<Finding>) {
    let Some(d) = &line.member.discipline else { return };
    let claim = review_discipline_claim(line);
    if level == Level::NotCompleted || claim == Some(d.self_remedied) {
        return;
    }
    let what = format!("{} ({})", d.source.label().to_lowercase(), d.form.trim().to_lowercase());
    let not_completed = Level::NotCompleted.label();
    let (severity, message) = if claim.is_some() {
        let both = if d.self_remedied {
            "Hồ sơ chi bộ ghi đồng chí đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, còn bản kiểm điểm của đồng chí ghi không thuộc trường hợp đó"
        } else {
            "Hồ sơ chi bộ không ghi đồng chí tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả, còn bản kiểm điểm của đồng chí ghi đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả"
        };
        (Severity::Warning, format!(
            "{who} bị {what} trong năm. {both}. Hai nguồn không khớp; chi bộ cần làm rõ với đồng chí. Quy định 366-QĐ/TW, Điều 11 khoản 4: \"{SELF_REMEDY_EXCEPTION}\" Cấp có thẩm quyền xem xét, quyết định; nếu không thuộc trường hợp này, mức xếp loại là \"{not_completed}\" (mức chi bộ đề xuất: \"{}\").",
            level.label()
        ))
    } else if d.self_remedied {
        (Severity::Warning, format!(
            "{who} bị {what} trong năm nhưng đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả: mức \"{}\" được giữ để cấp có thẩm quyền xem xét, quyết định; nếu không, mức xếp loại là \"{not_completed}\".",
            level.label()
        ))
    } else {
        (Severity::Error, format!(
            "{who} bị {what} trong năm, nên mức xếp loại là \"{not_completed}\" (trừ trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả)."
        ))
    };
    out.push(finding(Rule::DisciplineOrDegradation, severity, Some(&line.member.id), message));
}

/// QĐ 366 Điều 11, "Một số trường hợp cần lưu ý" [C, in substance: the text is not quoted
/// verbatim in our sources]: a violation at a former unit disciplined at the new one counts
/// against the former unit's results; a violation of an earlier year disciplined this year
/// is assessed at the present time. Neither changes the level by itself: both are shown to
/// the competent level, which decides.
fn discipline_timing(line: &Line, year: i32, who: &str, out: &mut Vec<Finding>) {
    let Some(d) = &line.member.discipline else { return };
    if d.at_former_unit {
        out.push(finding(Rule::DisciplineTiming, Severity::Warning, Some(&line.member.id), format!(
            "{who} bị kỷ luật vì vi phạm xảy ra khi công tác ở cơ quan, đơn vị cũ. Theo Quy định 366-QĐ/TW, Điều 11 (một số trường hợp cần lưu ý), vi phạm ở đơn vị cũ bị kỷ luật ở đơn vị mới thì tính vào kết quả đánh giá, xếp loại của đơn vị cũ; cấp có thẩm quyền xem xét, quyết định."
        )));
    }
    let earlier =
        crate::date::parse_field_date(&d.violation_date).ok().map(|v| chrono::Datelike::year(&v)).filter(|y| *y < year);
    if let Some(y) = earlier {
        out.push(finding(Rule::DisciplineTiming, Severity::Note, Some(&line.member.id), format!(
            "{who} bị kỷ luật trong năm {year} vì vi phạm từ năm {y}. Theo Quy định 366-QĐ/TW, Điều 11 (một số trường hợp cần lưu ý), vi phạm của những năm trước bị xử lý kỷ luật trong năm được xem xét tại thời điểm đánh giá; hình thức kỷ luật quyết định việc sử dụng cán bộ. Cấp có thẩm quyền xem xét, quyết định."
        )));
    }
}

/// QĐ 366 Điều 3: the state rating is the basis of the Party rating; a proposal above it
/// is flagged for the cell to explain.
fn state_rating(line: &Line, level: Level, who: &str, out: &mut Vec<Finding>) {
    let m = line.member;
    if let Some(state) = m.state_rating.filter(|s| m.state_employee && level > *s) {
        out.push(finding(Rule::StateRating, Severity::Warning, Some(&m.id), format!(
            "{who}: mức chi bộ đề xuất \"{}\" cao hơn kết quả xếp loại công chức, viên chức \"{}\", là cơ sở để xếp loại đảng viên. Hãy xem lại hoặc giải trình với cấp có thẩm quyền.",
            level.label(),
            state.label()
        )));
    }
}

/// The rules of Điều 11 applied to the level the cell proposes for one member: the score
/// band, discipline and conclusions, tasks not done, and each level's conditions.
fn member_rules(line: &Line, level: Level, who: &str, out: &mut Vec<Finding>) {
    let member_findings = match line.review {
        Some(doc) => {
            let mut a = review::assessment(doc);
            a.proposed = Some(level);
            let mut f = rules::check(&a);
            // A discipline whose self-remedy the cell's record disputes is said once, with
            // both statements, by `recorded_discipline`; a conclusion of degradation is
            // still the member's finding.
            if self_remedy_disputed(line) && !a.conduct.degradation_concluded {
                f.retain(|f| f.rule != Rule::DisciplineOrDegradation);
            }
            f
        }
        None => line.total.and_then(|t| rules::above_band(t, level)).into_iter().collect(),
    };
    for f in member_findings {
        out.push(finding(
            Rule::MemberRules,
            f.severity,
            Some(&line.member.id),
            format!("{who}, mức chi bộ đề xuất \"{}\": {} ({})", level.label(), f.message, f.rule.citation()),
        ));
    }
}

fn votes(line: &Line, level: Level, profile: &Profile, who: &str, out: &mut Vec<Finding>) {
    let m = line.member;
    let v = &m.votes;
    if !v.recorded() {
        out.push(finding(
            Rule::Votes,
            Severity::Warning,
            Some(&m.id),
            format!("{who}: chưa ghi kết quả biểu quyết cho mức đề xuất \"{}\".", level.label()),
        ));
        return;
    }
    let official = profile.official_members;
    if let Some(present) = v.present {
        if official > 0 && present > official {
            out.push(finding(Rule::Votes, Severity::Error, Some(&m.id), format!(
                "{who}: số đảng viên chính thức có mặt ({present}) nhiều hơn số đảng viên chính thức của chi bộ ({official})."
            )));
        }
        if v.cast() > present {
            out.push(finding(Rule::Probationary, Severity::Error, Some(&m.id), format!(
                "{who}: tổng số phiếu ({}) nhiều hơn số đảng viên chính thức có mặt ({present}). Đảng viên dự bị không biểu quyết; hãy kiểm tra lại số phiếu.",
                v.cast()
            )));
        }
    } else if official > 0 && v.cast() > official {
        out.push(finding(Rule::Probationary, Severity::Error, Some(&m.id), format!(
            "{who}: tổng số phiếu ({}) nhiều hơn số đảng viên chính thức của chi bộ ({official}). Đảng viên dự bị không biểu quyết.",
            v.cast()
        )));
    }
    if official == 0 {
        out.push(finding(
            Rule::Votes,
            Severity::Warning,
            Some(&m.id),
            format!("{who}: chưa kiểm tra được ngưỡng biểu quyết vì hồ sơ chi bộ chưa ghi số đảng viên chính thức."),
        ));
        return;
    }
    let threshold = profile.threshold_for(level);
    let needed = threshold.needed(official);
    let yes = v.yes.unwrap_or(0);
    if yes < needed {
        out.push(finding(Rule::Votes, Severity::Warning, Some(&m.id), format!(
            "{who}: {yes} phiếu tán thành mức \"{}\", chưa đạt ngưỡng {needed}/{official} ({}). Ngưỡng này do chi bộ đặt trong hồ sơ; quy định hiện hành chưa được tìm thấy.",
            level.label(),
            threshold.label().to_lowercase()
        )));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_rounds_down_on_the_good_count() {
        // Hand-computed: ⌊20% × n⌋.
        assert_eq!(cap_of(0, 20), 0);
        assert_eq!(cap_of(4, 20), 0);
        assert_eq!(cap_of(5, 20), 1);
        assert_eq!(cap_of(9, 20), 1);
        assert_eq!(cap_of(10, 20), 2);
        assert_eq!(cap_of(14, 20), 2);
        // 25 % when the competent level grants it.
        assert_eq!(cap_of(3, 25), 0);
        assert_eq!(cap_of(4, 25), 1);
        assert_eq!(cap_of(7, 25), 1);
        assert_eq!(cap_of(8, 25), 2);
    }

    #[test]
    fn both_readings_of_the_cap() {
        // 4 tốt, 1 xuất sắc: reading 1 caps at ⌊0.8⌋ = 0 (over), reading 2 at ⌊1.0⌋ = 1 (not over).
        let c = Cap::new(1, 4, 20);
        assert_eq!((c.cap_good, c.cap_good_and_excellent), (0, 1));
        assert!(c.over_strict() && !c.over_both());
        // 5 tốt, 1 xuất sắc: within both.
        let c = Cap::new(1, 5, 20);
        assert!(!c.over_strict() && !c.over_both());
        // 0 tốt, 1 xuất sắc: over both.
        let c = Cap::new(1, 0, 20);
        assert!(c.over_strict() && c.over_both());
        // Nobody excellent is never over.
        assert!(!Cap::new(0, 0, 20).over_strict());
    }
}
