//! The file format from the outside: the committed JSON Schema is the one the Rust types
//! generate, the committed fixtures read back byte for byte, and no input, however
//! malformed, makes the reader panic.
//!
//! `UPDATE_SCHEMA=1 cargo test --test file_format` rewrites `schema/` after a deliberate
//! change of the types. `PROPTEST_CASES=100000` (see `.ci/fuzz`) runs the long fuzz.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test code: the helpers outside `#[test]` functions panic on a broken fixture, as the tests do"
)]

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use kiemdiem_core::cell::export::{wrap_bundle, Bundle};
use kiemdiem_core::cell::file::{read_cell, CellPayload};
use kiemdiem_core::cell::model::{Line, Member, VoteMethod, Votes, Workspace};
use kiemdiem_core::cell::summary::Summary;
use kiemdiem_core::committee::report::Report;
use kiemdiem_core::decision::{wrap_decision_file, CellFinal, CommitteeLevel, DecisionFile, MemberFinal};
use kiemdiem_core::document::{row, Document};
use kiemdiem_core::file::{self, Backup, Envelope, Payload, FORMAT_VERSION};
use kiemdiem_core::ids::DocId;
use kiemdiem_core::level::Level;
use kiemdiem_core::pack::{read_pack, wrap_pack, Criterion, FormCriteria, Issuer, Nq04Items, Pack, PackCap, PackForm};
use proptest::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn time(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// A realistic finished 2B review, the source of the review fixture.
fn sample_review() -> Document {
    let mut d =
        Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11", "2025/2B", 2025, time("2025-12-10T08:15:00+07:00"));
    d.updated = time("2025-12-12T21:40:05+07:00");
    for (k, v) in [
        ("party_committee", "Đảng bộ Phường Ba Đình"),
        ("cell", "Chi bộ Khu phố 3"),
        ("full_name", "Nguyễn Văn An"),
        ("birth_date", "05/01/1980"),
        ("work_unit", "Sở Tư pháp"),
        ("place", "Hà Nội"),
        ("written_on", "12/12/2025"),
        ("a1_conduct", "Giữ vững lập trường chính trị; tham gia đầy đủ sinh hoạt chi bộ."),
        ("nq04_political", "khong_co"),
        ("nq04_ethics", "khong_co"),
        ("nq04_self_evolution", "khong_co"),
        ("a2_duties", "Hoàn thành 10 nhiệm vụ được giao, 3 nhiệm vụ vượt mức."),
        ("commitment_results", "Thực hiện đủ 4 nội dung đã cam kết."),
        ("shortcoming_causes", "Chưa sắp xếp thời gian hợp lý."),
        ("general_points", "27,5"),
        ("results_points", "65"),
        ("tasks_assigned", "10"),
        ("tasks_on_time", "10"),
        ("tasks_late", "0"),
        ("tasks_not_done", "0"),
        ("tasks_exceeded", "3"),
        ("discipline", "khong"),
        ("degradation_concluded", "khong"),
        ("proposed_level", "HTXSNV"),
    ] {
        d.set_text(k, v);
    }
    d.set_rows(
        "shortcomings",
        vec![row(&[("text", "Chậm nộp báo cáo tháng.")]), row(&[("text", "Ít phát biểu trong sinh hoạt chi bộ.")])],
    );
    d.set_rows("remedy_measures", vec![row(&[("text", "Nộp báo cáo trước ngày 25 hằng tháng.")])]);
    for s in ["A.III", "A.IV", "A.V"] {
        d.set_none(s, true);
    }
    d.finished = Some(time("2025-12-12T21:40:05+07:00"));
    d
}

fn review_text() -> String {
    file::to_file_text(&file::wrap(&sample_review(), "0.1.0").unwrap())
}

fn backup_text() -> String {
    let mut c = sample_review();
    c.id = "1a2b3c4d-0000-4000-8000-00000000c002".into();
    c.template = "2025/2C".into();
    c.finished = None;
    c.label = "Bản thử".into();
    file::to_file_text(&file::wrap_backup(
        &[sample_review(), c],
        "9e8d7c6b-0000-4000-8000-0000000000bb",
        time("2026-11-22T09:00:00+07:00"),
        "0.1.0",
    ))
}

/// The workspace of a cell with the sample review, one member added by hand, and its
/// collective review.
fn sample_bundle_parts() -> (Workspace, Document, BTreeMap<DocId, Document>) {
    let review = sample_review();
    let mut ws = Workspace::new("3c9e1f20-0000-4000-8000-0000000c3110", 2025, time("2025-11-20T19:00:00+07:00"));
    ws.updated = time("2025-12-20T10:30:00+07:00");
    ws.profile.party_committee = "Đảng bộ Phường Ba Đình".into();
    ws.profile.cell = "Chi bộ Khu phố 3".into();
    ws.profile.official_members = 2;
    let mut an = Member::by_hand(review.id.as_str(), "Nguyễn Văn An".into());
    an.review = Some(review.id.clone());
    an.comment = "Gương mẫu, nhiệt tình.".into();
    an.proposed = Some(Level::Good);
    an.votes =
        Votes { method: Some(VoteMethod::ShowOfHands), present: Some(2), yes: Some(2), no: Some(0), abstain: Some(0) };
    let mut binh = Member::by_hand("7d0e0000-0000-4000-8000-0000000b1a40", "Trần Thị Bình".into());
    binh.admitted_on = "01/09/2025".into();
    binh.probationary = true;
    ws.members = vec![an, binh];
    let mut collective =
        Document::new("5b7c0000-0000-4000-8000-00000000c01e", "2025/01", 2025, time("2025-12-15T08:00:00+07:00"));
    collective.set_text("cell", "Chi bộ Khu phố 3");
    collective.set_text("general_points", "27");
    ws.collective = Some(collective.id.clone());
    let reviews = BTreeMap::from([(review.id.clone(), review)]);
    (ws, collective, reviews)
}

fn bundle_of(ws: &Workspace, collective: Option<&Document>, reviews: &BTreeMap<DocId, Document>, at: &str) -> String {
    let lines: Vec<Line> =
        ws.members.iter().map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile)).collect();
    let summary = Summary::of(&lines, &ws.profile);
    file::to_file_text(&wrap_bundle(ws, collective, reviews, summary, time(at), "0.1.0"))
}

fn bundle_text() -> String {
    let (ws, collective, reviews) = sample_bundle_parts();
    bundle_of(&ws, Some(&collective), &reviews, "2025-12-20T10:31:00+07:00")
}

/// A made-up criteria pack for every form, labelled as an example: never a committee's
/// document. Its criteria follow the headings of QĐ 366's appendices, with invented points.
fn sample_pack() -> Pack {
    let c = |title: &str, max: &str, evidence: &str| Criterion {
        title: title.into(),
        max: max.into(),
        evidence: evidence.into(),
    };
    let member = FormCriteria {
        subtitle: String::new(),
        signature: String::new(),
        general: vec![
            c("Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật", "15", ""),
            c("Năng lực chuyên môn, nghiệp vụ; thái độ, tinh thần đổi mới sáng tạo", "10", ""),
            c("Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm", "5", ""),
        ],
        results: vec![
            c("Nhiệm vụ thường xuyên theo kế hoạch", "45", "Danh sách sản phẩm, thời hạn, kết quả nghiệm thu"),
            c("Nhiệm vụ đột xuất được giao", "15", "Văn bản giao nhiệm vụ và kết quả"),
            c("Chất lượng, hiệu quả công việc", "10", ""),
        ],
    };
    let leader = FormCriteria {
        subtitle: "(Ví dụ: cán bộ giữ chức vụ lãnh đạo, quản lý)".into(),
        signature: "NGƯỜI TỰ KIỂM ĐIỂM".into(),
        general: vec![
            c("Về chính trị, tư tưởng", "6", ""),
            c("Về phẩm chất đạo đức và ý thức tổ chức kỷ luật", "6", ""),
            c("Năng lực lãnh đạo, quản lý", "8", ""),
            c("Mức độ tín nhiệm, uy tín, khả năng quy tụ đoàn kết", "5", ""),
            c("Tự phê bình và phê bình, khắc phục hạn chế", "5", ""),
        ],
        results: vec![
            c("Kết quả thực hiện chức trách, nhiệm vụ được giao", "30", ""),
            c("Kết quả lãnh đạo, chỉ đạo, điều hành trong phạm vi phụ trách", "25", ""),
            c("Xếp loại của tập thể, cán bộ thuộc quyền quản lý trực tiếp", "15", ""),
        ],
    };
    let outside = FormCriteria {
        subtitle: String::new(),
        signature: String::new(),
        general: vec![
            c("Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật", "20", ""),
            c("Tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm", "10", ""),
        ],
        results: vec![
            c("Thực hiện quyền, nghĩa vụ đảng viên; nhiệm vụ chi bộ phân công", "40", ""),
            c("Học tập nghị quyết, tham gia sinh hoạt chi bộ", "15", ""),
            c("Nhiệm vụ đột xuất, hoạt động ở địa phương", "15", ""),
        ],
    };
    let collective = FormCriteria {
        subtitle: String::new(),
        signature: String::new(),
        general: vec![
            c("Xây dựng Đảng về chính trị, tư tưởng, đạo đức", "15", ""),
            c("Xây dựng tổ chức, kiểm tra, giám sát", "15", ""),
        ],
        results: vec![
            c("Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị", "50", "Các chỉ tiêu, nhiệm vụ của năm và kết quả"),
            c("Kết quả xếp loại đảng viên và tổ chức đoàn thể", "20", ""),
        ],
    };
    Pack {
        issuer: Issuer {
            organisation: "Đảng ủy phường Ví Dụ (ví dụ, không phải văn bản thật)".into(),
            number: "00-HD/VD".into(),
            date: "10/11/2025".into(),
        },
        year: 2025,
        example: true,
        forms: BTreeMap::from([
            (PackForm::Leader, leader),
            (PackForm::Member, member),
            (PackForm::Outside, outside),
            (PackForm::Collective, collective),
        ]),
        nq04: Some(Nq04Items {
            political: vec!["Ví dụ: phai nhạt lý tưởng; hoài nghi, dao động".into()],
            ethics: vec!["Ví dụ: cá nhân chủ nghĩa, sống ích kỷ".into()],
            self_evolution: vec!["Ví dụ: phụ họa theo quan điểm sai trái".into()],
        }),
        threshold_excellent: None,
        threshold_other: None,
        cap: Some(PackCap {
            groups: vec!["Cán bộ lãnh đạo, quản lý".into(), "Đảng viên khác".into()], percent: 20
        }),
        six_months_on: Some("31/12/2025".into()),
        target_good_percent: Some(90),
    }
}

fn pack_text() -> String {
    file::to_file_text(&wrap_pack(
        &sample_pack(),
        "8a5e0000-0000-4000-8000-0000000ac001",
        time("2025-11-10T08:00:00+07:00"),
        "0.1.0",
    ))
}

/// Compares `actual` with a committed file, or rewrites it under `env_var=1`.
/// The committee's decision on the sample bundle's cell: its proposals stand, except one.
fn decision_text() -> String {
    let (ws, _, _) = sample_bundle_parts();
    let doc = DecisionFile {
        committee: "Đảng ủy phường Ba Đình".into(),
        level: CommitteeLevel::Grassroots,
        year: ws.profile.year,
        cells: vec![CellFinal {
            cell: ws.id.clone(),
            name: "Chi bộ 3".into(),
            cell_level: Some(Level::Good),
            members: ws
                .members
                .iter()
                .map(|m| MemberFinal {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    level: m.proposed.or(Some(Level::Good)),
                })
                .collect(),
            revision: 0,
            decided_at: None,
        }],
    };
    file::to_file_text(&wrap_decision_file(
        &doc,
        "0d0e0c0a-0000-4000-8000-00000000000d",
        time("2026-01-05T09:00:00+07:00"),
        "0.1.0",
    ))
}

fn committed(path: &Path, actual: &str, env_var: &str) {
    if std::env::var(env_var).as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected =
        std::fs::read_to_string(path).unwrap_or_else(|_| panic!("{} is missing: run with {env_var}=1", path.display()));
    assert!(
        expected == actual,
        "{} is out of date: run `{env_var}=1 cargo test --test file_format` and commit it",
        path.display()
    );
}

#[test]
fn committed_schemas_are_generated_from_the_types() {
    let write = |name: &str, mut schema: schemars::Schema, title: &str| {
        schema.insert("title".into(), title.into());
        let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        committed(&root().join("schema").join(name), &text, "UPDATE_SCHEMA");
    };
    write(
        "envelope.schema.json",
        schemars::schema_for!(Envelope<serde_json::Value>),
        "Kiểm điểm: envelope of every exported file",
    );
    write("review.schema.json", schemars::schema_for!(Envelope<Document>), "Kiểm điểm: bản kiểm điểm (kind = review)");
    write(
        "commitment.schema.json",
        schemars::schema_for!(Envelope<Document>),
        "Kiểm điểm: bản cam kết (kind = commitment)",
    );
    write("backup.schema.json", schemars::schema_for!(Envelope<Backup>), "Kiểm điểm: backup of drafts (kind = backup)");
    write(
        "cell-review.schema.json",
        schemars::schema_for!(Envelope<Document>),
        "Kiểm điểm: báo cáo kiểm điểm của chi bộ, Mẫu 01 (kind = cell_review)",
    );
    write(
        "cell-bundle.schema.json",
        schemars::schema_for!(Envelope<Bundle>),
        "Kiểm điểm: gói hồ sơ của chi bộ (kind = cell_bundle)",
    );
    write(
        "criteria-pack.schema.json",
        schemars::schema_for!(Envelope<Pack>),
        "Kiểm điểm: bộ tiêu chí chấm điểm của cấp ủy cấp trên (kind = criteria_pack)",
    );
    write(
        "committee-decision.schema.json",
        schemars::schema_for!(Envelope<DecisionFile>),
        "Kiểm điểm: quyết định xếp loại của đảng ủy cho chi bộ (kind = committee_decision)",
    );
    write(
        "committee-report.schema.json",
        schemars::schema_for!(Envelope<Report>),
        "Kiểm điểm: báo cáo kết quả xếp loại của đảng ủy (kind = committee_report)",
    );
}

#[test]
fn current_fixtures_are_what_the_app_exports() {
    // Fixtures of the current version are written once from the samples; fixtures of
    // earlier versions are never rewritten (they stand for files already in the field).
    let dir = root().join(format!("tests/fixtures/format-v{FORMAT_VERSION}"));
    committed(&dir.join("review-2b.json"), &review_text(), "UPDATE_FIXTURES");
    committed(&dir.join("backup.json"), &backup_text(), "UPDATE_FIXTURES");
    committed(&dir.join("cell-bundle.json"), &bundle_text(), "UPDATE_FIXTURES");
    committed(&dir.join("criteria-pack.json"), &pack_text(), "UPDATE_FIXTURES");
    committed(&dir.join("committee-decision.json"), &decision_text(), "UPDATE_FIXTURES");
}

#[test]
fn fixtures_of_every_version_read_and_round_trip() {
    let mut seen = 0;
    for version in 1..=FORMAT_VERSION {
        let dir = root().join(format!("tests/fixtures/format-v{version}"));
        let entries =
            std::fs::read_dir(&dir).unwrap_or_else(|_| panic!("fixtures of format version {version} are missing"));
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let original: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            if original["kind"] == "criteria_pack" {
                let read = read_pack(&bytes).unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message("fixture")));
                assert!(!read.changed && read.value.example, "{}: an unchanged example pack", path.display());
                let again = file::to_file_text(&wrap_pack(
                    &read.value,
                    original["id"].as_str().unwrap(),
                    time(original["created"].as_str().unwrap()),
                    "0.1.0",
                ));
                if version == FORMAT_VERSION {
                    assert_eq!(
                        again.as_bytes(),
                        &bytes[..],
                        "{}: export → import → export changed the bytes",
                        path.display()
                    );
                }
                seen += 1;
                continue;
            }
            let read = read_cell(&bytes).unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message("fixture")));
            assert!(!read.changed, "{}: digest mismatch", path.display());
            assert_eq!(read.migrated_from, (version < FORMAT_VERSION).then_some(u64::from(version)));
            let again = match read.value {
                CellPayload::Member(Payload::Document(d)) => file::to_file_text(&file::wrap(&d, "0.1.0").unwrap()),
                CellPayload::Member(Payload::Backup(items)) => {
                    let docs: Vec<Document> = items.into_iter().map(|r| r.unwrap().value).collect();
                    let original: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    let id = original["id"].as_str().unwrap();
                    let at = time(original["created"].as_str().unwrap());
                    file::to_file_text(&file::wrap_backup(&docs, id, at, "0.1.0"))
                }
                CellPayload::Bundle(b) => {
                    let collective = b.collective.map(|c| c.unwrap().value);
                    let reviews = b.reviews.into_iter().map(|r| r.unwrap().value).map(|d| (d.id.clone(), d)).collect();
                    let original: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    bundle_of(&b.workspace, collective.as_ref(), &reviews, original["updated"].as_str().unwrap())
                }
                CellPayload::Decision(d, at, _) => {
                    let original: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                    file::to_file_text(&wrap_decision_file(&d, original["id"].as_str().unwrap(), at, "0.1.0"))
                }
                CellPayload::Workspace(_) => panic!("{}: a workspace is never exported", path.display()),
            };
            if version == FORMAT_VERSION {
                assert_eq!(
                    again.as_bytes(),
                    &bytes[..],
                    "{}: export → import → export changed the bytes",
                    path.display()
                );
            }
            seen += 1;
        }
    }
    assert!(seen >= 3);
}

/// Mutations of a valid file: the reader must answer, never panic.
fn mutated(text: String) -> impl Strategy<Value = Vec<u8>> {
    let len = text.len();
    prop::collection::vec((0..len.max(1), any::<u8>(), 0u8..3), 1..8).prop_map(move |edits| {
        let mut bytes = text.clone().into_bytes();
        for (at, byte, op) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match op {
                0 if !bytes.is_empty() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ if !bytes.is_empty() => {
                    bytes.remove(at);
                }
                _ => {}
            }
        }
        bytes
    })
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = file::read(&bytes);
        let _ = read_cell(&bytes);
    }

    #[test]
    fn mutated_reviews_never_panic(bytes in mutated(review_text())) {
        let _ = file::read(&bytes);
    }

    #[test]
    fn mutated_bundles_never_panic(bytes in mutated(bundle_text())) {
        let _ = file::read(&bytes);
        let _ = read_cell(&bytes);
    }

    #[test]
    fn mutated_backups_never_panic(bytes in mutated(backup_text())) {
        let _ = file::read(&bytes);
    }

    #[test]
    fn arbitrary_json_in_the_envelope_never_panics(doc in json_value(), field in "[a-z_]{1,12}", value in json_value()) {
        let mut v: serde_json::Value = serde_json::from_str(&review_text()).unwrap();
        v["document"] = doc;
        let _ = file::read(v.to_string().as_bytes());
        let mut w: serde_json::Value = serde_json::from_str(&review_text()).unwrap();
        w[field.as_str()] = value.clone();
        let _ = file::read(w.to_string().as_bytes());
        w["document"]["values"]["full_name"] = value;
        let _ = file::read(w.to_string().as_bytes());
    }

    #[test]
    fn any_typed_document_round_trips(
        texts in prop::collection::btree_map("[a-z_]{1,12}", "\\PC{0,40}", 0..12),
        rows in prop::collection::vec(prop::collection::btree_map("[a-z]{1,6}", "\\PC{0,20}", 0..3), 0..4),
        label in "\\PC{0,20}",
    ) {
        let mut d = sample_review();
        for (k, v) in &texts { d.set_text(k, v.clone()); }
        d.set_rows("shortcomings", rows);
        d.label = label;
        let first = file::to_file_text(&file::wrap(&d, "0.1.0").unwrap());
        let read = file::read(first.as_bytes()).unwrap();
        prop_assert!(!read.changed);
        let Payload::Document(back) = read.value else { panic!("a document") };
        prop_assert_eq!(&back, &d);
        prop_assert_eq!(file::to_file_text(&file::wrap(&back, "0.1.0").unwrap()), first);
    }
}
