//! Hand-computed cases for the committee: aggregation, the cap at the committee's scope,
//! the order rule, the import decision, the decision file and the report.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::check::{overview, ALL_MEMBERS, CELLS};
use super::decision::wrap_decision;
use super::entry::CellEntry;
use super::import::{decide, Outcome};
use super::model::{organisation_key, CellDecision, CommitteeProfile};
use super::report::{report, report_csv};
use crate::cell::checks::{LEADERS, OTHERS};
use crate::cell::file::BundleRead;
use crate::cell::intake::{read_cell_file, CellItem};
use crate::cell::model::{Exemption, Member, Workspace};
use crate::decision::Taking;
use crate::file;
use crate::finding::{Rule, Severity};
use crate::ids::WorkspaceId;
use crate::level::Level;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("time")
}

fn profile() -> CommitteeProfile {
    let mut p = CommitteeProfile::new(2025);
    p.organisation = "Đảng ủy phường Ba Đình".into();
    p
}

/// A cell whose members each have a paper total and the cell's proposal: `levels` in
/// order, `None` for a member the cell has not proposed a level for.
fn cell(id: &str, name: &str, levels: &[Option<Level>]) -> Workspace {
    let mut ws = Workspace::new(id, 2025, at("2025-12-01T08:00:00+07:00"));
    ws.profile.cell = name.into();
    ws.profile.party_committee = "Đảng bộ phường Ba Đình".into();
    ws.profile.official_members = levels.len() as u32;
    for (i, level) in levels.iter().enumerate() {
        let mut m = Member::by_hand(format!("{id}-m{i}"), format!("Đảng viên {i} {name}"));
        m.paper_points = "95".into();
        m.paper_level = Some(Level::Excellent);
        m.proposed = *level;
        ws.members.push(m);
    }
    ws
}

fn entry(ws: &Workspace, exported: &str, sha: &str) -> CellEntry {
    let bundle = BundleRead {
        workspace: ws.clone(),
        collective: None,
        reviews: Vec::new(),
        exported: at(exported),
        sha256: sha.into(),
        signature: crate::file::signature::Check::Unsigned,
    };
    CellEntry::of(&bundle, "goi.json", false)
}

const X: Option<Level> = Some(Level::Excellent);
const G: Option<Level> = Some(Level::Good);
const C: Option<Level> = Some(Level::Completed);

fn caps_over(o: &super::check::Overview) -> Vec<&str> {
    o.findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ExcellentCap && f.finding.severity == Severity::Warning)
        .map(|f| f.finding.message.as_str())
        .collect()
}

#[test]
fn totals_per_cell_and_for_the_committee() {
    let mut a = cell("a", "Chi bộ 1", &[X, G, G, C, None]);
    a.members[4].exemption = Some(Exemption::Excused);
    let b = cell("b", "Chi bộ 2", &[G, G, None]);
    let entries = [entry(&a, "2025-12-10T08:00:00+07:00", "1"), entry(&b, "2025-12-10T08:00:00+07:00", "2")];
    let o = overview(&profile(), &entries, &BTreeMap::new());
    // Cell 1: 5 members, 1 exempt, 4 to classify: 1 X, 2 G, 1 C.
    assert_eq!((o.cells[0].members, o.cells[0].exempt, o.cells[0].to_classify), (5, 1, 4));
    assert_eq!(o.cells[0].levels, [1, 2, 1, 0]);
    assert_eq!(o.cells[0].unclassified, 0);
    // Cell 2: 3 members, 2 G, 1 not yet proposed.
    assert_eq!(o.cells[1].levels, [0, 2, 0, 0]);
    assert_eq!(o.cells[1].unclassified, 1);
    // The committee: 8 members, 1 exempt, 7 to classify; 1 X, 4 G, 1 C, 1 unclassified.
    assert_eq!((o.totals.members, o.totals.exempt, o.totals.to_classify), (8, 1, 7));
    assert_eq!(o.totals.levels, [1, 4, 1, 0]);
    assert_eq!(o.totals.unclassified, 1);
    // The committee's decision replaces a proposal, and counts as a change.
    let mut d = CellDecision::new("b".into());
    d.members.insert("b-m2".into(), Level::Completed);
    d.members.insert("b-m0".into(), Level::Excellent);
    let o = overview(&profile(), &entries, &BTreeMap::from([("b".into(), d)]));
    assert_eq!(o.totals.levels, [2, 3, 2, 0]);
    assert_eq!((o.totals.unclassified, o.totals.changed), (0, 2));
}

#[test]
fn the_cap_is_counted_over_the_whole_committee_per_group_and_clears() {
    // Others: cell 1 has 1 X and 4 G, cell 2 has 1 X and 6 G: 2 X, 10 G.
    // Reading 1: ⌊20% × 10⌋ = 2; reading 2: ⌊20% × 12⌋ = 2. Not over.
    let a = cell("a", "Chi bộ 1", &[X, G, G, G, G]);
    let b = cell("b", "Chi bộ 2", &[X, G, G, G, G, G, G]);
    let entries = [entry(&a, "2025-12-10T08:00:00+07:00", "1"), entry(&b, "2025-12-10T08:00:00+07:00", "2")];
    let p = profile();
    let o = overview(&p, &entries, &BTreeMap::new());
    let others = o.caps.iter().find(|g| g.name == OTHERS).expect("group");
    assert_eq!((others.count, others.cap.excellent, others.cap.good), (12, 2, 10));
    assert_eq!((others.cap.cap_good, others.cap.cap_good_and_excellent), (2, 2));
    assert!(caps_over(&o).is_empty(), "{:?}", caps_over(&o));
    // No leader anywhere: the leaders' group counts nobody.
    assert_eq!(o.caps.iter().find(|g| g.name == LEADERS).map(|g| g.count), Some(0));

    // The committee raises one member of cell 2 from G to X: 3 X, 9 G.
    // Reading 1: ⌊1.8⌋ = 1; reading 2: ⌊2.4⌋ = 2. Over both: the warning appears.
    let mut d = CellDecision::new("b".into());
    d.members.insert("b-m1".into(), Level::Excellent);
    let decisions = BTreeMap::from([(WorkspaceId::from("b"), d.clone())]);
    let o = overview(&p, &entries, &decisions);
    let others = o.caps.iter().find(|g| g.name == OTHERS).expect("group");
    assert_eq!(
        (others.cap.excellent, others.cap.good, others.cap.cap_good, others.cap.cap_good_and_excellent),
        (3, 9, 1, 2)
    );
    let over = caps_over(&o);
    assert_eq!(over.len(), 1);
    assert!(
        over[0].contains("vượt giới hạn theo cả hai cách tính (cách tính 1: tối đa 1; cách tính 2: tối đa 2)"),
        "{}",
        over[0]
    );

    // Taking it back clears it.
    d.members.clear();
    let o = overview(&p, &entries, &BTreeMap::from([(WorkspaceId::from("b"), d)]));
    assert!(caps_over(&o).is_empty());

    // One group for everybody: the same counts under another name.
    let mut one = p.clone();
    one.separate_leaders = false;
    let o = overview(&one, &entries, &decisions);
    assert_eq!(o.caps.iter().map(|g| g.name).collect::<Vec<_>>(), [ALL_MEMBERS, CELLS]);
    // At 25 %: reading 1 ⌊2.25⌋ = 2, reading 2 ⌊3⌋ = 3: over only under reading 1.
    one.raised = true;
    let o = overview(&one, &entries, &decisions);
    let g = &o.caps[0];
    assert_eq!((g.cap.cap_good, g.cap.cap_good_and_excellent), (2, 3));
    assert!(g.cap.over_strict() && !g.cap.over_both());
    assert!(caps_over(&o)[0].contains("vượt giới hạn theo cách tính 1 (tối đa 2, chỉ đếm người Hoàn thành tốt nhiệm vụ) nhưng không vượt theo cách tính 2 (tối đa 3"), "{}", caps_over(&o)[0]);
}

#[test]
fn leaders_are_a_group_of_their_own() {
    let a = cell("a", "Chi bộ 1", &[X, X, G, G, G, G, G]);
    let mut e = entry(&a, "2025-12-10T08:00:00+07:00", "1");
    // Two leaders, both X; five others, all G.
    e.members[0].leader = true;
    e.members[1].leader = true;
    let o = overview(&profile(), std::slice::from_ref(&e), &BTreeMap::new());
    let leaders = o.caps.iter().find(|g| g.name == LEADERS).expect("group");
    assert_eq!(
        (leaders.count, leaders.cap.excellent, leaders.cap.good, leaders.cap.cap_good_and_excellent),
        (2, 2, 0, 0)
    );
    let others = o.caps.iter().find(|g| g.name == OTHERS).expect("group");
    assert_eq!((others.count, others.cap.excellent, others.cap.good), (5, 0, 5));
    let over = caps_over(&o);
    assert_eq!(over.len(), 1);
    assert!(over[0].contains(LEADERS));
}

#[test]
fn cells_as_organisations_have_their_own_cap_and_come_after_their_members() {
    let a = cell("a", "Chi bộ 1", &[G, None]);
    let b = cell("b", "Chi bộ 2", &[G]);
    let entries = [entry(&a, "2025-12-10T08:00:00+07:00", "1"), entry(&b, "2025-12-10T08:00:00+07:00", "2")];
    let mut da = CellDecision::new("a".into());
    da.cell_level = Some(Level::Excellent);
    let mut db = CellDecision::new("b".into());
    db.cell_level = Some(Level::Good);
    let decisions = BTreeMap::from([(WorkspaceId::from("a"), da), (WorkspaceId::from("b"), db)]);
    let o = overview(&profile(), &entries, &decisions);
    assert_eq!(o.cell_levels, [1, 1, 0, 0]);
    // 1 X cell among 1 G cell: ⌊0.2⌋ = 0 and ⌊0.4⌋ = 0: over both.
    let cells = o.caps.iter().find(|g| g.name == CELLS).expect("cells");
    assert!(cells.cap.over_both());
    // Cell 1 is rated while one of its members is not: an error (Điều 12 khoản 2).
    let order: Vec<_> = o.findings.iter().filter(|f| f.finding.rule == Rule::ClassifyMembersFirst).collect();
    assert_eq!(order.len(), 1);
    assert_eq!(order[0].finding.severity, Severity::Error);
    assert_eq!(order[0].cell.as_deref(), Some("a"));
    assert!(order[0].finding.message.contains("còn 1 đảng viên chưa được xếp loại"));
}

#[test]
fn a_level_above_what_the_rules_allow_is_an_error_and_a_self_remedied_discipline_is_left_to_the_committee() {
    let mut a = cell("a", "Chi bộ 1", &[G, G]);
    // A paper total of 75 allows at most Hoàn thành tốt nhiệm vụ.
    a.members[0].paper_points = "75".into();
    a.members[1].discipline = Some(crate::cell::model::DisciplineRecord {
        source: crate::cell::model::DisciplineSource::Party,
        form: "Khiển trách".into(),
        date: String::new(),
        self_remedied: true,
        violation_date: String::new(),
        at_former_unit: false,
    });
    let e = entry(&a, "2025-12-10T08:00:00+07:00", "1");
    assert_eq!(e.members[0].ceiling, Some(Level::Good));
    assert!(e.members[1].competent.is_some());
    let mut d = CellDecision::new("a".into());
    d.members.insert("a-m0".into(), Level::Excellent);
    let o = overview(&profile(), std::slice::from_ref(&e), &BTreeMap::from([("a".into(), d)]));
    let above: Vec<_> = o.findings.iter().filter(|f| f.finding.rule == Rule::MemberRules).collect();
    assert_eq!(above.len(), 1);
    assert_eq!(above[0].finding.severity, Severity::Error);
    assert_eq!(above[0].finding.member.as_deref(), Some("a-m0"));
    let competent: Vec<_> = o.findings.iter().filter(|f| f.finding.rule == Rule::DisciplineOrDegradation).collect();
    assert_eq!(competent.len(), 1);
    assert!(competent[0].finding.message.contains("Đảng ủy xem xét, quyết định"));
}

#[test]
fn import_adds_replaces_skips_or_refuses() {
    let p = profile();
    let ws = cell("a", "Chi bộ 1", &[G, G]);
    let first = entry(&ws, "2025-12-10T08:00:00+07:00", "1");
    assert_eq!(decide(&p, None, [], &first, "a.json"), Outcome::Added(None));
    assert_eq!(decide(&p, Some(&first), [], &first, "a.json"), Outcome::Duplicate);

    // A newer bundle: one member added, one removed, one level changed, Mẫu 01 proposed.
    let mut newer = ws.clone();
    newer.members.remove(1);
    newer.members[0].proposed = X;
    let mut added = Member::by_hand("a-new", "Trần Thị Mới".into());
    added.proposed = G;
    newer.members.push(added);
    let second = entry(&newer, "2025-12-12T08:00:00+07:00", "2");
    let Outcome::Replaced(changes) = decide(&p, Some(&first), [], &second, "a2.json") else { panic!("replaced") };
    assert_eq!(
        changes,
        [
            "thêm 1 đảng viên (Trần Thị Mới)",
            "bớt 1 đảng viên (Đảng viên 1 Chi bộ 1)",
            "đổi mức đề xuất của 1 đảng viên (Đảng viên 0 Chi bộ 1: HTTNV → HTXSNV)",
        ]
    );
    // The older one, given after the newer: refused, nothing changes.
    let Outcome::Refused(m) = decide(&p, Some(&second), [], &first, "a.json") else { panic!("refused") };
    assert!(m.contains("\"a.json\"") && m.contains("cũ hơn gói đã nhập"), "{m}");

    // Another year.
    let mut old = ws.clone();
    old.profile.year = 2024;
    let Outcome::Refused(m) = decide(&p, None, [], &entry(&old, "2025-01-10T08:00:00+07:00", "3"), "cu.json") else {
        panic!("refused")
    };
    assert!(m.contains("năm 2024") && m.contains("năm 2025") && m.contains("\"cu.json\""), "{m}");
    // Another committee's cell.
    let mut other = ws.clone();
    other.profile.party_committee = "Đảng bộ xã Kim Liên".into();
    let Outcome::Refused(m) = decide(&p, None, [], &entry(&other, "2025-12-10T08:00:00+07:00", "4"), "x.json") else {
        panic!("refused")
    };
    assert!(m.contains("Đảng bộ xã Kim Liên") && m.contains("Đảng ủy phường Ba Đình"), "{m}");
    // Another workspace with the same cell name: added, with a note.
    let twin = cell("a-bis", "Chi bộ 1", &[G]);
    let Outcome::Added(Some(note)) =
        decide(&p, None, [&first], &entry(&twin, "2025-12-10T08:00:00+07:00", "5"), "b.json")
    else {
        panic!("added with a note")
    };
    assert!(note.contains("cũng mang tên Chi bộ 1"), "{note}");
}

#[test]
fn organisation_names_match_whatever_the_prefix_case_and_spelling() {
    assert_eq!(organisation_key("Đảng bộ phường Ba Đình"), organisation_key("ĐẢNG ỦY  phường Ba Đình"));
    assert_eq!(organisation_key("Đảng uỷ phường Ba Đình"), "phường ba đình");
    assert_eq!(organisation_key("Ban Thường vụ Đảng ủy Khối"), "khối");
    assert_ne!(organisation_key("Đảng bộ xã A"), organisation_key("Đảng bộ xã B"));
}

#[test]
fn a_decision_file_reaches_its_cell_and_only_it() {
    let p = profile();
    let a = cell("a", "Chi bộ 1", &[G, G, None]);
    let e = entry(&a, "2025-12-10T08:00:00+07:00", "1");
    let mut d = CellDecision::new("a".into());
    d.members.insert("a-m1".into(), Level::Excellent);
    d.cell_level = Some(Level::Good);
    let decisions = BTreeMap::from([("a".into(), d)]);
    let env = wrap_decision(&p, [&e], &decisions, "id-1", at("2026-01-05T09:00:00+07:00"), "0.1.0");
    let text = file::to_file_text(&env);
    let items = read_cell_file("quyet-dinh.json", text.as_bytes());
    let [CellItem::Decision { file, decided, .. }] = items.as_slice() else { panic!("a decision: {items:?}") };
    let now = at("2026-01-06T09:00:00+07:00");
    let Ok(Taking::Taken(finals)) = a.take_decision(file, *decided, now, "quyet-dinh.json") else {
        panic!("for this cell")
    };
    assert_eq!(finals.committee, "Đảng ủy phường Ba Đình");
    assert_eq!(finals.cell_level, Some(Level::Good));
    // The cell's proposal where the committee did not change it; nobody for the unrated.
    assert_eq!(finals.members.get(&"a-m0".into()), Some(&Level::Good));
    assert_eq!(finals.members.get(&"a-m1".into()), Some(&Level::Excellent));
    assert_eq!(finals.members.get(&"a-m2".into()), None);
    // Another cell, another year: refused with the reason.
    let other = cell("z", "Chi bộ 9", &[G]);
    let m = other.take_decision(file, *decided, now, "quyet-dinh.json").expect_err("other cell");
    assert!(m.contains("không có phần của chi bộ này") && m.contains("Chi bộ 1"), "{m}");
    let mut last_year = a.clone();
    last_year.profile.year = 2024;
    let m = last_year.take_decision(file, *decided, now, "quyet-dinh.json").expect_err("other year");
    assert!(m.contains("năm 2025") && m.contains("năm 2024"), "{m}");
    // Edited after export: refused.
    let edited = text.replace("HTXSNV", "HTNV");
    let items = read_cell_file("sua.json", edited.as_bytes());
    assert!(matches!(items.as_slice(), [CellItem::Member(crate::intake::Item::Refused { .. })]), "{items:?}");
}

#[test]
fn the_report_and_its_table() {
    let p = profile();
    let a = cell("a", "Chi bộ 1", &[X, G, G, G, G, C]);
    let b = cell("b", "Chi bộ 2, khu phố 3", &[G, None]);
    let entries = [entry(&a, "2025-12-10T08:00:00+07:00", "1"), entry(&b, "2025-12-10T08:00:00+07:00", "2")];
    let mut d = CellDecision::new("a".into());
    d.cell_level = Some(Level::Good);
    let decisions = BTreeMap::from([("a".into(), d)]);
    let o = overview(&p, &entries, &decisions);
    let r = report(&p, &entries, &decisions, &o);
    assert_eq!(r.totals.levels, [1, 5, 1, 0]);
    assert_eq!((r.totals.members, r.totals.unclassified), (8, 1));
    let csv = report_csv(&r);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "STT,Chi bộ,Số đảng viên,Không phải kiểm điểm,Phải xếp loại,Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ,Chưa xếp loại,Xếp loại chi bộ");
    assert_eq!(lines[1], "1,Chi bộ 1,6,0,6,1,4,1,0,0,Hoàn thành tốt nhiệm vụ");
    assert_eq!(lines[2], "2,\"Chi bộ 2, khu phố 3\",2,0,2,0,1,0,0,1,");
    assert_eq!(lines[3], ",Tổng cộng,8,0,8,1,5,1,0,1,");
}

#[test]
fn each_bundle_is_told_by_file_and_cell_with_what_changed() {
    assert_eq!(
        Outcome::Added(None).line("cb3.json", "Chi bộ 3", 23, false),
        "Tệp \"cb3.json\": đã thêm Chi bộ 3 (23 đảng viên)."
    );
    let replaced = Outcome::Replaced(vec!["thêm 2 đảng viên".into()]).line("cb3.json", "Chi bộ 3", 25, true);
    assert!(
        replaced.starts_with("Tệp \"cb3.json\": đã thay bằng gói mới hơn của Chi bộ 3: thêm 2 đảng viên."),
        "{replaced}"
    );
    assert!(replaced.ends_with("gói đã bị sửa sau khi chi bộ xuất."), "{replaced}");
    assert_eq!(
        Outcome::Duplicate.line("a.json", "Chi bộ 3", 1, true),
        "Tệp \"a.json\": gói của Chi bộ 3 đã có, bỏ qua."
    );
    assert_eq!(Outcome::unsaved_line("a.json", "Bộ nhớ đầy."), "Tệp \"a.json\": chưa lưu được. Bộ nhớ đầy.");
}

/// Issue 30, item 3: a member's file the cell took although it was changed after export is
/// flagged in the cell's bundle, and the committee sees it on the member and the cell.
#[test]
fn a_member_file_changed_after_export_reaches_the_committee_flagged() {
    let p = profile();
    let mut a = cell("a", "Chi bộ 1", &[G, G]);
    a.members[1].changed_file = true;
    let text = serde_json::to_string(&a).expect("json");
    let back: Workspace = serde_json::from_str(&text).expect("read back");
    let e = entry(&back, "2025-12-10T08:00:00+07:00", "1");
    assert_eq!(e.members.iter().map(|m| m.changed_file).collect::<Vec<_>>(), [false, true]);
    let o = overview(&p, std::slice::from_ref(&e), &BTreeMap::new());
    let flagged: Vec<&str> =
        o.findings.iter().filter(|f| f.finding.rule == Rule::ChangedFile).map(|f| f.finding.message.as_str()).collect();
    assert_eq!(flagged.len(), 1, "{:?}", o.findings);
    assert!(flagged[0].contains("Đảng viên 1 Chi bộ 1"), "{}", flagged[0]);
}

/// Issue 31, items 3–5: decisions are ordered by the committee's time, never by arrival; a
/// time in the future never wins; another organisation's decision, or one naming members
/// the cell does not have, is refused with what does not match.
#[test]
fn an_older_a_future_or_a_foreign_decision_never_replaces_the_cells() {
    let p = profile();
    let mut a = cell("a", "Chi bộ 1", &[G, G]);
    let e = entry(&a, "2025-12-10T08:00:00+07:00", "1");
    // A decision changed at `when` for the `revision`th time, in a file made at `made`.
    let decision_at = |when: &str, revision: u32, level: Level, made: &str| {
        let mut d = CellDecision::new("a".into());
        d.members.insert("a-m0".into(), level);
        d.revision = revision;
        d.changed = Some(at(when));
        let env = wrap_decision(&p, [&e], &BTreeMap::from([("a".into(), d)]), "id", at(made), "0.1.0");
        let text = file::to_file_text(&env);
        match read_cell_file("quyet-dinh.json", text.as_bytes()).as_slice() {
            [CellItem::Decision { file, decided, .. }] => (file.clone(), *decided),
            other => panic!("a decision: {other:?}"),
        }
    };
    let now = at("2026-01-20T09:00:00+07:00");
    let (newer, newer_at) = decision_at("2026-01-10T09:00:00+07:00", 2, Level::Excellent, "2026-01-10T09:30:00+07:00");
    let Ok(Taking::Taken(kept)) = a.take_decision(&newer, newer_at, now, "moi.json") else { panic!("taken") };
    a.decision = Some(kept);
    // The same file again, or the same decision exported again later: nothing changes.
    assert_eq!(a.take_decision(&newer, newer_at, now, "moi.json"), Ok(Taking::Same));
    let (again, again_at) = decision_at("2026-01-10T09:00:00+07:00", 2, Level::Excellent, "2026-01-18T09:00:00+07:00");
    assert_eq!(a.take_decision(&again, again_at, now, "xuat-lai.json"), Ok(Taking::Same));
    // An older decision exported later and arriving later: refused, naming both decisions.
    let (older, older_at) = decision_at("2026-01-05T09:00:00+07:00", 1, Level::Good, "2026-01-19T09:00:00+07:00");
    let m = a.take_decision(&older, older_at, now, "cu.json").expect_err("older");
    assert!(m.contains("cũ hơn") && m.contains("05/01/2026") && m.contains("10/01/2026"), "{m}");
    assert!(m.contains("lần điều chỉnh thứ 1") && m.contains("lần điều chỉnh thứ 2"), "{m}");
    // The same decision time and revision, other content: the cell keeps its own and says so.
    let (twin, twin_at) = decision_at("2026-01-10T09:00:00+07:00", 2, Level::Good, "2026-01-10T09:30:00+07:00");
    let m = a.take_decision(&twin, twin_at, now, "khac.json").expect_err("same time");
    assert!(m.contains("cùng lần"), "{m}");
    // Dated in the future (beyond a day of clock difference): refused.
    let (future, future_at) = decision_at("9999-01-01T09:00:00+07:00", 3, Level::Good, "2026-01-19T09:00:00+07:00");
    let m = a.take_decision(&future, future_at, now, "tuong-lai.json").expect_err("future");
    assert!(m.contains("tương lai"), "{m}");
    // A later genuine decision still replaces the kept one.
    let (later, later_at) = decision_at("2026-01-15T09:00:00+07:00", 3, Level::Good, "2026-01-15T09:30:00+07:00");
    assert!(matches!(a.take_decision(&later, later_at, now, "sau.json"), Ok(Taking::Taken(_))));
    // Another organisation's decision: refused, naming both.
    let mut foreign = later.clone();
    foreign.committee = "Đảng ủy xã Khác".into();
    let m = a.take_decision(&foreign, later_at, now, "xa-khac.json").expect_err("foreign");
    assert!(m.contains("Đảng ủy xã Khác") && m.contains("Đảng bộ phường Ba Đình"), "{m}");
    // Members the cell does not have: refused, naming them.
    let mut strangers = later.clone();
    strangers.cells[0].members.push(crate::decision::MemberFinal {
        id: "x-9".into(),
        name: "Người Lạ".into(),
        level: Some(Level::Good),
    });
    let m = a.take_decision(&strangers, later_at, now, "la.json").expect_err("strangers");
    assert!(m.contains("Người Lạ") && m.contains("không có trong danh sách"), "{m}");
}

/// Issue 31, item 4: a bundle dated in the future is refused, naming its date.
#[test]
fn a_bundle_dated_in_the_future_is_refused() {
    let a = cell("a", "Chi bộ 1", &[G]);
    let now = at("2026-01-06T09:00:00+07:00");
    let e = entry(&a, "9999-01-01T08:00:00+07:00", "1");
    let refused = super::import::refuse_future(&e, "tuong-lai.json", now).expect("refused");
    assert!(
        matches!(&refused, super::import::Outcome::Refused(m) if m.contains("01/01/9999") && m.contains("tương lai")),
        "{refused:?}"
    );
    let fine = entry(&a, "2026-01-06T20:00:00+07:00", "1");
    assert!(super::import::refuse_future(&fine, "dung.json", now).is_none());
}

/// Issue 31, item 6: every digest is recomputed. A bundle changed after export but still
/// claiming the genuine bundle's digest is never "already here", and never keeps the
/// genuine one out; a review changed inside a bundle, and values beyond the form, are
/// flagged on the member.
#[test]
fn a_bundle_changed_after_export_is_never_taken_for_the_genuine_one() {
    use crate::cell::export::wrap_bundle;
    use crate::cell::summary::Summary;
    use crate::committee::file::read_bundle_file;
    use crate::document::Document;
    use crate::templates::review_2025::ids;

    let p = profile();
    let mut ws = cell("a", "Chi bộ 1", &[G, G]);
    let mut review = Document::new("r-0", "2025/2B", 2025, at("2025-12-01T08:00:00+07:00"));
    review.set_text(ids::FULL_NAME, "Đảng viên 0 Chi bộ 1");
    ws.members[0].review = Some(review.id.clone());
    let reviews = BTreeMap::from([(review.id.clone(), review)]);
    let exported = at("2025-12-10T08:00:00+07:00");
    let text = file::to_file_text(&wrap_bundle(&ws, None, &reviews, Summary::default(), exported, "0.1.0"));
    let (genuine, edited) = read_bundle_file("goi.json", text.as_bytes()).expect("reads");
    assert!(!edited);
    let genuine = CellEntry::of(&genuine, "goi.json", edited);
    assert!(genuine.members.iter().all(|m| !m.changed_file && m.beyond_form.is_empty()));

    // Changed in the chat group: a proposal raised, the claimed digest left as it was.
    let forged = text.replacen("\"HTTNV\"", "\"HTXSNV\"", 1);
    assert_ne!(forged, text);
    let (fake, edited) = read_bundle_file("goi-sua.json", forged.as_bytes()).expect("reads");
    assert!(edited, "the bundle's own digest is recomputed");
    let fake = CellEntry::of(&fake, "goi-sua.json", edited);
    assert_ne!(fake.sha256, genuine.sha256, "the content's digest, not the one claimed");
    assert!(!matches!(decide(&p, Some(&genuine), [], &fake, "goi-sua.json"), Outcome::Duplicate));
    // The changed one came first: the genuine one of the same export still replaces it.
    assert!(matches!(decide(&p, Some(&fake), [], &genuine, "goi.json"), Outcome::Replaced(_)));
    // The genuine one came first: a changed copy of the same export does not replace it.
    let m = match decide(&p, Some(&genuine), [], &fake, "goi-sua.json") {
        Outcome::Refused(m) => m,
        other => panic!("refused: {other:?}"),
    };
    assert!(m.contains("bị sửa sau khi chi bộ xuất"), "{m}");

    // A review changed inside the bundle, and a score beyond the form's 30 points.
    let mut inside = serde_json::from_str::<serde_json::Value>(&text).expect("json");
    let review = &mut inside["document"]["reviews"][0]["document"]["values"];
    review[ids::FULL_NAME] = serde_json::json!("Người Khác");
    let review_text = serde_json::to_string(&inside).expect("json");
    let (b, _) = read_bundle_file("goi.json", review_text.as_bytes()).expect("reads");
    let e = CellEntry::of(&b, "goi.json", true);
    assert!(e.members[0].changed_file, "the review's own digest is recomputed");
    let mut long = ws.clone();
    long.members[1].name = "A".repeat(10_000);
    let text = file::to_file_text(&wrap_bundle(&long, None, &reviews, Summary::default(), exported, "0.1.0"));
    let (b, _) = read_bundle_file("goi.json", text.as_bytes()).expect("reads");
    let e = CellEntry::of(&b, "goi.json", false);
    assert_eq!(e.members[1].beyond_form, ["họ và tên dài 10000 ký tự, quá 100 ký tự của mẫu"]);
    let o = overview(&p, std::slice::from_ref(&e), &BTreeMap::new());
    let flagged: Vec<&str> =
        o.findings.iter().filter(|f| f.finding.rule == Rule::BeyondForm).map(|f| f.finding.message.as_str()).collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert!(flagged[0].contains("AAAA…") && flagged[0].len() < 600, "{}", flagged[0]);
}

/// Issue 31, item 9: the committee pins a cell's key at its first signed bundle; a later
/// bundle of another key or unsigned warns and never moves the pin; the clerk's
/// confirmation does.
#[test]
fn a_cells_key_is_pinned_at_first_and_moved_only_by_the_clerk() {
    use crate::file::signature::{Signer, Trust};
    let ws = cell("ws-ky", "Chi bộ 3", &[G]);
    let mut first = entry(&ws, "2025-12-10T08:00:00+07:00", "a");
    assert_eq!(first.sign(Signer::Key("04aa".into()), None), Trust::First("04aa".into()));
    assert_eq!(first.pinned.as_deref(), Some("04aa"));
    assert_eq!(first.trust(), Trust::Known);

    let mut other = entry(&ws, "2025-12-11T08:00:00+07:00", "b");
    let trust = other.sign(Signer::Key("04bb".into()), first.pinned.as_deref());
    assert!(matches!(trust, Trust::OtherKey { .. }) && trust.warns());
    assert_eq!(other.pinned.as_deref(), Some("04aa"), "a warning never moves the pin");
    assert!(other.trust().warns(), "and the warning stays on the cell");
    assert!(other.confirm_signer());
    assert_eq!(other.trust(), Trust::Known);

    let mut unsigned = entry(&ws, "2025-12-12T08:00:00+07:00", "c");
    assert_eq!(unsigned.sign(Signer::Unsigned, Some("04bb")), Trust::UnsignedKnown);
    assert!(!unsigned.confirm_signer(), "nothing to confirm without a signature");
    let mut broken = entry(&ws, "2025-12-12T08:00:00+07:00", "d");
    assert_eq!(broken.sign(Signer::Broken, Some("04bb")), Trust::Broken);
    assert!(!broken.confirm_signer());
    assert!(broken.trust().warns());
}

/// Issue 32: a leader (Mẫu 2A) with over half of their own tasks undone is left to the
/// competent level with the leaders' own reason (QĐ 366 Điều 11 khoản 4 lists "Có trên 50%
/// số nhiệm vụ trong năm bị đánh giá không hoàn thành." for members with no leading post).
#[test]
fn a_leader_with_over_half_undone_is_left_to_the_competent_level_with_the_leaders_reason() {
    use crate::document::Document;
    use crate::templates::review_2025::ids;
    let mut ws = cell("ws-l", "Chi bộ 9", &[G]);
    let mut doc = Document::new("r-l", "2025/2A", 2025, at("2025-12-01T08:00:00+07:00"));
    for (id, v) in [
        (ids::FULL_NAME, "Võ Thị Lan"),
        (ids::GENERAL_POINTS, "25"),
        (ids::RESULTS_POINTS, "50"),
        (ids::PROPOSED_LEVEL, "HTNV"),
        // 10 tasks, 6 not done: over half (boundary: 5 of 10 is not "trên 50 %").
        (ids::TASKS_ASSIGNED, "10"),
        (ids::TASKS_ON_TIME, "4"),
        (ids::TASKS_LATE, "0"),
        (ids::TASKS_NOT_DONE, "6"),
        (ids::TASKS_EXCEEDED, "0"),
        (ids::UNITS_COMPLETED, "100"),
        (ids::UNITS_LATE, "0"),
        (ids::UNITS_EXCEEDED, "30"),
        (ids::UNITS_COUNT, "2"),
        (ids::UNITS_FAILED, "0"),
        (ids::CONFIDENCE_VOTE, "khong"),
    ] {
        doc.set_text(id, v);
    }
    ws.members[0].review = Some(doc.id.clone());
    let read = |doc: &Document| crate::file::Read {
        value: doc.clone(),
        kind: crate::file::FileKind::Review,
        changed: false,
        migrated_from: None,
    };
    let bundle = |doc: &Document| BundleRead {
        workspace: ws.clone(),
        collective: None,
        reviews: vec![Ok(read(doc))],
        exported: at("2025-12-10T08:00:00+07:00"),
        sha256: "x".into(),
        signature: crate::file::signature::Check::Unsigned,
    };
    let e = CellEntry::of(&bundle(&doc), "goi.json", false);
    assert_eq!(e.members[0].competent.as_deref(), Some(crate::rules::LEADER_OVER_HALF_LEFT_TO_COMPETENT_LEVEL));
    doc.set_text(ids::TASKS_ON_TIME, "5");
    doc.set_text(ids::TASKS_NOT_DONE, "5");
    let e = CellEntry::of(&bundle(&doc), "goi.json", false);
    assert_ne!(
        e.members[0].competent.as_deref(),
        Some(crate::rules::LEADER_OVER_HALF_LEFT_TO_COMPETENT_LEVEL),
        "exactly half is not over half"
    );
}
