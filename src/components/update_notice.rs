//! "Đã có phiên bản mới": a new version of the app was installed in the background by the
//! service worker (`assets/boot.js` registers it). The app never reloads on its own: the
//! notice waits for the user, and its button first writes every pending draft, then asks
//! `boot.js` to switch to the new version and reload. A draft that cannot be written keeps
//! the old version running, with the reason.

use leptos::prelude::*;

use crate::persist::{use_hub, SaveStatus};

/// Set on `<html>` by `boot.js` when a new version waits, for an app that mounts later.
const WAITING_ATTR: &str = "data-update";
/// Dispatched on `window` by `boot.js` when a new version waits.
const WAITING_EVENT: &str = "kiemdiem-update";
/// Dispatched on `window` by this notice to ask `boot.js` to switch and reload.
const APPLY_EVENT: &str = "kiemdiem-apply-update";

fn waiting_now() -> bool {
    leptos::prelude::document().document_element().is_some_and(|e| e.has_attribute(WAITING_ATTR))
}

/// See the module documentation. Shown in every app's banners.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let hub = use_hub();
    let waiting = RwSignal::new(waiting_now());
    let problem = RwSignal::new(None::<String>);
    let handle = window_event_listener_untyped(WAITING_EVENT, move |_| waiting.set(true));
    on_cleanup(move || handle.remove());
    let reload = move |_| {
        hub.flush();
        match hub.status.get_untracked() {
            SaveStatus::Full | SaveStatus::Failed(_) => problem.set(Some(
                "Chưa tải lại: có thay đổi chưa lưu được vào trình duyệt. Hãy xuất tệp những gì đồng chí đang làm trước, rồi bấm lại."
                    .into(),
            )),
            _ => {
                if let Ok(ev) = web_sys::Event::new(APPLY_EVENT) {
                    let _ = window().dispatch_event(&ev);
                }
            }
        }
    };
    view! {
        <div class="update-area" aria-live="polite">
            <Show when=move || waiting.get()>
                <div class="banner info update">
                    <p>
                        "Đã có phiên bản mới của ứng dụng. Các bản nháp được lưu trước khi tải lại, không mất gì. "
                        <button type="button" class="primary" on:click=reload>"Tải lại để dùng bản mới"</button>
                    </p>
                    {move || problem.get().map(|p| view! { <p class="field-error">{p}</p> })}
                </div>
            </Show>
        </div>
    }
}
