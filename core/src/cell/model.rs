//! What a cell secretary records: the cell's profile, its members with the cell's own
//! columns (comment, proposed level, votes), and the link to the cell's collective review.
//! Domain README §1, §5, §6.

use chrono::{DateTime, FixedOffset, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::date::parse_field_date;
use crate::document::Document;
use crate::ids::{DocId, MemberId, WorkspaceId};
use crate::level::Level;
use crate::review;
use crate::score::Points;
use crate::templates::{self, review_2025::ids};
use crate::threshold::Threshold;

/// Loại chi bộ: who decides the cell's own classification (HD 43 Mục 3) [C].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CellType {
    /// Chi bộ trực thuộc đảng ủy cơ sở.
    #[default]
    UnderGrassroots,
    /// Chi bộ cơ sở.
    Grassroots,
}

impl CellType {
    /// Every type, in the order the profile lists them.
    pub const ALL: [CellType; 2] = [CellType::UnderGrassroots, CellType::Grassroots];

    /// The official name, as the profile shows it.
    pub fn label(self) -> &'static str {
        match self {
            CellType::UnderGrassroots => "Chi bộ trực thuộc đảng ủy cơ sở",
            CellType::Grassroots => "Chi bộ cơ sở",
        }
    }

    /// Who decides the cell's classification, HD 43 Mục 3 [C].
    pub fn decided_by(self) -> &'static str {
        match self {
            CellType::UnderGrassroots => {
                "Đảng ủy cơ sở (hoặc Ban thường vụ đảng ủy cấp trên trực tiếp) xem xét, đánh giá, xếp loại chi bộ."
            }
            CellType::Grassroots => {
                "Ban Thường vụ đảng ủy cấp trên trực tiếp của tổ chức cơ sở đảng xem xét, quyết định xếp loại chi bộ."
            }
        }
    }
}

/// The scope in which the 20 % cap is counted: "theo đối tượng có vị trí, vai trò, chức
/// năng, nhiệm vụ tương đồng" (QĐ 366 Điều 11). QĐ 366 does not say whether that is the cell
/// or the whole grassroots organisation [U], so the secretary sets it; for a wider scope
/// the counts of the rest of the scope are typed in from the committee's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CapScope {
    /// False: this cell only. True: this cell plus the counts below.
    #[serde(default)]
    pub wider: bool,
    /// The wider scope's name, e.g. "Đảng bộ xã …".
    #[serde(default)]
    pub name: String,
    /// Outside this cell, in the wider scope: members rated Hoàn thành xuất sắc nhiệm vụ.
    #[serde(default)]
    pub others_excellent: u32,
    /// Outside this cell, in the wider scope: members rated Hoàn thành tốt nhiệm vụ.
    #[serde(default)]
    pub others_good: u32,
    /// The competent level granted the 25 % cap (QĐ 366 Điều 11, "thành tích xuất sắc,
    /// nổi trội"). Only that level may set this; the cell records it.
    #[serde(default)]
    pub raised: bool,
    /// Count leaders (Mẫu 2A) and the other members as two comparison groups ("đối tượng
    /// có vị trí, vai trò, chức năng, nhiệm vụ tương đồng", domain README §6.1), the
    /// default; or the whole cell as one. A wider scope is always counted as one group:
    /// its figures are typed in as one pair.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub separate_leaders: bool,
}

fn yes() -> bool {
    true
}

/// Written only when it is not the default, so that files of cells that never changed it
/// stay as they were.
fn is_yes(b: &bool) -> bool {
    *b
}

impl Default for CapScope {
    fn default() -> Self {
        CapScope {
            wider: false,
            name: String::new(),
            others_excellent: 0,
            others_good: 0,
            raised: false,
            separate_leaders: true,
        }
    }
}

/// The cell's settings for one year: Hồ sơ chi bộ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Đảng bộ (the organisation above the cell), printed top left.
    pub party_committee: String,
    /// Chi bộ.
    pub cell: String,
    /// The year under review.
    pub year: i32,
    /// Loại chi bộ: decides who rates the cell (HD 43 Mục 3).
    pub cell_type: CellType,
    /// Số đảng viên chính thức of the cell: the base of the vote threshold.
    pub official_members: u32,
    /// Where the 20 % cap of Hoàn thành xuất sắc nhiệm vụ is counted.
    #[serde(default)]
    pub cap: CapScope,
    /// The date at which "kết nạp chưa đủ 6 tháng" is measured, dd/mm/yyyy. Not stated in
    /// the retrieved text [U]: the default is 31/12 of the year, and the cell may set the
    /// meeting date instead.
    pub six_months_on: String,
    /// Threshold for a proposal of Hoàn thành xuất sắc nhiệm vụ.
    #[serde(default)]
    pub threshold_excellent: Threshold,
    /// Threshold for the other levels.
    #[serde(default)]
    pub threshold_other: Threshold,
    /// The share of members rated Hoàn thành tốt nhiệm vụ or above the cell aims for, in %.
    #[serde(default = "default_target")]
    pub target_good_percent: u32,
    /// The superior committee's criteria pack the cell uses ([`crate::pack`]): kept with
    /// the profile, so the cell's bundle carries it and members can be given it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<crate::pack::Pack>,
    /// Địa danh, printed before the date on the cell's own papers ("Phường Ba Đình, ngày …").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The date of the cell's review meeting, dd/mm/yyyy: the date the cell's papers carry.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meeting_on: String,
    /// The key (hex) the cell trusts for its superior committee: the first that signed a
    /// decision file or criteria pack the cell took, or one the secretary confirmed with
    /// the committee ([`crate::file::signature`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub committee_key: Option<String>,
}

fn default_target() -> u32 {
    90
}

impl Profile {
    /// A new profile for `year`, with every default the app documents.
    pub fn new(year: i32) -> Profile {
        Profile {
            party_committee: String::new(),
            cell: String::new(),
            year,
            cell_type: CellType::default(),
            official_members: 0,
            cap: CapScope::default(),
            six_months_on: format!("31/12/{year}"),
            threshold_excellent: Threshold::default(),
            threshold_other: Threshold::default(),
            target_good_percent: default_target(),
            pack: None,
            place: String::new(),
            meeting_on: String::new(),
            committee_key: None,
        }
    }

    /// The date of the six-month rule, if the text is a valid date.
    pub fn six_months_date(&self) -> Option<NaiveDate> {
        parse_field_date(&self.six_months_on).ok()
    }

    /// Takes a pack as the cell's, with the settings it sets (thresholds, the cap's rate,
    /// the six-month date, the target rate). Returns what changed, in words.
    pub fn use_pack(&mut self, pack: crate::pack::Pack) -> Vec<String> {
        let mut changed = Vec::new();
        if let Some(t) = pack.threshold_excellent {
            self.threshold_excellent = t;
            changed.push(format!("ngưỡng biểu quyết mức xuất sắc: {}", t.label().to_lowercase()));
        }
        if let Some(t) = pack.threshold_other {
            self.threshold_other = t;
            changed.push(format!("ngưỡng biểu quyết các mức khác: {}", t.label().to_lowercase()));
        }
        if let Some(cap) = &pack.cap {
            self.cap.raised = cap.percent > 20;
            changed.push(format!("tỉ lệ xuất sắc tối đa: {}\u{a0}%", cap.percent));
            // The app counts either the whole cell or leaders apart from the others: one
            // group named means the first, several the second.
            if !cap.groups.is_empty() {
                self.cap.separate_leaders = cap.groups.len() > 1;
                changed.push(format!("nhóm so sánh: {}", cap.groups.join(", ")));
            }
        }
        if let Some(d) = pack.six_months_on.as_ref().filter(|d| parse_field_date(d).is_ok()) {
            self.six_months_on = d.clone();
            changed.push(format!("ngày tính đủ 6 tháng: {d}"));
        }
        if let Some(t) = pack.target_good_percent {
            self.target_good_percent = t;
            changed.push(format!("tỉ lệ mục tiêu tốt trở lên: {t}\u{a0}%"));
        }
        self.pack = Some(pack);
        changed
    }

    /// The threshold that applies to a proposed level.
    pub fn threshold_for(&self, level: Level) -> Threshold {
        if level == Level::Excellent {
            self.threshold_excellent
        } else {
            self.threshold_other
        }
    }
}

/// Why a member is not reviewed this year (QĐ 366 Điều 5 khoản 2.1) [C]. The third case,
/// "kết nạp chưa đủ 6 tháng", is computed from the admission date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    /// Được miễn công tác và sinh hoạt đảng.
    Excused,
    /// Bị đình chỉ sinh hoạt đảng.
    Suspended,
}

impl Exemption {
    /// The official wording, as the member page and the roster show it.
    pub fn label(self) -> &'static str {
        match self {
            Exemption::Excused => "Được miễn công tác và sinh hoạt đảng",
            Exemption::Suspended => "Bị đình chỉ sinh hoạt đảng",
        }
    }
}

/// Hình thức biểu quyết.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VoteMethod {
    /// Biểu quyết giơ tay.
    ShowOfHands,
    /// Bỏ phiếu kín.
    SecretBallot,
}

impl VoteMethod {
    /// Every method, in the order the member page lists them.
    pub const ALL: [VoteMethod; 2] = [VoteMethod::ShowOfHands, VoteMethod::SecretBallot];

    /// The method in words, as the member page and the roster show it.
    pub fn label(self) -> &'static str {
        match self {
            VoteMethod::ShowOfHands => "Giơ tay",
            VoteMethod::SecretBallot => "Bỏ phiếu kín",
        }
    }
}

/// The vote on the cell's proposed level for one member. Only official members vote
/// (Điều lệ Đảng: đảng viên dự bị không có quyền biểu quyết) [C].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Votes {
    /// Hình thức biểu quyết, once chosen.
    #[serde(default)]
    pub method: Option<VoteMethod>,
    /// Official members present.
    #[serde(default)]
    pub present: Option<u32>,
    /// Phiếu tán thành (stored as `for`).
    #[serde(default, rename = "for")]
    pub yes: Option<u32>,
    /// Phiếu không tán thành (stored as `against`).
    #[serde(default, rename = "against")]
    pub no: Option<u32>,
    /// Abstentions: members present who voted neither for nor against.
    #[serde(default)]
    pub abstain: Option<u32>,
}

impl Votes {
    /// Whether any number was recorded.
    pub fn recorded(&self) -> bool {
        self.yes.is_some() || self.no.is_some() || self.abstain.is_some()
    }

    /// Every vote cast.
    pub fn cast(&self) -> u32 {
        self.yes.unwrap_or(0) + self.no.unwrap_or(0) + self.abstain.unwrap_or(0)
    }
}

/// Whose discipline: the Party's, or the administration's (as a state employee).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisciplineSource {
    /// Kỷ luật đảng.
    Party,
    /// Kỷ luật hành chính (công chức, viên chức, người lao động).
    Administrative,
}

impl DisciplineSource {
    /// Both, in the order the member page shows them.
    pub const ALL: [DisciplineSource; 2] = [DisciplineSource::Party, DisciplineSource::Administrative];

    /// What the member page shows.
    pub fn label(self) -> &'static str {
        match self {
            DisciplineSource::Party => "Kỷ luật đảng",
            DisciplineSource::Administrative => "Kỷ luật hành chính",
        }
    }
}

/// A discipline of the year, as the cell knows it (QĐ 366 Điều 11 khoản 4 and "một số
/// trường hợp cần lưu ý", domain README §6.2–6.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DisciplineRecord {
    /// The Party's or the administration's.
    pub source: DisciplineSource,
    /// Hình thức kỷ luật, as decided (khiển trách, cảnh cáo, …).
    pub form: String,
    /// The date of the decision, dd/mm/yyyy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả: the competent level
    /// then decides the level.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub self_remedied: bool,
    /// When the violation happened, dd/mm/yyyy (not the decision's date): a violation of an
    /// earlier year disciplined this year is one of the cases QĐ 366 Điều 11 asks to note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub violation_date: String,
    /// The violation happened at the member's former agency or unit: QĐ 366 Điều 11 counts
    /// it against the former unit's results.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_former_unit: bool,
}

/// Chức vụ trong chi bộ: the member's post in the cell, as the roster records it. The
/// holders of a post are the cell's "thành viên của tập thể lãnh đạo, quản lý" (QĐ 366
/// Điều 11: their discipline bars the collective's Hoàn thành xuất sắc nhiệm vụ); the
/// post orders the meeting, the head first ("người đứng đầu kiểm điểm trước, cấp phó và các
/// thành viên kiểm điểm sau", QĐ 366 Điều 7); and a holder who handed in a paper review or
/// none is counted with the leaders for the cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CellPost {
    /// Bí thư chi bộ: the head.
    Secretary,
    /// Phó Bí thư chi bộ: the deputy.
    DeputySecretary,
    /// Chi ủy viên.
    CommitteeMember,
    /// No post in the cell (đảng viên): the default, and what older files mean.
    #[default]
    None,
}

impl CellPost {
    /// Every post, in the order of the meeting and of the roster's select, "none" last.
    pub const ALL: [CellPost; 4] =
        [CellPost::Secretary, CellPost::DeputySecretary, CellPost::CommitteeMember, CellPost::None];

    /// The post in words, as the roster's select and the messages show it.
    pub fn label(self) -> &'static str {
        match self {
            CellPost::Secretary => "Bí thư chi bộ",
            CellPost::DeputySecretary => "Phó Bí thư chi bộ",
            CellPost::CommitteeMember => "Chi ủy viên",
            CellPost::None => "Không giữ chức vụ trong chi bộ",
        }
    }

    /// The stored code, as in files.
    pub fn code(self) -> &'static str {
        match self {
            CellPost::Secretary => "secretary",
            CellPost::DeputySecretary => "deputy_secretary",
            CellPost::CommitteeMember => "committee_member",
            CellPost::None => "none",
        }
    }

    /// The post of a stored code; `None` (no post) for any other text.
    pub fn from_code(code: &str) -> CellPost {
        CellPost::ALL.into_iter().find(|p| p.code() == code).unwrap_or_default()
    }

    /// Whether the member has no post (the default, not written to files).
    pub fn is_none(&self) -> bool {
        *self == CellPost::None
    }

    /// Whether the holder is a member of the cell's "tập thể lãnh đạo, quản lý".
    pub fn in_leadership(self) -> bool {
        !self.is_none()
    }
}

/// HD 43 mục 7.6: a member in temporary Party activities in another cell, whose comment
/// the home cell needs before it classifies them [C].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TemporaryCell {
    /// Chi bộ nơi sinh hoạt tạm thời.
    #[serde(default)]
    pub cell: String,
    /// Its comment (nhận xét của chi bộ nơi sinh hoạt tạm thời), as received.
    #[serde(default)]
    pub comment: String,
}

/// One member of the cell, as the secretary keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Stable id (a UUID).
    pub id: MemberId,
    /// The member's review in this workspace, when a file was imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<DocId>,
    /// Họ và tên: from the review, or typed for a member with no file.
    pub name: String,
    /// Chức vụ trong chi bộ: bí thư, phó bí thư, chi ủy viên, or none.
    #[serde(default, skip_serializing_if = "CellPost::is_none")]
    pub post: CellPost,
    /// Why the member is not reviewed this year, if the secretary said so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
    /// Ngày kết nạp, dd/mm/yyyy (for the six-month rule).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub admitted_on: String,
    /// Đảng viên dự bị: reviewed and classified, but does not vote.
    #[serde(default)]
    pub probationary: bool,
    /// For a member with no file: the self-assessed total from a paper review, as typed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub paper_points: String,
    /// For a member with no file: the level proposed on a paper review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paper_level: Option<Level>,
    /// Nhận xét của chi ủy (chi bộ).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// The level the cell proposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed: Option<Level>,
    /// The cell's vote on the proposed level.
    #[serde(default)]
    pub votes: Votes,
    /// A discipline of the year the cell knows of, with or without the member's file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discipline: Option<DisciplineRecord>,
    /// HD 43 mục 7.5: sick leave of 3 months or more in the year, or maternity leave: the
    /// level rests on the work actually done in the year [C].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub long_leave: bool,
    /// HD 43 mục 7.6: in temporary Party activities elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary: Option<TemporaryCell>,
    /// A state employee (cán bộ, công chức, viên chức, người lao động): their rating is the
    /// basis of the Party rating (QĐ 366 Điều 3) [C].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub state_employee: bool,
    /// Kết quả xếp loại cán bộ, công chức, viên chức of the year, once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_rating: Option<Level>,
    /// The member's review came from a file changed after it left the app (its check code
    /// did not match its content): kept, but flagged wherever the secretary looks, and
    /// carried in the bundle for the committee. Cleared when a genuine file replaces it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub changed_file: bool,
}

/// What the roster, the member's page and the meeting view add to the status of a member
/// whose file was changed after export ([`Member::changed_file`]).
pub const CHANGED_FILE: &str = "Tệp bị sửa sau khi xuất";

impl Member {
    /// A member added by hand, with no file.
    pub fn by_hand(id: impl Into<MemberId>, name: String) -> Member {
        Member {
            id: id.into(),
            review: None,
            name,
            post: CellPost::None,
            exemption: None,
            admitted_on: String::new(),
            probationary: false,
            paper_points: String::new(),
            paper_level: None,
            comment: String::new(),
            proposed: None,
            votes: Votes::default(),
            discipline: None,
            long_leave: false,
            temporary: None,
            state_employee: false,
            state_rating: None,
            changed_file: false,
        }
    }
}

/// Where a member stands this year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Đã nộp: the review is in the workspace.
    Submitted,
    /// Chưa nộp.
    Missing,
    /// Không phải kiểm điểm.
    Exempt(ExemptWhy),
}

/// Why a member is exempt: declared by the secretary, or computed from the admission date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExemptWhy {
    /// Miễn công tác và sinh hoạt đảng, or đình chỉ sinh hoạt đảng, as the secretary recorded.
    Declared(Exemption),
    /// Kết nạp chưa đủ 6 tháng at the profile's date.
    NewlyAdmitted,
}

impl Status {
    /// The status in words, as the roster shows it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Submitted => "Đã nộp",
            Status::Missing => "Chưa nộp",
            Status::Exempt(ExemptWhy::Declared(e)) => e.label(),
            Status::Exempt(ExemptWhy::NewlyAdmitted) => "Kết nạp chưa đủ 6 tháng",
        }
    }

    /// Whether the member is left out of the review (and of the counts to classify).
    pub fn is_exempt(self) -> bool {
        matches!(self, Status::Exempt(_))
    }
}

/// Whether a member admitted on `admitted` has been a member less than six months on `on`.
pub fn under_six_months(admitted: NaiveDate, on: NaiveDate) -> bool {
    admitted.checked_add_months(Months::new(6)).is_some_and(|six| six > on)
}

/// The cell's workspace for one year: what the secretary records. Member reviews are kept
/// beside it, by id; the collective review (Mẫu 01) is a document of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// A UUID, stable across devices (a re-imported bundle finds its workspace).
    pub id: WorkspaceId,
    /// When the workspace was created.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub created: DateTime<FixedOffset>,
    /// When anything in the workspace last changed.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    /// Hồ sơ chi bộ: names, year, type, counts and the cell's settings.
    pub profile: Profile,
    /// Danh sách đảng viên, in the roster's order.
    #[serde(default)]
    pub members: Vec<Member>,
    /// The id of the collective review (Mẫu 01), once started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collective: Option<DocId>,
    /// The final levels the superior committee decided, once its decision file was
    /// imported (QĐ 366 Điều 12, Bước 3): shown beside the cell's proposals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<crate::decision::FinalLevels>,
    /// The key (hex) whose signature held on the decision file taken; none when unsigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_signer: Option<String>,
    /// Hội nghị kiểm điểm: what the minutes are made from, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<super::minutes::Meeting>,
}

impl Workspace {
    /// An empty workspace for `year`, created at `now`, with the default profile.
    pub fn new(id: impl Into<WorkspaceId>, year: i32, now: DateTime<FixedOffset>) -> Workspace {
        Workspace {
            id: id.into(),
            created: now,
            updated: now,
            profile: Profile::new(year),
            members: Vec::new(),
            collective: None,
            decision: None,
            decision_signer: None,
            meeting: None,
        }
    }

    /// Who signed the decision file taken, against the key the cell trusts for its
    /// committee; `None` before any decision.
    pub fn decision_trust(&self) -> Option<crate::file::signature::Trust> {
        use crate::file::signature::{judge, Signer};
        self.decision.as_ref()?;
        let signer = self.decision_signer.clone().map_or(Signer::Unsigned, Signer::Key);
        Some(judge(self.profile.committee_key.as_deref(), &signer))
    }

    /// "Chi bộ 3 · năm 2025", for lists and messages.
    pub fn title(&self) -> String {
        let cell = self.profile.cell.trim();
        let cell = if cell.is_empty() { "Chi bộ (chưa đặt tên)" } else { cell };
        let cell =
            if cell.to_lowercase().starts_with("chi bộ") { cell.to_owned() } else { format!("Chi bộ {cell}") };
        format!("{cell} · năm {}", self.profile.year)
    }

    /// Takes the cell's part of a committee's decision file (made at `decided`, read from
    /// file `name`) at `now`: see [`crate::decision::for_cell`].
    pub fn take_decision(
        &self,
        file: &crate::decision::DecisionFile,
        decided: DateTime<FixedOffset>,
        now: DateTime<FixedOffset>,
        name: &str,
    ) -> Result<crate::decision::Taking, String> {
        let has_member = |id: &MemberId| self.member(id).is_some();
        let to = crate::decision::Receiver {
            cell: &self.id,
            year: self.profile.year,
            party_committee: &self.profile.party_committee,
            has_member: &has_member,
            kept: self.decision.as_ref(),
            now,
        };
        crate::decision::for_cell(file, decided, &to, name)
    }

    /// The member with this id, if on the roster.
    pub fn member(&self, id: &MemberId) -> Option<&Member> {
        self.members.iter().find(|m| m.id == *id)
    }

    /// The member with this id, to edit.
    pub fn member_mut(&mut self, id: &MemberId) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.id == *id)
    }
}

/// The name of the leaders' form (Mẫu 2A, "cán bộ giữ chức vụ lãnh đạo, quản lý").
pub const LEADERS_FORM: &str = "Mẫu 2A";

/// The length of "Họ và tên" on the review's form.
pub const MAX_NAME_CHARS: usize = 100;

/// One roster line: a member with what their review says, computed for display, checks
/// and export.
#[derive(Debug, Clone, PartialEq)]
pub struct Line<'a> {
    /// The member, with the cell's columns.
    pub member: &'a Member,
    /// The member's review, when a file was imported.
    pub review: Option<&'a Document>,
    /// Đã nộp, chưa nộp or không phải kiểm điểm.
    pub status: Status,
    /// The form, e.g. "Mẫu 2B", or "Bản giấy".
    pub form: &'static str,
    /// The self-assessed total (from the review, or from a paper review), when valid.
    pub total: Option<Points>,
    /// The level band of that total (QĐ 366 Điều 11).
    pub band: Option<Level>,
    /// The level the member proposed for themselves.
    pub self_level: Option<Level>,
}

impl<'a> Line<'a> {
    /// Builds the line of `member` with its review (if any) at the profile's date.
    pub fn of(member: &'a Member, review: Option<&'a Document>, profile: &Profile) -> Line<'a> {
        let newly = match (parse_field_date(&member.admitted_on), profile.six_months_date()) {
            (Ok(admitted), Some(on)) => under_six_months(admitted, on),
            _ => false,
        };
        let status = match (member.exemption, newly, review) {
            (Some(e), _, _) => Status::Exempt(ExemptWhy::Declared(e)),
            (None, true, _) => Status::Exempt(ExemptWhy::NewlyAdmitted),
            (None, false, Some(_)) => Status::Submitted,
            (None, false, None) => Status::Missing,
        };
        let (form, total, self_level) = match review {
            Some(doc) => (
                templates::identity(&doc.template).map_or("?", |t| t.name),
                review::total(doc),
                Level::from_code(doc.text(ids::PROPOSED_LEVEL)),
            ),
            None => (
                if member.paper_points.is_empty() && member.paper_level.is_none() { "" } else { "Bản giấy" },
                Points::parse(&member.paper_points, 100).ok(),
                member.paper_level,
            ),
        };
        Line { member, review, status, form, total, band: total.map(Level::band), self_level }
    }

    /// Whether the member counts with the leaders ("cán bộ giữ chức vụ lãnh đạo, quản lý")
    /// for the cap and the meeting: reviewed on Mẫu 2A; or, with no review file (a paper
    /// review or none), holding a post in the cell. A member who handed in a file chose
    /// their form, which says whether they hold a leading post.
    pub fn is_leader(&self) -> bool {
        self.form == LEADERS_FORM || (self.review.is_none() && self.member.post.in_leadership())
    }

    /// What of the line lies outside the form, each described: the name against the
    /// review's field, and every value of the review against its template
    /// ([`crate::limits`]). The app never writes such values; a file made by hand may.
    pub fn beyond_form(&self) -> Vec<String> {
        let mut out = Vec::new();
        let name = self.member.name.chars().count();
        if name > MAX_NAME_CHARS {
            out.push(format!("họ và tên dài {name} ký tự, quá {MAX_NAME_CHARS} ký tự của mẫu"));
        }
        if let Some(doc) = self.review {
            out.extend(crate::limits::problems(doc).iter().map(crate::limits::Problem::detail));
        }
        out
    }
}
