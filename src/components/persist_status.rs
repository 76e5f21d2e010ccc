//! Whether the browser agreed to keep this site's data (`navigator.storage.persist`), said
//! plainly: a refusal means the data may go when the device runs short of space, so the
//! user is told to export copies.

use leptos::prelude::*;

use crate::persist::{use_hub, SaveStatus};

/// See the module documentation.
#[component]
pub fn PersistStatus() -> impl IntoView {
    let hub = use_hub();
    view! {
        <p class="persist-status">
            {move || match hub.persisted.get() {
                Some(Some(true)) => "Trình duyệt đã đồng ý giữ dữ liệu của trang này lâu dài.",
                Some(Some(false)) => "Trình duyệt chưa cam kết giữ dữ liệu lâu dài: có thể xoá khi máy thiếu dung lượng hoặc khi lâu không mở trang. Hãy xuất bản sao thường xuyên.",
                Some(None) if matches!(hub.status.get(), SaveStatus::MemoryOnly(_)) => "Trình duyệt không cho lưu dữ liệu: hãy xuất tệp trước khi đóng trang.",
                Some(None) => "Đang hỏi trình duyệt có giữ dữ liệu lâu dài không…",
                None => "Trình duyệt sẽ được hỏi có giữ dữ liệu lâu dài không khi đồng chí lưu lần đầu. Dù thế nào, hãy xuất bản sao thường xuyên.",
            }}
        </p>
    }
}
