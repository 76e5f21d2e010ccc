//! Bản kiểm điểm, tự đánh giá, xếp loại cá nhân: Mẫu 2A, 2B, 2C of Hướng dẫn 43-HD/BTCTW
//! (31/10/2025), under Quy định 366-QĐ/TW. Domain README §2.
//!
//! Sources of the wording:
//! - Part A and Part B headings: verbatim from the 2B and 2C samples [C: S13, S32].
//! - 2C item I.2 differs from 2B: the 2C sample's wording is used [C: S32] (the 2C writing
//!   guide words it as in 2B [S33]).
//! - 2A's extra leader items (I.3–I.5): content from QĐ 366 Điều 6 khoản 2 (ii) [C: S34];
//!   their place and numbering in 2A are [I] (mirroring the 2019 form), marked below.
//! - Subtitles of 2A and 2B, and 2A's Phụ lục 3 in Part B: [I], marked below.
//! - The field ids are English and stable: saved files depend on them.

use crate::codes::{Discipline, RemedyStatus, YesNo};
use crate::level::Level;
use crate::template::build::*;
use crate::template::{DocKind, Section, Step, Template, Widget, Wording};

/// Field ids the rules and the other documents read.
pub mod ids {
    /// Đảng bộ: the organisation above the cell, printed top left.
    pub const PARTY_COMMITTEE: &str = "party_committee";
    /// Chi bộ: the member's cell, printed top left.
    pub const CELL: &str = "cell";
    /// Họ và tên: also names the exported file and links a review to the roster.
    pub const FULL_NAME: &str = "full_name";
    /// Ngày sinh, dd/mm/yyyy.
    pub const BIRTH_DATE: &str = "birth_date";
    /// Đơn vị công tác.
    pub const WORK_UNIT: &str = "work_unit";
    /// Chức vụ Đảng (optional).
    pub const PARTY_POST: &str = "party_post";
    /// Chức vụ chính quyền (optional).
    pub const GOVERNMENT_POST: &str = "government_post";
    /// Chức vụ đoàn thể (optional).
    pub const MASS_ORG_POST: &str = "mass_org_post";
    /// Địa danh of the date line ("Hà Nội, ngày … tháng … năm …").
    pub const PLACE: &str = "place";
    /// The date the review was written, dd/mm/yyyy, printed on the date line.
    pub const WRITTEN_ON: &str = "written_on";

    /// Biểu hiện suy thoái về tư tưởng chính trị (Nghị quyết 04-NQ/TW): có biểu hiện or không có.
    pub const NQ04_POLITICAL: &str = "nq04_political";
    /// Biểu hiện suy thoái về đạo đức, lối sống (Nghị quyết 04-NQ/TW): có biểu hiện or không có.
    pub const NQ04_ETHICS: &str = "nq04_ethics";
    /// Biểu hiện "tự diễn biến", "tự chuyển hoá" (Nghị quyết 04-NQ/TW): có biểu hiện or không có.
    pub const NQ04_SELF_EVOLUTION: &str = "nq04_self_evolution";

    /// Kết quả thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu of the year.
    pub const COMMITMENT_RESULTS: &str = "commitment_results";
    /// Mục II.1, hạn chế, khuyết điểm: a list, one shortcoming a row; next year's remedy plan.
    pub const SHORTCOMINGS: &str = "shortcomings";
    /// The column of [`SHORTCOMINGS`]: the shortcoming's text.
    pub const SHORTCOMING_TEXT: &str = "text";
    /// Mục III: the shortcomings named at earlier reviews, each with how far it was remedied.
    pub const EARLIER_SHORTCOMINGS: &str = "earlier_shortcomings";
    /// The column of [`EARLIER_SHORTCOMINGS`]: the shortcoming as it was named.
    pub const EARLIER_TEXT: &str = "text";
    /// The column of [`EARLIER_SHORTCOMINGS`]: one of [`super::REMEDY_STATUSES`].
    pub const EARLIER_STATUS: &str = "status";
    /// The column of [`EARLIER_SHORTCOMINGS`]: mức độ khắc phục, khó khăn, trách nhiệm (optional).
    pub const EARLIER_NOTE: &str = "note";
    /// Mục VI, phương hướng, biện pháp khắc phục: a list, one measure a row.
    pub const REMEDY_MEASURES: &str = "remedy_measures";
    /// The column of [`REMEDY_MEASURES`]: the measure's text.
    pub const MEASURE_TEXT: &str = "text";

    /// Điểm nhóm tiêu chí chung: 0 to 30 points (QĐ 366 Điều 10).
    pub const GENERAL_POINTS: &str = "general_points";
    /// Điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 0 to 70 points (QĐ 366 Điều 10).
    pub const RESULTS_POINTS: &str = "results_points";
    /// Mức xếp loại tự đề xuất: a [`crate::level::Level`] code.
    pub const PROPOSED_LEVEL: &str = "proposed_level";

    /// Số nhiệm vụ được giao trong năm: the base of the rules' percentages.
    pub const TASKS_ASSIGNED: &str = "tasks_assigned";
    /// Số nhiệm vụ hoàn thành đúng hạn.
    pub const TASKS_ON_TIME: &str = "tasks_on_time";
    /// Số nhiệm vụ hoàn thành nhưng chậm tiến độ.
    pub const TASKS_LATE: &str = "tasks_late";
    /// Số nhiệm vụ không hoàn thành.
    pub const TASKS_NOT_DONE: &str = "tasks_not_done";
    /// Of the completed tasks, số nhiệm vụ vượt mức yêu cầu (30 % for xuất sắc).
    pub const TASKS_EXCEEDED: &str = "tasks_exceeded";
    /// Kỷ luật trong năm: one of [`super::DISCIPLINE_CHOICES`].
    pub const DISCIPLINE: &str = "discipline";
    /// Whether a competent level concluded degradation or a breach in the year (có / không).
    pub const DEGRADATION: &str = "degradation_concluded";
    /// Tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả (có / không).
    pub const SELF_REMEDIED: &str = "self_remedied";

    /// Mẫu 2A: share of their tasks the units the leader directly leads completed, in %.
    pub const UNITS_COMPLETED: &str = "units_completed_percent";
    /// Mẫu 2A: share of the units' tasks not on schedule, in %.
    pub const UNITS_LATE: &str = "units_late_percent";
    /// Mẫu 2A: share of the units' tasks completed beyond requirements, in %.
    pub const UNITS_EXCEEDED: &str = "units_exceeded_percent";
    /// Mẫu 2A: how many units the leader directly leads.
    pub const UNITS_COUNT: &str = "units_count";
    /// Mẫu 2A: of those, how many are rated Không hoàn thành nhiệm vụ.
    pub const UNITS_FAILED: &str = "units_failed";
    /// Mẫu 2A: whether a confidence vote was held in the year (có / không).
    pub const CONFIDENCE_VOTE: &str = "confidence_vote";
    /// Mẫu 2A: share of low-confidence votes at that vote, in %.
    pub const LOW_CONFIDENCE: &str = "low_confidence_percent";
    /// Mẫu 2A: the 5 basic socio-economic targets: one of [`super::TARGETS_CHOICES`].
    pub const SOCIO_ECONOMIC_TARGETS: &str = "socio_economic_targets";
    /// Mẫu 2A: corruption, waste or negativity disciplined within the leader's direct remit
    /// (có / không).
    pub const CORRUPTION_IN_REMIT: &str = "corruption_in_remit";
    /// Mẫu 2A: the leader detected, reported and directed its handling in time, the
    /// consequences remedied (có / không).
    pub const CORRUPTION_SELF_HANDLED: &str = "corruption_self_handled";
}

/// The value of [`ids::SOCIO_ECONOMIC_TARGETS`] for targets missed.
pub const TARGETS_MISSED: &str = "khong_dat";

/// Answers on the 5 basic socio-economic targets; "not applicable" for posts without them.
pub const TARGETS_CHOICES: [(&str, &str); 3] =
    [("dat", "Đạt"), (TARGETS_MISSED, "Không đạt"), ("khong_ap_dung", "Không áp dụng với chức vụ của đồng chí")];

/// Status values of an earlier shortcoming, from the instruction of section III [C].
pub const REMEDY_STATUSES: [(&str, &str); 3] = [
    (RemedyStatus::Remedied.code(), RemedyStatus::Remedied.label()),
    (RemedyStatus::InProgress.code(), RemedyStatus::InProgress.label()),
    (RemedyStatus::NotRemedied.code(), RemedyStatus::NotRemedied.label()),
];

/// Discipline forms for a Party member, lightest first; any of them is "khiển trách trở
/// lên" for QĐ 366 Điều 11 khoản 4.
pub const DISCIPLINE_CHOICES: [(&str, &str); 4] = [
    (Discipline::None.code(), Discipline::None.label()),
    (Discipline::Reprimand.code(), Discipline::Reprimand.label()),
    (Discipline::Warning.code(), Discipline::Warning.label()),
    (Discipline::Dismissal.code(), Discipline::Dismissal.label()),
];

const YES_NO: [(&str, &str); 2] = [(YesNo::No.code(), YesNo::No.label()), (YesNo::Yes.code(), YesNo::Yes.label())];

const NQ04_CHOICES: [(&str, &str); 2] =
    [("khong_co", "Không có biểu hiện"), ("co_bieu_hien", "Có biểu hiện (nêu rõ trong phần ghi chú và ở mục II)")];

/// Which of the three forms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// Cá nhân giữ chức vụ lãnh đạo, quản lý.
    A,
    /// Cá nhân không giữ chức vụ lãnh đạo, quản lý.
    B,
    /// Đảng viên không làm việc trong hệ thống chính trị.
    C,
}

/// Mẫu 2A: bản kiểm điểm of a member who holds a leading or managing post.
pub fn form_2a() -> Template {
    Template {
        id: "2025/2A",
        revision: 1,
        kind: DocKind::Review,
        name: "Mẫu 2A",
        official_name: "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân giữ chức vụ lãnh đạo, quản lý",
        printed_code: "Mẫu 02A-HD KĐ.ĐG 2025",
        audience: "Đảng viên giữ chức vụ lãnh đạo, quản lý",
        title: "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN",
        // [I] by analogy with the 2023 leader form (domain README §2.2, §3.1).
        subtitle: "(Cá nhân giữ chức vụ lãnh đạo, quản lý)",
        subtitle_wording: Wording::Inferred,
        steps: steps(Form::A),
    }
}

/// Mẫu 2B: bản kiểm điểm of a member in the political system without such a post.
pub fn form_2b() -> Template {
    Template {
        id: "2025/2B",
        revision: 1,
        kind: DocKind::Review,
        name: "Mẫu 2B",
        official_name: "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân không giữ chức vụ lãnh đạo, quản lý",
        printed_code: "Mẫu 02B-HD KĐ.ĐG 2025",
        audience: "Đảng viên làm việc trong hệ thống chính trị, không giữ chức vụ lãnh đạo, quản lý",
        title: "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN",
        // [I] by analogy with the 2023 form (domain README §2.2).
        subtitle: "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)",
        subtitle_wording: Wording::Inferred,
        steps: steps(Form::B),
    }
}

/// Mẫu 2C: bản kiểm điểm of a member outside the political system (retired, students,
/// private sector…).
pub fn form_2c() -> Template {
    Template {
        id: "2025/2C",
        revision: 1,
        kind: DocKind::Review,
        name: "Mẫu 2C",
        official_name: "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân là đảng viên không làm việc trong hệ thống chính trị",
        printed_code: "Mẫu 02C-HD KĐ.ĐG 2025",
        audience: "Đảng viên không làm việc trong hệ thống chính trị: cán bộ hưu trí, học sinh, sinh viên, người làm việc ở doanh nghiệp tư nhân…",
        title: "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN",
        subtitle: "(Đảng viên không làm việc trong hệ thống chính trị)",
        subtitle_wording: Wording::Official,
        steps: steps(Form::C),
    }
}

fn steps(form: Form) -> Vec<Step> {
    vec![
        step(super::IDENTITY, "Thông tin chung", vec![identity(form)]),
        step("uu-diem", "I. Ưu điểm, kết quả", strengths(form)),
        step("han-che", "II. Hạn chế, nguyên nhân", shortcomings()),
        step("khac-phuc", "III. Khắc phục hạn chế kỳ trước", vec![earlier_shortcomings()]),
        step("giai-trinh", "IV–V. Giải trình, trách nhiệm", explanations()),
        step("phuong-huong", "VI. Phương hướng khắc phục", vec![remedy_measures()]),
        step("tu-danh-gia", "B. Tự đánh giá, xếp loại", self_assessment(form)),
    ]
}

fn identity(form: Form) -> Section {
    use ids::*;
    let mut fields = vec![
        text(PARTY_COMMITTEE, "Đảng bộ", 200)
            .hint("Tên đảng bộ cấp trên trực tiếp của chi bộ, in ở góc trái đầu văn bản."),
        text(CELL, "Chi bộ", 200),
        text(FULL_NAME, "Họ và tên", 100),
        date(BIRTH_DATE, "Ngày sinh", true).hint("Dạng ngày/tháng/năm, ví dụ 05/01/1980."),
    ];
    if form == Form::A {
        // [I] as in the 2023 leader form (domain README §2.2).
        fields.extend([
            text(PARTY_POST, "Chức vụ Đảng", 200).optional().hint("Để trống nếu không có."),
            text(GOVERNMENT_POST, "Chức vụ chính quyền", 200).optional().hint("Để trống nếu không có."),
            text(MASS_ORG_POST, "Chức vụ đoàn thể", 200).optional().hint("Để trống nếu không có."),
        ]);
    }
    fields.extend([
        text(WORK_UNIT, "Đơn vị công tác", 200).hint(if form == Form::C {
            "Nơi làm việc, học tập hoặc nơi cư trú nếu đã nghỉ hưu."
        } else {
            "Cơ quan, đơn vị nơi đồng chí đang công tác."
        }),
        text(PLACE, "Địa danh", 100).hint("Tên nơi viết, in ở dòng ngày tháng, ví dụ: Hà Nội."),
        date(WRITTEN_ON, "Ngày viết bản kiểm điểm", false),
    ]);
    section(super::IDENTITY, "", 2, "Thông tin người kiểm điểm")
        .ours()
        .hint("Những thông tin này in ở đầu bản kiểm điểm. Lần sau ứng dụng sẽ điền sẵn để đồng chí chỉ cần sửa nếu có thay đổi.")
        .fields(fields)
}

fn strengths(form: Form) -> Vec<Section> {
    let mut sections = vec![
        section("A", "A.", 1, "NỘI DUNG KIỂM ĐIỂM"),
        section("A.I", "I.", 2, "Ưu điểm, kết quả đạt được"),
        section(
            "A.I.1",
            "1.",
            3,
            "Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, \"tự diễn biến\", \"tự chuyển hoá\".",
        )
        .hint("Viết cụ thể, có việc làm, có số liệu: lập trường tư tưởng, học tập nghị quyết, giữ gìn đạo đức, quan hệ với đồng chí, đồng nghiệp và nhân dân nơi cư trú. Sau đó tự đối chiếu với ba nhóm biểu hiện suy thoái ở dưới.")
        .fields(vec![long("a1_conduct", "Nội dung tự kiểm điểm mục 1")]),
        nq04_self_check(),
        section(
            "A.I.2",
            "2.",
            3,
            if form == Form::C {
                "Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công."
            } else {
                "Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc."
            },
        )
        .hint("Kể những nhiệm vụ được giao và kết quả: sản phẩm, tiến độ, chất lượng. Số liệu càng cụ thể càng tốt; số nhiệm vụ hoàn thành, chậm, vượt mức sẽ nhập ở phần B.")
        .fields(vec![long("a2_duties", "Nội dung tự kiểm điểm mục 2")]),
    ];
    if form == Form::A {
        // Content [C] from QĐ 366 Điều 6 khoản 2 (ii); placement as items 3–5 of 2A is [I]
        // (as in the 2019 form). Correct the numbers here if the official 2A differs.
        sections.extend([
            section("A.I.3", "3.", 3, "Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.")
                .wording(Wording::Inferred)
                .hint("Nêu kết quả của đơn vị, lĩnh vực đồng chí trực tiếp phụ trách và vai trò của đồng chí trong đó.")
                .fields(vec![long("a3_leadership", "Nội dung tự kiểm điểm mục 3")]),
            section("A.I.4", "4.", 3, "Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.")
                .wording(Wording::Inferred)
                .hint("Nêu những việc khó, việc mới đồng chí đã chủ động đề xuất, quyết định và chịu trách nhiệm.")
                .fields(vec![long("a4_responsibility", "Nội dung tự kiểm điểm mục 4")]),
            section("A.I.5", "5.", 3, "Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.")
                .wording(Wording::Inferred)
                .hint("Nêu việc nêu gương của bản thân và gia đình, kết quả lấy phiếu tín nhiệm nếu có.")
                .fields(vec![long("a5_example", "Nội dung tự kiểm điểm mục 5")]),
        ]);
    }
    sections.push(
        section(
            "A.I.commitment",
            if form == Form::A { "6." } else { "3." },
            3,
            "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.",
        )
        .hint("Đối chiếu từng nội dung trong bản cam kết đầu năm: việc nào đã làm được, việc nào chưa và vì sao.")
        .fields(vec![long(ids::COMMITMENT_RESULTS, "Kết quả thực hiện bản cam kết")]),
    );
    sections
}

/// Self-check against the three groups of manifestations of Nghị quyết 04-NQ/TW. The group
/// names are confirmed; the 27 items are not, so none is shipped here: a criteria pack
/// (see `domain::criteria`) supplies them when loaded.
fn nq04_self_check() -> Section {
    use ids::{NQ04_ETHICS, NQ04_POLITICAL, NQ04_SELF_EVOLUTION};
    let group = |id: &'static str, label: &'static str| {
        vec![
            choice(id, label, &NQ04_CHOICES),
            long(note_id(id), "Ghi chú của đồng chí").optional().hint("Nếu có biểu hiện, nêu rõ và cách khắc phục."),
        ]
    };
    let mut fields = group(NQ04_POLITICAL, "Những biểu hiện suy thoái về tư tưởng chính trị");
    fields.extend(group(NQ04_ETHICS, "Những biểu hiện suy thoái về đạo đức, lối sống"));
    fields.extend(group(NQ04_SELF_EVOLUTION, "Những biểu hiện \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ"));
    section("A.I.1.nq04", "", 3, "Tự đối chiếu với ba nhóm biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hoá\" (Nghị quyết 04-NQ/TW)")
        .ours()
        .hint("Với mỗi nhóm, chọn đồng chí có hay không có biểu hiện. Phần này giúp đồng chí viết mục 1 và mục II; nó không in thành mục riêng.")
        .fields(fields)
}

/// The id of the note that goes with a self-check group.
pub fn note_id(group_id: &str) -> &'static str {
    match group_id {
        ids::NQ04_POLITICAL => "nq04_political_note",
        ids::NQ04_ETHICS => "nq04_ethics_note",
        _ => "nq04_self_evolution_note",
    }
}

fn shortcomings() -> Vec<Section> {
    use ids::*;
    vec![
        section("A.II", "II.", 2, "Hạn chế, khuyết điểm và nguyên nhân"),
        section("A.II.1", "1.", 3, "Hạn chế, khuyết điểm.")
            .hint("Mỗi hạn chế một dòng, nói rõ việc gì, ở mức nào. Năm sau, từng dòng này sẽ thành một nội dung trong kế hoạch khắc phục và được theo dõi ở mục III.")
            .fields(vec![rows(
                SHORTCOMINGS,
                "Các hạn chế, khuyết điểm",
                vec![long(SHORTCOMING_TEXT, "Hạn chế, khuyết điểm")],
                50,
            )]),
        section("A.II.2", "2.", 3, "Nguyên nhân của hạn chế, khuyết điểm.")
            .hint("Nêu nguyên nhân chủ quan trước, rồi đến nguyên nhân khách quan.")
            .fields(vec![long("shortcoming_causes", "Nguyên nhân")]),
    ]
}

fn earlier_shortcomings() -> Section {
    use ids::*;
    let statuses: Vec<(&'static str, &'static str)> = REMEDY_STATUSES.to_vec();
    section(
        "A.III",
        "III.",
        2,
        "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
    )
    .note("(Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.)")
    .hint("Liệt kê từng hạn chế đã được chỉ ra ở kỳ kiểm điểm trước và cho biết đã khắc phục đến đâu. Nếu đây là lần kiểm điểm đầu tiên hoặc kỳ trước không có hạn chế nào, chọn \"Không có\".")
    // The paper form does not mark III "(nếu có)"; a member with no earlier shortcomings
    // (a first review) still has to be able to answer it.
    .optional()
    .fields(vec![
        rows(
            EARLIER_SHORTCOMINGS,
            "Các hạn chế, khuyết điểm kỳ trước",
            vec![
                long(EARLIER_TEXT, "Hạn chế, khuyết điểm đã được chỉ ra"),
                choice(EARLIER_STATUS, "Kết quả khắc phục", &statuses),
                long(EARLIER_NOTE, "Mức độ khắc phục, khó khăn, trách nhiệm").optional(),
            ],
            50,
        ),
    ])
}

fn explanations() -> Vec<Section> {
    vec![
        section("A.IV", "IV.", 2, "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
            .note("(Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm.)")
            .hint("Chỉ viết khi cấp trên có văn bản gợi ý kiểm điểm đối với đồng chí. Nếu không, chọn \"Không có\".")
            .optional()
            .fields(vec![long("suggested_issues", "Giải trình")]),
        section("A.V", "V.", 2, "Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)")
            .hint("Nếu tập thể nơi đồng chí công tác hoặc chi bộ có hạn chế, nêu phần trách nhiệm của đồng chí. Nếu không, chọn \"Không có\".")
            .optional()
            .fields(vec![long("collective_responsibility", "Trách nhiệm của cá nhân")]),
    ]
}

fn remedy_measures() -> Section {
    use ids::*;
    section("A.VI", "VI.", 2, "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
        .hint("Mỗi biện pháp một dòng, gắn với hạn chế ở mục II, có việc làm và thời hạn cụ thể. Bản cam kết năm sau sẽ lấy các dòng này làm kế hoạch khắc phục.")
        .fields(vec![rows(
            REMEDY_MEASURES,
            "Các biện pháp khắc phục",
            vec![long(MEASURE_TEXT, "Biện pháp")],
            50,
        )])
}

fn self_assessment(form: Form) -> Vec<Section> {
    use ids::*;
    let (intro, intro_wording) = match form {
        Form::A => ("Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 3, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:", Wording::Inferred),
        Form::B => ("Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:", Wording::Partial),
        Form::C => ("Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với đảng viên không làm việc trong hệ thống chính trị được quy định tại Phụ lục 5, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:", Wording::Official),
    };
    let levels: Vec<(&'static str, &'static str)> = Level::ALL.iter().map(|l| (l.code(), l.label())).collect();
    let counts_hint = "Các số này dùng để kiểm tra điều kiện của từng mức xếp loại (Điều 11 Quy định 366-QĐ/TW); chúng được gửi kèm như phụ lục kết quả thực hiện nhiệm vụ.";
    vec![
        section("B", "B.", 1, "NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI"),
        section("B.I", "I.", 2, "Đánh giá theo các nhóm tiêu chí")
            .note(intro)
            .note_wording(intro_wording)
            .hint("Chấm điểm theo tiêu chí cụ thể mà cấp ủy cấp trên đã hướng dẫn. Ứng dụng nhận một chữ số thập phân, ví dụ 27,5; văn bản chưa nói rõ có được dùng số thập phân hay không, nên hãy theo hướng dẫn của cấp ủy cấp trên. Tổng điểm và khung xếp loại hiện ngay bên dưới.")
            .fields(vec![
                points(GENERAL_POINTS, "1. Nhóm tiêu chí chung (tối đa 30 điểm)", 30),
                points(RESULTS_POINTS, "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (tối đa 70 điểm)", 70),
            ])
            .widget(Widget::ScoreTotal),
        section("B.tasks", "", 2, "Số liệu nhiệm vụ và kỷ luật trong năm")
            .ours()
            .hint(counts_hint)
            .fields(vec![
                count(TASKS_ASSIGNED, "Số nhiệm vụ được giao trong năm"),
                count(TASKS_ON_TIME, "Số nhiệm vụ hoàn thành đúng hạn"),
                count(TASKS_LATE, "Số nhiệm vụ hoàn thành nhưng chậm tiến độ"),
                count(TASKS_NOT_DONE, "Số nhiệm vụ không hoàn thành"),
                count(TASKS_EXCEEDED, "Trong số nhiệm vụ đã hoàn thành: số nhiệm vụ vượt mức yêu cầu"),
                choice(DISCIPLINE, "Hình thức kỷ luật đảng bị xử lý trong năm", &DISCIPLINE_CHOICES),
                choice(DEGRADATION, "Trong năm, đồng chí có bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, vi phạm những điều đảng viên không được làm hoặc vi phạm trách nhiệm nêu gương không?", &YES_NO),
                choice(SELF_REMEDIED, "Nếu có kỷ luật hoặc kết luận nêu trên: đồng chí đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả chưa?", &YES_NO)
                    .optional()
                    .hint("Chỉ trả lời khi có kỷ luật hoặc kết luận. Trường hợp này do cấp có thẩm quyền xem xét, quyết định mức xếp loại."),
            ]),
    ]
    .into_iter()
    .chain((form == Form::A).then(leader_units))
    .chain([
        section("B.II", "II.", 2, "Đề xuất xếp loại mức chất lượng:")
            .note("(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng).")
            .hint("Chọn mức đồng chí tự đề xuất. Ứng dụng đối chiếu mức này với tổng điểm và các điều kiện của Quy định 366-QĐ/TW và báo ngay nếu chưa phù hợp.")
            .fields(vec![choice(PROPOSED_LEVEL, "Mức xếp loại đồng chí tự đề xuất", &levels)])
            .widget(Widget::RuleFindings),
    ])
    .collect()
}

/// Mẫu 2A only: what the leaders' conditions of QĐ 366 Điều 11 read of the units, fields or
/// bodies the leader directly leads [C]. The wording of the questions is the app's: the form
/// asks for these results in its annex, whose layout each committee sets (HD 43 mục 7.12).
fn leader_units() -> Section {
    use ids::*;
    section("B.units", "", 2, "Kết quả của cơ quan, đơn vị, lĩnh vực do đồng chí trực tiếp phụ trách")
        .ours()
        .hint("Các số này dùng để kiểm tra điều kiện dành cho cán bộ lãnh đạo, quản lý (Điều 11 Quy định 366-QĐ/TW). Tỉ lệ tính theo phần trăm, được dùng một chữ số thập phân.")
        .fields(vec![
            points(UNITS_COMPLETED, "Tỉ lệ nhiệm vụ đã hoàn thành (%)", 100).optional(),
            points(UNITS_LATE, "Tỉ lệ nhiệm vụ chưa bảo đảm tiến độ (%)", 100).optional(),
            points(UNITS_EXCEEDED, "Tỉ lệ nhiệm vụ hoàn thành vượt mức yêu cầu (%)", 100).optional(),
            count(UNITS_COUNT, "Số cơ quan, đơn vị do đồng chí trực tiếp phụ trách").optional(),
            count(UNITS_FAILED, "Trong đó, số cơ quan, đơn vị bị xếp loại Không hoàn thành nhiệm vụ").optional(),
            choice(CONFIDENCE_VOTE, "Trong năm có lấy phiếu tín nhiệm đối với đồng chí không?", &YES_NO).optional(),
            points(LOW_CONFIDENCE, "Nếu có: tỉ lệ phiếu tín nhiệm thấp (%)", 100)
                .optional()
                .hint("Chỉ điền khi trong năm có lấy phiếu tín nhiệm."),
            choice(SOCIO_ECONOMIC_TARGETS, "Địa phương, đơn vị do đồng chí phụ trách có đạt 5 chỉ tiêu cơ bản về kinh tế - xã hội trong năm không?", &TARGETS_CHOICES)
                .optional(),
            choice(CORRUPTION_IN_REMIT, "Trong phạm vi đồng chí trực tiếp phụ trách, có vụ việc tham nhũng, lãng phí, tiêu cực bị xử lý kỷ luật trong năm không?", &YES_NO)
                .optional(),
            choice(CORRUPTION_SELF_HANDLED, "Nếu có: đồng chí đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả chưa?", &YES_NO)
                .optional()
                .hint("Cách hỏi này là của ứng dụng, theo cách hiểu văn bản; cấp có thẩm quyền xem xét, quyết định."),
        ])
}
