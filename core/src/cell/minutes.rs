//! Biên bản hội nghị kiểm điểm: the meeting as the cell records it (time, place, who chairs
//! and who takes the minutes, attendance), the checks before the minutes are final, and the
//! printed minutes (issue 33).
//!
//! No central template exists: "Hiện nay chưa có quy định cụ thể về mẫu biên bản họp kiểm
//! điểm đảng viên cuối năm 2025" (domain README §5.3 [C: S47]). The layout follows the
//! typical content listed there [P]: time, place, attendance with the absent named, the
//! purpose, each member's review, comments, the conclusion and the classification. Every
//! sentence the app writes may be replaced by the secretary's own ([`Meeting::edited`]).
//! The meeting's date is the profile's (`meeting_on`), which dates every printed document.
//! Only official members vote; probationary members attend without voting (§1.1 [C]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::meeting::order;
use super::model::{Line, Votes, Workspace};
use super::summary::Summary;
use crate::document::Document;
use crate::ids::MemberId;
use crate::level::Level;

/// The meeting, as recorded before and during it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Giờ bắt đầu, "14 giờ 00" or "14:00".
    #[serde(default)]
    pub start: String,
    /// Giờ kết thúc.
    #[serde(default)]
    pub end: String,
    /// Địa điểm.
    #[serde(default)]
    pub place: String,
    /// Chủ trì: name and post.
    #[serde(default)]
    pub chair: String,
    /// Thư ký: name.
    #[serde(default)]
    pub secretary: String,
    /// Đại diện cấp ủy cấp trên dự, if any: name and post.
    #[serde(default)]
    pub committee_rep: String,
    /// Members absent, each with the reason.
    #[serde(default)]
    pub absent: Vec<Absence>,
    /// Ý kiến thảo luận về bản kiểm điểm của chi bộ, in brief.
    #[serde(default)]
    pub collective_discussion: String,
    /// The vote on the cell's own review and proposed level.
    #[serde(default)]
    pub collective_votes: Votes,
    /// The secretary's own wording of a generated paragraph, by [`Part`] key.
    #[serde(default)]
    pub edited: BTreeMap<String, String>,
}

/// A member absent from the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Absence {
    /// Who.
    pub member: MemberId,
    /// Lý do vắng mặt.
    #[serde(default)]
    pub reason: String,
}

impl Meeting {
    /// Whether `member` is recorded absent.
    pub fn is_absent(&self, member: &MemberId) -> bool {
        self.absent.iter().any(|a| a.member == *member)
    }

    /// The reason `member` is absent, if recorded absent.
    pub fn reason(&self, member: &MemberId) -> Option<&str> {
        self.absent.iter().find(|a| a.member == *member).map(|a| a.reason.as_str())
    }

    /// Records `member` present or absent (keeping a reason already given).
    pub fn set_absent(&mut self, member: &MemberId, absent: bool) {
        if absent && !self.is_absent(member) {
            self.absent.push(Absence { member: member.clone(), reason: String::new() });
        } else if !absent {
            self.absent.retain(|a| a.member != *member);
        }
    }

    /// Records why `member` is absent (and so that they are).
    pub fn set_reason(&mut self, member: &MemberId, reason: String) {
        self.set_absent(member, true);
        if let Some(a) = self.absent.iter_mut().find(|a| a.member == *member) {
            a.reason = reason;
        }
    }

    /// The text of a generated paragraph: the secretary's wording, or `generated`.
    pub fn text(&self, part: Part, generated: String) -> String {
        self.edited.get(part.key()).filter(|t| !t.trim().is_empty()).cloned().unwrap_or(generated)
    }
}

/// The paragraphs of the minutes the app writes and the secretary may reword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "Thời gian, địa điểm".
    TimePlace,
    /// "Thành phần", with the counts and the absent named.
    Attendance,
    /// "Mục đích".
    Purpose,
    /// "Kết luận".
    Conclusion,
}

impl Part {
    /// Every part, in the minutes' order.
    pub const ALL: [Part; 4] = [Part::TimePlace, Part::Attendance, Part::Purpose, Part::Conclusion];

    /// Where its wording is kept in [`Meeting::edited`].
    pub fn key(self) -> &'static str {
        match self {
            Part::TimePlace => "time_place",
            Part::Attendance => "attendance",
            Part::Purpose => "purpose",
            Part::Conclusion => "conclusion",
        }
    }

    /// Its heading on the page and in print.
    pub fn heading(self) -> &'static str {
        match self {
            Part::TimePlace => "Thời gian, địa điểm",
            Part::Attendance => "Thành phần tham dự",
            Part::Purpose => "Mục đích, yêu cầu",
            Part::Conclusion => "Kết luận của hội nghị",
        }
    }
}

/// Who attended, counted from the roster and the absences recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attendance {
    /// Official members summoned (exempt members not counted).
    pub official: u32,
    /// Official members present: the voters.
    pub official_present: u32,
    /// Probationary members summoned.
    pub probationary: u32,
    /// Probationary members present (they do not vote).
    pub probationary_present: u32,
    /// The absent: (name, reason, probationary).
    pub absent: Vec<(String, String, bool)>,
    /// Members exempt from the review (QĐ 366 Điều 5), listed apart.
    pub exempt: Vec<String>,
}

impl Attendance {
    /// Counts the attendance of `lines` (the roster) with `meeting`'s absences.
    pub fn of(lines: &[Line], meeting: &Meeting) -> Attendance {
        let mut a = Attendance::default();
        for l in lines {
            let m = l.member;
            if l.status.is_exempt() && m.exemption.is_some() {
                a.exempt.push(m.name.clone());
                continue;
            }
            let absent = meeting.reason(&m.id);
            match (m.probationary, absent.is_some()) {
                (false, present) => {
                    a.official += 1;
                    a.official_present += u32::from(!present);
                }
                (true, present) => {
                    a.probationary += 1;
                    a.probationary_present += u32::from(!present);
                }
            }
            if let Some(reason) = absent {
                a.absent.push((m.name.clone(), reason.to_owned(), m.probationary));
            }
        }
        a
    }

    /// The counts in a sentence, as the page shows them while the secretary marks absences.
    pub fn in_words(&self) -> String {
        format!(
            "Triệu tập {} đồng chí: {} chính thức, {} dự bị. Có mặt {} ({} chính thức, {} dự bị); vắng {}. Số có mặt khi biểu quyết: {} (chỉ đảng viên chính thức biểu quyết).",
            self.summoned(),
            self.official,
            self.probationary,
            self.present(),
            self.official_present,
            self.probationary_present,
            self.absent.len(),
            self.official_present
        )
    }

    /// Everyone summoned.
    pub fn summoned(&self) -> u32 {
        self.official + self.probationary
    }

    /// Everyone present.
    pub fn present(&self) -> u32 {
        self.official_present + self.probationary_present
    }
}

/// One thing to settle before the minutes are final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The member it is about (the meeting view links to them); `None`: the meeting's own.
    pub member: Option<MemberId>,
    /// What is wrong and what to do, in Vietnamese.
    pub text: String,
}

fn problem(member: Option<&MemberId>, text: String) -> Problem {
    Problem { member: member.cloned(), text }
}

/// What keeps the minutes from being final (issue 33, item 3): the meeting's own record,
/// the collective's review, then each member in the meeting's order.
pub fn problems(ws: &Workspace, lines: &[Line], collective: Option<&Document>) -> Vec<Problem> {
    let meeting = &ws.meeting.clone().unwrap_or_default();
    let att = Attendance::of(lines, meeting);
    let mut out = Vec::new();
    if ws.profile.meeting_on.trim().is_empty() {
        out.push(problem(None, "Chưa ghi ngày họp.".into()));
    }
    if meeting.chair.trim().is_empty() || meeting.secretary.trim().is_empty() {
        out.push(problem(None, "Chưa ghi người chủ trì và thư ký hội nghị.".into()));
    }
    for (name, _, _) in att.absent.iter().filter(|(_, r, _)| r.trim().is_empty()) {
        out.push(problem(None, format!("Chưa ghi lý do vắng mặt của đồng chí {name}.")));
    }
    if collective.is_none() {
        out.push(problem(None, "Chưa có báo cáo kiểm điểm của chi bộ (Mẫu 01).".into()));
    } else if !meeting.collective_votes.recorded() {
        out.push(problem(None, "Chưa ghi kết quả biểu quyết về bản kiểm điểm của chi bộ.".into()));
    }
    if let Some(p) = vote_problem(&meeting.collective_votes, &att) {
        out.push(problem(None, format!("Biểu quyết về bản kiểm điểm của chi bộ: {p}")));
    }
    for i in order(lines) {
        let l = &lines[i];
        let (m, name) = (l.member, &l.member.name);
        let reviewed = l.review.is_some() || l.total.is_some() || l.self_level.is_some();
        if !reviewed {
            continue;
        }
        if m.proposed.is_none() {
            out.push(problem(Some(&m.id), format!("Đồng chí {name} đã kiểm điểm nhưng chưa có mức chi bộ đề xuất.")));
        } else if !m.votes.recorded() {
            out.push(problem(Some(&m.id), format!("Đồng chí {name}: chưa ghi kết quả biểu quyết.")));
        }
        if let Some(p) = vote_problem(&m.votes, &att) {
            out.push(problem(Some(&m.id), format!("Đồng chí {name}: {p}")));
        }
    }
    out
}

/// What does not add up in one vote, against the attendance.
fn vote_problem(v: &Votes, att: &Attendance) -> Option<String> {
    let present = v.present?;
    if v.cast() > present {
        return Some(format!(
            "tán thành, không tán thành và không biểu quyết cộng lại là {}, nhiều hơn {present} đảng viên chính thức có mặt. Hãy sửa lại số phiếu.",
            v.cast()
        ));
    }
    if present > att.official {
        return Some(format!(
            "số có mặt khi biểu quyết ({present}) nhiều hơn số đảng viên chính thức của chi bộ ({}).",
            att.official
        ));
    }
    if present > att.official_present {
        return Some(format!(
            "số có mặt khi biểu quyết ({present}) nhiều hơn số đảng viên chính thức có mặt theo điểm danh ({}); đảng viên dự bị không biểu quyết.",
            att.official_present
        ));
    }
    None
}

/// Records the official members present (from the attendance) as the number present in
/// `member`'s vote, once the cell has started recording that vote (a proposal, a method or a
/// count) without one: the number is kept in the member's record, not only shown.
pub fn fill_present(ws: &mut Workspace, member: &MemberId) {
    let Some(meeting) = &ws.meeting else { return };
    let present =
        ws.members.iter().filter(|m| !m.probationary && m.exemption.is_none() && !meeting.is_absent(&m.id)).count();
    let present = u32::try_from(present).unwrap_or(u32::MAX);
    if let Some(m) = ws.member_mut(member) {
        let started = m.proposed.is_some() || m.votes.method.is_some() || m.votes.recorded();
        if started && m.votes.present.is_none() {
            m.votes.present = Some(present);
        }
    }
}

/// The number present a vote takes when none was typed: the official members present.
pub fn default_present(lines: &[Line], meeting: &Meeting) -> u32 {
    Attendance::of(lines, meeting).official_present
}

/// The text, or "…" where nothing was written.
pub fn or_dots(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        "…".to_owned()
    } else {
        t.to_owned()
    }
}

/// One vote in words: "Giơ tay: 8/8 tán thành, 0 không tán thành, 0 không biểu quyết".
pub fn vote_line(v: &Votes) -> String {
    if !v.recorded() {
        return "chưa ghi kết quả biểu quyết".to_owned();
    }
    let method = v.method.map_or("Biểu quyết", |m| m.label());
    let present = v.present.map_or("…".to_owned(), |p| p.to_string());
    format!(
        "{method}: {}/{present} tán thành, {} không tán thành, {} không biểu quyết",
        v.yes.unwrap_or(0),
        v.no.unwrap_or(0),
        v.abstain.unwrap_or(0)
    )
}

/// The paragraph the app writes for `part`.
pub fn generated(part: Part, ws: &Workspace, lines: &[Line]) -> String {
    let meeting = ws.meeting.clone().unwrap_or_default();
    match part {
        Part::TimePlace => format!(
            "Vào lúc {}, ngày {}, tại {}, {} tổ chức hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {}.",
            or_dots(&meeting.start),
            or_dots(&ws.profile.meeting_on),
            or_dots(&meeting.place),
            or_dots(&ws.profile.cell),
            ws.profile.year
        ),
        Part::Attendance => {
            let a = Attendance::of(lines, &meeting);
            let mut text = format!(
                "Tổng số đảng viên được triệu tập: {}, trong đó {} đảng viên chính thức và {} đảng viên dự bị. Có mặt: {} ({} chính thức, {} dự bị). Vắng mặt: {}.",
                a.summoned(),
                a.official,
                a.probationary,
                a.present(),
                a.official_present,
                a.probationary_present,
                a.absent.len()
            );
            for (name, reason, probationary) in &a.absent {
                let kind = if *probationary { " (dự bị)" } else { "" };
                text.push_str(&format!(" Đồng chí {name}{kind} vắng mặt, lý do: {}.", or_dots(reason)));
            }
            if !a.exempt.is_empty() {
                text.push_str(&format!(" Không phải kiểm điểm: {}.", a.exempt.join(", ")));
            }
            if !meeting.committee_rep.trim().is_empty() {
                text.push_str(&format!(" Đại diện cấp ủy cấp trên dự: {}.", meeting.committee_rep.trim()));
            }
            text.push_str(&format!(
                " Chủ trì: {}. Thư ký: {}.",
                or_dots(&meeting.chair),
                or_dots(&meeting.secretary)
            ));
            text
        }
        Part::Purpose => "Kiểm điểm, đánh giá, xếp loại chất lượng tập thể chi bộ và từng đảng viên theo Quy định số 366-QĐ/TW và Hướng dẫn số 43-HD/BTCTW; làm rõ ưu điểm, hạn chế, khuyết điểm, nguyên nhân và đề ra biện pháp khắc phục.".to_owned(),
        Part::Conclusion => {
            let s = Summary::of(lines, &ws.profile);
            let counts: Vec<String> = Level::ALL
                .iter()
                .enumerate()
                .map(|(i, l)| format!("{}: {}", l.label(), s.cell_proposed[i]))
                .collect();
            format!(
                "Hội nghị đã kiểm điểm {} đảng viên. Chi bộ đề xuất: {}. Chưa đề xuất: {}. Kết quả được gửi đảng ủy cấp trên xem xét, quyết định.",
                s.to_classify,
                counts.join("; "),
                s.cell_unclassified
            )
        }
    }
}

/// Said in the print toolbar's list of unconfirmed texts.
pub const UNCONFIRMED: &str =
    "Biên bản hội nghị: chưa có mẫu biên bản do Trung ương ban hành (\"chưa có quy định cụ thể về mẫu biên bản họp kiểm điểm đảng viên\"); bố cục và các câu văn là của ứng dụng, chi bộ sửa được trước khi in.";
