//! Messages about this device's storage shown on every screen of every app: storage
//! refused (the app works in memory), a new version of the app ready, entries that could
//! not be read, records changed in
//! this tab and in another at once (the user chooses which to keep), and short notices
//! such as a document updated from another tab.

use leptos::prelude::*;

use crate::persist::{use_hub, SaveStatus};

/// See the module documentation. Use once, in each app's shell; `unreadable_href` is the
/// screen where that app lists the entries it could not read.
#[component]
pub fn AppBanners(unreadable_href: String) -> impl IntoView {
    let hub = use_hub();
    let conflicts = move || {
        hub.conflicts
            .get()
            .into_iter()
            .map(|(key, note)| {
                let key2 = key.clone();
                let what = if note.removed {
                    format!("{} vừa bị xoá ở một thẻ (cửa sổ) khác của trình duyệt, trong khi thẻ này còn thay đổi chưa lưu.", note.label)
                } else {
                    format!("{} vừa được sửa ở một thẻ (cửa sổ) khác của trình duyệt, trong khi thẻ này còn thay đổi chưa lưu.", note.label)
                };
                view! {
                    <div class="banner warning conflict" role="alert">
                        <p>{what}" Chưa bản nào bị ghi đè. Đồng chí muốn giữ bản nào?"</p>
                        <div class="banner-actions">
                            <button type="button" class="primary" on:click=move |_| hub.resolve(&key, true)>"Giữ bản ở thẻ này"</button>
                            <button type="button" class="secondary" on:click=move |_| hub.resolve(&key2, false)>"Dùng bản ở thẻ kia"</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <super::update_notice::UpdateNotice/>
        <Show when=move || matches!(hub.status.get(), SaveStatus::MemoryOnly(_))>
            <div class="banner error" role="alert">
                <p>
                    "Trình duyệt này không cho trang lưu dữ liệu (có thể do chế độ duyệt riêng tư hoặc đã tắt lưu trữ). "
                    "Ứng dụng vẫn dùng được, nhưng mọi thứ chỉ nằm trong thẻ này và sẽ mất khi đóng trang: hãy xuất tệp trước khi đóng."
                </p>
            </div>
        </Show>
        {conflicts}
        <Show when=move || hub.quarantine.with(|q| !q.is_empty())>
            <div class="banner warning" role="status">
                <p>
                    {move || format!("Có {} mục lưu trữ không đọc được; chúng được giữ nguyên, không bị xoá. ", hub.quarantine.with(Vec::len))}
                    <a href=unreadable_href.clone()>"Xem và xử lý"</a>
                </p>
            </div>
        </Show>
        <div class="notice-area" role="status">
            {move || hub.notice.get().map(|n| view! {
                <p class="banner info">
                    {n}" "
                    <button type="button" class="link" on:click=move |_| hub.notice.set(None)>"Đã hiểu"</button>
                </p>
            })}
        </div>
    }
}
