//! The cell's collective review, Mẫu 01 (2025), on the same form engine as a member's
//! review, at `/chi-bo/<workspace>/bao-cao/<step>`. Started from the cell's profile; its
//! section III can be pre-filled from last year's bundle.

use leptos::prelude::*;

use super::frame::use_ws_id;
use crate::cell::store::use_cell_store;
use crate::components::fields::NextStep;
use crate::components::form::document::DocumentEditor;
use crate::components::form::editor::ExtraFindings;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::checks;
use kiemdiem_core::finding::{Finding, Rule, Severity};
use kiemdiem_core::templates::{self, cell_2025};
use kiemdiem_core::{review, rules};

#[component]
pub fn ReportPage() -> impl IntoView {
    let store = use_cell_store();
    let docs = crate::store::use_store();
    let ws = use_ws_id();
    let route = crate::nav::use_route::<CellRoute>();
    let step = Memo::new(move |_| match route.get() {
        Some(CellRoute::Report(_, step)) => step,
        _ => String::new(),
    });
    // The cell's level is held to the rules for collectives (QĐ 366 Điều 11: band, task
    // conditions, earlier shortcomings remedied and no member of the chi ủy disciplined
    // for excellence, from the reviews and the cell's own records), and
    // comes after every member's (QĐ 366 Điều 12, the order rule).
    let order = Signal::derive(move || {
        let id = ws.get();
        let collective = store.get(&id).and_then(|w| w.collective).and_then(|c| docs.get(&c));
        store
            .with_lines(&id, |w, lines| {
                let disciplined = checks::disciplined_members(lines);
                let mut out: Vec<Finding> = collective
                    .as_ref()
                    .map(|d| rules::collective_check(&review::assessment(d), &disciplined))
                    .unwrap_or_default();
                out.extend(
                    checks::check(lines, &w.profile, collective.as_ref())
                        .1
                        .into_iter()
                        .filter(|f| f.rule == Rule::ClassifyMembersFirst && f.severity == Severity::Error),
                );
                out
            })
            .unwrap_or_default()
    });
    provide_context(ExtraFindings(order));
    // Mẫu 01 is started when the page opens, never from the render below.
    Effect::new(move |_| {
        let id = ws.get();
        crate::cell::actions::ensure_report(store, docs, &id);
    });
    // Only a change of Mẫu 01's id redraws the editor, not every edit of the workspace.
    let report_id = Memo::new(move |_| store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.collective.clone())));
    move || {
        let id = ws.get();
        let report = report_id.get();
        if store.workspaces.with_untracked(|w| !w.contains_key(&id)) {
            return view! {
                <crate::components::page_heading::PageHeading title="Không tìm thấy hồ sơ chi bộ"/>
                <p><a href=CellRoute::Home.href()>"Về danh sách chi bộ"</a></p>
            }
            .into_any();
        }
        // Started by the effect above; until then (one frame) there is nothing to show.
        let (Some(doc), Some(template)) = (report.and_then(|r| docs.get_untracked(&r)), templates::get(cell_2025::ID))
        else {
            return view! { <p>"Đang mở báo cáo của chi bộ…"</p> }.into_any();
        };
        let base = CellRoute::report_base(&id);
        let summary = CellRoute::Summary(id.clone()).href();
        view! {
            <p class="doc-context"><a href=CellRoute::Roster(id.clone()).href()>"← Về danh sách đảng viên của chi bộ"</a></p>
            <DocumentEditor doc=doc template=template base=base step=step/>
            {move || (step.get() == crate::routes::REVIEW_STEP).then(|| view! {
                <NextStep href=summary.clone() label="Tiếp theo: tổng hợp kết quả và xuất tệp"
                    hint="Sau báo cáo, xem bảng tổng hợp của chi bộ rồi xuất gói chi bộ gửi cấp ủy cấp trên."/>
            })}
        }
        .into_any()
    }
}
