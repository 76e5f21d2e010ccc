//! Bản nháp trên máy này.

use leptos::prelude::*;

use super::upcoming::Upcoming;

/// See the module documentation.
#[component]
pub fn DraftsPage() -> impl IntoView {
    view! { <Upcoming title="Bản nháp trên máy này" what="Danh sách mọi bản nháp đang lưu trong trình duyệt này."/> }
}
