//! The frame of every screen of one workspace: its heading, the workspace's menu, what
//! saving is doing, and the screen itself (or a clear message when the workspace is not on
//! this device).

use crate::nav::use_route;
use kiemdiem_core::ids::WorkspaceId;
use leptos::prelude::*;

use crate::cell::store::use_cell_store;
use crate::components::page_heading::PageHeading;
use crate::persist::SaveStatus;
use crate::routes::{CellRoute, Route};

/// The workspace id of the current address.
pub fn use_ws_id() -> Memo<WorkspaceId> {
    let route = use_route::<CellRoute>();
    Memo::new(move |_| route.with(|r| r.as_ref().and_then(CellRoute::workspace).cloned().unwrap_or_default()))
}

/// The workspace's menu: where each entry goes, and its label.
fn menu(ws: &WorkspaceId) -> [(CellRoute, &'static str); 8] {
    [
        (CellRoute::Profile(ws.clone()), "Hồ sơ chi bộ"),
        (CellRoute::Roster(ws.clone()), "Đảng viên"),
        (CellRoute::Meeting(ws.clone(), None), "Hội nghị: xét từng đồng chí"),
        (CellRoute::Minutes(ws.clone()), "Biên bản hội nghị"),
        (CellRoute::Rules(ws.clone()), "Kiểm tra quy định"),
        (CellRoute::report_start(ws.clone()), "Báo cáo của chi bộ (Mẫu 01)"),
        (CellRoute::Summary(ws.clone()), "Tổng hợp"),
        (CellRoute::Export(ws.clone()), "Xuất tệp"),
    ]
}

/// `<WorkspaceFrame title="Kiểm tra quy định">…</WorkspaceFrame>`
#[component]
pub fn WorkspaceFrame(title: &'static str, children: ChildrenFn) -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let route = use_route::<CellRoute>();
    let exists = Memo::new(move |_| store.workspaces.with(|w| w.contains_key(&ws.get())));
    move || {
        if !exists.get() {
            return view! {
                <PageHeading title="Không tìm thấy hồ sơ chi bộ"/>
                <p>"Hồ sơ chi bộ này không có trong trình duyệt trên máy này. Có thể nó đã bị xoá, hoặc được lập trên máy khác: hãy mở gói chi bộ (.json) ở trang danh sách."</p>
                <p><a href=CellRoute::Home.href()>"Về danh sách chi bộ"</a></p>
            }
            .into_any();
        }
        // Only the workspace's existence rebuilds the screen; its title follows on its own,
        // so an edit never remounts the inputs (or the import report) below.
        let name = move || store.workspaces.with(|w| w.get(&ws.get()).map(|w| w.title())).unwrap_or_default();
        let id = ws.get_untracked();
        let here = route.get_untracked();
        let menu = menu(&id)
            .into_iter()
            .map(|(to, label)| {
                // A screen with steps or members of its own (Mẫu 01, the meeting) is current
                // at each of them.
                let current = here
                    .as_ref()
                    .is_some_and(|h| std::mem::discriminant(h) == std::mem::discriminant(&to))
                    .then_some("page");
                view! { <li><a href=to.href() aria-current=current>{label}</a></li> }
            })
            .collect_view();
        // On a phone the menu is one line that scrolls: bring the current entry into it.
        request_animation_frame(show_current_entry);
        view! {
            <p class="doc-context"><a href=CellRoute::Home.href()>"Chi bộ"</a>" · "{name}</p>
            <PageHeading title=title/>
            <nav class="ws-menu" aria-label="Các phần của hồ sơ chi bộ"><ul>{menu}</ul></nav>
            <SaveLine/>
            {children()}
        }
        .into_any()
    }
}

/// What saving is doing, in one line; a refused save is an alert.
#[component]
fn SaveLine() -> impl IntoView {
    let store = use_cell_store();
    move || {
        match store.status.get() {
        SaveStatus::Saved(_) | SaveStatus::Idle => view! { <p class="save-status">"Đã lưu trên máy này."</p> }.into_any(),
        SaveStatus::Pending => view! { <p class="save-status">"Đang lưu…"</p> }.into_any(),
        SaveStatus::Full => view! {
            <p class="banner error" role="alert">
                "Bộ nhớ của trình duyệt cho trang này đã đầy: phần vừa nhập chỉ còn trong thẻ này. Hãy vào \"Xuất tệp\" và tải gói chi bộ ngay để không mất dữ liệu."
            </p>
        }
        .into_any(),
        SaveStatus::Failed(why) => view! {
            <p class="banner error" role="alert">{format!("Trình duyệt không cho lưu ({why}). Hãy vào \"Xuất tệp\" và tải gói chi bộ ngay để không mất dữ liệu.")}</p>
        }
        .into_any(),
        SaveStatus::MemoryOnly(why) => view! {
            <p class="banner error" role="alert">{format!("Trình duyệt không cho dùng bộ nhớ ({why}): dữ liệu chỉ còn trong thẻ này cho đến khi đóng. Hãy xuất gói chi bộ trước khi đóng thẻ.")}</p>
        }
        .into_any(),
    }
    }
}

/// Scrolls the workspace's menu sideways (only it, never the page) so that its current
/// entry shows; on a laptop the menu does not scroll and nothing moves.
fn show_current_entry() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let (Ok(Some(list)), Ok(Some(current))) =
        (doc.query_selector(".ws-menu ul"), doc.query_selector(".ws-menu a[aria-current=\"page\"]"))
    else {
        return;
    };
    let (Ok(list), Some(Ok(li))) = (
        list.dyn_into::<web_sys::HtmlElement>(),
        current.parent_element().map(|li| li.dyn_into::<web_sys::HtmlElement>()),
    ) else {
        return;
    };
    // Both offsets are measured from the same ancestor; keep a little of the entry before.
    list.set_scroll_left((li.offset_left() - list.offset_left() - 24).max(0));
}
