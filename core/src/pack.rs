//! Bộ tiêu chí chấm điểm: the sub-criteria and points a superior Party committee sets for
//! its cells and members (HD 43 mục 7.12: "các cấp uỷ, tổ chức đảng cấp trên chịu trách
//! nhiệm cụ thể hoá … nội dung chấm điểm theo khung tiêu chí"). The centre fixes only the two
//! groups, 30 and 70 points (QĐ 366 Điều 10); everything below them comes from the pack,
//! so the app never presents a sub-criterion as official unless a committee's pack says so.
//!
//! A pack is a file of its own kind in the app's envelope (`criteria_pack`), read strictly:
//! for each form it carries, the maxima of each group must add up to exactly 30 and 70.
//! It may also set the cell's settings a committee decides: the vote thresholds, the cap's
//! comparison groups and rate, the date the six months are measured at, the target rate,
//! and item lists under the three groups of Nghị quyết 04 for section I.1.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::file::{self, digest, head, typed, Envelope, FileError, FileKind, Read};
use crate::pack_ref::PackRef;
use crate::score::Points;
use crate::threshold::Threshold;
use crate::year::YEARS;

/// Who issued a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Issuer {
    /// The Party organisation, e.g. "Đảng ủy phường Ba Đình".
    pub organisation: String,
    /// The document's number, e.g. "05-HD/ĐU".
    pub number: String,
    /// The document's date, dd/mm/yyyy.
    pub date: String,
}

/// The forms a pack can give criteria for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum PackForm {
    /// Mẫu 2A: members holding a leadership or management post.
    #[serde(rename = "2A")]
    Leader,
    /// Mẫu 2B: members without such a post.
    #[serde(rename = "2B")]
    Member,
    /// Mẫu 2C: members not working in the political system.
    #[serde(rename = "2C")]
    Outside,
    /// Mẫu 01: the cell as a collective.
    #[serde(rename = "01")]
    Collective,
}

impl PackForm {
    /// "Mẫu 2B", for messages.
    pub fn label(self) -> &'static str {
        match self {
            PackForm::Leader => "Mẫu 2A",
            PackForm::Member => "Mẫu 2B",
            PackForm::Outside => "Mẫu 2C",
            PackForm::Collective => "Mẫu 01",
        }
    }

    /// The form a template is for (`2025/2B` → Mẫu 2B).
    pub fn of_template(id: &str) -> Option<PackForm> {
        match id.rsplit('/').next()? {
            "2A" => Some(PackForm::Leader),
            "2B" => Some(PackForm::Member),
            "2C" => Some(PackForm::Outside),
            "01" => Some(PackForm::Collective),
            _ => None,
        }
    }
}

/// The two groups of criteria of every form (QĐ 366 Điều 10) [C].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Nhóm tiêu chí chung: 30 points.
    General,
    /// Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 70 points.
    Results,
}

impl Group {
    /// The group's points [C].
    pub fn total(self) -> Points {
        match self {
            Group::General => Points::from_tenths(300),
            Group::Results => Points::from_tenths(700),
        }
    }

    /// The group's name as the forms print it [C].
    pub fn label(self) -> &'static str {
        match self {
            Group::General => "Nhóm tiêu chí chung",
            Group::Results => "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ",
        }
    }
}

/// One sub-criterion with its maximum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// What is scored, as the committee words it.
    pub title: String,
    /// The most points it gives, written as the forms write points: at most one decimal
    /// place, with a comma ("7,5"). Text rather than a JSON number, so that no
    /// floating-point reader or writer is compiled into the app.
    pub max: String,
    /// What counts as evidence (sản phẩm, tiến độ, chất lượng…), if the committee says.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

impl Criterion {
    /// The maximum, if it is a valid number of points (0 to 100, at most one decimal).
    pub fn max_points(&self) -> Option<Points> {
        Points::parse(&self.max, 100).ok()
    }
}

/// The criteria of one form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FormCriteria {
    /// Under Nhóm tiêu chí chung (30 points).
    pub general: Vec<Criterion>,
    /// Under Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 points).
    pub results: Vec<Criterion>,
    /// The form's subtitle as the committee words it, where the app's is not confirmed
    /// (e.g. "(Cá nhân giữ chức vụ lãnh đạo, quản lý)"); empty: the app's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subtitle: String,
    /// The signer's line as the committee words it (e.g. "NGƯỜI TỰ KIỂM ĐIỂM"); empty:
    /// the app's, which follows the earlier forms.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signature: String,
}

impl FormCriteria {
    /// The sub-criteria of a group.
    pub fn group(&self, group: Group) -> &[Criterion] {
        match group {
            Group::General => &self.general,
            Group::Results => &self.results,
        }
    }
}

/// Items a committee lists under the three groups of Nghị quyết 04-NQ/TW for section I.1
/// of the review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Nq04Items {
    /// Suy thoái về tư tưởng chính trị.
    #[serde(default)]
    pub political: Vec<String>,
    /// Suy thoái về đạo đức, lối sống.
    #[serde(default)]
    pub ethics: Vec<String>,
    /// Biểu hiện "tự diễn biến", "tự chuyển hoá".
    #[serde(default)]
    pub self_evolution: Vec<String>,
}

/// The cap the competent level sets (QĐ 366 Điều 11): its comparison groups ("đối tượng có
/// vị trí, vai trò, chức năng, nhiệm vụ tương đồng") and its rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackCap {
    /// The comparison groups, by name (e.g. "Cán bộ lãnh đạo, quản lý", "Đảng viên khác").
    #[serde(default)]
    pub groups: Vec<String>,
    /// The rate in percent: 20, or up to 25 when the competent level grants it [C].
    pub percent: u32,
}

/// Bộ tiêu chí chấm điểm: see the module documentation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Who issued it.
    pub issuer: Issuer,
    /// The year it is for.
    pub year: i32,
    /// Made up, for trying the app or for tests: the app says so wherever it shows it, and
    /// never presents it as a committee's document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// The criteria of each form it covers.
    pub forms: BTreeMap<PackForm, FormCriteria>,
    /// Items under the three groups of Nghị quyết 04, for section I.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nq04: Option<Nq04Items>,
    /// Vote threshold for a proposal of Hoàn thành xuất sắc nhiệm vụ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_excellent: Option<Threshold>,
    /// Vote threshold for the other levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold_other: Option<Threshold>,
    /// The cap's comparison groups and rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<PackCap>,
    /// The date the six months since admission are measured at, dd/mm/yyyy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub six_months_on: Option<String>,
    /// The share of members rated Hoàn thành tốt nhiệm vụ or above the cells aim for, in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_good_percent: Option<u32>,
}

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

    /// "Bộ tiêu chí của Đảng ủy phường Ba Đình (05-HD/ĐU, 10/11/2025)", for screens; an
    /// example pack says it is one.
    pub fn title(&self) -> String {
        let what = if self.example {
            "Bộ tiêu chí ví dụ (không phải văn bản chính thức)"
        } else {
            "Bộ tiêu chí"
        };
        format!("{what} của {} ({}, {})", self.issuer.organisation, self.issuer.number, self.issuer.date)
    }
}

/// Why a pack file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The file itself could not be read (see [`FileError`]), or is of another kind.
    File(FileError),
    /// The file was read but the pack cannot be used.
    Invalid(Vec<PackProblem>),
}

impl PackError {
    /// What the user reads: names the file, each problem and what to do.
    pub fn message(&self, file: &str) -> String {
        match self {
            PackError::File(e) => e.message(file),
            PackError::Invalid(problems) => format!(
                "Tệp \"{file}\" là bộ tiêu chí chấm điểm nhưng không dùng được: {}. Hãy đề nghị cấp ủy đã ban hành bộ tiêu chí kiểm tra và gửi lại tệp.",
                problems.iter().map(PackProblem::detail).collect::<Vec<_>>().join("; ")
            ),
        }
    }
}

impl Pack {
    /// The pack's check code: SHA-256 of the canonical JSON of its content, as recorded
    /// in the documents scored with it ([`PackRef::sha256`]).
    pub fn digest(&self) -> String {
        serde_json::to_value(self).map(|v| digest(&v)).unwrap_or_default()
    }
}

/// Reads a pack file: the envelope strictly, then the pack's own checks.
pub fn read_pack(bytes: &[u8]) -> Result<Read<Pack>, PackError> {
    let (value, kind, migrated_from) = head(bytes).map_err(PackError::File)?;
    if kind != FileKind::CriteriaPack {
        return Err(PackError::File(FileError::KindMismatch));
    }
    let env: Envelope<Pack> = typed(value, migrated_from).map_err(PackError::File)?;
    let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
    let problems = env.document.problems();
    if !problems.is_empty() {
        return Err(PackError::Invalid(problems));
    }
    Ok(Read { value: env.document, kind, changed, migrated_from })
}

/// A pack's envelope, with the id `id`, made at `now`.
pub fn wrap_pack(
    pack: &Pack,
    id: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
    app_version: &str,
) -> Envelope<Pack> {
    file::envelope(FileKind::CriteriaPack, None, id, now, now, pack.clone(), app_version)
}

/// The lists a document keeps of its pack's sub-criteria, one per group: each row the
/// criterion's title, its maximum and the points given.
pub mod ids {
    /// Nhóm tiêu chí chung, by sub-criterion.
    pub const GENERAL_ROWS: &str = "pack_general";
    /// Nhóm tiêu chí về kết quả thực hiện nhiệm vụ, by sub-criterion.
    pub const RESULTS_ROWS: &str = "pack_results";
    /// Column: the sub-criterion.
    pub const TITLE: &str = "title";
    /// Column: its maximum, as printed ("7,5").
    pub const MAX: &str = "max";
    /// Column: the points given, as typed.
    pub const POINTS: &str = "points";
}

/// Where a document keeps what its pack lists for one field of the form, as guidance shown
/// with the field (one item a line).
pub fn guide_id(field: &str) -> String {
    format!("pack_guide.{field}")
}

/// Where a document keeps a printed text its pack supplies: `subtitle` or `signature`.
pub fn text_id(which: &str) -> String {
    format!("pack_text.{which}")
}

/// The list of a group in a document.
pub fn rows_id(group: Group) -> &'static str {
    match group {
        Group::General => ids::GENERAL_ROWS,
        Group::Results => ids::RESULTS_ROWS,
    }
}

/// Scores `doc` by `pack`: records the pack and lists its sub-criteria for the document's
/// form, keeping points already given to a criterion of the same title. `Err` says, in
/// Vietnamese, why the pack cannot score this document.
pub fn apply(doc: &mut crate::document::Document, pack: &Pack) -> Result<(), String> {
    let form =
        PackForm::of_template(&doc.template).ok_or_else(|| "Văn bản này không chấm theo bộ tiêu chí.".to_owned())?;
    let criteria = pack.forms.get(&form).ok_or_else(|| {
        format!(
            "{} không có tiêu chí cho {}. Hãy xin đúng bộ tiêu chí, hoặc chấm hai nhóm như mẫu.",
            pack.title(),
            form.label()
        )
    })?;
    let sha256 = pack.digest();
    for group in [Group::General, Group::Results] {
        let before = doc.rows(rows_id(group)).to_vec();
        let rows = criteria
            .group(group)
            .iter()
            .map(|c| {
                let points = before
                    .iter()
                    .find(|r| r.get(ids::TITLE) == Some(&c.title))
                    .and_then(|r| r.get(ids::POINTS).cloned())
                    .unwrap_or_default();
                let max = c.max_points().map(|p| p.to_string()).unwrap_or_default();
                crate::document::row(&[
                    (ids::TITLE, c.title.as_str()),
                    (ids::MAX, max.as_str()),
                    (ids::POINTS, points.as_str()),
                ])
            })
            .collect();
        doc.set_rows(rows_id(group), rows);
    }
    // Printed texts whose wording the app could not confirm, as the committee words them.
    for (which, text) in [("subtitle", &criteria.subtitle), ("signature", &criteria.signature)] {
        if text.trim().is_empty() {
            doc.values.remove(&text_id(which));
        } else {
            doc.set_text(&text_id(which), text.trim());
        }
    }
    // The pack's items under the three groups of Nghị quyết 04 guide section I.1.
    use crate::templates::review_2025::ids as rv;
    let nq04 = pack.nq04.clone().unwrap_or_default();
    for (field, items) in [
        (rv::NQ04_POLITICAL, &nq04.political),
        (rv::NQ04_ETHICS, &nq04.ethics),
        (rv::NQ04_SELF_EVOLUTION, &nq04.self_evolution),
    ] {
        let text: Vec<&str> = items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).collect();
        if text.is_empty() {
            doc.values.remove(&guide_id(field));
        } else {
            doc.set_text(&guide_id(field), text.join("\n"));
        }
    }
    doc.pack = Some(PackRef {
        organisation: pack.issuer.organisation.clone(),
        number: pack.issuer.number.clone(),
        sha256,
        example: pack.example,
    });
    sync_totals(doc);
    Ok(())
}

/// Stops scoring `doc` by a pack: the two group totals stay as they were, to edit by hand.
pub fn remove(doc: &mut crate::document::Document) {
    doc.pack = None;
    doc.values.remove(ids::GENERAL_ROWS);
    doc.values.remove(ids::RESULTS_ROWS);
    doc.values.retain(|k, _| !k.starts_with("pack_guide.") && !k.starts_with("pack_text."));
}

/// The points of one sub-criterion, if they are valid for its maximum.
pub fn row_points(row: &crate::document::Row) -> Option<Points> {
    let max = Points::parse(row.get(ids::MAX).map(String::as_str).unwrap_or(""), 100).ok()?;
    Points::parse(row.get(ids::POINTS).map(String::as_str).unwrap_or(""), 100).ok().filter(|p| *p <= max)
}

/// The total of a group, when every sub-criterion has valid points.
pub fn group_total(doc: &crate::document::Document, group: Group) -> Option<Points> {
    let rows = doc.rows(rows_id(group));
    if rows.is_empty() {
        return None;
    }
    rows.iter().map(row_points).try_fold(Points::from_tenths(0), |sum, p| p.map(|p| sum.plus(p)))
}

/// Writes the groups' totals into the two points of Part B, so that every rule reads them
/// as before; a group not fully scored leaves its points empty.
pub fn sync_totals(doc: &mut crate::document::Document) {
    if doc.pack.is_none() {
        return;
    }
    use crate::templates::review_2025::ids as rv;
    for (group, id) in [(Group::General, rv::GENERAL_POINTS), (Group::Results, rv::RESULTS_POINTS)] {
        let total = group_total(doc, group).map(|p| p.to_string()).unwrap_or_default();
        doc.set_text(id, total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(title: &str, max: &str) -> Criterion {
        Criterion { title: title.into(), max: max.into(), evidence: String::new() }
    }

    /// A made-up pack, labelled as an example.
    pub(crate) fn sample() -> Pack {
        let form = FormCriteria {
            subtitle: String::new(),
            signature: String::new(),
            general: vec![
                c("Chính trị, tư tưởng", "10"),
                c("Đạo đức, lối sống", "10"),
                c("Tự phê bình và phê bình", "10"),
            ],
            results: vec![
                c("Nhiệm vụ thường xuyên", "40"),
                c("Nhiệm vụ đột xuất", "20"),
                c("Tham gia sinh hoạt chi bộ", "10"),
            ],
        };
        Pack {
            issuer: Issuer {
                organisation: "Đảng ủy ví dụ".into(),
                number: "01-HD/VD".into(),
                date: "10/11/2025".into(),
            },
            year: 2025,
            example: true,
            forms: BTreeMap::from([(PackForm::Member, form)]),
            nq04: None,
            threshold_excellent: Some(Threshold::TwoThirds),
            threshold_other: None,
            cap: Some(PackCap {
                groups: vec!["Lãnh đạo, quản lý".into(), "Đảng viên khác".into()], percent: 20
            }),
            six_months_on: None,
            target_good_percent: None,
        }
    }

    fn now() -> chrono::DateTime<chrono::FixedOffset> {
        chrono::DateTime::parse_from_rfc3339("2025-11-10T08:00:00+07:00").expect("time")
    }

    #[test]
    fn a_sound_pack_reads_back_and_flags_an_edit() {
        let text = file::to_file_text(&wrap_pack(&sample(), "p-1", now(), "0.1.0"));
        let read = read_pack(text.as_bytes()).expect("reads");
        assert_eq!(read.value, sample());
        assert!(!read.changed);
        let edited = text.replace("Nhiệm vụ đột xuất", "Nhiệm vụ khác");
        assert!(read_pack(edited.as_bytes()).expect("still reads").changed);
    }

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

    #[test]
    fn another_kind_of_file_is_not_a_pack_and_a_pack_is_not_a_review() {
        let text = file::to_file_text(&wrap_pack(&sample(), "p-1", now(), "0.1.0"));
        assert_eq!(file::read(text.as_bytes()).map(|_| ()), Err(FileError::PackFile));
        assert!(PackForm::of_template("2025/2A") == Some(PackForm::Leader));
        assert!(PackForm::of_template("2025/CK").is_none());
    }

    #[test]
    fn a_pack_scores_a_document_and_its_totals_feed_part_b() {
        use crate::document::Document;
        use crate::templates::review_2025::ids as rv;
        let mut doc = Document::new("d", "2025/2B", 2025, now());
        apply(&mut doc, &sample()).expect("2B is in the pack");
        assert_eq!(doc.rows(ids::GENERAL_ROWS).len(), 3);
        assert!(doc.pack.as_ref().is_some_and(|p| p.example && p.number == "01-HD/VD" && p.sha256.len() == 64));
        assert_eq!(doc.text(rv::GENERAL_POINTS), "", "nothing scored yet");
        let score = |doc: &mut Document, id: &str, values: &[&str]| {
            let mut rows = doc.rows(id).to_vec();
            for (r, v) in rows.iter_mut().zip(values) {
                r.insert(ids::POINTS.into(), (*v).into());
            }
            doc.set_rows(id, rows);
            sync_totals(doc);
        };
        score(&mut doc, ids::GENERAL_ROWS, &["9,5", "10", "8"]);
        assert_eq!(doc.text(rv::GENERAL_POINTS), "27,5");
        score(&mut doc, ids::RESULTS_ROWS, &["38", "20", "11"]);
        assert_eq!(doc.text(rv::RESULTS_POINTS), "", "11 is over the maximum of 10");
        score(&mut doc, ids::RESULTS_ROWS, &["38", "20", "7,5"]);
        assert_eq!(doc.text(rv::RESULTS_POINTS), "65,5");
        // Applying the pack again keeps the points given.
        apply(&mut doc, &sample()).expect("again");
        assert_eq!(doc.text(rv::RESULTS_POINTS), "65,5");
        // A form the pack does not cover is refused, saying so.
        let mut leader = Document::new("l", "2025/2A", 2025, now());
        assert!(apply(&mut leader, &sample()).is_err_and(|m| m.contains("Mẫu 2A")));
        // Nghị quyết 04 items become guidance for section I.1, one item a line; a subtitle
        // the pack words replaces the app's unconfirmed one in print.
        let mut with_items = sample();
        if let Some(f) = with_items.forms.get_mut(&PackForm::Member) {
            f.subtitle = "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)".into();
        }
        with_items.nq04 =
            Some(Nq04Items { political: vec!["Phai nhạt lý tưởng".into(), " ".into()], ..Nq04Items::default() });
        apply(&mut doc, &with_items).expect("again");
        assert_eq!(doc.text(&guide_id(rv::NQ04_POLITICAL)), "Phai nhạt lý tưởng");
        assert_eq!(doc.text(&guide_id(rv::NQ04_ETHICS)), "");
        assert_eq!(doc.text(&text_id("subtitle")), "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)");
        assert_eq!(doc.text(&text_id("signature")), "");
        remove(&mut doc);
        assert!(doc.pack.is_none() && doc.rows(ids::GENERAL_ROWS).is_empty());
        assert_eq!(doc.text(&guide_id(rv::NQ04_POLITICAL)), "", "the guidance goes with the pack");
        assert_eq!(doc.text(rv::GENERAL_POINTS), "27,5", "the totals stay, to edit by hand");
    }

    #[test]
    fn an_example_pack_says_so() {
        assert!(sample().title().starts_with("Bộ tiêu chí ví dụ (không phải văn bản chính thức) của Đảng ủy ví dụ"));
    }
}
