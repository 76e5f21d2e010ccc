//! Hand-computed cases for the cell's workspace: import, the rules panel, the summary and
//! the exports.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::checks;
use super::export::{self, roster_csv};
use super::file::{read_cell, CellPayload};
use super::import::{import_reviews, Outcome};
use super::model::{
    CellPost, DisciplineRecord, DisciplineSource, Exemption, Line, Member, Status, VoteMethod, Votes, Workspace,
};
use super::summary::Summary;
use crate::document::Document;
use crate::file;
use crate::finding::{Rule, Severity};
use crate::ids::{DocId, MemberId};
use crate::intake::Item;
use crate::level::Level;
use crate::templates::review_2025::ids;
use crate::threshold::Threshold;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

/// A finished-looking 2B review of `name` with the given points and self-proposed level.
fn review(id: &str, name: &str, general: &str, results: &str, level: Level) -> Document {
    let mut d = Document::new(id, "2025/2B", 2025, at("2025-12-01T08:00:00+07:00"));
    d.set_text(ids::FULL_NAME, name);
    d.set_text(ids::BIRTH_DATE, "01/01/1980");
    d.set_text(ids::GENERAL_POINTS, general);
    d.set_text(ids::RESULTS_POINTS, results);
    d.set_text(ids::PROPOSED_LEVEL, level.code());
    for (f, v) in [
        (ids::TASKS_ASSIGNED, "10"),
        (ids::TASKS_ON_TIME, "10"),
        (ids::TASKS_LATE, "0"),
        (ids::TASKS_NOT_DONE, "0"),
        (ids::TASKS_EXCEEDED, "4"),
    ] {
        d.set_text(f, v);
    }
    d.set_text(ids::DISCIPLINE, "khong");
    d.set_text(ids::DEGRADATION, "khong");
    d
}

fn workspace(official: u32) -> Workspace {
    let mut ws = Workspace::new("ws-1", 2025, at("2025-11-01T08:00:00+07:00"));
    ws.profile.cell = "Chi bộ 3".into();
    ws.profile.party_committee = "Đảng bộ phường Ba Đình".into();
    ws.profile.official_members = official;
    ws
}

fn ok(doc: Document) -> Item {
    Item::Doc { label: format!("{}.json", doc.id), doc, changed: false }
}

fn lines<'a>(ws: &'a Workspace, reviews: &'a BTreeMap<DocId, Document>) -> Vec<Line<'a>> {
    ws.members.iter().map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile)).collect()
}

fn propose(ws: &mut Workspace, id: &str, level: Level, yes: u32) {
    let m = ws.member_mut(&MemberId::from(id)).expect("member");
    m.proposed = Some(level);
    m.votes = Votes {
        method: Some(VoteMethod::ShowOfHands),
        present: Some(10),
        yes: Some(yes),
        no: Some(10 - yes),
        abstain: Some(0),
    };
}

#[test]
fn import_counts_each_file_and_a_refused_file_changes_nothing() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    let a = review("a", "Nguyễn Văn An", "27", "63", Level::Excellent);
    let b = review("b", "Trần Thị Bình", "25", "55", Level::Good);
    let mut b_newer = b.clone();
    b_newer.updated = at("2025-12-02T08:00:00+07:00");
    b_newer.set_text(ids::RESULTS_POINTS, "60");
    let mut commitment = Document::new("c", "2025/CK", 2025, at("2025-01-01T08:00:00+07:00"));
    commitment.set_text(ids::FULL_NAME, "Lê Văn Cường");
    let mut last_year = review("d", "Phạm Văn Dũng", "25", "50", Level::Good);
    last_year.year = 2024;
    let out = import_reviews(
        &mut ws,
        &mut reviews,
        vec![
            ok(a.clone()),
            ok(b),
            Item::Refused { label: "hong.json".into(), message: "Tệp \"hong.json\" bị hỏng".into() },
            ok(a.clone()),
            ok(commitment),
            ok(last_year),
            ok(b_newer.clone()),
        ],
    );
    let outcomes: Vec<&Outcome> = out.iter().map(|(_, o)| o).collect();
    assert_eq!(outcomes[0], &Outcome::Added);
    assert_eq!(outcomes[1], &Outcome::Added);
    assert!(matches!(outcomes[2], Outcome::Refused(m) if m.contains("hong.json")));
    assert_eq!(outcomes[3], &Outcome::Duplicate);
    assert!(matches!(outcomes[4], Outcome::Refused(m) if m.contains("bản cam kết") && m.contains("c.json")));
    assert!(matches!(outcomes[5], Outcome::Refused(m) if m.contains("năm 2024") && m.contains("năm 2025")));
    assert_eq!(outcomes[6], &Outcome::Updated);
    assert_eq!(ws.members.len(), 2);
    assert_eq!(reviews.len(), 2);
    assert_eq!(reviews[&DocId::from("b")], b_newer);
    // The older version again is kept out.
    let again = import_reviews(&mut ws, &mut reviews, vec![ok(review("b", "Trần Thị Bình", "25", "55", Level::Good))]);
    assert_eq!(again[0].1, Outcome::KeptNewer);
    // A file changed after export never replaces the review here, even when it says it is
    // newer; the same file for a member with no review yet is taken.
    let mut edited = b_newer.clone();
    edited.updated = at("2025-12-09T08:00:00+07:00");
    edited.set_text(ids::RESULTS_POINTS, "70");
    let out = import_reviews(
        &mut ws,
        &mut reviews,
        vec![Item::Doc { label: "sua-tay.json".into(), doc: edited, changed: true }],
    );
    assert!(
        matches!(&out[0].1, Outcome::Refused(m) if m.contains("\"sua-tay.json\"") && m.contains("Trần Thị Bình")),
        "{out:?}"
    );
    assert_eq!(reviews[&DocId::from("b")], b_newer);
    let stranger = review("e", "Hoàng Văn Em", "25", "55", Level::Good);
    let out = import_reviews(
        &mut ws,
        &mut reviews,
        vec![Item::Doc { label: "e.json".into(), doc: stranger.clone(), changed: true }],
    );
    assert_eq!(out[0].1, Outcome::Added);
    // Issue 30, item 3: kept, but flagged where the secretary looks (the rules panel), and
    // carried in the bundle; a genuine newer file clears the flag.
    let e = ws.members.iter().find(|m| m.review.as_deref() == Some("e")).expect("e");
    assert!(e.changed_file);
    let (_, f) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    let flagged: Vec<_> = f.iter().filter(|f| f.rule == Rule::ChangedFile).collect();
    assert_eq!(flagged.len(), 1, "{f:?}");
    assert!(flagged[0].message.starts_with("Tệp bản kiểm điểm của đồng chí Hoàng Văn Em đã bị sửa sau khi xuất"));
    assert!(serde_json::to_string(&ws).expect("json").contains("\"changed_file\":true"));
    let mut genuine = stranger;
    genuine.updated = at("2025-12-10T08:00:00+07:00");
    let out = import_reviews(&mut ws, &mut reviews, vec![ok(genuine)]);
    assert_eq!(out[0].1, Outcome::Updated);
    assert!(!ws.members.iter().any(|m| m.changed_file));
}

#[test]
fn a_file_attaches_to_a_member_added_by_hand_and_keeps_the_cells_columns() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    let mut m = Member::by_hand("hand", "  nguyễn   văn an ".into());
    m.comment = "Gương mẫu".into();
    ws.members.push(m);
    let out =
        import_reviews(&mut ws, &mut reviews, vec![ok(review("a", "Nguyễn Văn An", "27", "63", Level::Excellent))]);
    assert_eq!(out[0].1, Outcome::Attached);
    assert_eq!(ws.members.len(), 1);
    assert_eq!(ws.members[0].review.as_deref(), Some("a"));
    assert_eq!(ws.members[0].comment, "Gương mẫu");
    // A new document of the same person (same name and birth date) replaces the old one.
    let mut fresh = review("a2", "Nguyễn Văn An", "28", "63", Level::Excellent);
    fresh.updated = at("2025-12-05T08:00:00+07:00");
    let out = import_reviews(&mut ws, &mut reviews, vec![ok(fresh)]);
    assert_eq!(out[0].1, Outcome::Updated);
    assert_eq!(ws.members[0].review.as_deref(), Some("a2"));
    assert!(!reviews.contains_key(&DocId::from("a")));
}

#[test]
fn status_exempt_declared_or_admitted_under_six_months() {
    let mut ws = workspace(10);
    let reviews = BTreeMap::new();
    let mut a = Member::by_hand("a", "A".into());
    a.exemption = Some(Exemption::Suspended);
    let mut b = Member::by_hand("b", "B".into());
    b.admitted_on = "01/07/2025".into(); // 6 months end 01/01/2026 > 31/12/2025
    let mut c = Member::by_hand("c", "C".into());
    c.admitted_on = "30/06/2025".into(); // 6 months end 30/12/2025 ≤ 31/12/2025
    ws.members = vec![a, b, c];
    let l = lines(&ws, &reviews);
    assert!(matches!(l[0].status, Status::Exempt(_)));
    assert_eq!(l[0].status.label(), "Bị đình chỉ sinh hoạt đảng");
    assert_eq!(l[1].status.label(), "Kết nạp chưa đủ 6 tháng");
    assert_eq!(l[2].status, Status::Missing);
    // Measured at another date (configurable): C reaches six months on 30/12/2025.
    ws.profile.six_months_on = "30/12/2025".into();
    assert_eq!(lines(&ws, &reviews)[2].status, Status::Missing);
    ws.profile.six_months_on = "29/12/2025".into();
    assert_eq!(lines(&ws, &reviews)[2].status.label(), "Kết nạp chưa đủ 6 tháng");
}

/// Five good, one excellent: within the cap; a second excellent breaks reading 1 only; the
/// cap appears and disappears as proposals change.
#[test]
fn the_cap_warning_follows_the_cells_proposals() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    let docs: Vec<_> =
        (0..7).map(|i| ok(review(&format!("m{i}"), &format!("Đảng viên {i}"), "28", "65", Level::Excellent))).collect();
    import_reviews(&mut ws, &mut reviews, docs);
    for i in 0..5 {
        propose(&mut ws, &format!("m{i}"), Level::Good, 8);
    }
    propose(&mut ws, "m5", Level::Excellent, 8);
    let cap_findings = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>| {
        let (caps, f) = checks::check(&lines(ws, reviews), &ws.profile, None);
        // Every member here is a 2B: the leaders' group is empty, the others hold them all.
        let cap = caps.iter().find(|g| g.members > 0).map(|g| g.cap).expect("a group with members");
        (cap, f.into_iter().filter(|f| f.rule == Rule::ExcellentCap).count())
    };
    let (cap, n) = cap_findings(&ws, &reviews);
    assert_eq!((cap.excellent, cap.good, cap.cap_good, cap.cap_good_and_excellent), (1, 5, 1, 1));
    assert_eq!(n, 0);
    propose(&mut ws, "m6", Level::Excellent, 8);
    let (cap, n) = cap_findings(&ws, &reviews);
    assert_eq!((cap.excellent, cap.cap_good, cap.cap_good_and_excellent), (2, 1, 1));
    assert_eq!(n, 1);
    // 25 % granted by the competent level: ⌊25% × 5⌋ = 1 still, ⌊25% × 7⌋ = 1: still over.
    ws.profile.cap.raised = true;
    assert_eq!(cap_findings(&ws, &reviews).1, 1);
    // A wider scope with 10 more good members: ⌊25% × 15⌋ = 3 ≥ 2.
    ws.profile.cap.wider = true;
    ws.profile.cap.others_good = 10;
    assert_eq!(cap_findings(&ws, &reviews).1, 0);
    ws.profile.cap = Default::default();
    propose(&mut ws, "m6", Level::Good, 8);
    assert_eq!(cap_findings(&ws, &reviews).1, 0);
}

#[test]
fn discipline_forces_not_completed_and_the_band_caps_the_proposal() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    let mut disciplined = review("k", "Kỷ Luật", "28", "65", Level::Good);
    disciplined.set_text(ids::DISCIPLINE, "khien_trach");
    let low = review("l", "Điểm Thấp", "20", "45", Level::Completed); // 65 → band HTNV
    import_reviews(&mut ws, &mut reviews, vec![ok(disciplined), ok(low)]);
    propose(&mut ws, "k", Level::Good, 8);
    propose(&mut ws, "l", Level::Good, 8);
    let (_, f) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    let of = |id: &str| {
        f.iter().filter(|x| x.member.as_deref() == Some(id) && x.rule == Rule::MemberRules).collect::<Vec<_>>()
    };
    assert!(of("k").iter().any(|x| x.severity == Severity::Error && x.message.contains("Không hoàn thành nhiệm vụ")));
    assert!(of("l").iter().any(|x| x.severity == Severity::Error && x.message.contains("65")));
    propose(&mut ws, "k", Level::NotCompleted, 8);
    propose(&mut ws, "l", Level::Completed, 8);
    let (_, f) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    assert!(f.iter().all(|x| x.rule != Rule::MemberRules), "{f:#?}");
}

#[test]
fn votes_thresholds_and_probationary_members() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(&mut ws, &mut reviews, vec![ok(review("a", "A", "25", "55", Level::Good))]);
    ws.member_mut(&MemberId::from("a")).unwrap().proposed = Some(Level::Good);
    let votes_of = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>| {
        let (_, f) = checks::check(&lines(ws, reviews), &ws.profile, None);
        f.into_iter()
            .filter(|x| matches!(x.rule, Rule::Votes | Rule::Probationary) && x.member.is_some())
            .collect::<Vec<_>>()
    };
    // Not recorded yet.
    assert!(votes_of(&ws, &reviews)[0].message.contains("chưa ghi kết quả biểu quyết"));
    // 5 of 10 is not more than half (6 needed).
    ws.member_mut(&MemberId::from("a")).unwrap().votes =
        Votes { method: Some(VoteMethod::SecretBallot), present: Some(9), yes: Some(5), no: Some(4), abstain: Some(0) };
    let v = votes_of(&ws, &reviews);
    assert_eq!(v.len(), 1);
    assert!(v[0].message.contains("6/10"), "{}", v[0].message);
    ws.member_mut(&MemberId::from("a")).unwrap().votes.yes = Some(6);
    ws.member_mut(&MemberId::from("a")).unwrap().votes.no = Some(3);
    assert!(votes_of(&ws, &reviews).is_empty());
    // Two thirds for the other levels: 7 of 10 needed.
    ws.profile.threshold_other = Threshold::TwoThirds;
    assert!(votes_of(&ws, &reviews)[0].message.contains("7/10"));
    ws.profile.threshold_other = Threshold::MoreThanHalf;
    // More votes than official members present: a probationary member voted.
    ws.member_mut(&MemberId::from("a")).unwrap().votes.abstain = Some(1);
    ws.member_mut(&MemberId::from("a")).unwrap().votes.no = Some(3);
    ws.member_mut(&MemberId::from("a")).unwrap().votes.present = Some(9);
    ws.member_mut(&MemberId::from("a")).unwrap().votes.yes = Some(6);
    assert!(votes_of(&ws, &reviews).iter().any(|x| x.severity == Severity::Error && x.message.contains("dự bị")));
}

#[test]
fn every_member_is_classified_before_the_cell() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(
        &mut ws,
        &mut reviews,
        vec![ok(review("a", "A", "25", "55", Level::Good)), ok(review("b", "B", "25", "55", Level::Good))],
    );
    let mut collective = Document::new("c", "2025/01", 2025, at("2025-12-01T08:00:00+07:00"));
    let order = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>, c: &Document| {
        let (_, f) = checks::check(&lines(ws, reviews), &ws.profile, Some(c));
        f.into_iter().find(|x| x.rule == Rule::ClassifyMembersFirst)
    };
    assert_eq!(order(&ws, &reviews, &collective).map(|f| f.severity), Some(Severity::Note));
    collective.set_text(ids::PROPOSED_LEVEL, "HTTNV");
    let f = order(&ws, &reviews, &collective).expect("finding");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("Còn 2 đảng viên"));
    propose(&mut ws, "a", Level::Good, 8);
    propose(&mut ws, "b", Level::Good, 8);
    assert_eq!(order(&ws, &reviews, &collective), None);
}

#[test]
fn summary_counts_per_level_and_against_the_target() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(
        &mut ws,
        &mut reviews,
        vec![
            ok(review("a", "A", "28", "65", Level::Excellent)),
            ok(review("b", "B", "25", "55", Level::Good)),
            ok(review("c", "C", "20", "40", Level::Completed)),
        ],
    );
    let mut gone = Member::by_hand("x", "X".into());
    gone.exemption = Some(Exemption::Excused);
    ws.members.push(gone);
    ws.members.push(Member::by_hand("y", "Y".into()));
    propose(&mut ws, "a", Level::Excellent, 8);
    propose(&mut ws, "b", Level::Good, 8);
    propose(&mut ws, "c", Level::Completed, 8);
    let s = Summary::of(&lines(&ws, &reviews), &ws.profile);
    assert_eq!((s.members, s.to_classify, s.submitted, s.missing, s.exempt), (5, 4, 3, 1, 1));
    assert_eq!(s.self_proposed, [1, 1, 1, 0]);
    assert_eq!(s.cell_proposed, [1, 1, 1, 0]);
    assert_eq!(s.cell_unclassified, 1);
    // 2 of 4 is 50 % < 90 %.
    assert_eq!(s.cell_good_or_above(), 2);
    assert!(!s.target_met());
    ws.profile.target_good_percent = 50;
    assert!(Summary::of(&lines(&ws, &reviews), &ws.profile).target_met());
}

#[test]
fn the_csv_has_a_bom_quotes_and_no_formulas() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(&mut ws, &mut reviews, vec![ok(review("a", "Nguyễn Văn An", "27,5", "63", Level::Excellent))]);
    propose(&mut ws, "a", Level::Excellent, 8);
    ws.member_mut(&MemberId::from("a")).unwrap().comment = "Tốt, \"gương mẫu\"\nđề nghị khen".into();
    let mut evil = Member::by_hand("e", "=HYPERLINK(\"x\")".into());
    evil.probationary = true;
    ws.members.push(evil);
    let csv = roster_csv(&lines(&ws, &reviews));
    assert!(csv.starts_with("\u{feff}STT,Họ và tên,"));
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(rows[1], "1,Nguyễn Văn An,Đã nộp,,Mẫu 2B,\"90,5\",Hoàn thành xuất sắc nhiệm vụ,Hoàn thành xuất sắc nhiệm vụ,\"Tốt, \"\"gương mẫu\"\"\nđề nghị khen\",Hoàn thành xuất sắc nhiệm vụ,Giơ tay,10,8,2,0,");
    assert!(rows[2].starts_with("2,\"'=HYPERLINK(\"\"x\"\")\",Chưa nộp,Có,"), "{}", rows[2]);
}

#[test]
fn a_bundle_reads_back_into_the_same_workspace() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(
        &mut ws,
        &mut reviews,
        vec![ok(review("a", "A", "25", "55", Level::Good)), ok(review("b", "B", "25", "55", Level::Good))],
    );
    propose(&mut ws, "a", Level::Good, 8);
    let mut collective = Document::new("c", "2025/01", 2025, at("2025-12-01T08:00:00+07:00"));
    collective.set_text(ids::CELL, "Chi bộ 3");
    ws.collective = Some("c".into());
    let summary = Summary::of(&lines(&ws, &reviews), &ws.profile);
    let env = export::wrap_bundle(&ws, Some(&collective), &reviews, summary, at("2025-12-10T08:00:00+07:00"), "0.1.0");
    let text = file::to_file_text(&env);
    let read = read_cell(text.as_bytes()).expect("reads");
    assert!(!read.changed);
    // The workbook for Excel is made from the same file, with typed values.
    let sheets = crate::sheet::cell_sheets_of_bundle(text.as_bytes()).expect("sheets");
    assert_eq!(sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Danh sách", "Tổng hợp"]);
    use crate::sheet::Cell;
    let a = &sheets[0].rows[0];
    assert_eq!((&a[0], &a[1], &a[5]), (&Cell::Count(1), &Cell::Text("A".into()), &Cell::Score(800)));
    assert_eq!((&a[9], &a[12]), (&Cell::Text("Hoàn thành tốt nhiệm vụ".into()), &Cell::Count(8)));
    assert_eq!(sheets[1].rows[1][3], Cell::Count(1), "one member proposed Hoàn thành tốt nhiệm vụ");
    assert_eq!(sheets[1].rows[1][4], Cell::Share { part: 1, whole: 2 });
    let CellPayload::Bundle(b) = read.value else { panic!("a bundle") };
    assert_eq!(b.workspace, ws);
    assert_eq!(b.collective.expect("collective").expect("reads").value, collective);
    let back: BTreeMap<DocId, Document> =
        b.reviews.into_iter().map(|r| r.expect("reads").value).map(|d| (d.id.clone(), d)).collect();
    assert_eq!(back, reviews);
    // One broken review does not refuse the bundle.
    let broken = text.replacen("\"template\": {\n", "\"template\": {\n\"x\": 1,\n", 2);
    // (the collective comes first, then the first review: two broken, the second review fine)
    let CellPayload::Bundle(b) = read_cell(broken.as_bytes()).expect("reads").value else { panic!() };
    assert!(b.collective.as_ref().is_some_and(|c| c.is_err()));
    assert_eq!(b.reviews.iter().filter(|r| r.is_err()).count(), 1);
    assert_eq!(b.reviews.iter().filter(|r| r.is_ok()).count(), 1);
    // The workspace as storage keeps it reads back too.
    let stored = file::to_storage_text(&export::wrap_workspace(&ws, "0.1.0"));
    let CellPayload::Workspace(again) = read_cell(stored.as_bytes()).expect("reads").value else { panic!() };
    assert_eq!(again, ws);
}

/// What the cell records of a member (issue 12): a discipline it knows of, the temporary
/// cell's comment, long leave, the state rating. Hand-made roster, each rule on its own.
#[test]
fn what_the_cell_records_of_a_member_feeds_the_rules() {
    use super::model::{DisciplineRecord, DisciplineSource, TemporaryCell};
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    import_reviews(&mut ws, &mut reviews, vec![ok(review("a", "Nguyễn Văn An", "25", "55", Level::Good))]);
    let id = MemberId::from("a");
    let reprimand = DisciplineRecord {
        source: DisciplineSource::Party,
        form: "Khiển trách".into(),
        date: "10/05/2025".into(),
        self_remedied: false,
        violation_date: String::new(),
        at_former_unit: false,
    };
    let findings = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>| {
        checks::check(&lines(ws, reviews), &ws.profile, None)
            .1
            .into_iter()
            .filter(|f| f.member.as_ref() == Some(&id))
            .collect::<Vec<_>>()
    };
    {
        let m = ws.member_mut(&id).expect("member");
        m.proposed = Some(Level::Good);
        m.votes = Votes {
            method: Some(VoteMethod::ShowOfHands),
            present: Some(10),
            yes: Some(10),
            no: Some(0),
            abstain: Some(0),
        };
        m.discipline = Some(reprimand.clone());
    }
    // A reprimand the cell recorded, with the member rated tốt: the rule forces KHTNV.
    let f = findings(&ws, &reviews);
    let d: Vec<_> = f.iter().filter(|f| f.rule == Rule::DisciplineOrDegradation).collect();
    assert_eq!(d.len(), 1, "{f:?}");
    assert_eq!(d[0].severity, Severity::Error);
    assert!(
        d[0].message.contains("kỷ luật đảng (khiển trách)") && d[0].message.contains("Không hoàn thành nhiệm vụ"),
        "{}",
        d[0].message
    );
    // Admitted and remedied: the competent level decides, a warning.
    if let Some(m) = ws.member_mut(&id) {
        m.discipline = Some(DisciplineRecord { self_remedied: true, ..reprimand.clone() });
    }
    let f = findings(&ws, &reviews);
    let d: Vec<_> = f.iter().filter(|f| f.rule == Rule::DisciplineOrDegradation).collect();
    assert_eq!(d.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Warning]);
    assert!(d[0].message.contains("cấp có thẩm quyền xem xét, quyết định"), "{}", d[0].message);
    // QĐ 366 Điều 11, "Một số trường hợp cần lưu ý": a violation at the former unit
    // ("tính vào kết quả của đơn vị cũ") is a warning for the competent level; one of an
    // earlier year disciplined this year ("xem xét tại thời điểm đánh giá") a note; one of
    // this very year (the boundary: 01/01/2025 in a 2025 review) nothing more.
    let timing = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>| {
        findings(ws, reviews)
            .into_iter()
            .filter(|f| f.rule == Rule::DisciplineTiming)
            .map(|f| f.severity)
            .collect::<Vec<_>>()
    };
    for (violation, former, expected) in [
        ("", false, vec![]),
        ("", true, vec![Severity::Warning]),
        ("31/12/2024", false, vec![Severity::Note]),
        ("01/01/2025", false, vec![]),
        ("15/03/2024", true, vec![Severity::Warning, Severity::Note]),
        ("không rõ", false, vec![]),
    ] {
        if let Some(m) = ws.member_mut(&id) {
            m.discipline = Some(DisciplineRecord {
                violation_date: violation.into(),
                at_former_unit: former,
                ..reprimand.clone()
            });
        }
        assert_eq!(timing(&ws, &reviews), expected, "violation {violation:?}, former unit {former}");
    }
    if let Some(m) = ws.member_mut(&id) {
        m.discipline = Some(DisciplineRecord { violation_date: "15/03/2024".into(), ..reprimand.clone() });
    }
    let note = findings(&ws, &reviews).into_iter().find(|f| f.rule == Rule::DisciplineTiming).expect("a note");
    assert!(
        note.message.contains("vi phạm từ năm 2024") && note.message.contains("Cấp có thẩm quyền"),
        "{}",
        note.message
    );

    // Rated KHTNV: nothing to say.
    if let Some(m) = ws.member_mut(&id) {
        m.discipline = Some(reprimand);
        m.proposed = Some(Level::NotCompleted);
    }
    assert!(findings(&ws, &reviews).iter().all(|f| f.rule != Rule::DisciplineOrDegradation));

    // Temporary Party activities with no comment yet: an error once a level is proposed.
    if let Some(m) = ws.member_mut(&id) {
        m.discipline = None;
        m.proposed = Some(Level::Good);
        m.temporary = Some(TemporaryCell { cell: "Chi bộ Tổ dân phố 5".into(), comment: String::new() });
    }
    let f = findings(&ws, &reviews);
    let t: Vec<_> = f.iter().filter(|f| f.rule == Rule::TemporaryCell).collect();
    assert_eq!(t.iter().map(|f| f.severity).collect::<Vec<_>>(), vec![Severity::Error]);
    assert!(t[0].message.contains("Chi bộ Tổ dân phố 5"), "{}", t[0].message);
    if let Some(m) = ws.member_mut(&id) {
        m.temporary =
            Some(TemporaryCell { cell: "Chi bộ Tổ dân phố 5".into(), comment: "Gương mẫu.".into() });
        m.long_leave = true;
        m.state_employee = true;
    }
    let f = findings(&ws, &reviews);
    assert!(f.iter().all(|f| f.rule != Rule::TemporaryCell));
    assert_eq!(
        f.iter().filter(|f| f.rule == Rule::LongLeave).map(|f| f.severity).collect::<Vec<_>>(),
        vec![Severity::Note]
    );
    // A state employee with no rating yet; then a Party level above the state rating.
    assert_eq!(
        f.iter().filter(|f| f.rule == Rule::StateRating).map(|f| f.severity).collect::<Vec<_>>(),
        vec![Severity::Warning]
    );
    if let Some(m) = ws.member_mut(&id) {
        m.state_rating = Some(Level::Completed);
    }
    let f = findings(&ws, &reviews);
    let s: Vec<_> = f.iter().filter(|f| f.rule == Rule::StateRating).collect();
    assert_eq!(s.len(), 1);
    assert!(s[0].message.contains("cao hơn kết quả xếp loại công chức, viên chức"), "{}", s[0].message);
    if let Some(m) = ws.member_mut(&id) {
        m.state_rating = Some(Level::Good);
    }
    assert!(findings(&ws, &reviews).iter().all(|f| f.rule != Rule::StateRating));
}

/// The cap per comparison group (QĐ 366 Điều 11, "theo đối tượng … tương đồng"): leaders
/// (Mẫu 2A) and the other members apart by default; the whole cell when the profile says so.
/// Hand-computed: 5 leaders (1 xuất sắc, 4 tốt: ⌊20 % × 4⌋ = 0 → over) and 10 others
/// (2 xuất sắc, 8 tốt: ⌊20 % × 8⌋ = 1 → over on tốt alone, ⌊20 % × 10⌋ = 2 → within
/// counting both); as one group: 3 xuất sắc, 12 tốt, ⌊20 % × 12⌋ = 2 → over on tốt alone,
/// ⌊20 % × 15⌋ = 3 → within counting both.
#[test]
fn the_cap_is_counted_per_comparison_group() {
    let mut ws = workspace(15);
    let mut reviews = BTreeMap::new();
    let mut docs = Vec::new();
    for i in 0..15 {
        let mut d = review(&format!("p{i}"), &format!("Đảng viên {i}"), "28", "65", Level::Excellent);
        if i < 5 {
            d.template = "2025/2A".into();
        }
        docs.push(ok(d));
    }
    import_reviews(&mut ws, &mut reviews, docs);
    for i in 0..15 {
        let level = if i == 0 || i == 5 || i == 6 { Level::Excellent } else { Level::Good };
        propose(&mut ws, &format!("p{i}"), level, 8);
    }
    let (caps, f) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    let figures: Vec<_> = caps
        .iter()
        .map(|g| (g.name, g.members, g.cap.excellent, g.cap.good, g.cap.cap_good, g.cap.cap_good_and_excellent))
        .collect();
    assert_eq!(figures, vec![(checks::LEADERS, 5, 1, 4, 0, 1), (checks::OTHERS, 10, 2, 8, 1, 2)]);
    let cap: Vec<_> = f.iter().filter(|f| f.rule == Rule::ExcellentCap).map(|f| f.message.clone()).collect();
    assert_eq!(cap.len(), 2, "{cap:?}");
    assert!(cap[0].starts_with(&format!("Nhóm \"{}\"", checks::LEADERS)), "{}", cap[0]);
    assert_eq!(
        cap[1],
        format!("Nhóm \"{}\": chi bộ đề xuất 2 đồng chí Hoàn thành xuất sắc nhiệm vụ (Đảng viên 5, Đảng viên 6): vượt giới hạn theo cách tính 1 (tối đa 1, chỉ đếm người Hoàn thành tốt nhiệm vụ) nhưng không vượt theo cách tính 2 (tối đa 2, đếm cả người xuất sắc). Văn bản chưa nói rõ cách đếm; cấp có thẩm quyền sẽ quyết định.", checks::OTHERS)
    );
    ws.profile.cap.separate_leaders = false;
    let (caps, _) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    let figures: Vec<_> = caps
        .iter()
        .map(|g| (g.name, g.members, g.cap.excellent, g.cap.good, g.cap.cap_good, g.cap.cap_good_and_excellent))
        .collect();
    assert_eq!(figures, vec![(checks::WHOLE, 15, 3, 12, 2, 3)]);
}

/// HD 43 mục 7.12: with the cell's pack in its profile, a review scored by another pack or
/// by the two groups alone is flagged; one scored by the cell's pack is not. A pack's
/// settings become the profile's.
#[test]
fn members_scored_by_another_pack_are_flagged() {
    use crate::pack::{self, Criterion, FormCriteria, Issuer, Pack, PackCap, PackForm};
    let c = |t: &str, max: &str| Criterion { title: t.into(), max: max.into(), evidence: String::new() };
    let pack_of = |number: &str| Pack {
        issuer: Issuer {
            organisation: "Đảng ủy ví dụ".into(), number: number.into(), date: "01/11/2025".into()
        },
        year: 2025,
        example: true,
        forms: BTreeMap::from([(
            PackForm::Member,
            FormCriteria {
                general: vec![c("Chung", "30")],
                results: vec![c("Kết quả", "70")],
                subtitle: String::new(),
                signature: String::new(),
            },
        )]),
        nq04: None,
        threshold_excellent: Some(Threshold::TwoThirds),
        threshold_other: None,
        cap: Some(PackCap { groups: vec!["Cả chi bộ".into()], percent: 25 }),
        six_months_on: Some("30/11/2025".into()),
        target_good_percent: None,
    };
    let mut ws = workspace(10);
    let changed = ws.profile.use_pack(pack_of("01"));
    assert_eq!(changed.len(), 4, "{changed:?}");
    assert!(!ws.profile.cap.separate_leaders, "one comparison group named: the whole cell");
    assert_eq!(
        (ws.profile.threshold_excellent, ws.profile.cap.raised, ws.profile.six_months_on.as_str()),
        (Threshold::TwoThirds, true, "30/11/2025")
    );
    let mut ours = review("a", "A", "25", "55", Level::Good);
    pack::apply(&mut ours, &pack_of("01")).expect("2B");
    let mut theirs = review("b", "B", "25", "55", Level::Good);
    pack::apply(&mut theirs, &pack_of("02")).expect("2B");
    let plain = review("c", "C", "25", "55", Level::Good);
    let mut reviews = BTreeMap::new();
    import_reviews(&mut ws, &mut reviews, vec![ok(ours), ok(theirs), ok(plain)]);
    let (_, f) = checks::check(&lines(&ws, &reviews), &ws.profile, None);
    let flagged: Vec<(String, bool)> = f
        .iter()
        .filter(|f| f.rule == Rule::OtherPack)
        .map(|f| (f.member.as_ref().map(|m| m.to_string()).unwrap_or_default(), f.message.contains("bộ tiêu chí khác")))
        .collect();
    assert_eq!(flagged, vec![("b".to_owned(), true), ("c".to_owned(), false)]);
}

#[test]
fn the_meeting_takes_leaders_first_skips_the_exempt_and_counts_what_the_cell_proposed() {
    let mut ws = workspace(4);
    let mut reviews = BTreeMap::new();
    let mut leader = review("l", "Võ Thị Lan", "27", "60", Level::Good);
    leader.template = "2025/2A".into();
    let items = vec![
        ok(review("a", "Nguyễn Văn An", "27", "63", Level::Excellent)),
        ok(review("b", "Trần Thị Bình", "25", "55", Level::Good)),
        ok(leader),
    ];
    import_reviews(&mut ws, &mut reviews, items);
    ws.members.push(Member::by_hand(MemberId::from("x"), "Đỗ Văn Xuân".into()));
    ws.members[3].exemption = Some(Exemption::Excused);
    let b = ws.members[1].id.clone();
    propose(&mut ws, &b, Level::Good, 8);
    let lines = lines(&ws, &reviews);
    let names: Vec<&str> = super::meeting::order(&lines).into_iter().map(|i| lines[i].member.name.as_str()).collect();
    assert_eq!(names, ["Võ Thị Lan", "Nguyễn Văn An", "Trần Thị Bình"], "leaders first, then the roster's order");
    assert_eq!(super::meeting::progress(&lines), (1, 3), "one of three proposed; the exempt member is not counted");
}

/// QĐ 366 Điều 7: "người đứng đầu kiểm điểm trước, cấp phó và các thành viên kiểm điểm
/// sau". Roster: An (no post, 2B), Bình (chi ủy viên, 2B), Lan (no post, Mẫu 2A), Cường
/// (phó bí thư, 2B), Dũng (bí thư, no file), Hà (chi ủy viên, no file). Meeting: Dũng,
/// Cường, Bình, Hà (chi ủy viên in the roster's order), Lan (Mẫu 2A), An.
#[test]
fn the_meeting_takes_the_secretary_first_then_the_deputy_then_the_committee() {
    let mut ws = workspace(6);
    let mut reviews = BTreeMap::new();
    let mut lan = review("l", "Võ Thị Lan", "27", "60", Level::Good);
    lan.template = "2025/2A".into();
    let items = vec![
        ok(review("a", "Nguyễn Văn An", "27", "63", Level::Good)),
        ok(review("b", "Trần Thị Bình", "25", "55", Level::Good)),
        ok(lan),
        ok(review("c", "Lê Văn Cường", "25", "55", Level::Good)),
    ];
    import_reviews(&mut ws, &mut reviews, items);
    ws.members.push(Member::by_hand(MemberId::from("d"), "Phạm Văn Dũng".into()));
    ws.members.push(Member::by_hand(MemberId::from("h"), "Đỗ Thu Hà".into()));
    ws.members[1].post = CellPost::CommitteeMember;
    ws.members[3].post = CellPost::DeputySecretary;
    ws.members[4].post = CellPost::Secretary;
    ws.members[5].post = CellPost::CommitteeMember;
    let lines = lines(&ws, &reviews);
    let names: Vec<&str> = super::meeting::order(&lines).into_iter().map(|i| lines[i].member.name.as_str()).collect();
    assert_eq!(names, ["Phạm Văn Dũng", "Lê Văn Cường", "Trần Thị Bình", "Đỗ Thu Hà", "Võ Thị Lan", "Nguyễn Văn An"]);
}

/// The cap's comparison group of a member with a post: with no file (a paper review or
/// none), the post puts them with the leaders; with a file, the form they chose decides.
/// Hand-computed, groups apart: leaders = Lan (2A, tốt) + Dũng (bí thư, paper, xuất sắc):
/// 1 xuất sắc, 1 tốt, ⌊20 % × 1⌋ = 0 → over; others = An, Bình (chi ủy viên but Mẫu 2B),
/// both tốt: 0 xuất sắc → within.
#[test]
fn a_post_holder_with_no_file_is_counted_with_the_leaders() {
    let mut ws = workspace(4);
    let mut reviews = BTreeMap::new();
    let mut lan = review("l", "Võ Thị Lan", "27", "60", Level::Good);
    lan.template = "2025/2A".into();
    let items = vec![
        ok(review("a", "Nguyễn Văn An", "27", "63", Level::Good)),
        ok(review("b", "Trần Thị Bình", "25", "55", Level::Good)),
        ok(lan),
    ];
    import_reviews(&mut ws, &mut reviews, items);
    let mut dung = Member::by_hand(MemberId::from("d"), "Phạm Văn Dũng".into());
    dung.post = CellPost::Secretary;
    dung.paper_points = "92".into();
    dung.paper_level = Some(Level::Excellent);
    ws.members.push(dung);
    ws.members[1].post = CellPost::CommitteeMember;
    let ids: Vec<String> = ws.members.iter().map(|m| m.id.to_string()).collect();
    for id in &ids {
        let level = if id == "d" { Level::Excellent } else { Level::Good };
        propose(&mut ws, id, level, 4);
    }
    let lines = lines(&ws, &reviews);
    assert!(lines[3].is_leader() && lines[2].is_leader() && !lines[1].is_leader() && !lines[0].is_leader());
    let (caps, _) = checks::check(&lines, &ws.profile, None);
    let figures: Vec<_> =
        caps.iter().map(|g| (g.name, g.members, g.cap.excellent, g.cap.good, g.cap.cap_good)).collect();
    assert_eq!(figures, vec![(checks::LEADERS, 2, 1, 1, 0), (checks::OTHERS, 2, 0, 2, 0)]);
}

/// The collective knows every discipline the cell knows: An's review says "khiển trách";
/// Bình has no file but the cell recorded a Party discipline; Cường has a file saying none
/// but the cell recorded an administrative discipline; Dũng is not disciplined.
#[test]
fn the_collective_knows_every_discipline_from_reviews_and_the_cells_records() {
    use crate::rules::{DisciplinedMember, Leadership};
    let mut ws = workspace(4);
    let mut reviews = BTreeMap::new();
    let mut an = review("a", "Nguyễn Văn An", "27", "63", Level::Good);
    an.set_text(ids::DISCIPLINE, crate::codes::Discipline::Reprimand.code());
    let items = vec![
        ok(an),
        ok(review("c", "Lê Văn Cường", "25", "55", Level::Good)),
        ok(review("d", "Phạm Văn Dũng", "25", "55", Level::Good)),
    ];
    import_reviews(&mut ws, &mut reviews, items);
    let record = |source| DisciplineRecord {
        source,
        form: "Khiển trách".into(),
        date: String::new(),
        self_remedied: false,
        violation_date: String::new(),
        at_former_unit: false,
    };
    let mut binh = Member::by_hand(MemberId::from("b"), "Trần Thị Bình".into());
    binh.discipline = Some(record(DisciplineSource::Party));
    ws.members.push(binh);
    ws.members[1].discipline = Some(record(DisciplineSource::Administrative));
    let got = checks::disciplined_members(&lines(&ws, &reviews));
    let unknown = |n: &str| DisciplinedMember { name: n.to_owned(), leadership: Leadership::Unknown };
    assert_eq!(
        got,
        vec![unknown("Nguyễn Văn An"), unknown("Lê Văn Cường"), unknown("Trần Thị Bình")],
        "no post recorded"
    );

    // Posts recorded: Bình is bí thư, Dũng chi ủy viên (not disciplined).
    ws.members[3].post = CellPost::Secretary;
    ws.members[2].post = CellPost::CommitteeMember;
    let got = checks::disciplined_members(&lines(&ws, &reviews));
    let leadership: Vec<(&str, Leadership)> = got.iter().map(|d| (d.name.as_str(), d.leadership)).collect();
    assert_eq!(
        leadership,
        vec![
            ("Nguyễn Văn An", Leadership::NotMember),
            ("Lê Văn Cường", Leadership::NotMember),
            ("Trần Thị Bình (bí thư chi bộ)", Leadership::Member),
        ]
    );
    // Mẫu 01 proposed at xuất sắc: the bí thư's discipline is an error, the others a note.
    let mut report = Document::new("r", "2025/01", 2025, at("2025-12-01T08:00:00+07:00"));
    for (f, v) in [
        (ids::GENERAL_POINTS, "28"),
        (ids::RESULTS_POINTS, "65"),
        (ids::PROPOSED_LEVEL, Level::Excellent.code()),
        (ids::TASKS_ASSIGNED, "10"),
        (ids::TASKS_ON_TIME, "10"),
        (ids::TASKS_LATE, "0"),
        (ids::TASKS_NOT_DONE, "0"),
        (ids::TASKS_EXCEEDED, "3"),
    ] {
        report.set_text(f, v);
    }
    let f = crate::rules::collective_check(&crate::review::assessment(&report), &got);
    assert_eq!(
        f.iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>(),
        vec![(Rule::CollectiveDiscipline, Severity::Error), (Rule::CollectiveDiscipline, Severity::Note)]
    );
    assert!(f[1].message.contains("Nguyễn Văn An, Lê Văn Cường"), "{}", f[1].message);
}

/// QĐ 366 Điều 11 khoản 4: "Trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục
/// xong hậu quả thì cấp có thẩm quyền … xem xét, đánh giá, xếp loại". When the cell's record
/// and the member's review disagree on it, one warning shows both; when they agree, the
/// discipline is said once.
#[test]
fn a_self_remedy_the_record_and_the_review_disagree_on_is_shown_both_ways_once() {
    let mut ws = workspace(10);
    let mut reviews = BTreeMap::new();
    let mut doc = review("a", "Nguyễn Văn An", "27", "63", Level::Good);
    doc.set_text(ids::DISCIPLINE, crate::codes::Discipline::Reprimand.code());
    import_reviews(&mut ws, &mut reviews, vec![ok(doc)]);
    let id = ws.members[0].id.to_string();
    propose(&mut ws, &id, Level::Good, 8);
    let about = |ws: &Workspace, reviews: &BTreeMap<DocId, Document>| -> Vec<(Rule, Severity, String)> {
        checks::check(&lines(ws, reviews), &ws.profile, None)
            .1
            .into_iter()
            .filter(|f| {
                matches!(f.rule, Rule::DisciplineOrDegradation | Rule::MemberRules) && f.message.contains("kỷ luật")
            })
            .map(|f| (f.rule, f.severity, f.message))
            .collect()
    };
    let set_claim = |reviews: &mut BTreeMap<DocId, Document>, yes: bool| {
        for d in reviews.values_mut() {
            d.set_text(ids::SELF_REMEDIED, if yes { "co" } else { "khong" });
        }
    };
    let record = |self_remedied| DisciplineRecord {
        source: DisciplineSource::Party,
        form: "Khiển trách".into(),
        date: String::new(),
        self_remedied,
        violation_date: String::new(),
        at_former_unit: false,
    };

    // The member claims the self-remedy, the cell's record does not: one warning, both shown.
    set_claim(&mut reviews, true);
    ws.members[0].discipline = Some(record(false));
    let f = about(&ws, &reviews);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0, f[0].1), (Rule::DisciplineOrDegradation, Severity::Warning));
    assert!(f[0].2.contains("Hồ sơ chi bộ không ghi đồng chí tự giác nhận lỗi"), "{}", f[0].2);
    assert!(f[0].2.contains("bản kiểm điểm của đồng chí ghi đã tự giác"), "{}", f[0].2);
    assert!(f[0].2.contains("cấp có thẩm quyền căn cứ vào hoàn cảnh"), "quotes the text: {}", f[0].2);

    // The other way round: also one warning, not the member's error beside the record's note.
    set_claim(&mut reviews, false);
    ws.members[0].discipline = Some(record(true));
    let f = about(&ws, &reviews);
    assert_eq!(
        f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        vec![(Rule::DisciplineOrDegradation, Severity::Warning)]
    );
    assert!(f[0].2.contains("bản kiểm điểm của đồng chí ghi không thuộc trường hợp đó"), "{}", f[0].2);

    // Agreeing: said once, by the member's review (through the cell's proposal).
    ws.members[0].discipline = Some(record(false));
    let f = about(&ws, &reviews);
    assert_eq!(f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(), vec![(Rule::MemberRules, Severity::Error)]);
    set_claim(&mut reviews, true);
    ws.members[0].discipline = Some(record(true));
    let f = about(&ws, &reviews);
    assert_eq!(f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(), vec![(Rule::MemberRules, Severity::Warning)]);
}

#[test]
fn the_post_is_optional_in_files_and_read_back() {
    // Older files have no post: none. A post is written by its code and read back.
    let old: Member = serde_json::from_str(r#"{"id":"m","name":"An"}"#).expect("older member");
    assert_eq!(old.post, CellPost::None);
    let written = serde_json::to_string(&old).expect("json");
    assert!(!written.contains("post"), "{written}");
    let mut m = old;
    m.post = CellPost::DeputySecretary;
    let written = serde_json::to_string(&m).expect("json");
    assert!(written.contains(r#""post":"deputy_secretary""#), "{written}");
    let back: Member = serde_json::from_str(&written).expect("read back");
    assert_eq!(back.post, CellPost::DeputySecretary);
    for p in CellPost::ALL {
        assert_eq!(CellPost::from_code(p.code()), p);
        assert!(!p.label().is_empty());
    }
    assert_eq!(CellPost::from_code("?"), CellPost::None);
}

#[test]
fn an_unfinished_bundle_lists_what_is_missing_and_says_so_in_its_name() {
    let mut ws = workspace(10);
    ws.members.push(Member::by_hand("c", "Trần Văn C".into()));
    let mut reviews = BTreeMap::new();
    import_reviews(
        &mut ws,
        &mut reviews,
        vec![ok(review("a", "A", "25", "55", Level::Good)), ok(review("b", "B", "25", "55", Level::Good))],
    );
    let a = ws.members.iter().find(|m| m.name == "A").map(|m| m.id.clone()).expect("a");
    ws.member_mut(&a).expect("a").proposed = Some(Level::Good);
    let gaps = super::readiness::gaps(&lines(&ws, &reviews), &ws.profile, None);
    let texts: Vec<&str> = gaps.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "1 đồng chí chưa nộp bản kiểm điểm",
            "2 đồng chí chưa có mức chi bộ đề xuất",
            "1 đồng chí chưa ghi kết quả biểu quyết",
            "Chưa lập báo cáo kiểm điểm của chi bộ (Mẫu 01)",
        ]
    );
    assert_eq!(gaps[0].members, [(MemberId::from("c"), "Trần Văn C".to_owned())]);
    assert_eq!(gaps[2].members[0].0, a);
    assert_eq!(super::readiness::bundle_file_name(&ws, false), "goi-chi-bo-2025-chi-bo-3-chua-hoan-thanh.json");

    // Everyone rated and voted on, the report started: nothing is missing.
    ws.members.retain(|m| m.id != "c");
    let ids: Vec<String> = ws.members.iter().map(|m| m.id.to_string()).collect();
    for id in &ids {
        propose(&mut ws, id, Level::Good, 8);
    }
    let collective = Document::new("r", "2025/01", 2025, at("2025-12-01T08:00:00+07:00"));
    assert_eq!(super::readiness::gaps(&lines(&ws, &reviews), &ws.profile, Some(&collective)), []);
    assert_eq!(super::readiness::bundle_file_name(&ws, true), "goi-chi-bo-2025-chi-bo-3.json");
}

#[test]
fn the_cells_papers_carry_the_place_and_the_meeting_date_of_its_profile() {
    let mut ws = workspace(10);
    let reviews = BTreeMap::new();
    assert_eq!(crate::printed::roster(&ws, &lines(&ws, &reviews)).header.date_line, "……, ngày … tháng … năm …");
    ws.profile.place = "Ba Đình".into();
    ws.profile.meeting_on = "5/12/2025".into();
    assert_eq!(
        crate::printed::roster(&ws, &lines(&ws, &reviews)).header.date_line,
        "Ba Đình, ngày 05 tháng 12 năm 2025"
    );
}

/// A cell of 12 (issue 33): 9 official members (one of them absent, with a reason), 2
/// probationary (one absent, without a reason yet), 1 exempt. Official present: 8.
fn meeting_cell() -> (Workspace, BTreeMap<DocId, Document>) {
    let mut ws = workspace(9);
    let mut reviews = BTreeMap::new();
    let names = [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Văn Dũng",
        "Đỗ Thu Hà",
        "Võ Thị Lan",
        "Hoàng Văn Minh",
        "Bùi Thị Nga",
        "Đặng Văn Phúc",
        "Ngô Thị Quỳnh",
        "Lý Văn Sơn",
    ];
    let items =
        names.iter().enumerate().map(|(i, n)| ok(review(&format!("r{i}"), n, "25", "55", Level::Good))).collect();
    import_reviews(&mut ws, &mut reviews, items);
    ws.members.push(Member::by_hand(MemberId::from("x"), "Đỗ Văn Xuân".into()));
    ws.members[11].exemption = Some(Exemption::Excused);
    ws.members[9].probationary = true;
    ws.members[10].probationary = true;
    ws.profile.meeting_on = "20/12/2025".into();
    let mut meeting = super::minutes::Meeting {
        chair: "Nguyễn Văn An, Bí thư chi bộ".into(),
        secretary: "Trần Thị Bình".into(),
        ..Default::default()
    };
    let (absent_official, absent_probationary) = (ws.members[8].id.clone(), ws.members[10].id.clone());
    meeting.set_reason(&absent_official, "Đi công tác".into());
    meeting.set_absent(&absent_probationary, true);
    ws.meeting = Some(meeting);
    (ws, reviews)
}

#[test]
fn attendance_counts_official_and_probationary_members_apart_and_lists_the_exempt() {
    use super::minutes::Attendance;
    let (ws, reviews) = meeting_cell();
    let lines = lines(&ws, &reviews);
    let a = Attendance::of(&lines, ws.meeting.as_ref().expect("meeting"));
    assert_eq!((a.official, a.official_present), (9, 8));
    assert_eq!((a.probationary, a.probationary_present), (2, 1));
    assert_eq!((a.summoned(), a.present()), (11, 9));
    assert!(a
        .in_words()
        .starts_with("Triệu tập 11 đồng chí: 9 chính thức, 2 dự bị. Có mặt 9 (8 chính thức, 1 dự bị); vắng 2."));
    assert_eq!(a.exempt, ["Đỗ Văn Xuân"]);
    assert_eq!(
        a.absent,
        [("Đặng Văn Phúc".to_owned(), "Đi công tác".to_owned(), false), ("Lý Văn Sơn".to_owned(), String::new(), true)]
    );
    assert_eq!(
        super::minutes::default_present(&lines, ws.meeting.as_ref().expect("meeting")),
        8,
        "only official members present vote"
    );
    let text = super::minutes::generated(super::minutes::Part::Attendance, &ws, &lines);
    assert!(text.contains("Có mặt: 9 (8 chính thức, 1 dự bị). Vắng mặt: 2."), "{text}");
    assert!(text.contains("Đồng chí Đặng Văn Phúc vắng mặt, lý do: Đi công tác."), "{text}");
    assert!(text.contains("Đồng chí Lý Văn Sơn (dự bị) vắng mặt"), "{text}");
    // Back present: the absence goes, with its reason.
    let mut m = ws.meeting.clone().expect("meeting");
    m.set_absent(&ws.members[8].id, false);
    assert!(!m.is_absent(&ws.members[8].id));
    assert_eq!(m.absent.len(), 1);
}

#[test]
fn the_minutes_are_not_final_until_every_vote_adds_up() {
    use super::minutes::problems;
    let (mut ws, reviews) = meeting_cell();
    let collective = review("c01", "Chi bộ 3", "27", "60", Level::Good);
    let ids: Vec<MemberId> = ws.members.iter().map(|m| m.id.clone()).collect();
    for id in &ids[..11] {
        let m = ws.member_mut(id).expect("member");
        m.proposed = Some(Level::Good);
        m.votes = Votes {
            method: Some(VoteMethod::ShowOfHands),
            present: Some(8),
            yes: Some(8),
            no: Some(0),
            abstain: Some(0),
        };
    }
    // One vote over the members present, one counting probationary members, one with no vote.
    ws.member_mut(&ids[1]).expect("b").votes.yes = Some(9);
    ws.member_mut(&ids[2]).expect("c").votes.present = Some(9);
    ws.member_mut(&ids[3]).expect("d").votes = Votes::default();
    ws.member_mut(&ids[4]).expect("e").votes.present = Some(10);
    ws.member_mut(&ids[5]).expect("f").proposed = None;
    let found = problems(&ws, &lines(&ws, &reviews), None);
    let texts: Vec<&str> = found.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.contains(&"Chưa ghi lý do vắng mặt của đồng chí Lý Văn Sơn."), "{texts:#?}");
    assert!(texts.contains(&"Chưa có báo cáo kiểm điểm của chi bộ (Mẫu 01)."), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.starts_with(
            "Đồng chí Trần Thị Bình: tán thành, không tán thành và không biểu quyết cộng lại là 9, nhiều hơn 8"
        )),
        "{texts:#?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("Đồng chí Lê Văn Cường: số có mặt khi biểu quyết (9) nhiều hơn số đảng viên chính thức có mặt theo điểm danh (8); đảng viên dự bị không biểu quyết")), "{texts:#?}");
    assert!(texts.contains(&"Đồng chí Phạm Văn Dũng: chưa ghi kết quả biểu quyết."), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.starts_with(
            "Đồng chí Đỗ Thu Hà: số có mặt khi biểu quyết (10) nhiều hơn số đảng viên chính thức của chi bộ (9)"
        )),
        "{texts:#?}"
    );
    assert!(texts.contains(&"Đồng chí Võ Thị Lan đã kiểm điểm nhưng chưa có mức chi bộ đề xuất."), "{texts:#?}");
    assert_eq!(found.iter().filter(|p| p.member.is_some()).count(), 5, "{texts:#?}");
    assert_eq!(
        found.iter().find(|p| p.text.contains("Trần Thị Bình")).and_then(|p| p.member.clone()),
        Some(ids[1].clone())
    );

    // Fixed, with Mẫu 01 and its vote: nothing left.
    ws.member_mut(&ids[1]).expect("b").votes.yes = Some(8);
    ws.member_mut(&ids[2]).expect("c").votes.present = Some(8);
    ws.member_mut(&ids[3]).expect("d").votes =
        Votes { method: Some(VoteMethod::SecretBallot), present: Some(8), yes: Some(7), no: Some(1), abstain: Some(0) };
    ws.member_mut(&ids[4]).expect("e").votes.present = Some(8);
    ws.member_mut(&ids[5]).expect("f").proposed = Some(Level::Good);
    let mut meeting = ws.meeting.clone().expect("meeting");
    meeting.set_reason(&ids[10], "Ốm".into());
    meeting.collective_votes =
        Votes { method: Some(VoteMethod::ShowOfHands), present: Some(8), yes: Some(8), no: Some(0), abstain: Some(0) };
    ws.meeting = Some(meeting.clone());
    assert_eq!(problems(&ws, &lines(&ws, &reviews), Some(&collective)), []);

    // The printed minutes: attendance, each member's vote in the meeting's order, both signers.
    let p = crate::printed::minutes(&ws, &lines(&ws, &reviews), Some(&collective));
    let all: Vec<String> = p.body.iter().map(|b| format!("{b:?}")).collect();
    let flat = all.join("\n");
    assert!(flat.contains("Có mặt: 9 (8 chính thức, 1 dự bị)"), "{flat}");
    assert!(flat.contains("Phạm Văn Dũng"), "{flat}");
    assert!(flat.contains("Bỏ phiếu kín: 7/8 tán thành, 1 không tán thành, 0 không biểu quyết"), "{flat}");
    assert!(flat.contains("tự chấm 87/100 điểm"), "{flat}");
    assert!(!flat.contains("Đỗ Văn Xuân\")"), "the exempt member is not reviewed");
    assert_eq!(p.signature.name, "Nguyễn Văn An");
    assert_eq!(p.left_signature.map(|s| s.name), Some("Trần Thị Bình".to_owned()));
}

#[test]
fn the_secretary_rewords_a_generated_paragraph() {
    use super::minutes::{generated, Part};
    let (mut ws, reviews) = meeting_cell();
    let l = lines(&ws, &reviews);
    let mut meeting = ws.meeting.clone().expect("meeting");
    assert!(meeting.text(Part::Purpose, generated(Part::Purpose, &ws, &l)).contains("Quy định số 366-QĐ/TW"));
    meeting.edited.insert(Part::Purpose.key().into(), "Mục đích do chi bộ viết.".into());
    assert_eq!(meeting.text(Part::Purpose, generated(Part::Purpose, &ws, &l)), "Mục đích do chi bộ viết.");
    ws.meeting = Some(meeting);
    let l = lines(&ws, &reviews);
    let p = crate::printed::minutes(&ws, &l, None);
    assert!(p.body.iter().any(|b| format!("{b:?}").contains("Mục đích do chi bộ viết.")));
}

#[test]
fn a_vote_started_records_the_official_members_present() {
    let (mut ws, _) = meeting_cell();
    let id = ws.members[0].id.clone();
    super::minutes::fill_present(&mut ws, &id);
    assert_eq!(ws.members[0].votes.present, None, "nothing recorded yet");
    ws.members[0].proposed = Some(Level::Good);
    super::minutes::fill_present(&mut ws, &id);
    assert_eq!(
        ws.members[0].votes.present,
        Some(8),
        "9 official, 1 absent; probationary and exempt members do not vote"
    );
    ws.members[0].votes.present = Some(7);
    super::minutes::fill_present(&mut ws, &id);
    assert_eq!(ws.members[0].votes.present, Some(7), "a number typed is never replaced");
}
