//! An address that belongs to another app (e.g. "/" or "/chi-bo") or to no screen: the
//! apps are separate wasm files, and `assets/boot.js` starts the right one for the address.

use crate::nav::use_location;
use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::routes::{CommitteeRoute, Route};

#[component]
pub fn OtherApp() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let home = CommitteeRoute::Home.href();
    if !path.starts_with(&home) {
        crate::nav::go_to_other_app(&path);
        return view! { <p>"Đang mở…"</p> }.into_any();
    }
    view! {
        <PageHeading title="Không tìm thấy trang"/>
        <p>"Địa chỉ này không có trong phần Đảng ủy."</p>
        <p><a href=home>"Về danh sách đảng ủy"</a></p>
    }
    .into_any()
}
