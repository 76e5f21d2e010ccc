//! Bringing files into a workspace: many at once, chosen or dropped on the page. The report
//! leads with its totals, then every refused file with its reason (a refused file changes
//! nothing); the accepted, updated and duplicate files are a count, listed on demand.
//! Reading shows progress, so 4,000 files never look frozen.
//!
//! Besides members' reviews it takes last year's bundle of the same cell, whose collective
//! review pre-fills section III of this year's Mẫu 01.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cell::store::{use_cell_store, ReportLine};
use crate::components::fields::NextStep;
use crate::files::read::read_all;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::intake::{read_cell_file, CellItem};
use kiemdiem_core::file::MAX_BUNDLE_BYTES;
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::intake::{self, Item};

/// How many files are read at once between two updates of the progress bar.
const CHUNK: usize = 100;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// `<ImportBox ws=…/>`: the file chooser, the drop zone, the progress and the report.
#[component]
pub fn ImportBox(#[prop(into)] ws: Signal<WorkspaceId>) -> impl IntoView {
    let store = use_cell_store();
    let progress = RwSignal::new(None::<(usize, usize)>);
    let report = RwSignal::new(Vec::<ReportLine>::new());
    let summary = RwSignal::new(None::<String>);
    let elapsed = RwSignal::new(None::<u32>);
    let dragging = RwSignal::new(false);
    let show_taken = RwSignal::new(false);

    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let ws_id = ws.get_untracked();
        let start = now_ms();
        report.set(Vec::new());
        show_taken.set(false);
        summary.set(None);
        elapsed.set(None);
        progress.set(Some((0, files.len())));
        leptos::task::spawn_local(async move {
            // Reading is the page's (the browser's files); what they hold is read by the
            // core's one reader, and taken in by the store.
            let mut items: Vec<CellItem> = Vec::with_capacity(files.len());
            let total = files.len();
            let (files, huge): (Vec<web_sys::File>, Vec<web_sys::File>) =
                files.into_iter().partition(|f| f.size() <= MAX_BUNDLE_BYTES as f64);
            for f in huge {
                if let Some(message) = intake::too_large(&f.name(), f.size() as usize, MAX_BUNDLE_BYTES) {
                    items.push(CellItem::Member(Item::Refused { label: f.name(), message }));
                }
            }
            for (n, chunk) in files.chunks(CHUNK).enumerate() {
                for (f, bytes) in chunk.iter().zip(read_all(chunk).await) {
                    let name = f.name();
                    match bytes {
                        Ok(bytes) => items.extend(read_cell_file(&name, &bytes)),
                        Err(message) => items.push(CellItem::Member(Item::Refused { label: name, message })),
                    }
                }
                progress.set(Some(((n * CHUNK + chunk.len()).min(total), total)));
            }
            let done = store.take_files(&ws_id, total, items);
            summary.set(Some(done.summary));
            report.set(done.lines);
            progress.set(None);
            // Measured once the roster has been drawn with the new members.
            request_animation_frame(move || elapsed.set(Some((now_ms() - start).round() as u32)));
        });
    };

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let files: Vec<web_sys::File> =
            input.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default();
        input.set_value("");
        run(files);
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let files: Vec<web_sys::File> = ev
            .data_transfer()
            .and_then(|d| d.files())
            .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
            .unwrap_or_default();
        run(files);
    };

    view! {
        <section class="import-box" id="nhan-tep-muc" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h2>"Nhận tệp của đảng viên"</h2>
            <div class="field">
                <label for="nhan-tep">"Chọn các tệp bản kiểm điểm (.json), có thể chọn nhiều tệp một lúc"</label>
                <p class="hint" id="nhan-tep-goi-y">"Hoặc kéo và thả các tệp vào khung này. Gói chi bộ của năm trước cũng nhận ở đây: các hạn chế năm trước được điền vào mục III của báo cáo năm nay."</p>
                <input id="nhan-tep" type="file" accept=".json,application/json" multiple aria-describedby="nhan-tep-goi-y" on:change=on_change/>
            </div>
            <div role="status" class="import-status" data-ms=move || elapsed.get().map(|m| m.to_string())>
                {move || progress.get().map(|(done, all)| view! {
                    <progress max=all.to_string() value=done.to_string()></progress>
                    <span>{format!(" Đang đọc {done}/{all} tệp…")}</span>
                })}
                {move || summary.get().map(|s| view! { <p class="import-summary">{s}</p> })}
            </div>
            // The refused files come first and in full: they are what the secretary must
            // act on. The accepted ones are a count, listed on demand, so that 4,000 files
            // do not draw 4,000 lines.
            {move || {
                let refused: Vec<String> = report.with(|r| r.iter().filter(|l| !l.ok).map(|l| l.text.clone()).collect());
                (!refused.is_empty()).then(|| view! {
                    <div class="import-refused">
                        <h3>{format!("{} tệp không nhận: hãy xem lý do và gửi lại tệp đúng", refused.len())}</h3>
                        <ul class="import-report">{refused.into_iter().map(|t| view! { <li class="refused">{t}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            {move || {
                let notes: Vec<String> = report.with(|r| r.iter().filter(|l| l.ok && l.note).map(|l| l.text.clone()).collect());
                (!notes.is_empty()).then(|| view! {
                    <ul class="import-report import-notes">{notes.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                })
            }}
            {move || {
                let taken = report.with(|r| r.iter().filter(|l| l.ok && !l.note).count());
                (taken > 0).then(|| view! {
                    <details class="import-taken" on:toggle=move |ev| {
                        let open = ev.target().and_then(|t| js_sys::Reflect::get(&t, &"open".into()).ok()).and_then(|v| v.as_bool()).unwrap_or(false);
                        show_taken.set(open);
                    }>
                        <summary>{format!("Xem {taken} tệp đã nhận hoặc đã có")}</summary>
                        {move || show_taken.get().then(|| view! {
                            <ul class="import-report">
                                {report.with(|r| r.iter().filter(|l| l.ok && !l.note).map(|l| view! { <li>{l.text.clone()}</li> }).collect_view())}
                            </ul>
                        })}
                    </details>
                    <NextStep href=format!("{}#danh-sach", CellRoute::Roster(ws.get_untracked()).href()) label="Xem danh sách đảng viên"
                        hint="Khi đã nhận đủ tệp, chi bộ họp và xét từng đồng chí theo danh sách."/>
                })
            }}
        </section>
    }
}
