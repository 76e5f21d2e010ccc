//! The cell app's first screen: the cells' workspaces on this device, a new one, or one
//! opened from a bundle file.

use crate::nav::use_navigate;
use leptos::prelude::*;

use crate::cell::store::use_cell_store;
use crate::clock;
use crate::components::page_heading::PageHeading;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::model::{CellType, Workspace};
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::template::DocKind;
use kiemdiem_core::year::{default_year, YEARS};

#[component]
pub fn CellHome() -> impl IntoView {
    let store = use_cell_store();
    let navigate = use_navigate();
    let committee = RwSignal::new(String::new());
    let cell = RwSignal::new(String::new());
    let year = RwSignal::new(default_year(DocKind::CellReview, clock::today()).to_string());
    let cell_type = RwSignal::new(CellType::UnderGrassroots);
    let error = RwSignal::new(None::<String>);
    let opened = RwSignal::new(Vec::<String>::new());

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let y = year.get_untracked().trim().parse::<i32>().ok().filter(|y| YEARS.contains(y));
        let (Some(y), false) = (y, cell.get_untracked().trim().is_empty()) else {
            error.set(Some(if cell.get_untracked().trim().is_empty() {
                "Hãy nhập tên chi bộ.".to_owned()
            } else {
                "Năm kiểm điểm phải là một năm có 4 chữ số, ví dụ 2025.".to_owned()
            }));
            let id = if cell.get_untracked().trim().is_empty() { "cb-ten" } else { "cb-nam" };
            crate::components::focus::focus_element(id);
            return;
        };
        let mut ws = Workspace::new(clock::new_id::<WorkspaceId>(), y, clock::now());
        ws.profile.party_committee = committee.get_untracked().trim().to_owned();
        ws.profile.cell = cell.get_untracked().trim().to_owned();
        ws.profile.cell_type = cell_type.get_untracked();
        let id = ws.id.clone();
        store.create(ws);
        navigate(&CellRoute::Profile(id.clone()).href());
    };

    let open_files = move |files: Vec<web_sys::File>| {
        opened.set(Vec::new());
        for f in files {
            leptos::task::spawn_local(async move {
                let name = crate::files::read::name_of(&f);
                let lines: Vec<String> = match crate::files::read::read_chosen_file(f).await {
                    Err(why) => vec![why],
                    Ok(bytes) => crate::cell::actions::open_file(store, &name, &bytes).await,
                };
                opened.update(|o| o.extend(lines));
            });
        }
    };

    let list = move || {
        let mut all: Vec<Workspace> = store.workspaces.with(|w| w.values().cloned().collect());
        kiemdiem_core::order::sort_by_key(&mut all, |w| std::cmp::Reverse(w.updated));
        if all.is_empty() {
            return view! { <p>"Chưa có hồ sơ chi bộ nào trên máy này."</p> }.into_any();
        }
        view! {
            <ul class="doc-list">
                {all.into_iter().map(|w| view! {
                    <li>
                        <a href=CellRoute::Roster(w.id.clone()).href()>{w.title()}</a>
                        <span class="muted">{format!(" · {} đảng viên trong danh sách", w.members.len())}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    // Before "Xoá mọi dữ liệu": each workspace's export page, whose bundle "Mở gói chi bộ
    // đã xuất" opens again whole (a link: the bundle's code stays out of this screen's wasm).
    let backups = move || {
        let mut all: Vec<Workspace> = store.workspaces.with(|w| w.values().cloned().collect());
        kiemdiem_core::order::sort_by_key(&mut all, |w| std::cmp::Reverse(w.updated));
        (!all.is_empty()).then(|| {
            view! {
                <ul>
                    {all.into_iter().map(|w| view! {
                        <li>{format!("{}: ", w.title())}<a href=CellRoute::Export(w.id.clone()).href()>"tải gói ở trang Xuất tệp"</a></li>
                    }).collect_view()}
                </ul>
            }
        })
    };

    view! {
        <PageHeading title="Chi bộ: thu nhận và tổng hợp"/>
        <crate::components::wipe::WipedNote/>
        <p class="lead">
            "Dành cho bí thư, phó bí thư chi bộ: nhận tệp bản kiểm điểm của đảng viên, ghi nhận xét, mức đề xuất và kết quả biểu quyết, "
            "kiểm tra quy định, viết báo cáo của chi bộ (Mẫu 01) và xuất một gói tệp gửi đảng ủy cấp trên."
        </p>
        <h2>"Hồ sơ chi bộ trên máy này"</h2>
        {list}
        {move || {
            let bad = store.unreadable.get();
            (!bad.is_empty()).then(|| view! {
                <div class="banner error" role="alert">
                    <p>"Có mục lưu trữ không đọc được; ứng dụng không tự xoá chúng:"</p>
                    <ul>{bad.into_iter().map(|q| view! { <li>{q.message}</li> }).collect_view()}</ul>
                </div>
            })
        }}
        <h2>"Lập hồ sơ chi bộ mới"</h2>
        <form class="stack" on:submit=create novalidate>
            <div class="field">
                <label for="cb-dang-bo">"Đảng bộ"</label>
                <p class="hint" id="cb-dang-bo-goi-y">"Tổ chức đảng cấp trên trực tiếp, ví dụ: Đảng bộ phường Ba Đình."</p>
                <input id="cb-dang-bo" type="text" aria-describedby="cb-dang-bo-goi-y" prop:value=move || committee.get() on:input=move |ev| committee.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="cb-ten">"Chi bộ"</label>
                <input id="cb-ten" type="text" prop:value=move || cell.get() on:input=move |ev| cell.set(event_target_value(&ev))
                    aria-describedby=move || error.with(|e| e.as_ref().map(|_| "cb-loi"))/>
            </div>
            <div class="field">
                <label for="cb-nam">"Năm kiểm điểm"</label>
                <input id="cb-nam" type="text" inputmode="numeric" prop:value=move || year.get() on:input=move |ev| year.set(event_target_value(&ev))
                    aria-describedby=move || error.with(|e| e.as_ref().map(|_| "cb-loi"))/>
            </div>
            <fieldset class="field">
                <legend>"Loại chi bộ"</legend>
                {CellType::ALL.into_iter().map(|t| view! {
                    <label class="choice">
                        <input type="radio" name="cb-loai" prop:checked=move || cell_type.get() == t on:change=move |_| cell_type.set(t)/>
                        {t.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <p class="field-error" id="cb-loi" role="alert">{move || error.get()}</p>
            <button type="submit" class="button primary">"Lập hồ sơ chi bộ"</button>
        </form>
        <h2>"Mở gói chi bộ đã xuất"</h2>
        <crate::components::file_drop::FileDrop id="cb-mo-goi" multiple=true label="Chọn tệp gói chi bộ (.json)"
            hint="Gói chi bộ xuất từ ứng dụng trên máy khác sẽ được mở thành hồ sơ giống hệt." on_files=open_files/>
        <ul class="import-report" role="status">{move || opened.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        <crate::components::wipe::WipeDevice>
            <p>"Sao lưu trước: tải gói của mỗi hồ sơ chi bộ ở trang Xuất tệp của hồ sơ; gói mở lại được ở trang này, trên máy này hay máy khác."</p>
            {backups}
        </crate::components::wipe::WipeDevice>
        <p><a href=crate::routes::HOME>"Về trang chủ"</a></p>
    }
}
