//! The frame of every screen of one committee: its heading, its menu, what saving is
//! doing, and the screen (or a clear message when the committee is not on this device).

use crate::nav::use_route;
use kiemdiem_core::committee::entry::CellEntry;
use kiemdiem_core::ids::CommitteeId;
use leptos::prelude::*;

use crate::committee::store::{use_committee_store, Cells};
use crate::components::page_heading::PageHeading;
use crate::persist::{use_hub, SaveStatus};
use crate::routes::{CommitteeRoute, Route};

/// The committee id of the current address.
pub fn use_committee_id() -> Memo<CommitteeId> {
    let route = use_route::<CommitteeRoute>();
    Memo::new(move |_| route.with(|r| r.as_ref().and_then(CommitteeRoute::committee).cloned().unwrap_or_default()))
}

/// The committee's cells as loaded (reactive): `None` while they are read.
pub fn use_entries() -> Memo<Result<Vec<CellEntry>, Option<String>>> {
    let store = use_committee_store();
    let id = use_committee_id();
    Memo::new(move |_| match store.cells(&id.get()) {
        Cells::Ready(list) => Ok(list),
        Cells::Loading => Err(None),
        Cells::Failed(why) => Err(Some(why)),
    })
}

/// The committee's menu: where each entry goes, and its label.
fn menu(c: &CommitteeId) -> [(CommitteeRoute, &'static str); 5] {
    [
        (CommitteeRoute::Overview(c.clone()), "Tổng quan và quyết định"),
        (CommitteeRoute::Import(c.clone()), "Nhập gói của chi bộ"),
        (CommitteeRoute::Export(c.clone()), "Xuất tệp"),
        (CommitteeRoute::Pack(c.clone()), "Bộ tiêu chí"),
        (CommitteeRoute::Profile(c.clone()), "Hồ sơ đảng ủy"),
    ]
}

/// `<CommitteeFrame title="Nhập gói của chi bộ">…</CommitteeFrame>`
#[component]
pub fn CommitteeFrame(title: &'static str, children: ChildrenFn) -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let route = use_route::<CommitteeRoute>();
    let exists = Memo::new(move |_| store.get(&id.get()).is_some());
    move || {
        if !exists.get() {
            return view! {
                <PageHeading title="Không tìm thấy hồ sơ đảng ủy"/>
                <p>"Hồ sơ đảng ủy này không có trong trình duyệt trên máy này. Có thể nó đã bị xoá, hoặc được lập trên máy khác."</p>
                <p><a href=CommitteeRoute::Home.href()>"Về danh sách đảng ủy"</a></p>
            }
            .into_any();
        }
        let name = move || store.get(&id.get()).map(|c| c.title()).unwrap_or_default();
        let c = id.get_untracked();
        let here = route.get_untracked();
        let menu = menu(&c)
            .into_iter()
            .map(|(to, label)| {
                let current = (here.as_ref() == Some(&to)).then_some("page");
                view! { <li><a href=to.href() aria-current=current>{label}</a></li> }
            })
            .collect_view();
        view! {
            <p class="doc-context"><a href=CommitteeRoute::Home.href()>"Đảng ủy"</a>" · "{name}</p>
            <PageHeading title=title/>
            <nav class="ws-menu" aria-label="Các phần của hồ sơ đảng ủy"><ul>{menu}</ul></nav>
            <SaveLine/>
            {children()}
        }
        .into_any()
    }
}

/// What saving is doing, in one line; a refused save is an alert.
#[component]
fn SaveLine() -> impl IntoView {
    let hub = use_hub();
    move || {
        match hub.status.get() {
        SaveStatus::Saved(_) | SaveStatus::Idle => view! { <p class="save-status">"Đã lưu trên máy này."</p> }.into_any(),
        SaveStatus::Pending => view! { <p class="save-status">"Đang lưu…"</p> }.into_any(),
        SaveStatus::Full => view! {
            <p class="banner error" role="alert">
                "Bộ nhớ của trình duyệt cho trang này đã đầy: quyết định vừa ghi chỉ còn trong thẻ này. Hãy vào \"Xuất tệp\" và tải quyết định của tất cả chi bộ ngay để không mất dữ liệu."
            </p>
        }
        .into_any(),
        SaveStatus::Failed(why) => view! {
            <p class="banner error" role="alert">{format!("Trình duyệt không cho lưu ({why}). Hãy vào \"Xuất tệp\" và tải quyết định của tất cả chi bộ ngay để không mất dữ liệu.")}</p>
        }
        .into_any(),
        SaveStatus::MemoryOnly(why) => view! {
            <p class="banner error" role="alert">{format!("Trình duyệt không cho dùng bộ nhớ ({why}): dữ liệu chỉ còn trong thẻ này cho đến khi đóng. Hãy xuất tệp trước khi đóng thẻ.")}</p>
        }
        .into_any(),
    }
    }
}
