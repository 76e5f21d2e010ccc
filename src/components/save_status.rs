//! What the editor says about saving: "Đã lưu lúc 14:32" while all is well, and a banner
//! with a way out when the browser refused to save: export what is on screen. (A change
//! made in another tab at once is settled in `AppBanners`, on every screen.)

use chrono::Timelike;
use leptos::prelude::*;

use crate::components::form::use_editor;
use crate::files::save::export_document;
use crate::persist::SaveStatus;

/// See the module documentation. Use inside an editor.
#[component]
pub fn SaveBar() -> impl IntoView {
    let ed = use_editor();
    let store = ed.store();
    let exported = RwSignal::new(None::<String>);
    let export = move |_| {
        let doc = ed.doc.get_untracked();
        exported.set(Some(match export_document(&doc) {
            Ok(name) => format!("Đã xuất tệp \"{name}\". Hãy kiểm tra thư mục Tải về (Downloads)."),
            Err(why) => format!("Không xuất được tệp: {why}."),
        }));
    };
    view! {
        <p class="save-status">
            {move || match store.status.get() {
                SaveStatus::Saved(at) => format!("Đã lưu trên máy này lúc {:02}:{:02}", at.hour(), at.minute()),
                SaveStatus::Pending => "Đang lưu…".to_owned(),
                SaveStatus::Idle => "Mọi thay đổi được tự động lưu trên máy này.".to_owned(),
                SaveStatus::Full | SaveStatus::Failed(_) => "Chưa lưu được những thay đổi mới nhất.".to_owned(),
                SaveStatus::MemoryOnly(_) => "Chỉ giữ trong thẻ này: trình duyệt không cho lưu.".to_owned(),
            }}
        </p>
        <Show when=move || matches!(store.status.get(), SaveStatus::Full | SaveStatus::Failed(_))>
            <div class="banner error" role="alert">
                <p>
                    {move || match store.status.get() {
                        SaveStatus::Full => "Trình duyệt từ chối lưu vì bộ nhớ dành cho trang này đã đầy. ".to_owned(),
                        SaveStatus::Failed(why) => format!("Chưa lưu được: {why}. "),
                        _ => String::new(),
                    }}
                    "Những gì đang hiện trên màn hình vẫn còn, các bản đã lưu trước đó không bị ảnh hưởng, nhưng thay đổi mới sẽ mất nếu đóng trang. "
                    "Hãy xuất văn bản này ra tệp ngay, rồi xoá bớt bản nháp cũ ở trang \"Bản nháp trên máy này\". Ứng dụng sẽ tự thử lưu lại ở lần sửa tiếp theo."
                </p>
                <button type="button" class="primary" on:click=export>"Xuất văn bản này ra tệp"</button>
            </div>
        </Show>
        <p class="export-result" role="status">{move || exported.get()}</p>
    }
}
