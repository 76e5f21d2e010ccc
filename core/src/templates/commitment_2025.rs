//! Bản cam kết tu dưỡng, rèn luyện, phấn đấu: the yearly commitment and its remedy plan.
//!
//! No central official template was found (domain README §9.1, [U]). This template follows
//! the common practice of cells seen in public samples [P: S69] (identity, the four areas,
//! then the app's own additions [I]: task targets, an optional target level and the remedy
//! plan that links one year's shortcomings to the next year's section III). Nothing here is
//! presented as official wording.

use crate::level::Level;
use crate::template::build::*;
use crate::template::{DocKind, Section, Template, Wording};

/// Field ids read by the carry-forward and the next review.
pub mod ids {
    pub use crate::templates::review_2025::ids::{
        BIRTH_DATE, CELL, FULL_NAME, PARTY_COMMITTEE, PARTY_POST, PLACE, WORK_UNIT, WRITTEN_ON,
    };
    /// Chức vụ chuyên môn (optional).
    pub const PROFESSIONAL_POST: &str = "professional_post";
    /// Cam kết về tư tưởng chính trị.
    pub const POLITICS: &str = "commit_politics";
    /// Cam kết về phẩm chất đạo đức, lối sống.
    pub const ETHICS: &str = "commit_ethics";
    /// Cam kết về thực hiện chức trách, nhiệm vụ được giao.
    pub const DUTIES: &str = "commit_duties";
    /// Cam kết về ý thức tổ chức kỷ luật và trách nhiệm nêu gương.
    pub const DISCIPLINE: &str = "commit_discipline";
    /// Các chỉ tiêu, nhiệm vụ of the year: an optional list, one target a row.
    pub const TASK_TARGETS: &str = "task_targets";
    /// The column of [`TASK_TARGETS`]: the target's text.
    pub const TARGET_TEXT: &str = "text";
    /// The level the member aims at this year (optional): a [`crate::level::Level`] code.
    pub const TARGET_LEVEL: &str = "target_level";
    /// Kế hoạch khắc phục: last year's shortcomings with their measures; next year's mục III.
    pub const REMEDY_PLAN: &str = "remedy_plan";
    /// The column of [`REMEDY_PLAN`]: the shortcoming (carried from last year's review).
    pub const PLAN_SHORTCOMING: &str = "shortcoming";
    /// The column of [`REMEDY_PLAN`]: biện pháp khắc phục.
    pub const PLAN_MEASURE: &str = "measure";
    /// The column of [`REMEDY_PLAN`]: thời hạn (optional, free text).
    pub const PLAN_DEADLINE: &str = "deadline";
    /// The column of [`REMEDY_PLAN`]: người theo dõi (optional).
    pub const PLAN_FOLLOW_UP: &str = "follow_up";
}

/// The four areas, in order: (field id, heading). The same list feeds the next review's I.3.
pub const AREAS: [(&str, &str); 4] = [
    (ids::POLITICS, "Về tư tưởng chính trị"),
    (ids::ETHICS, "Về phẩm chất đạo đức, lối sống"),
    (ids::DUTIES, "Về thực hiện chức trách, nhiệm vụ được giao"),
    (ids::DISCIPLINE, "Về ý thức tổ chức kỷ luật và trách nhiệm nêu gương"),
];

/// Bản cam kết tu dưỡng, rèn luyện, phấn đấu (our template, `2025/CK`).
pub fn commitment() -> Template {
    Template {
        id: "2025/CK",
        revision: 1,
        kind: DocKind::Commitment,
        name: "Bản cam kết",
        official_name: "Bản cam kết tu dưỡng, rèn luyện, phấn đấu (theo cách các chi bộ thường làm; chưa có mẫu chính thức của Trung ương)",
        printed_code: "",
        audience: "Mọi đảng viên, viết đầu năm",
        title: "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU",
        subtitle: "",
        subtitle_wording: Wording::Partial,
        steps: vec![
            step(super::IDENTITY, "Thông tin chung", vec![identity()]),
            step("noi-dung", "Nội dung cam kết", areas()),
            step("chi-tieu", "Chỉ tiêu, nhiệm vụ", targets()),
            step("khac-phuc", "Kế hoạch khắc phục", vec![remedy_plan()]),
        ],
    }
}

fn identity() -> Section {
    use ids::*;
    section(super::IDENTITY, "", 2, "Thông tin người cam kết")
        .ours()
        .hint("Những thông tin này in ở đầu bản cam kết.")
        .fields(vec![
            text(PARTY_COMMITTEE, "Đảng bộ", 200),
            text(CELL, "Chi bộ", 200),
            text(FULL_NAME, "Họ và tên", 100),
            date(BIRTH_DATE, "Ngày sinh", true).hint("Dạng ngày/tháng/năm, ví dụ 05/01/1980."),
            text(WORK_UNIT, "Đơn vị công tác", 200),
            text(PARTY_POST, "Chức vụ Đảng", 200).optional().hint("Để trống nếu không có."),
            text(PROFESSIONAL_POST, "Chức vụ chuyên môn", 200).optional().hint("Để trống nếu không có."),
            text(PLACE, "Địa danh", 100).hint("Tên nơi viết, in ở dòng ngày tháng, ví dụ: Hà Nội."),
            date(WRITTEN_ON, "Ngày viết bản cam kết", false),
        ])
}

fn areas() -> Vec<Section> {
    let hints = [
        "Việc học tập, quán triệt nghị quyết; giữ vững lập trường; không dao động trước những thông tin sai trái.",
        "Những việc cụ thể để giữ gìn đạo đức, lối sống trong cơ quan, gia đình và nơi cư trú.",
        "Những nhiệm vụ chính trong năm và kết quả đồng chí phấn đấu đạt được.",
        "Chấp hành sự phân công của tổ chức, sinh hoạt chi bộ, nêu gương trong công việc và ở nơi cư trú.",
    ];
    let mut out = vec![section("noi-dung", "", 2, "Tôi xin cam kết thực hiện nghiêm túc các nội dung tu dưỡng, rèn luyện, phấn đấu sau:")
        .wording(Wording::Partial)
        .hint("Mỗi nội dung nên có việc làm cụ thể để cuối năm đối chiếu được; bản kiểm điểm cuối năm sẽ liệt kê lại từng nội dung này ở mục I.3.")];
    for (i, ((id, heading), hint)) in AREAS.into_iter().zip(hints).enumerate() {
        out.push(
            section(id, ["1.", "2.", "3.", "4."][i], 3, heading)
                .wording(Wording::Partial)
                .hint(hint)
                .fields(vec![long(id, "Nội dung cam kết")]),
        );
    }
    out
}

fn targets() -> Vec<Section> {
    use ids::*;
    let levels: Vec<(&'static str, &'static str)> = Level::ALL.iter().map(|l| (l.code(), l.label())).collect();
    vec![
        section("chi-tieu", "", 2, "Chỉ tiêu, nhiệm vụ phấn đấu trong năm")
            .ours()
            .hint("Mỗi chỉ tiêu một dòng, có sản phẩm, tiến độ hoặc chất lượng đo được: cuối năm chúng là căn cứ chấm nhóm tiêu chí kết quả thực hiện nhiệm vụ (70 điểm).")
            .fields(vec![rows(TASK_TARGETS, "Các chỉ tiêu, nhiệm vụ", vec![long(TARGET_TEXT, "Chỉ tiêu, nhiệm vụ")], 50).optional()]),
        section("muc-tieu", "", 2, "Mức xếp loại phấn đấu đạt được")
            .ours()
            .fields(vec![choice(TARGET_LEVEL, "Mức xếp loại đồng chí phấn đấu đạt được", &levels).optional()]),
    ]
}

fn remedy_plan() -> Section {
    use ids::*;
    section("khac-phuc", "", 2, "Kế hoạch khắc phục hạn chế, khuyết điểm")
        .ours()
        .hint("Mỗi dòng một hạn chế đã được chỉ ra ở kỳ kiểm điểm trước: biện pháp khắc phục, thời hạn và người theo dõi. Cuối năm, bản kiểm điểm sẽ liệt kê từng dòng ở mục III để đồng chí cho biết đã khắc phục đến đâu. Có thể để trống nếu không có hạn chế nào.")
        .fields(vec![rows(
            REMEDY_PLAN,
            "Các nội dung khắc phục",
            vec![
                long(PLAN_SHORTCOMING, "Hạn chế, khuyết điểm"),
                long(PLAN_MEASURE, "Biện pháp khắc phục"),
                text(PLAN_DEADLINE, "Thời hạn", 100).optional().hint("Ví dụ: quý I/2026, hoặc 30/06/2026."),
                text(PLAN_FOLLOW_UP, "Người theo dõi", 100).optional().hint("Ví dụ: bí thư chi bộ."),
            ],
            50,
        )
        .optional()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_commitment_area_is_named_apart_in_the_list_of_things_to_fix() {
        let t = commitment();
        let places: Vec<String> = AREAS.iter().map(|(id, _)| t.place_of(id)).collect();
        assert_eq!(places[0], "1. Về tư tưởng chính trị: Nội dung cam kết");
        let distinct: std::collections::BTreeSet<&String> = places.iter().collect();
        assert_eq!(distinct.len(), 4, "{places:?}");
        assert_eq!(t.place_of(ids::FULL_NAME), "Họ và tên");
    }
}
