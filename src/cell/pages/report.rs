//! The cell's collective review, Mẫu 01 (2025), on the same form engine as a member's
//! review, at `/chi-bo/<workspace>/bao-cao/<step>`. Started from the cell's profile; its
//! section III can be pre-filled from last year's bundle.

use leptos::prelude::*;

use super::frame::use_ws_id;
use crate::cell::paths;
use crate::cell::store::{use_cell_store, CellStore};
use crate::clock;
use crate::components::form::editor::ExtraFindings;
use crate::domain::carry;
use crate::domain::cell::checks::{self, CellRule, Severity};
use crate::domain::document::{Document, Row};
use crate::domain::rules::{Finding, Rule, Severity as FormSeverity};
use crate::domain::templates::{self, cell_2025, commitment_2025::ids as ck, review_2025::ids};
use crate::pages::editor::DocumentEditor;
use crate::store::Store;

/// The id of the workspace's Mẫu 01, started now (with the profile's names) if needed.
pub fn ensure_report(store: CellStore, docs: Store, ws_id: &str) -> String {
    let Some(ws) = store.workspaces.with_untracked(|w| w.get(ws_id).cloned()) else { return String::new() };
    if let Some(id) = ws.collective.as_ref().filter(|id| docs.get_untracked(id).is_some()) {
        return id.clone();
    }
    let mut doc = Document::new(clock::new_id(), cell_2025::ID, ws.profile.year, clock::now());
    doc.set_text(ids::PARTY_COMMITTEE, ws.profile.party_committee.clone());
    doc.set_text(ids::CELL, ws.profile.cell.clone());
    let id = doc.id.clone();
    docs.put(doc);
    docs.flush();
    let link = id.clone();
    store.update(ws_id, move |w| w.collective = Some(link));
    id
}

/// Fills section III of this year's Mẫu 01 from last year's: each shortcoming of II with
/// the measure of VI beside it, statuses left for the cell to set. Never overwrites items
/// already there. Returns what it did, as a sentence.
pub fn carry_last_year(docs: Store, report_id: &str, last: &Document, file: &str) -> String {
    let (plan, _) = carry::remedy_plan_from_review(last);
    let rows: Vec<Row> = plan
        .into_iter()
        .map(|p| {
            let mut row = Row::new();
            row.insert(ids::EARLIER_TEXT.into(), p.get(ck::PLAN_SHORTCOMING).cloned().unwrap_or_default());
            if let Some(m) = p.get(ck::PLAN_MEASURE).filter(|m| !m.trim().is_empty()) {
                row.insert(ids::EARLIER_NOTE.into(), format!("Biện pháp đã đề ra: {m}"));
            }
            row
        })
        .filter(|r| r.get(ids::EARLIER_TEXT).is_some_and(|t| !t.trim().is_empty()))
        .collect();
    let Some(current) = docs.get_untracked(report_id) else { return String::new() };
    if !current.rows(ids::EARLIER_SHORTCOMINGS).is_empty() {
        return format!("Tệp \"{file}\": mục III của báo cáo năm nay đã có nội dung, nên không điền thêm từ gói năm {}.", last.year);
    }
    let n = rows.len();
    docs.update(report_id, move |d| {
        d.set_rows(ids::EARLIER_SHORTCOMINGS, rows);
        d.set_none("A.III", false);
        d.updated = clock::now();
    });
    format!("Tệp \"{file}\" (gói chi bộ năm {}): đã điền {n} hạn chế vào mục III của báo cáo năm nay; hãy cho biết kết quả khắc phục từng hạn chế.", last.year)
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let store = use_cell_store();
    let docs = crate::store::use_store();
    let ws = use_ws_id();
    // The cell's level is held to its score band (QĐ 366 Điều 11), and comes after every
    // member's (QĐ 366 Điều 12, the order rule).
    let order = Signal::derive(move || {
        let id = ws.get();
        let collective = store.get(&id).and_then(|w| w.collective).and_then(|c| docs.get(&c));
        let band = collective.as_ref().and_then(|d| {
            let a = crate::domain::review::assessment(d);
            a.total.zip(a.proposed).and_then(|(t, l)| crate::domain::rules::above_band(t, l))
        });
        let mut out: Vec<Finding> = band.into_iter().collect();
        out.extend(store
            .with_lines(&id, |w, lines| {
                checks::check(lines, &w.profile, collective.as_ref())
                    .1
                    .into_iter()
                    .filter(|f| f.rule == CellRule::Order && f.severity == Severity::Error)
                    .map(|f| Finding { rule: Rule::ClassifyMembersFirst, severity: FormSeverity::Error, message: f.message })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default());
        out
    });
    provide_context(ExtraFindings(order));
    move || {
        let id = ws.get();
        if store.workspaces.with_untracked(|w| !w.contains_key(&id)) {
            return view! {
                <crate::components::page_heading::PageHeading title="Không tìm thấy hồ sơ chi bộ"/>
                <p><a href=paths::HOME>"Về danh sách chi bộ"</a></p>
            }
            .into_any();
        }
        let report = ensure_report(store, docs, &id);
        let (Some(doc), Some(template)) = (docs.get_untracked(&report), templates::get(cell_2025::ID)) else {
            return view! { <p>"Không mở được báo cáo của chi bộ."</p> }.into_any();
        };
        let base = format!("{}/bao-cao", paths::workspace(&id));
        view! {
            <p class="doc-context"><a href=paths::workspace(&id)>"← Về danh sách đảng viên của chi bộ"</a></p>
            <DocumentEditor doc=doc template=template base=base/>
        }
        .into_any()
    }
}
