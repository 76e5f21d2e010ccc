//! "Xoá mọi dữ liệu trên máy này", the last section of each app's first screen, for a
//! shared office computer: what the device keeps, the app's own backup first (given by
//! the page), a confirmation, then the removal in every tab ([`crate::persist::wipe`]).

use leptos::prelude::*;

use crate::components::focus::focus_element;
use crate::persist::wipe;

/// The section. `children` is what this app offers to save before the removal.
#[component]
pub fn WipeDevice(children: Children) -> impl IntoView {
    // Counted again after every save of the page, so that what was just opened or imported
    // is in the count.
    let hub = crate::persist::use_hub();
    let inventory = Memo::new(move |_| {
        hub.status.track();
        wipe::inventory()
    });
    let sure = RwSignal::new(false);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let remove = move |_| {
        if !sure.get_untracked() {
            error.set(Some("Hãy đánh dấu ô xác nhận ở trên trước khi xoá.".into()));
            focus_element("xoa-xac-nhan");
            return;
        }
        error.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let blocked = move || {
                error.set(Some(
                    "Một thẻ khác của ứng dụng (ví dụ một trang in) còn mở dữ liệu. Hãy đóng thẻ đó; việc xoá tiếp tục ngay khi thẻ đóng lại."
                        .into(),
                ))
            };
            if let Err(why) = wipe::wipe_everything(blocked).await {
                working.set(false);
                error.set(Some(why));
            }
        });
    };
    let described = move || error.with(|e| e.as_ref().map(|_| "xoa-loi"));
    view! {
        <section class="wipe" aria-labelledby="xoa-du-lieu">
            <h2 id="xoa-du-lieu">"Xoá mọi dữ liệu trên máy này"</h2>
            <p>
                "Dùng khi đồng chí làm việc trên máy dùng chung (máy ở cơ quan, máy mượn). Mọi bản nháp, hồ sơ chi bộ, hồ sơ đảng ủy "
                "và các tệp đã nhập vào trình duyệt này đều bị xoá, ở mọi thẻ đang mở của ứng dụng, và không khôi phục được nếu chưa sao lưu."
            </p>
            <p>
                {move || {
                    let inventory = inventory.get();
                    if inventory.is_empty() {
                        "Trên máy này hiện không lưu dữ liệu nào của ứng dụng.".to_owned()
                    } else {
                        format!("Trên máy này đang lưu: {}.", inventory.in_words())
                    }
                }}
            </p>
            <div class="wipe-backup">{children()}</div>
            <label class="choice">
                <input type="checkbox" id="xoa-xac-nhan" prop:checked=move || sure.get()
                    on:change=move |ev| sure.set(event_target_checked(&ev)) aria-describedby=described/>
                "Tôi đã sao lưu những gì cần giữ, hoặc không cần giữ gì, và muốn xoá hết."
            </label>
            <p>
                <button type="button" class="danger" id="xoa-het" on:click=remove prop:disabled=move || working.get()>
                    {move || if working.get() { "Đang xoá…" } else { "Xoá mọi dữ liệu trên máy này" }}
                </button>
            </p>
            <p class="field-error" id="xoa-loi" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// Says, once, right under the page's heading, that the page before the reload removed
/// everything. Filled after the first paint, so that screen readers announce it.
#[component]
pub fn WipedNote() -> impl IntoView {
    let note = RwSignal::new(None::<&'static str>);
    if wipe::just_wiped() {
        request_animation_frame(move || note.set(Some("Đã xoá mọi dữ liệu của ứng dụng trên máy này.")));
    }
    view! {
        <div role="status">
            {move || note.get().map(|n| view! { <p class="banner info">{n}</p> })}
        </div>
    }
}
