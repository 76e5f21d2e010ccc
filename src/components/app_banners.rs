//! Messages about this device's storage shown on every screen: storage refused (the app
//! works in memory), drafts that could not be read, and short notices such as a document
//! updated from another tab.

use leptos::prelude::*;

use crate::app::paths;
use crate::store::{use_store, SaveStatus};

/// See the module documentation. Use once, in the app shell.
#[component]
pub fn AppBanners() -> impl IntoView {
    let store = use_store();
    view! {
        <Show when=move || matches!(store.status.get(), SaveStatus::MemoryOnly(_))>
            <div class="banner error" role="alert">
                <p>
                    "Trình duyệt này không cho trang lưu dữ liệu (có thể do chế độ duyệt riêng tư hoặc đã tắt lưu trữ). "
                    "Ứng dụng vẫn dùng được, nhưng mọi thứ chỉ nằm trong thẻ này và sẽ mất khi đóng trang: hãy xuất tệp trước khi đóng."
                </p>
            </div>
        </Show>
        <Show when=move || store.quarantine.with(|q| !q.is_empty())>
            <div class="banner warning" role="status">
                <p>
                    {move || format!("Có {} bản nháp không đọc được; chúng được giữ nguyên, không bị xoá. ", store.quarantine.with(Vec::len))}
                    <a href=paths::DRAFTS>"Xem và xử lý ở trang Bản nháp"</a>
                </p>
            </div>
        </Show>
        <div class="notice-area" role="status">
            {move || store.notice.get().map(|n| view! {
                <p class="banner info">
                    {n}" "
                    <button type="button" class="link" on:click=move |_| store.notice.set(None)>"Đã hiểu"</button>
                </p>
            })}
        </div>
    }
}
