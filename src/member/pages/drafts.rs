//! Bản nháp trên máy này: every document kept in this browser, with what can be done to it
//! (open, export, duplicate, rename, delete with undo), a backup of everything, restoring
//! from files, and the entries that could not be read.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::clock;
use crate::components::import_report::ImportReportList;
use crate::components::page_heading::PageHeading;
use crate::files::save::{export_document, save_text};
use crate::member::actions;
use crate::routes::{self, CellRoute, CommitteeRoute, MemberRoute, Route};
use crate::store::{describe, use_store, Restored};
use kiemdiem_core::document::Document;
use kiemdiem_core::file::{self, MAX_FILE_BYTES};
use kiemdiem_core::ids::DocId;
use kiemdiem_core::intake;
use kiemdiem_core::report::{ImportReport, ReportLine};
use kiemdiem_core::templates;
use kiemdiem_core::validate::steps_done;

/// How long "Hoàn tác" stays offered after a delete.
const UNDO_SECONDS: u64 = 12;

fn when(doc: &Document) -> String {
    kiemdiem_core::time::display(doc.updated)
}

/// See the module documentation.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let store = use_store();
    let today = clock::today();
    let report = RwSignal::new(Vec::<ReportLine>::new());
    let message = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<(Document, TimeoutHandle)>);
    let renaming = RwSignal::new(None::<DocId>);
    let rename_value = RwSignal::new(String::new());

    let backup = move |_| {
        let (name, text, count) = actions::backup_file(store);
        message.set(Some(match save_text(&name, &text) {
            Ok(()) => format!("Đã xuất tệp sao lưu \"{name}\" gồm {count} văn bản."),
            Err(why) => format!("Không xuất được tệp sao lưu: {why}."),
        }));
    };

    let backed_up = RwSignal::new(None::<String>);
    let backup_first = move |_| {
        let (name, text, count) = actions::backup_file(store);
        backed_up.set(Some(match save_text(&name, &text) {
            Ok(()) => format!("Đã tải tệp sao lưu \"{name}\" gồm {count} văn bản."),
            Err(why) => format!("Không tải được tệp sao lưu: {why}."),
        }));
    };

    let on_files = move |files: Vec<web_sys::File>| {
        report.set(Vec::new());
        for f in files {
            let name = crate::files::read::name_of(&f);
            if let Some(text) = intake::too_large(&name, f.size() as usize, MAX_FILE_BYTES) {
                report.update(|r| r.push(ReportLine::refused(text)));
                continue;
            }
            leptos::task::spawn_local(async move {
                let lines = match crate::files::read::read_chosen_file(f).await {
                    Ok(bytes) => actions::import_file(store, &name, &bytes),
                    Err(why) => vec![ReportLine::refused(why)],
                };
                report.update(|r| r.extend(lines));
            });
        }
    };

    let delete = move |doc: Document| {
        if let Some((_, old)) = removed.get_untracked() {
            old.clear();
        }
        let Some(gone) = store.remove(&doc.id) else { return };
        let handle = set_timeout_with_handle(move || removed.set(None), std::time::Duration::from_secs(UNDO_SECONDS));
        match handle {
            Ok(h) => removed.set(Some((gone, h))),
            Err(_) => removed.set(None),
        }
        request_animation_frame(|| {
            crate::components::focus::focus_element("undo-delete");
        });
    };
    let undo = move |_| {
        if let Some((doc, handle)) = removed.get_untracked() {
            handle.clear();
            removed.set(None);
            message.set(Some(match store.restore(doc.clone()) {
                Restored::Back => format!("Đã khôi phục {}.", describe(&doc)),
                Restored::AsCopy(name) => format!(
                    "Trong lúc chờ, {} đã được nhập lại từ tệp; bản đó được giữ nguyên, bản vừa xoá được khôi phục thành bản riêng \"{name}\".",
                    describe(&doc)
                ),
            }));
        }
    };

    // One click handler for every row's buttons (data-action, data-id): rows stay plain
    // markup, which keeps the app small.
    let on_row_action = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-action]").ok().flatten())
        else {
            return;
        };
        let (Some(action), Some(id)) = (button.get_attribute("data-action"), button.get_attribute("data-id")) else {
            return;
        };
        let Some(doc) = store.get_untracked(&DocId::from(id)) else { return };
        match action.as_str() {
            "export" => message.set(Some(match export_document(&doc) {
                Ok(name) => format!("Đã xuất tệp \"{name}\"."),
                Err(why) => format!("Không xuất được tệp: {why}."),
            })),
            "copy" => {
                let mut copy = doc.clone();
                copy.id = clock::new_id();
                copy.created = clock::now();
                copy.updated = copy.created;
                copy.finished = None;
                copy.label = if doc.label.is_empty() {
                    "Bản sao".to_owned()
                } else {
                    format!("Bản sao của {}", doc.label)
                };
                store.put(copy);
                message.set(Some(format!("Đã tạo bản sao của {}.", describe(&doc))));
            }
            "rename" => {
                rename_value.set(doc.label.clone());
                renaming.set(Some(doc.id.clone()));
                request_animation_frame(|| {
                    crate::components::focus::focus_element("rename-input");
                });
            }
            "delete" => delete(doc),
            _ => {}
        }
    };

    let rows = move || {
        store
            .list()
            .into_iter()
            .map(|d| {
                let template = templates::get(&d.template);
                let progress = match (template, d.finished) {
                    (_, Some(_)) => "đã hoàn thành".to_owned(),
                    (Some(t), None) => {
                        let (done, all) = steps_done(t, &d, today);
                        format!("đang viết, đã xong {done}/{all} bước")
                    }
                    (None, None) => "mẫu không rõ".to_owned(),
                };
                let first = template.and_then(|t| t.steps.first()).map(|s| s.id).unwrap_or(routes::REVIEW_STEP);
                let href = template.map(|t| MemberRoute::doc_href(t.kind, &d.id, first)).unwrap_or_default();
                let title = match d.label.as_str() {
                    "" => describe(&d),
                    label => format!("{label} ({})", describe(&d)),
                };
                let meta = format!("{} · sửa lần cuối {} · {progress}", template.map(|t| t.name).unwrap_or("?"), when(&d));
                let id = d.id.to_string();
                view! {
                    <li class="draft">
                        <p class="draft-title"><a href=href>{title}</a></p>
                        <p class="draft-meta">{meta}</p>
                        <div class="draft-actions">
                            <button type="button" class="secondary" data-action="export" data-id=id.clone()>"Xuất tệp"</button>
                            <button type="button" class="secondary" data-action="copy" data-id=id.clone()>"Nhân bản"</button>
                            <button type="button" class="secondary" data-action="rename" data-id=id.clone()>"Đổi tên"</button>
                            <button type="button" class="danger" data-action="delete" data-id=id>"Xoá"</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };

    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(id) = renaming.get_untracked() {
            let label = rename_value.get_untracked().trim().chars().take(100).collect::<String>();
            store.update(&id, |d| d.label = label);
        }
        renaming.set(None);
    };

    let quarantined = move || {
        store
            .quarantine
            .get()
            .into_iter()
            .map(|q| {
                let (key, text) = (q.key.clone(), q.text.clone());
                let key2 = q.key.clone();
                let newer = q.newer;
                view! {
                    <li class="draft broken">
                        <p>{q.message.clone()}</p>
                        <div class="draft-actions">
                            <button type="button" class="secondary" on:click=move |_| {
                                let name = format!("ban-nhap-khong-doc-duoc-{}.txt", file::slug(key.rsplit('/').next().unwrap_or("x")));
                                let _ = save_text(&name, &text);
                            }>"Xuất nội dung gốc ra tệp"</button>
                            {(!newer).then(|| view! {
                                <button type="button" class="danger" on:click=move |_| store.drop_quarantined(&key2)>"Xoá hẳn mục này"</button>
                            })}
                        </div>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <PageHeading title="Bản nháp trên máy này"/>
        <crate::components::wipe::WipedNote/>
        <p class="lead">"Mọi văn bản đang lưu trong trình duyệt này. Dữ liệu không rời khỏi máy trừ khi đồng chí xuất tệp."</p>
        <crate::components::persist_status::PersistStatus/>
        <div class="drafts-tools">
            <button type="button" class="primary" on:click=backup>"Sao lưu tất cả ra một tệp"</button>
            <crate::components::file_drop::FileDrop id="import-files" multiple=true label="Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu"
                hint="Chọn một hoặc nhiều tệp .json (tối đa 5 MB mỗi tệp). Văn bản đã có trên máy được nhận ra và không bị nhân đôi."
                on_files=on_files/>
        </div>
        <div class="import-result" role="status">
            <Show when=move || report.with(|r| !r.is_empty())>
                <h2>"Kết quả nhập tệp"</h2>
                <ImportReportList report=Signal::derive(move || ImportReport { summary: String::new(), lines: report.get() })/>
            </Show>
        </div>
        <p class="drafts-message" role="status">{move || message.get()}</p>
        <div class="undo-area" role="status">
            {move || removed.get().map(|(doc, _)| view! {
                <p class="banner info">
                    {format!("Đã xoá {}. ", describe(&doc))}
                    <button type="button" class="link" id="undo-delete" on:click=undo>"Hoàn tác"</button>
                </p>
            })}
        </div>
        <h2>"Các văn bản"</h2>
        <Show when=move || renaming.with(Option::is_some)>
            <form class="rename" on:submit=save_name>
                <label class="field-label" for="rename-input">
                    {move || format!("Tên bản nháp cho {} (để trống nếu không cần)",
                        renaming.get().and_then(|id| store.get(&id)).map(|d| describe(&d)).unwrap_or_default())}
                </label>
                <input type="text" id="rename-input" maxlength="100" prop:value=rename_value
                    on:input=move |ev| rename_value.set(event_target_value(&ev))/>
                <div class="banner-actions">
                    <button type="submit" class="primary">"Lưu tên"</button>
                    <button type="button" class="secondary" on:click=move |_| renaming.set(None)>"Huỷ"</button>
                </div>
            </form>
        </Show>
        <Show when=move || { store.docs_count() > 0 } fallback=|| view! { <p>"Chưa có văn bản nào trên máy này."</p> }>
            <ul class="draft-list" on:click=on_row_action>{rows}</ul>
        </Show>
        <Show when=move || store.quarantine.with(|q| !q.is_empty())>
            <h2>"Bản nháp không đọc được"</h2>
            <p>"Các mục dưới đây được giữ nguyên trong trình duyệt. Đồng chí có thể xuất nội dung gốc để nhờ hỗ trợ, hoặc xoá nếu không cần."</p>
            <ul class="draft-list">{quarantined}</ul>
        </Show>
        <crate::components::lock::DraftLockSection/>
        <crate::components::wipe::WipeDevice>
            <p>"Sao lưu trước: tệp sao lưu khôi phục được mọi bản nháp ở trang này, trên máy này hay máy khác."</p>
            <button type="button" class="secondary" on:click=backup_first>"Tải tệp sao lưu các bản nháp"</button>
            <p role="status">{move || backed_up.get()}</p>
            <p>
                "Hồ sơ chi bộ sao lưu ở trang "<a href=CellRoute::Home.href()>"Chi bộ"</a>
                "; hồ sơ đảng ủy ở trang Xuất tệp của "<a href=CommitteeRoute::Home.href()>"Đảng ủy"</a>"."
            </p>
        </crate::components::wipe::WipeDevice>
    }
}
