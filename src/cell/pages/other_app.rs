//! An address that belongs to the member's app (e.g. "/" or "/ban-nhap") or to no screen.
//! The two apps are separate wasm files: a link from here to the member's app reloads the
//! page, and `assets/boot.js` starts the right app for the address.

use crate::nav::use_location;
use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::routes::{CellRoute, Route};

#[component]
pub fn OtherApp() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let home = CellRoute::Home.href();
    if !path.starts_with(&home) {
        crate::nav::go_to_other_app(&path);
        return view! { <p>"Đang mở…"</p> }.into_any();
    }
    view! {
        <PageHeading title="Không tìm thấy trang"/>
        <p>"Địa chỉ này không có trong phần Chi bộ."</p>
        <p><a href=home>"Về danh sách chi bộ"</a></p>
    }
    .into_any()
}
