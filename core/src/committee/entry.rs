//! One cell as the committee keeps it after import: the bundle reduced to what the
//! overview, the decision and the committee's checks need, computed once. The bundle itself
//! is kept beside it, for a member's review or print view.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::cell::checks;
use crate::cell::file::BundleRead;
use crate::cell::model::{CellType, Line, Status, Workspace};
use crate::cell::summary::Summary;
use crate::document::Document;
use crate::file::signature::{judge, Signer, Trust};
use crate::finding::Severity;
use crate::ids::{DocId, MemberId, WorkspaceId};
use crate::level::Level;
use crate::review;
use crate::rules::{self, Ceiling};
use crate::templates::review_2025::ids;

/// The version of [`CellEntry`]'s derivation: an entry made by another version is made
/// again from its bundle, so that a fix of a rule reaches bundles imported before it.
pub const ENTRY_VERSION: u32 = 1;

/// Where a member stands in the cell's bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// The review is in the bundle.
    Submitted,
    /// To classify, but no review came in.
    Missing,
    /// Not reviewed this year.
    Exempt,
}

/// One member of a cell, as the committee sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    /// The member's id in the cell's workspace.
    pub id: MemberId,
    /// Họ và tên.
    pub name: String,
    /// Reviewed on Mẫu 2A (cán bộ lãnh đạo, quản lý): a comparison group of the cap.
    pub leader: bool,
    /// "Mẫu 2B", "Bản giấy", or empty.
    pub form: String,
    /// Đã nộp, chưa nộp or không phải kiểm điểm.
    pub status: RowStatus,
    /// The status in words ("Đã nộp", "Kết nạp chưa đủ 6 tháng", …).
    pub status_label: String,
    /// Đảng viên dự bị.
    pub probationary: bool,
    /// The self-assessed total, "85,5", when valid.
    pub total: Option<String>,
    /// The level the member proposed for themselves.
    pub self_level: Option<Level>,
    /// The level the cell proposed.
    pub proposed: Option<Level>,
    /// The cell's vote on its proposal did not reach the cell's threshold.
    pub votes_below: bool,
    /// The highest level the score and the conditions of Điều 11 allow, where they settle it.
    pub ceiling: Option<Level>,
    /// Why only the competent level decides this member's level, when that is so.
    pub competent: Option<String>,
    /// Nhận xét của chi bộ.
    pub comment: String,
    /// The member's review in the bundle.
    pub review: Option<DocId>,
    /// Findings of the cell's rules about this member: warnings and errors.
    pub findings: u32,
    /// The member's file was changed after export: the cell's flag carried in its bundle,
    /// or the review inside the bundle no longer matching its own check code.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub changed_file: bool,
    /// Values in the bundle outside what the form allows (a name longer than the form's
    /// field, 45 points of 30): each described, for the committee to ask about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub beyond_form: Vec<String>,
}

impl MemberRow {
    /// Whether the member is to be classified this year.
    pub fn to_classify(&self) -> bool {
        self.status != RowStatus::Exempt
    }
}

/// One cell of the committee: see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellEntry {
    /// [`ENTRY_VERSION`] when it was made.
    pub v: u32,
    /// The cell's workspace id: a newer bundle of the same cell replaces this one.
    pub cell: WorkspaceId,
    /// "Chi bộ 3", as the cell's profile names it.
    pub name: String,
    /// "Đảng bộ …", as the cell's profile names it.
    pub party_committee: String,
    /// The year the bundle is for.
    pub year: i32,
    /// Chi bộ trực thuộc or chi bộ cơ sở: who decides the cell's own level.
    pub cell_type: CellType,
    /// Số đảng viên chính thức, as the cell's profile says.
    pub official_members: u32,
    /// When the cell exported the bundle.
    #[serde(with = "crate::time::rfc3339")]
    pub exported: DateTime<FixedOffset>,
    /// The bundle's check code as written in the file.
    pub sha256: String,
    /// The bundle was changed after the cell exported it (its check code does not match).
    pub edited: bool,
    /// The file it came from.
    pub file: String,
    /// Reviews in the bundle that could not be read.
    pub unreadable_reviews: u32,
    /// The level the cell proposes for itself in its Mẫu 01.
    pub collective_level: Option<Level>,
    /// The counts the cell reported, recomputed from its members.
    pub summary: Summary,
    /// The cell's rules panel on its own proposals: errors.
    pub errors: u32,
    /// The cell's rules panel on its own proposals: warnings.
    pub warnings: u32,
    /// Every member, in the cell's order.
    pub members: Vec<MemberRow>,
    /// The key (hex) whose signature on this bundle held; none when unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<String>,
    /// The bundle carries a signature that does not match it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub signature_broken: bool,
    /// The key the committee trusts for this cell: the first it saw, or one the clerk
    /// confirmed with the cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<String>,
    /// The bundle carries the meeting's record (its minutes): how many things keep them
    /// from final ([`crate::cell::minutes::problems`]); `None` when it carries none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_open: Option<u32>,
}

impl CellEntry {
    /// Whether the bundle carries minutes, in words for the overview and the cell's page.
    pub fn minutes_in_words(&self) -> String {
        match self.minutes_open {
            None => "Chưa có biên bản".to_owned(),
            Some(0) => "Có biên bản".to_owned(),
            Some(n) => format!("Có biên bản, còn {n} điều chưa hoàn thành"),
        }
    }

    /// "Chi bộ 3", or a placeholder when the cell gave no name.
    pub fn title(&self) -> String {
        let ws = Workspace::new(self.cell.clone(), self.year, self.exported);
        let mut ws = ws;
        ws.profile.cell = self.name.clone();
        ws.title().rsplit_once(" · ").map(|(cell, _)| cell.to_owned()).unwrap_or_default()
    }

    /// Who signed the bundle.
    pub fn signed_by(&self) -> Signer {
        match (&self.signer, self.signature_broken) {
            (_, true) => Signer::Broken,
            (Some(k), false) => Signer::Key(k.clone()),
            (None, false) => Signer::Unsigned,
        }
    }

    /// The bundle's signer against the key the committee trusts for the cell.
    pub fn trust(&self) -> Trust {
        judge(self.pinned.as_deref(), &self.signed_by())
    }

    /// Takes the signer of the bundle, judged against the key pinned for the cell before
    /// (`pinned`): the judgement, for the import report. The pin moves only on a first key.
    pub fn sign(&mut self, signer: Signer, pinned: Option<&str>) -> Trust {
        let trust = judge(pinned, &signer);
        self.signature_broken = signer == Signer::Broken;
        self.signer = match signer {
            Signer::Key(k) => Some(k),
            _ => None,
        };
        self.pinned = trust.pin_after(pinned);
        trust
    }

    /// The clerk confirmed with the cell (by phone) that the bundle's key is the cell's own:
    /// it is trusted from now on. `false` when the bundle has no key that holds.
    pub fn confirm_signer(&mut self) -> bool {
        match (&self.signer, self.signature_broken) {
            (Some(k), false) => {
                self.pinned = Some(k.clone());
                true
            }
            _ => false,
        }
    }

    /// The member with this id.
    pub fn member(&self, id: &MemberId) -> Option<&MemberRow> {
        self.members.iter().find(|m| m.id == *id)
    }

    /// Reduces a bundle that was read to the committee's entry.
    pub fn of(bundle: &BundleRead, file: &str, edited: bool) -> CellEntry {
        let ws = &bundle.workspace;
        let reviews: BTreeMap<&DocId, &Document> =
            crate::order::map_of(bundle.reviews.iter().flatten().map(|r| (&r.value.id, &r.value)));
        let changed: Vec<&DocId> = bundle.reviews.iter().flatten().filter(|r| r.changed).map(|r| &r.value.id).collect();
        let lines: Vec<Line> = ws
            .members
            .iter()
            .map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r).copied()), &ws.profile))
            .collect();
        let collective = bundle.collective.as_ref().and_then(|c| c.as_ref().ok()).map(|r| &r.value);
        let (_, findings) = checks::check(&lines, &ws.profile, collective);
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count() as u32;
        let members = lines
            .iter()
            .map(|line| {
                let about = findings
                    .iter()
                    .filter(|f| f.severity > Severity::Note && f.member.as_ref() == Some(&line.member.id));
                let mut r = row(line, ws, about.count() as u32);
                r.changed_file |= line.review.is_some_and(|d| changed.contains(&&d.id));
                r.beyond_form = line.beyond_form();
                r
            })
            .collect();
        CellEntry {
            v: ENTRY_VERSION,
            cell: ws.id.clone(),
            name: ws.profile.cell.trim().to_owned(),
            party_committee: ws.profile.party_committee.trim().to_owned(),
            year: ws.profile.year,
            cell_type: ws.profile.cell_type,
            official_members: ws.profile.official_members,
            exported: bundle.exported,
            sha256: bundle.sha256.clone(),
            edited,
            file: file.to_owned(),
            unreadable_reviews: bundle.reviews.iter().filter(|r| r.is_err()).count() as u32,
            collective_level: collective.and_then(|d| Level::from_code(d.text(ids::PROPOSED_LEVEL))),
            summary: Summary::of(&lines, &ws.profile),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            members,
            signer: None,
            signature_broken: false,
            pinned: None,
            minutes_open: ws
                .meeting
                .as_ref()
                .map(|_| crate::cell::minutes::problems(ws, &lines, collective).len() as u32),
        }
    }
}

/// The committee's row of one roster line.
fn row(line: &Line, ws: &Workspace, findings: u32) -> MemberRow {
    let m = line.member;
    let (ceiling, competent) = limits(line);
    let votes_below = m.proposed.is_some_and(|level| {
        let official = ws.profile.official_members;
        m.votes.recorded()
            && official > 0
            && m.votes.yes.unwrap_or(0) < ws.profile.threshold_for(level).needed(official)
    });
    MemberRow {
        id: m.id.clone(),
        name: m.name.trim().to_owned(),
        leader: line.is_leader(),
        form: line.form.to_owned(),
        status: match line.status {
            Status::Submitted => RowStatus::Submitted,
            Status::Missing => RowStatus::Missing,
            Status::Exempt(_) => RowStatus::Exempt,
        },
        status_label: line.status.label().to_owned(),
        probationary: m.probationary,
        total: line.total.map(|t| t.to_string()),
        self_level: line.self_level,
        proposed: m.proposed,
        votes_below,
        ceiling,
        competent,
        comment: m.comment.trim().to_owned(),
        review: line.review.map(|d| d.id.clone()),
        findings,
        changed_file: m.changed_file,
        beyond_form: Vec::new(),
    }
}

/// The highest level the rules allow a member, and why only the competent level decides,
/// from the review (or the paper total) and what the cell recorded.
fn limits(line: &Line) -> (Option<Level>, Option<String>) {
    let m = line.member;
    let mut competent = None;
    let mut ceiling = match line.review {
        Some(doc) => {
            let a = review::assessment(doc);
            if (a.conduct.disciplined || a.conduct.degradation_concluded) && a.conduct.self_remedied {
                competent = Some(SELF_REMEDIED.to_owned());
            }
            match rules::highest_allowed(&a) {
                Some(Ceiling::Level(l)) => Some(l),
                Some(Ceiling::CompetentLevel) => {
                    // A leader's own tasks over half undone: the leaders' own gap, said as such.
                    let leader_over_half = a.leader
                        && a.tasks.is_some_and(|t| rules::leader_over_half_not_done(&t, Level::Completed).is_some());
                    competent.get_or_insert_with(|| {
                        if leader_over_half {
                            rules::LEADER_OVER_HALF_LEFT_TO_COMPETENT_LEVEL
                        } else {
                            rules::LEFT_TO_COMPETENT_LEVEL
                        }
                        .to_owned()
                    });
                    None
                }
                None => line.total.map(Level::band),
            }
        }
        None => line.total.map(Level::band),
    };
    if let Some(d) = &m.discipline {
        // The member's review claiming the self-remedy that the cell's record does not:
        // the competent level decides between them (as the cell's panel says), the record
        // does not silently win.
        let review_claims = crate::cell::checks::review_discipline_claim(line) == Some(true);
        if d.self_remedied || review_claims {
            competent.get_or_insert_with(|| SELF_REMEDIED.to_owned());
        } else {
            ceiling = Some(Level::NotCompleted);
        }
    }
    (ceiling, competent)
}

/// Why a disciplined member's level is the competent level's to decide (QĐ 366 Điều 11
/// khoản 4) [C].
const SELF_REMEDIED: &str = "bị kỷ luật hoặc bị kết luận vi phạm trong năm nhưng tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả: cấp có thẩm quyền căn cứ vào hoàn cảnh, tính chất, hành vi, mức độ vi phạm để xem xét, xếp loại";
