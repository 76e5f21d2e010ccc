//! Bringing cells' bundles into the committee: many at once, chosen or dropped, with
//! progress and one line per file (added, replaced by a newer bundle and what changed,
//! already there, or refused with the reason). A refused file changes nothing; if the
//! browser refuses to keep what was read, nothing changes and every line says so.

use leptos::prelude::*;

use super::frame::{use_committee_id, CommitteeFrame};
use crate::committee::actions;
use crate::committee::store::use_committee_store;
use crate::components::file_drop::FileDrop;
use crate::components::import_report::ImportReportList;
use crate::components::persist_status::PersistStatus;
use kiemdiem_core::report::ImportReport;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

#[component]
pub fn ImportPage() -> impl IntoView {
    view! { <CommitteeFrame title="Nhập gói của chi bộ"><ImportBox/></CommitteeFrame> }
}

#[component]
fn ImportBox() -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let progress = RwSignal::new(None::<(usize, usize, &'static str)>);
    let report = RwSignal::new(ImportReport::default());
    let elapsed = RwSignal::new(None::<u32>);

    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let c = id.get_untracked();
        let start = now_ms();
        report.set(ImportReport::default());
        elapsed.set(None);
        progress.set(Some((0, files.len(), actions::Stage::Reading.label())));
        leptos::task::spawn_local(async move {
            let done = actions::import_files(store, &c, files, |stage, n, all| {
                progress.set(Some((n, all, stage.label())));
            })
            .await;
            report.set(done);
            progress.set(None);
            // Measured once the report is drawn.
            request_animation_frame(move || elapsed.set(Some((now_ms() - start).round() as u32)));
        });
    };
    view! {
        <section class="import-box">
            <h2>"Nhận gói của các chi bộ"</h2>
            <FileDrop id="nhan-goi" multiple=true label="Chọn các tệp gói chi bộ (.json), có thể chọn nhiều tệp một lúc"
                hint="Gói mới hơn của cùng một chi bộ thay gói cũ; quyết định đảng ủy đã ghi cho chi bộ đó được giữ nguyên."
                on_files=run/>
            <div role="status" class="import-status" data-ms=move || elapsed.get().map(|m| m.to_string())>
                {move || progress.get().map(|(done, all, what)| view! {
                    <progress max=all.to_string() value=done.to_string()></progress>
                    <span>{format!(" {what} {done}/{all} tệp…")}</span>
                })}
                {move || report.with(|r| (!r.summary.is_empty()).then(|| view! { <p class="import-summary">{r.summary.clone()}</p> }))}
            </div>
            <ImportReportList report=report/>
            <PersistStatus/>
        </section>
    }
}
