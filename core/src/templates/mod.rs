//! Every template the app ships, by id. A new generation of forms is one more file here.

pub mod cell_2025;
pub mod commitment_2025;
pub mod review_2025;

/// The id of the first step and section of every form: Thông tin chung (who writes, where,
/// when). Addresses, the print header and carry-forward find it by this id.
pub const IDENTITY: &str = "thong-tin";

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use super::template::{DocKind, Template};

/// The cell's forms, once the cell app has asked for them.
static CELL_FORMS: OnceLock<fn() -> Vec<Template>> = OnceLock::new();

/// Adds the cell's forms (Mẫu 01) to the registry. The cell app calls this before anything
/// else; the member's app never does, so its first load does not carry the cell's forms (a
/// member never opens them). Native builds (tests, schema) always have them.
pub fn include_cell_forms() {
    let _ = CELL_FORMS.set(|| vec![cell_2025::form_01()]);
    know_cell_forms();
}

/// Whether the cell's forms are known by their [`Identity`], with or without their text.
static CELL_FORMS_KNOWN: AtomicBool = AtomicBool::new(false);

/// Makes the cell's forms known by their [`Identity`] only: the committee reads the
/// collective reviews inside bundles but never edits or prints one, so it leaves their text
/// out of its wasm.
pub fn know_cell_forms() {
    CELL_FORMS_KNOWN.store(true, Ordering::Relaxed);
}

/// What a reader of files needs of a template, without its text: which form a document
/// claims to be, of what kind, under what short name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    /// As [`Template::id`].
    pub id: &'static str,
    /// As [`Template::revision`].
    pub revision: u32,
    /// As [`Template::kind`].
    pub kind: DocKind,
    /// As [`Template::name`].
    pub name: &'static str,
}

/// The identity of every template of [`all`], in the same order (a test keeps them equal).
/// Reading files and rosters goes through these, so an app that never shows a form (the
/// committee) does not carry the forms' text.
const IDENTITIES: &[Identity] = &[
    Identity { id: "2025/2A", revision: 1, kind: DocKind::Review, name: "Mẫu 2A" },
    Identity { id: "2025/2B", revision: 1, kind: DocKind::Review, name: "Mẫu 2B" },
    Identity { id: "2025/2C", revision: 1, kind: DocKind::Review, name: "Mẫu 2C" },
    Identity { id: "2025/CK", revision: 1, kind: DocKind::Commitment, name: "Bản cam kết" },
    Identity { id: cell_2025::ID, revision: 1, kind: DocKind::CellReview, name: "Mẫu 01" },
];

/// The identity of the template with this id, if this app knows it: the cell's forms only
/// where [`include_cell_forms`] or [`know_cell_forms`] was called (always in native builds),
/// as [`get`].
pub fn identity(id: &str) -> Option<&'static Identity> {
    let cell_forms = cfg!(not(target_arch = "wasm32")) || CELL_FORMS_KNOWN.load(Ordering::Relaxed);
    IDENTITIES.iter().find(|t| t.id == id && (cell_forms || t.kind != DocKind::CellReview))
}

/// Every template, built once.
pub fn all() -> &'static [Template] {
    static ALL: OnceLock<Vec<Template>> = OnceLock::new();
    ALL.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        include_cell_forms();
        let mut all =
            vec![review_2025::form_2a(), review_2025::form_2b(), review_2025::form_2c(), commitment_2025::commitment()];
        if let Some(cell_forms) = CELL_FORMS.get() {
            all.extend(cell_forms());
        }
        all
    })
}

/// The template with this id (`2025/2B`), if the app knows it.
pub fn get(id: &str) -> Option<&'static Template> {
    all().iter().find(|t| t.id == id)
}

/// The label of the field with this id in any template, for a message about a file
/// whose template is not known yet (a list's columns included).
pub fn field_label(id: &str) -> Option<&'static str> {
    all().iter().flat_map(|t| t.sections()).flat_map(|s| s.fields.iter()).find_map(|f| {
        if f.id == id {
            return Some(f.label);
        }
        match &f.kind {
            crate::template::FieldKind::Rows { columns, .. } => columns.iter().find(|c| c.id == id).map(|c| c.label),
            _ => None,
        }
    })
}

/// The templates of one kind, in the order a chooser lists them.
pub fn of_kind(kind: DocKind) -> impl Iterator<Item = &'static Template> {
    all().iter().filter(move |t| t.kind == kind)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    #[test]
    fn every_template_has_its_identity() {
        let from_templates: Vec<Identity> =
            all().iter().map(|t| Identity { id: t.id, revision: t.revision, kind: t.kind, name: t.name }).collect();
        assert_eq!(from_templates, IDENTITIES);
        for t in all() {
            assert_eq!(identity(t.id).map(|i| i.kind), Some(t.kind));
        }
        assert!(identity("2024/2B").is_none());
    }

    use super::review_2025::ids;
    use super::*;
    use crate::template::{FieldKind, Wording};

    #[test]
    fn the_editor_names_every_section_of_unconfirmed_wording_once() {
        for t in all() {
            let listed = t.unconfirmed_sections();
            let unsure = |w: Wording| matches!(w, Wording::Partial | Wording::Inferred);
            let expected =
                t.sections().filter(|s| unsure(s.wording) || (s.note.is_some() && unsure(s.note_wording))).count();
            assert_eq!(listed.len(), expected, "{}", t.id);
            assert!(listed.iter().all(|l| !l.trim().is_empty()));
        }
    }

    #[test]
    fn template_ids_are_unique_and_versioned() {
        let mut seen = HashSet::new();
        for t in all() {
            assert!(seen.insert(t.id), "duplicate template {}", t.id);
            let (generation, code) = t.id.split_once('/').expect("id is generation/code");
            assert!(generation.len() == 4 && generation.bytes().all(|b| b.is_ascii_digit()), "{}", t.id);
            assert!(!code.is_empty());
            assert!(get(t.id).is_some());
        }
    }

    #[test]
    fn every_section_has_a_heading_and_ids_are_unique() {
        for t in all() {
            let mut steps = HashSet::new();
            let mut sections = HashSet::new();
            let mut fields = HashSet::new();
            for step in &t.steps {
                assert!(steps.insert(step.id), "{}: duplicate step {}", t.id, step.id);
                assert!(!step.title.is_empty());
                assert!(!step.sections.is_empty(), "{}: empty step {}", t.id, step.id);
                assert!(
                    step.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{}: step id {} is not a slug",
                    t.id,
                    step.id
                );
            }
            for s in t.sections() {
                assert!(!s.heading.trim().is_empty(), "{}: section {} has no heading", t.id, s.id);
                assert!(sections.insert(s.id), "{}: duplicate section {}", t.id, s.id);
                assert!((1..=3).contains(&s.depth));
                if s.wording == Wording::Ours {
                    assert!(!s.printed, "{}: the app's own section {} must not print as the form's", t.id, s.id);
                }
                for f in &s.fields {
                    assert!(fields.insert(f.id), "{}: duplicate field {}", t.id, f.id);
                    assert!(!f.label.trim().is_empty());
                    if let FieldKind::Rows { columns, max } = &f.kind {
                        assert!(*max > 0);
                        let mut cols = HashSet::new();
                        for c in columns {
                            assert!(cols.insert(c.id), "{}: duplicate column {}.{}", t.id, f.id, c.id);
                            assert!(!matches!(c.kind, FieldKind::Rows { .. }), "no nested lists");
                        }
                    }
                    if let FieldKind::Choice(choices) = &f.kind {
                        assert!(choices.len() >= 2, "{}: {} has fewer than 2 choices", t.id, f.id);
                        let values: HashSet<_> = choices.iter().map(|c| c.value).collect();
                        assert_eq!(values.len(), choices.len(), "{}: duplicate choice in {}", t.id, f.id);
                    }
                }
            }
        }
    }

    #[test]
    fn every_field_the_rules_read_exists_in_every_review_template() {
        let read = [
            ids::FULL_NAME,
            ids::BIRTH_DATE,
            ids::GENERAL_POINTS,
            ids::RESULTS_POINTS,
            ids::PROPOSED_LEVEL,
            ids::TASKS_ASSIGNED,
            ids::TASKS_ON_TIME,
            ids::TASKS_LATE,
            ids::TASKS_NOT_DONE,
            ids::TASKS_EXCEEDED,
            ids::DISCIPLINE,
            ids::DEGRADATION,
            ids::SELF_REMEDIED,
            ids::SHORTCOMINGS,
            ids::EARLIER_SHORTCOMINGS,
            ids::REMEDY_MEASURES,
            ids::COMMITMENT_RESULTS,
            ids::NQ04_POLITICAL,
            ids::NQ04_ETHICS,
            ids::NQ04_SELF_EVOLUTION,
        ];
        for t in of_kind(DocKind::Review) {
            for id in read {
                assert!(t.field(id).is_some(), "{} lacks {id}", t.id);
            }
            let earlier = t.field(ids::EARLIER_SHORTCOMINGS).expect("list");
            let FieldKind::Rows { columns, .. } = &earlier.kind else { panic!("III is a list") };
            assert!(columns.iter().any(|c| c.id == ids::EARLIER_STATUS));
            assert!(t.sections().any(|s| s.id == "A.III" && s.optional));
        }
    }

    #[test]
    fn the_commitment_is_never_presented_as_an_official_form() {
        let t = get("2025/CK").expect("commitment");
        assert_eq!(t.kind, DocKind::Commitment);
        assert!(t.official_name.contains("chưa có mẫu chính thức"));
        assert!(t.sections().all(|s| s.wording != Wording::Official), "no heading is marked official");
        let plan = t.field(commitment_2025::ids::REMEDY_PLAN).expect("plan");
        assert!(!plan.required, "0 items is allowed");
        let FieldKind::Rows { columns, max } = &plan.kind else { panic!("a list") };
        assert_eq!(*max, 50);
        let ids: Vec<_> = columns.iter().map(|c| c.id).collect();
        assert_eq!(ids, ["shortcoming", "measure", "deadline", "follow_up"]);
    }

    #[test]
    fn optional_sections_are_the_nếu_có_ones_and_section_iii() {
        for t in of_kind(DocKind::Review) {
            for s in t.sections().filter(|s| s.optional) {
                assert!(s.heading.contains("(nếu có)") || s.id == "A.III", "{}: {} is optional", t.id, s.id);
            }
            for s in t.sections().filter(|s| s.heading.contains("(nếu có)")) {
                assert!(s.optional, "{}: {} says (nếu có) but cannot be answered Không có", t.id, s.id);
            }
        }
    }

    #[test]
    fn confirmed_headings_are_verbatim() {
        // Copied from the domain README §2.3–2.4 [C].
        let t = get("2025/2B").expect("2B");
        let heading = |id: &str| t.sections().find(|s| s.id == id).map(|s| s.heading).expect("section");
        assert_eq!(heading("A"), "NỘI DUNG KIỂM ĐIỂM");
        assert_eq!(heading("A.I"), "Ưu điểm, kết quả đạt được");
        assert_eq!(heading("A.I.2"), "Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.");
        assert_eq!(
            heading("A.I.commitment"),
            "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định."
        );
        assert_eq!(heading("A.II"), "Hạn chế, khuyết điểm và nguyên nhân");
        assert_eq!(heading("A.III"), "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước");
        assert_eq!(heading("A.IV"), "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)");
        assert_eq!(
            heading("A.V"),
            "Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)"
        );
        assert_eq!(heading("A.VI"), "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm");
        assert_eq!(heading("B"), "NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI");
        assert_eq!(heading("B.I"), "Đánh giá theo các nhóm tiêu chí");
        assert_eq!(heading("B.II"), "Đề xuất xếp loại mức chất lượng:");
        let c = get("2025/2C").expect("2C");
        assert_eq!(c.subtitle, "(Đảng viên không làm việc trong hệ thống chính trị)");
        assert!(c.sections().any(|s| s.heading == "Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công."));
    }

    #[test]
    fn leader_items_exist_only_in_2a_and_are_marked_inferred() {
        let a = get("2025/2A").expect("2A");
        let leader: Vec<_> = a.sections().filter(|s| ["A.I.3", "A.I.4", "A.I.5"].contains(&s.id)).collect();
        assert_eq!(leader.len(), 3);
        assert!(leader.iter().all(|s| s.wording == Wording::Inferred));
        assert!(a.field(review_2025::ids::PARTY_POST).is_some());
        for id in ["2025/2B", "2025/2C"] {
            let t = get(id).expect("template");
            assert!(t.sections().all(|s| s.id != "A.I.3"));
            assert!(t.field(review_2025::ids::PARTY_POST).is_none());
        }
    }
}
