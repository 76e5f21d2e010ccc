//! Bản kiểm điểm cá nhân.

use leptos::prelude::*;

use super::upcoming::Upcoming;

/// See the module documentation.
#[component]
pub fn ReviewPage() -> impl IntoView {
    view! { <Upcoming title="Bản kiểm điểm cá nhân" what="Viết bản kiểm điểm, tự đánh giá, xếp loại cá nhân theo Mẫu 2A, 2B hoặc 2C."/> }
}
