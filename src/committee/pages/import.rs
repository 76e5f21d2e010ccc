//! Bringing cells' bundles into the committee: many at once, chosen or dropped, with
//! progress and one line per file (added, replaced by a newer bundle and what changed,
//! already there, or refused with the reason). A refused file changes nothing; if the
//! browser refuses to keep what was read, nothing changes and every line says so.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::frame::{use_committee_id, CommitteeFrame};
use crate::committee::store::{use_committee_store, ImportLine};
use crate::components::persist_status::PersistStatus;
use crate::files::read::read_all;
use kiemdiem_core::file::MAX_BUNDLE_BYTES;

/// Bundles read at once between two updates of the progress bar: a bundle of a large cell
/// is a few hundred kilobytes.
const CHUNK: usize = 8;

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
    let report = RwSignal::new(Vec::<ImportLine>::new());
    let elapsed = RwSignal::new(None::<u32>);
    let dragging = RwSignal::new(false);

    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let c = id.get_untracked();
        let start = now_ms();
        report.set(Vec::new());
        elapsed.set(None);
        let total = files.len();
        progress.set(Some((0, total, "Đang đọc")));
        leptos::task::spawn_local(async move {
            let mut read: Vec<(String, Vec<u8>)> = Vec::with_capacity(total);
            let mut refused: Vec<ImportLine> = Vec::new();
            let (files, huge): (Vec<web_sys::File>, Vec<web_sys::File>) =
                files.into_iter().partition(|f| f.size() <= MAX_BUNDLE_BYTES as f64);
            for f in huge {
                let text = kiemdiem_core::intake::too_large(&f.name(), f.size() as usize, MAX_BUNDLE_BYTES)
                    .unwrap_or_default();
                refused.push(ImportLine { file: f.name(), ok: false, text });
            }
            for chunk in files.chunks(CHUNK) {
                for (f, bytes) in chunk.iter().zip(read_all(chunk).await) {
                    match bytes {
                        Ok(b) => read.push((f.name(), b)),
                        Err(text) => refused.push(ImportLine { file: f.name(), ok: false, text }),
                    }
                }
                progress.set(Some((read.len() + refused.len(), total, "Đang đọc")));
            }
            progress.set(Some((0, read.len(), "Đang kiểm tra")));
            let mut lines = store.import(&c, read, |n| progress.set(Some((n, total, "Đang kiểm tra")))).await;
            lines.extend(refused);
            // Refused files first: they are what the clerk must act on.
            kiemdiem_core::order::sort_by_key(&mut lines, |l| l.ok);
            report.set(lines);
            progress.set(None);
            // Measured once the report is drawn.
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
    let summary = move || {
        report.with(|r| {
            (!r.is_empty()).then(|| {
                let ok = r.iter().filter(|l| l.ok).count();
                format!("Đã xử lý {} tệp: {ok} tệp được nhận hoặc đã có, {} tệp không nhận.", r.len(), r.len() - ok)
            })
        })
    };

    view! {
        <section class="import-box" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h2>"Nhận gói của các chi bộ"</h2>
            <div class="field">
                <label for="nhan-goi">"Chọn các tệp gói chi bộ (.json), có thể chọn nhiều tệp một lúc"</label>
                <p class="hint" id="nhan-goi-goi-y">"Hoặc kéo và thả các tệp vào khung này. Gói mới hơn của cùng một chi bộ thay gói cũ; quyết định đảng ủy đã ghi cho chi bộ đó được giữ nguyên."</p>
                <input id="nhan-goi" type="file" accept=".json,application/json" multiple aria-describedby="nhan-goi-goi-y" on:change=on_change/>
            </div>
            <div role="status" class="import-status" data-ms=move || elapsed.get().map(|m| m.to_string())>
                {move || progress.get().map(|(done, all, what)| view! {
                    <progress max=all.to_string() value=done.to_string()></progress>
                    <span>{format!(" {what} {done}/{all} tệp…")}</span>
                })}
                {move || summary().map(|s| view! { <p class="import-summary">{s}</p> })}
            </div>
            <ul class="import-report">
                {move || report.get().into_iter().map(|r| view! { <li class:refused=!r.ok>{r.text}</li> }).collect_view()}
            </ul>
            <PersistStatus/>
        </section>
    }
}
