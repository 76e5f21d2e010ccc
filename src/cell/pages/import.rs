//! Bringing files into a workspace: many at once, chosen or dropped on the page. Each file
//! gets a line: accepted, updated, duplicate, or refused with the reason; a refused file
//! changes nothing. Reading shows progress, so 4,000 files never look frozen.
//!
//! Besides members' reviews it takes last year's bundle of the same cell, whose collective
//! review pre-fills section III of this year's Mẫu 01.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::report::{carry_last_year, ensure_report};
use crate::cell::store::use_cell_store;
use crate::domain::cell::import::Outcome;
use crate::domain::document::Document;
use crate::domain::file::{self, CellPayload, Payload};
use crate::store::use_store;

/// How many files are read at once between two updates of the progress bar.
const CHUNK: usize = 100;

/// One line of the import report.
#[derive(Clone, PartialEq)]
struct Report {
    ok: bool,
    text: String,
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Reads one chunk of files in parallel.
async fn read_all(files: &[web_sys::File]) -> Vec<Result<Vec<u8>, String>> {
    let promises = js_sys::Array::new();
    for f in files {
        promises.push(&f.array_buffer());
    }
    let settled = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::all_settled(&promises)).await;
    let Ok(settled) = settled.map(|v| v.unchecked_into::<js_sys::Array>()) else {
        return files.iter().map(|f| Err(format!("Không đọc được tệp \"{}\" từ máy. Hãy chọn lại tệp.", f.name()))).collect();
    };
    files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let entry = settled.get(i as u32);
            let value = js_sys::Reflect::get(&entry, &"value".into()).ok().filter(|v| v.is_instance_of::<js_sys::ArrayBuffer>());
            value
                .map(|buf| js_sys::Uint8Array::new(&buf).to_vec())
                .ok_or_else(|| format!("Không đọc được tệp \"{}\" từ máy. Hãy chọn lại tệp.", f.name()))
        })
        .collect()
}

/// `<ImportBox ws=…/>`: the file chooser, the drop zone, the progress and the report.
#[component]
pub fn ImportBox(#[prop(into)] ws: Signal<String>) -> impl IntoView {
    let store = use_cell_store();
    let docs = use_store();
    let progress = RwSignal::new(None::<(usize, usize)>);
    let report = RwSignal::new(Vec::<Report>::new());
    let summary = RwSignal::new(None::<String>);
    let elapsed = RwSignal::new(None::<u32>);
    let dragging = RwSignal::new(false);

    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let ws_id = ws.get_untracked();
        let Some(year) = store.get(&ws_id).map(|w| w.profile.year) else { return };
        let start = now_ms();
        report.set(Vec::new());
        summary.set(None);
        elapsed.set(None);
        progress.set(Some((0, files.len())));
        leptos::task::spawn_local(async move {
            let mut items: Vec<(String, Result<Document, String>)> = Vec::with_capacity(files.len());
            let mut notes: Vec<Report> = Vec::new();
            let mut changed: Vec<String> = Vec::new();
            for (n, chunk) in files.chunks(CHUNK).enumerate() {
                for (f, bytes) in chunk.iter().zip(read_all(chunk).await) {
                    let name = f.name();
                    let bytes = match bytes {
                        Ok(b) => b,
                        Err(why) => {
                            items.push((name, Err(why)));
                            continue;
                        }
                    };
                    match file::read_cell(&bytes) {
                        Err(e) => items.push((name.clone(), Err(e.message(&name)))),
                        Ok(r) => {
                            if r.changed {
                                changed.push(name.clone());
                            }
                            match r.value {
                                CellPayload::Member(Payload::Document(doc)) => items.push((name, Ok(doc))),
                                CellPayload::Member(Payload::Backup(list)) => {
                                    for (i, item) in list.into_iter().enumerate() {
                                        let label = format!("{name}, văn bản {}", i + 1);
                                        items.push((label.clone(), item.map(|r| r.value).map_err(|e| e.message(&label))));
                                    }
                                }
                                CellPayload::Bundle(b) if b.workspace.profile.year + 1 == year => {
                                    let last = b.collective.and_then(Result::ok).map(|r| r.value);
                                    let text = match last {
                                        Some(last) => {
                                            let id = ensure_report(store, docs, &ws_id);
                                            carry_last_year(docs, &id, &last, &name)
                                        }
                                        None => format!("Tệp \"{name}\" là gói chi bộ năm {} nhưng không có báo cáo của chi bộ, nên không có gì để điền vào mục III.", year - 1),
                                    };
                                    notes.push(Report { ok: true, text });
                                }
                                CellPayload::Bundle(b) => notes.push(Report {
                                    ok: false,
                                    text: format!(
                                        "Tệp \"{name}\" là gói của {}. Ở đây chỉ nhận bản kiểm điểm của đảng viên và gói chi bộ năm {} (để điền mục III). Để mở gói này, hãy về trang danh sách chi bộ.",
                                        b.workspace.title(),
                                        year - 1
                                    ),
                                }),
                                CellPayload::Workspace(_) => items.push((name.clone(), Err(format!("Tệp \"{name}\" không phải tệp xuất từ ứng dụng.")))),
                            }
                        }
                    }
                }
                progress.set(Some(((n * CHUNK + chunk.len()).min(files.len()), files.len())));
            }
            let outcomes = store.import(&ws_id, items);
            let count = |pick: fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| pick(o)).count();
            summary.set(Some(format!(
                "Đã xử lý {} tệp: {} nhận mới, {} cập nhật, {} trùng hoặc đã có bản mới hơn, {} không nhận.",
                files.len(),
                count(|o| matches!(o, Outcome::Added | Outcome::Attached)),
                count(|o| matches!(o, Outcome::Updated)),
                count(|o| matches!(o, Outcome::Duplicate | Outcome::KeptNewer)),
                count(|o| matches!(o, Outcome::Refused(_))),
            )));
            let mut lines: Vec<Report> = outcomes
                .into_iter()
                .map(|(name, o)| {
                    let note = if changed.contains(&name) { " Lưu ý: nội dung tệp đã bị thay đổi sau khi xuất (mã kiểm tra không khớp)." } else { "" };
                    match o {
                        Outcome::Refused(why) => Report { ok: false, text: why },
                        other => Report { ok: true, text: format!("Tệp \"{name}\": {}.{note}", other.label().to_lowercase()) },
                    }
                })
                .collect();
            lines.extend(notes);
            report.set(lines);
            progress.set(None);
            // Measured once the roster has been drawn with the new members.
            request_animation_frame(move || elapsed.set(Some((now_ms() - start).round() as u32)));
        });
    };

    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let files: Vec<web_sys::File> = input.files().map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect()).unwrap_or_default();
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
        <section class="import-box" class:dragging=move || dragging.get()
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
            <ul class="import-report">
                {move || report.get().into_iter().map(|r| view! { <li class:refused=!r.ok>{r.text}</li> }).collect_view()}
            </ul>
        </section>
    }
}
