//! Chi bộ: thu nhận và tổng hợp.

use leptos::prelude::*;

use super::upcoming::Upcoming;

/// See the module documentation.
#[component]
pub fn CellPage() -> impl IntoView {
    view! { <Upcoming title="Chi bộ: thu nhận và tổng hợp" what="Nhận tệp của đảng viên, ghi kết quả hội nghị, kiểm tra quy định và viết báo cáo của chi bộ."/> }
}
