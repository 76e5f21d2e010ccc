//! Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể: Mẫu 01-HD KĐ.ĐG 2025
//! of Hướng dẫn 43-HD/BTCTW, written by the cell about itself. Domain README §5.1.
//!
//! Sources of the wording:
//! - The opening sentence, Part A I–VI and Part B headings, and the instructions under III,
//!   IV and V: verbatim [C: S35, S45].
//! - The header block and the title are not in the retrieved text [U]; the title follows
//!   the Party format of §10 and is marked [I].
//! - Field ids reuse the member review's where the content is the same kind (shortcomings,
//!   earlier shortcomings, measures, points, proposed level), so that the carry-over of
//!   section III and the score widgets work unchanged.

use crate::level::Level;
use crate::template::build::*;
use crate::template::{DocKind, Section, Template, Widget, Wording};
use crate::templates::review_2025::{ids, REMEDY_STATUSES};

/// The id of Mẫu 01 (2025).
pub const ID: &str = "2025/01";

/// The opening sentence of Mẫu 01 [C: S35].
pub const OPENING: &str = "Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, đơn vị); tập thể...... kiểm điểm, tự đánh giá, xếp loại chất lượng với các nội dung chủ yếu sau:";

/// Mẫu 01: báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (chi bộ).
pub fn form_01() -> Template {
    Template {
        id: ID,
        revision: 1,
        kind: DocKind::CellReview,
        name: "Mẫu 01",
        official_name: "Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể",
        printed_code: "Mẫu 01-HD KĐ.ĐG 2025",
        audience: "Chi ủy, chi bộ (tập thể) tự kiểm điểm",
        title: "BÁO CÁO",
        // [I] the header and title were not retrieved (domain README §5.1).
        subtitle: "Kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể",
        subtitle_wording: Wording::Inferred,
        steps: vec![
            step(super::IDENTITY, "Thông tin chung", vec![identity()]),
            step("uu-diem", "I. Ưu điểm, kết quả", strengths()),
            step("han-che", "II. Hạn chế, nguyên nhân", shortcomings()),
            step("khac-phuc", "III. Khắc phục hạn chế kỳ trước", vec![earlier()]),
            step("giai-trinh", "IV–V. Giải trình, trách nhiệm", explanations()),
            step("phuong-huong", "VI. Phương hướng khắc phục", vec![measures()]),
            step("tu-danh-gia", "B. Tự đánh giá, xếp loại", self_assessment()),
        ],
    }
}

fn identity() -> Section {
    use ids::*;
    section(super::IDENTITY, "", 2, "Thông tin của chi bộ")
        .ours()
        .hint("Tên đảng bộ và chi bộ lấy từ hồ sơ chi bộ; sửa ở đây nếu cần. Địa danh và ngày in ở dòng ngày tháng của báo cáo.")
        .fields(vec![
            text(PARTY_COMMITTEE, "Đảng bộ", 200),
            text(CELL, "Chi bộ", 200),
            text(PLACE, "Địa danh", 100).hint("Ví dụ: Hà Nội."),
            date(WRITTEN_ON, "Ngày báo cáo", false),
        ])
}

fn strengths() -> Vec<Section> {
    vec![
        section("A", "A.", 1, "NỘI DUNG KIỂM ĐIỂM").note(OPENING),
        section("A.I", "I.", 2, "Ưu điểm, kết quả đạt được"),
        section("A.I.1", "1.", 3, "Việc chấp hành nguyên tắc tổ chức và hoạt động, nhất là nguyên tắc tập trung dân chủ; thực hiện quy chế làm việc.")
            .hint("Sinh hoạt chi bộ có đều đặn, đúng quy chế không; việc bàn bạc, quyết định theo đa số; phân công đảng viên.")
            .fields(vec![long("c_a1_principles", "Nội dung mục 1")]),
        section("A.I.2", "2.", 3, "Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra trong nghị quyết đại hội nhiệm kỳ, kế hoạch, chương trình công tác năm, được cấp có thẩm quyền giao, phê duyệt và các nhiệm vụ phát sinh, đột xuất được cấp có thẩm quyền giao.")
            .hint("Nêu từng chỉ tiêu của nghị quyết năm và mức đạt được, có số liệu.")
            .fields(vec![long("c_a2_results", "Nội dung mục 2")]),
        section("A.I.3", "3.", 3, "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị; xây dựng tổ chức bộ máy tinh gọn, hoạt động hiệu năng, hiệu lực, hiệu quả; tinh giản biên chế gắn với cải cách hành chính và chuyển đổi số; năng lực, trách nhiệm của tập thể lãnh đạo, quản lý; trách nhiệm nêu gương; trách nhiệm giải trình; công tác đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí và ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; công tác kiểm soát quyền lực, phòng, chống chạy chức, chạy quyền, lợi ích nhóm; xây dựng và thực hiện cơ chế công khai, minh bạch trong công tác cán bộ; công tác kiểm tra, giám sát, kỷ luật đảng và công tác tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh của tổ chức, cá nhân.")
            .hint("Chỉ nêu những việc chi bộ đã làm trong năm; việc nào không thuộc chức năng của chi bộ thì bỏ qua.")
            .fields(vec![long("c_a3_party_building", "Nội dung mục 3")]),
        section("A.I.4", "4.", 3, "Trách nhiệm của tập thể lãnh đạo, quản lý trong triển khai thực hiện các chủ trương, đường lối, nghị quyết, văn bản chỉ đạo của Đảng, của cấp trên; thực hiện nhiệm vụ chính trị của địa phương, tổ chức, cơ quan, đơn vị.")
            .fields(vec![long("c_a4_leadership", "Nội dung mục 4")]),
    ]
}

fn shortcomings() -> Vec<Section> {
    use ids::*;
    vec![
        section("A.II", "II.", 2, "Hạn chế, khuyết điểm và nguyên nhân"),
        section("A.II.1", "-", 3, "Hạn chế, khuyết điểm.")
            .hint("Mỗi hạn chế một dòng. Năm sau, từng dòng này được đưa vào mục III để theo dõi việc khắc phục.")
            .fields(vec![rows(
                SHORTCOMINGS,
                "Các hạn chế, khuyết điểm của chi bộ",
                vec![long(SHORTCOMING_TEXT, "Hạn chế, khuyết điểm")],
                50,
            )]),
        section("A.II.2", "-", 3, "Nguyên nhân của hạn chế, khuyết điểm.")
            .hint("Nguyên nhân chủ quan trước, khách quan sau.")
            .fields(vec![long("shortcoming_causes", "Nguyên nhân")]),
    ]
}

fn earlier() -> Section {
    use ids::*;
    let statuses: Vec<(&'static str, &'static str)> = REMEDY_STATUSES.to_vec();
    section("A.III", "III.", 2, "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước")
        .note("(Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của tập thể, cá nhân có liên quan.)")
        .hint("Khi nhập gói chi bộ của năm trước, các hạn chế và biện pháp của năm đó được điền sẵn ở đây; chi bộ chỉ cần cho biết kết quả khắc phục. Nếu kỳ trước không có hạn chế nào, chọn \"Không có\".")
        .optional()
        .fields(vec![rows(
            EARLIER_SHORTCOMINGS,
            "Các hạn chế, khuyết điểm kỳ trước",
            vec![
                long(EARLIER_TEXT, "Hạn chế, khuyết điểm đã được chỉ ra"),
                choice(EARLIER_STATUS, "Kết quả khắc phục", &statuses),
                long(EARLIER_NOTE, "Mức độ khắc phục, khó khăn, trách nhiệm").optional(),
            ],
            50,
        )])
}

fn explanations() -> Vec<Section> {
    vec![
        section("A.IV", "IV.", 2, "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)")
            .note("(Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của tập thể, cá nhân đối với từng vấn đề được gợi ý kiểm điểm.)")
            .hint("Chỉ viết khi cấp ủy cấp trên có văn bản gợi ý kiểm điểm đối với chi bộ. Nếu không, chọn \"Không có\".")
            .optional()
            .fields(vec![long("suggested_issues", "Giải trình")]),
        section("A.V", "V.", 2, "Trách nhiệm của tập thể, cá nhân")
            .note("(Về hạn chế, khuyết điểm trong thực hiện nhiệm vụ hoặc khi có dấu hiệu vi phạm; để xảy ra những vấn đề bức xúc, phức tạp, dư luận quan tâm; có đơn, thư khiếu nại, tố cáo; biểu hiện mất đoàn kết nội bộ; vi phạm nguyên tắc, quy định của Đảng; biểu hiện \"lợi ích nhóm\", tham nhũng, lãng phí, tiêu cực, suy thoái, \"tự diễn biến\", \"tự chuyển hoá\"; để tập thể, cá nhân thuộc quyền quản lý bị kỷ luật, khởi tố; trì trệ, yếu kém, không hoàn thành chức trách, nhiệm vụ được giao.)")
            .fields(vec![long("collective_responsibility", "Trách nhiệm của tập thể, cá nhân")]),
    ]
}

fn measures() -> Section {
    use ids::*;
    section("A.VI", "VI.", 2, "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm")
        .hint("Mỗi biện pháp một dòng, gắn với một hạn chế ở mục II, có thời hạn.")
        .fields(vec![rows(REMEDY_MEASURES, "Các biện pháp khắc phục", vec![long(MEASURE_TEXT, "Biện pháp")], 50)])
}

fn self_assessment() -> Vec<Section> {
    use ids::*;
    let levels: Vec<(&'static str, &'static str)> = Level::ALL.iter().map(|l| (l.code(), l.label())).collect();
    vec![
        section("B", "B.", 1, "NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI"),
        section("B.I", "I.", 2, "Đánh giá theo các nhóm tiêu chí")
            .note("Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với tập thể được quy định tại Phụ lục 1, Quy định số 366-QĐ/TW, các tập thể tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:")
            .hint("Chấm theo tiêu chí cụ thể mà cấp ủy cấp trên đã hướng dẫn. Ứng dụng nhận một chữ số thập phân; văn bản chưa nói rõ có được dùng số thập phân hay không, nên hãy theo hướng dẫn của cấp ủy cấp trên.")
            .fields(vec![
                points(GENERAL_POINTS, "1. Nhóm tiêu chí chung (tối đa 30 điểm)", 30),
                points(RESULTS_POINTS, "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (tối đa 70 điểm)", 70),
            ])
            .widget(Widget::ScoreTotal),
        section("B.tasks", "", 2, "Số liệu nhiệm vụ của chi bộ trong năm")
            .ours()
            .hint("Các số này dùng để kiểm tra điều kiện của từng mức xếp loại đối với tập thể (Điều 11 Quy định 366-QĐ/TW). Mức Hoàn thành xuất sắc nhiệm vụ còn cần không có thành viên của tập thể lãnh đạo (bí thư, phó bí thư, chi ủy viên) bị kỷ luật trong năm; ứng dụng đối chiếu với bản kiểm điểm của các đồng chí và với những điều chi bộ ghi nhận ở danh sách đảng viên.")
            .fields(vec![
                count(TASKS_ASSIGNED, "Số nhiệm vụ chi bộ được giao trong năm").optional(),
                count(TASKS_ON_TIME, "Số nhiệm vụ hoàn thành đúng hạn").optional(),
                count(TASKS_LATE, "Số nhiệm vụ hoàn thành nhưng chậm tiến độ").optional(),
                count(TASKS_NOT_DONE, "Số nhiệm vụ không hoàn thành").optional(),
                count(TASKS_EXCEEDED, "Trong số nhiệm vụ đã hoàn thành: số nhiệm vụ vượt mức yêu cầu").optional(),
            ]),
        section("B.II", "II.", 2, "Đề xuất xếp loại mức chất lượng:")
            .note("(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng).")
            .hint("Mức chi bộ tự đề xuất; cấp ủy cấp trên xem xét, quyết định. Theo Quy định 366-QĐ/TW Điều 12, mọi đảng viên phải được xếp loại trước khi chi bộ tự xếp loại.")
            .fields(vec![choice(PROPOSED_LEVEL, "Mức xếp loại chi bộ tự đề xuất", &levels)])
            .widget(Widget::RuleFindings),
    ]
}
