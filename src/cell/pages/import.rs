//! Bringing files into a workspace: many at once, chosen or dropped on the page. The report
//! leads with its totals, then every refused file with its reason (a refused file changes
//! nothing); the accepted, updated and duplicate files are a count, listed on demand.
//! Reading shows progress, so 4,000 files never look frozen.
//!
//! Besides members' reviews it takes last year's bundle of the same cell, whose collective
//! review pre-fills section III of this year's Mẫu 01.

use leptos::prelude::*;

use crate::cell::actions;
use crate::cell::store::use_cell_store;
use crate::components::fields::NextStep;
use crate::components::file_drop::FileDrop;
use crate::components::import_report::ImportReportFolded;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::report::ImportReport;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// `<ImportBox ws=…/>`: the file chooser, the drop zone, the progress and the report.
#[component]
pub fn ImportBox(#[prop(into)] ws: Signal<WorkspaceId>) -> impl IntoView {
    let store = use_cell_store();
    let progress = RwSignal::new(None::<(usize, usize)>);
    let docs = crate::store::use_store();
    let report = RwSignal::new(ImportReport::default());
    let elapsed = RwSignal::new(None::<u32>);

    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let ws_id = ws.get_untracked();
        let start = now_ms();
        report.set(ImportReport::default());
        elapsed.set(None);
        progress.set(Some((0, files.len())));
        leptos::task::spawn_local(async move {
            let done = actions::import_files(store, docs, &ws_id, files, |n, all| progress.set(Some((n, all)))).await;
            report.set(done);
            progress.set(None);
            // Measured once the roster has been drawn with the new members.
            request_animation_frame(move || elapsed.set(Some((now_ms() - start).round() as u32)));
        });
    };

    view! {
        <section class="import-box" id="nhan-tep-muc">
            <h2>"Nhận tệp của đảng viên"</h2>
            <FileDrop id="nhan-tep" multiple=true label="Chọn các tệp bản kiểm điểm (.json), có thể chọn nhiều tệp một lúc"
                hint="Gói chi bộ của năm trước và tệp quyết định xếp loại của đảng ủy cũng nhận ở đây: các hạn chế năm trước được điền vào mục III của báo cáo năm nay."
                on_files=run/>
            <div role="status" class="import-status" data-ms=move || elapsed.get().map(|m| m.to_string())>
                {move || progress.get().map(|(done, all)| view! {
                    <progress max=all.to_string() value=done.to_string()></progress>
                    <span>{format!(" Đang đọc {done}/{all} tệp…")}</span>
                })}
                {move || report.with(|r| (!r.summary.is_empty()).then(|| view! { <p class="import-summary">{r.summary.clone()}</p> }))}
            </div>
            <ImportReportFolded report=report/>
            {move || report.with(|r| r.taken().next().is_some()).then(|| view! {
                <NextStep href=format!("{}#danh-sach", CellRoute::Roster(ws.get_untracked()).href()) label="Xem danh sách đảng viên"
                    hint="Khi đã nhận đủ tệp, chi bộ họp và xét từng đồng chí theo danh sách."/>
            })}
        </section>
    }
}
