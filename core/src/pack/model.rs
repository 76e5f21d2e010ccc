//! What a pack says: who issued it, for which year, the sub-criteria of each form under the
//! two groups, and the cell's settings the committee decides.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::score::Points;
use crate::threshold::Threshold;

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
    /// Every form a pack can cover, in the order screens list them.
    pub const ALL: [PackForm; 4] = [PackForm::Leader, PackForm::Member, PackForm::Outside, PackForm::Collective];

    /// "2B": the form's code as the pack file and the forms write it, short enough for
    /// element ids.
    pub fn code(self) -> &'static str {
        match self {
            PackForm::Leader => "2A",
            PackForm::Member => "2B",
            PackForm::Outside => "2C",
            PackForm::Collective => "01",
        }
    }

    /// Whom the form is for (đối tượng), so that a committee ticking forms knows which is which.
    pub fn audience(self) -> &'static str {
        match self {
            PackForm::Leader => "đảng viên giữ chức vụ lãnh đạo, quản lý",
            PackForm::Member => "đảng viên không giữ chức vụ lãnh đạo, quản lý",
            PackForm::Outside => "đảng viên không làm việc trong hệ thống chính trị",
            PackForm::Collective => "chi bộ (tập thể)",
        }
    }

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

    /// The group's points, whole (30 or 70): the most a typed maximum may be.
    pub fn whole(self) -> u16 {
        self.total().tenths() / 10
    }

    /// The group's number on the forms (1 or 2), as its heading prints it.
    pub fn number(self) -> u8 {
        match self {
            Group::General => 1,
            Group::Results => 2,
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

impl Pack {
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

#[cfg(test)]
mod tests {
    use crate::pack::samples::sample;

    #[test]
    fn forms_and_groups_say_their_codes_numbers_and_points() {
        use crate::pack::{Group, PackForm};
        let codes: Vec<&str> = PackForm::ALL.iter().map(|f| f.code()).collect();
        assert_eq!(codes, ["2A", "2B", "2C", "01"]);
        for form in PackForm::ALL {
            assert_eq!(PackForm::of_template(&format!("2025/{}", form.code())), Some(form));
            assert_eq!(serde_json::to_value(form).ok(), Some(serde_json::Value::from(form.code())));
        }
        assert_eq!(PackForm::Member.audience(), "đảng viên không giữ chức vụ lãnh đạo, quản lý");
        assert_eq!((Group::General.number(), Group::General.whole()), (1, 30));
        assert_eq!((Group::Results.number(), Group::Results.whole()), (2, 70));
    }

    #[test]
    fn an_example_pack_says_so() {
        assert!(sample().title().starts_with("Bộ tiêu chí ví dụ (không phải văn bản chính thức) của Đảng ủy ví dụ"));
    }
}
