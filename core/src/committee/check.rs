//! The committee's view of all its cells at once: the final level of every member and cell
//! (the committee's decision, or else the cell's proposal), the totals per level, and the
//! rules checked at the committee's scope: the cap of QĐ 366 Điều 11 for each comparison
//! group under both readings of its denominator (domain README §6.1), the order of Điều 12
//! khoản 2 (members before their cell), and the cases only the competent level decides.
//!
//! Everything here works on [`CellEntry`] rows, never on reviews, so that re-checking 3,986
//! members after one change of decision takes a few milliseconds.

use std::collections::BTreeMap;

use super::entry::{CellEntry, MemberRow};
use super::model::{CellDecision, CommitteeProfile};
use crate::cell::checks::{Cap, LEADERS, OTHERS};
use crate::cell::model::CellType;
use crate::cell::summary::PerLevel;
use crate::decision::CommitteeLevel;
use crate::finding::{Finding, Rule, Severity};
use crate::ids::WorkspaceId;
use crate::level::Level;

/// Every member of the committee as one comparison group.
pub const ALL_MEMBERS: &str = "Toàn bộ đảng viên của đảng bộ";
/// The cells, as organisations (tập thể), a comparison group of their own.
pub const CELLS: &str = "Các chi bộ (tập thể)";

/// The final level of a member: the committee's decision, or the cell's proposal.
pub fn final_level(row: &MemberRow, decision: Option<&CellDecision>) -> Option<Level> {
    decision.and_then(|d| d.members.get(&row.id).copied()).or(row.proposed)
}

/// The final level of a cell as an organisation: the committee's decision, or the level
/// the cell proposed in its Mẫu 01.
pub fn cell_final(entry: &CellEntry, decision: Option<&CellDecision>) -> Option<Level> {
    decision.and_then(|d| d.cell_level).or(entry.collective_level)
}

fn index(level: Level) -> usize {
    Level::ALL.iter().position(|l| *l == level).unwrap_or(3)
}

/// The figures of one cell, or of the whole committee, after the committee's decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// Members on the rosters.
    pub members: u32,
    /// Members not reviewed this year.
    pub exempt: u32,
    /// Members to classify.
    pub to_classify: u32,
    /// Members to classify whose review came in.
    pub submitted: u32,
    /// Final levels: HTXSNV, HTTNV, HTNV, KHTNV.
    pub levels: PerLevel,
    /// Members to classify with no level yet (neither proposed by the cell nor decided).
    pub unclassified: u32,
    /// Members whose cell vote did not reach the cell's threshold.
    pub votes_below: u32,
    /// Members whose final level the committee changed from the cell's proposal.
    pub changed: u32,
}

impl Totals {
    /// The figures of one cell.
    pub fn of(entry: &CellEntry, decision: Option<&CellDecision>) -> Totals {
        let mut t = Totals::default();
        for row in &entry.members {
            t.add(row, decision);
        }
        t
    }

    fn add(&mut self, row: &MemberRow, decision: Option<&CellDecision>) {
        self.members += 1;
        if !row.to_classify() {
            self.exempt += 1;
            return;
        }
        self.to_classify += 1;
        self.submitted += u32::from(row.review.is_some());
        self.votes_below += u32::from(row.votes_below);
        let level = final_level(row, decision);
        self.changed += u32::from(level != row.proposed);
        match level {
            Some(l) => self.levels[index(l)] += 1,
            None => self.unclassified += 1,
        }
    }

    /// The sum of two totals.
    pub fn plus(mut self, other: &Totals) -> Totals {
        self.members += other.members;
        self.exempt += other.exempt;
        self.to_classify += other.to_classify;
        self.submitted += other.submitted;
        for (a, b) in self.levels.iter_mut().zip(other.levels) {
            *a += b;
        }
        self.unclassified += other.unclassified;
        self.votes_below += other.votes_below;
        self.changed += other.changed;
        self
    }
}

/// One comparison group at the committee's scope, with its cap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCap {
    /// The group's name.
    pub name: &'static str,
    /// How many members (or cells) it counts.
    pub count: u32,
    /// The cap for its final levels.
    pub cap: Cap,
}

/// A finding at the committee's scope: about the committee, a cell, or a member of a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitteeFinding {
    /// The cell it is about, if any.
    pub cell: Option<WorkspaceId>,
    /// What it says ([`Finding::member`] names the member, if any).
    pub finding: Finding,
}

/// Everything the overview and the decision screens show: see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// The figures of each cell, in the order of the entries given.
    pub cells: Vec<Totals>,
    /// The figures of the whole committee.
    pub totals: Totals,
    /// Final levels of the cells as organisations: HTXSNV, HTTNV, HTNV, KHTNV.
    pub cell_levels: PerLevel,
    /// Cells without a final level yet.
    pub cells_unclassified: u32,
    /// The cap of each comparison group of members, then of the cells.
    pub caps: Vec<GroupCap>,
    /// Every finding, worst first.
    pub findings: Vec<CommitteeFinding>,
}

/// A name cut to what a sentence can hold (a name beyond the form may be thousands of
/// characters long).
fn short(name: &str) -> String {
    const SHOWN: usize = 60;
    if name.chars().count() <= SHOWN {
        name.to_owned()
    } else {
        format!("{}…", name.chars().take(SHOWN).collect::<String>())
    }
}

fn finding(cell: Option<&WorkspaceId>, rule: Rule, severity: Severity, message: String) -> CommitteeFinding {
    CommitteeFinding { cell: cell.cloned(), finding: Finding::new(rule, severity, message) }
}

/// The committee's overview of `entries` under `decisions` (by cell).
pub fn overview(
    profile: &CommitteeProfile,
    entries: &[CellEntry],
    decisions: &BTreeMap<WorkspaceId, CellDecision>,
) -> Overview {
    let percent = profile.percent();
    let groups: &[&'static str] = if profile.separate_leaders { &[LEADERS, OTHERS] } else { &[ALL_MEMBERS] };
    // (excellent, good, members) per group.
    let mut counts = vec![(0u32, 0u32, 0u32); groups.len()];
    let mut cells = Vec::with_capacity(entries.len());
    let mut totals = Totals::default();
    let mut cell_levels = PerLevel::default();
    let mut cells_unclassified = 0;
    let mut findings = Vec::new();

    for entry in entries {
        let decision = decisions.get(&entry.cell);
        let t = Totals::of(entry, decision);
        totals = totals.plus(&t);
        for row in entry.members.iter().filter(|r| r.to_classify()) {
            let g = usize::from(profile.separate_leaders && !row.leader);
            let level = final_level(row, decision);
            if let Some(c) = counts.get_mut(g) {
                c.0 += u32::from(level == Some(Level::Excellent));
                c.1 += u32::from(level == Some(Level::Good));
                c.2 += 1;
            }
            member_findings(entry, row, level, &mut findings);
        }
        let cell_level = cell_final(entry, decision);
        match cell_level {
            Some(l) => cell_levels[index(l)] += 1,
            None => cells_unclassified += 1,
        }
        cell_findings(profile, entry, &t, cell_level, decision.and_then(|d| d.cell_level).is_some(), &mut findings);
        cells.push(t);
    }

    let mut caps: Vec<GroupCap> = groups
        .iter()
        .zip(&counts)
        .map(|(&name, &(excellent, good, count))| GroupCap { name, count, cap: Cap::new(excellent, good, percent) })
        .collect();
    caps.push(GroupCap {
        name: CELLS,
        count: entries.len() as u32,
        cap: Cap::new(cell_levels[0], cell_levels[1], percent),
    });
    for g in &caps {
        let who = if g.name == CELLS { "chi bộ" } else { "đồng chí" };
        let (cap, name) = (g.cap, g.name);
        if let Some(over) = cap.over_words() {
            let end = if cap.over_both() {
                "Hãy xem lại các mức xếp loại của nhóm này."
            } else {
                "Văn bản chưa nói rõ cách đếm; đảng ủy quyết định cách hiểu."
            };
            findings.push(finding(None, Rule::ExcellentCap, Severity::Warning, format!(
                "Nhóm \"{name}\": {} {who} được xếp loại Hoàn thành xuất sắc nhiệm vụ ({percent}\u{a0}%): {over}. {end}",
                cap.excellent
            )));
        }
    }
    if profile.raised {
        findings.push(finding(None, Rule::ExcellentCap, Severity::Note, "Đang tính với tỉ lệ 25\u{a0}%: tỉ lệ này chỉ áp dụng khi cấp có thẩm quyền quyết định cho tổ chức, cơ quan, đơn vị có thành tích xuất sắc, nổi trội (Quy định 366-QĐ/TW, Điều 11).".into()));
    }
    crate::order::sort_by_key(&mut findings, |f| std::cmp::Reverse(f.finding.severity));
    Overview { cells, totals, cell_levels, cells_unclassified, caps, findings }
}

/// A member's final level against the rules the committee re-checks: the ceiling of Điều
/// 11, and the cases only the competent level decides.
fn member_findings(entry: &CellEntry, row: &MemberRow, level: Option<Level>, out: &mut Vec<CommitteeFinding>) {
    let who = if row.name.is_empty() {
        "Một đảng viên chưa có tên".to_owned()
    } else {
        format!("Đồng chí {}", row.name)
    };
    let cell = entry.title();
    if let (Some(level), Some(ceiling)) = (level, row.ceiling) {
        if level > ceiling {
            out.push(CommitteeFinding {
                cell: Some(entry.cell.clone()),
                finding: Finding::new(Rule::MemberRules, Severity::Error, format!(
                    "{who} ({cell}): mức \"{}\" cao hơn mức điểm và các điều kiện của Quy định 366-QĐ/TW, Điều 11 cho phép (\"{}\"). Hãy xem lại bản kiểm điểm của đồng chí.",
                    level.label(),
                    ceiling.label()
                ))
                .about(&row.id),
            });
        }
    }
    if let (Some(why), Some(_)) = (&row.competent, level) {
        out.push(CommitteeFinding {
            cell: Some(entry.cell.clone()),
            finding: Finding::new(
                Rule::DisciplineOrDegradation,
                Severity::Warning,
                format!("{who} ({cell}): {why}. Đảng ủy xem xét, quyết định mức xếp loại của đồng chí."),
            )
            .about(&row.id),
        });
    }
}

/// A cell's findings: the order rule, who decides its level, an edited bundle.
fn cell_findings(
    profile: &CommitteeProfile,
    entry: &CellEntry,
    t: &Totals,
    cell_level: Option<Level>,
    decided: bool,
    out: &mut Vec<CommitteeFinding>,
) {
    let cell = entry.title();
    let at = Some(&entry.cell);
    if t.unclassified > 0 {
        let severity = if cell_level.is_some() { Severity::Error } else { Severity::Warning };
        out.push(finding(at, Rule::ClassifyMembersFirst, severity, format!(
            "{cell} còn {} đảng viên chưa được xếp loại. Phải xếp loại xong mọi đảng viên trước khi xếp loại chi bộ (Quy định 366-QĐ/TW, Điều 12 khoản 2).",
            t.unclassified
        )));
    }
    if decided && profile.level == CommitteeLevel::Grassroots && entry.cell_type == CellType::Grassroots {
        out.push(finding(at, Rule::ClassifyMembersFirst, Severity::Warning, format!(
            "{cell} là chi bộ cơ sở: Ban Thường vụ đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng quyết định xếp loại chi bộ này (Hướng dẫn 43-HD/BTCTW, Mục 3). Mức đảng ủy ghi chỉ là đề xuất."
        )));
    }
    if entry.edited {
        out.push(finding(at, Rule::MemberRules, Severity::Warning, format!(
            "Gói của {cell} (tệp \"{}\") đã bị sửa sau khi chi bộ xuất: mã kiểm tra không khớp. Hãy đề nghị chi bộ xuất và gửi lại gói.",
            entry.file
        )));
    }
    let changed: Vec<&str> = entry.members.iter().filter(|m| m.changed_file).map(|m| m.name.as_str()).collect();
    if !changed.is_empty() {
        out.push(finding(at, Rule::ChangedFile, Severity::Warning, format!(
            "{cell} đã nhận {} tệp bản kiểm điểm bị sửa sau khi đảng viên xuất (mã kiểm tra không khớp): {}. Hãy hỏi chi bộ đã đối chiếu nội dung với các đồng chí này chưa.",
            changed.len(),
            changed.join(", ")
        )));
    }
    for m in entry.members.iter().filter(|m| !m.beyond_form.is_empty()) {
        out.push(finding(at, Rule::BeyondForm, Severity::Warning, format!(
            "Gói của {cell}: đồng chí {} có chỗ ghi vượt quá mức mẫu cho phép ({}). Tệp ứng dụng xuất không thể có giá trị này; hãy hỏi chi bộ và đề nghị xuất lại.",
            short(&m.name),
            m.beyond_form.join("; ")
        )));
    }
    if entry.unreadable_reviews > 0 {
        out.push(finding(
            at,
            Rule::MissingReview,
            Severity::Warning,
            format!(
                "Gói của {cell} có {} bản kiểm điểm không đọc được. Hãy đề nghị chi bộ kiểm tra và xuất lại gói.",
                entry.unreadable_reviews
            ),
        ));
    }
}
