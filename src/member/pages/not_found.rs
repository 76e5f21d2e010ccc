//! Shown for any address the app does not know, e.g. a mistyped or outdated link.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::routes;

/// See the module documentation.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageHeading title="Không tìm thấy trang"/>
        <p>"Địa chỉ này không có trong ứng dụng. Có thể đường dẫn bị gõ nhầm hoặc đã cũ."</p>
        <p><a href=routes::HOME>"Về trang chủ"</a></p>
    }
}
