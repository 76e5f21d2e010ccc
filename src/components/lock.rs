//! The passphrase lock on a member's drafts, on screen: the page that asks for the
//! passphrase before any draft is shown ([`UnlockPage`]), and the section of the drafts'
//! page that puts the lock on, locks again now, or takes it off ([`DraftLockSection`]).
//! What is sealed and how is [`crate::persist::lock`]'s; the use-cases are the store's.

use leptos::prelude::*;

use crate::components::fields::{error_of, PasswordField};
use crate::components::focus::focus_element;
use crate::components::page_heading::PageHeading;
use crate::persist::{lock, wipe};
use crate::store::use_store;

/// What this page says when the drafts are locked and the passphrase was not given in this
/// tab: nothing of the drafts is read until it is.
#[component]
pub fn UnlockPage() -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let given = passphrase.get_untracked();
        if given.is_empty() {
            error.set(Some("Đồng chí hãy nhập mật khẩu.".into()));
            focus_element("mo-khoa-mat-khau");
            return;
        }
        working.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            match lock::unlock(&given).await {
                // Drawn again from the start (or the editor that asked), with the drafts
                // read through the key.
                Ok(()) => lock::after_unlock(),
                Err(why) => {
                    working.set(false);
                    error.set(Some(why));
                    focus_element("mo-khoa-mat-khau");
                }
            }
        });
    };
    view! {
        <PageHeading title="Bản nháp đang được khoá"/>
        <p>
            "Các bản nháp trên máy này được khoá bằng mật khẩu. Đồng chí nhập mật khẩu để mở; "
            "trình duyệt chỉ nhớ mật khẩu đến khi đóng thẻ này."
        </p>
        <form class="lock-form" on:submit=submit novalidate>
            <p class="hint" id="mo-khoa-goi-y">"Mật khẩu đồng chí đã đặt ở trang Bản nháp."</p>
            <PasswordField id="mo-khoa-mat-khau" label="Mật khẩu" value=passphrase error=error hint="mo-khoa-goi-y"/>
            <p>
                <button type="submit" class="primary" prop:disabled=move || working.get()>
                    {move || if working.get() { "Đang mở khoá…" } else { "Mở khoá" }}
                </button>
            </p>
        </form>
        <h2>"Quên mật khẩu?"</h2>
        <p>
            "Không ai mở được các bản nháp đã khoá khi không có mật khẩu, kể cả người làm ra ứng dụng. "
            "Đồng chí có thể nhập lại các tệp đã xuất trước đây (nếu có) sau khi xoá dữ liệu trên máy này."
        </p>
        <crate::components::wipe::WipeDevice>
            <p>"Các bản nháp đang khoá không sao lưu được khi chưa mở khoá."</p>
        </crate::components::wipe::WipeDevice>
    }
}

/// The lock's section on the drafts' page.
#[component]
pub fn DraftLockSection() -> impl IntoView {
    let store = use_store();
    let on = RwSignal::new(lock::is_on());
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<(&'static str, String)>);
    let done = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let fail = move |field: &'static str, why: String| {
        error.set(Some((field, why)));
        focus_element(field);
    };
    let put_on = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let (p, a) = (passphrase.get_untracked(), again.get_untracked());
        if let Some(why) = kiemdiem_core::seal::passphrase_problem(&p, &a) {
            let field =
                if p.chars().count() < kiemdiem_core::seal::MIN_PASSPHRASE { "khoa-mat-khau" } else { "khoa-nhap-lai" };
            fail(field, why);
            return;
        }
        error.set(None);
        done.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let outcome = store.lock_drafts(&p).await;
            working.set(false);
            match outcome {
                Ok(said) => {
                    passphrase.set(String::new());
                    again.set(String::new());
                    on.set(lock::is_on());
                    done.set(Some(said));
                }
                Err(why) => {
                    on.set(lock::is_on());
                    fail("khoa-mat-khau", why);
                }
            }
        });
    };
    let take_off = move |_| match store.unlock_drafts() {
        Ok(said) => {
            on.set(lock::is_on());
            done.set(Some(said));
        }
        Err(why) => done.set(Some(why)),
    };
    let lock_now = move |_| {
        crate::persist::use_hub().flush();
        lock::forget();
        wipe::reload();
    };
    view! {
        <section class="draft-lock" aria-labelledby="khoa-ban-nhap">
            <h2 id="khoa-ban-nhap">"Khoá bản nháp bằng mật khẩu"</h2>
            <Show when=move || on.get() fallback=move || view! {
                <p>
                    "Dùng khi nhiều người dùng chung máy này. Khi đã khoá, các bản nháp được mã hoá trong trình duyệt; "
                    "mỗi lần mở ứng dụng trong một thẻ mới, đồng chí nhập mật khẩu một lần."
                </p>
                <p class="hint" id="khoa-canh-bao">
                    "Nếu quên mật khẩu, không ai mở được các bản nháp, kể cả người làm ra ứng dụng. "
                    "Đồng chí nên tải tệp sao lưu trước khi khoá."
                </p>
                <form class="lock-form" on:submit=put_on novalidate>
                    <PasswordField id="khoa-mat-khau" label="Mật khẩu mới (ít nhất 8 ký tự)" value=passphrase
                        error=error_of(error, "khoa-mat-khau") hint="khoa-canh-bao" new=true/>
                    <PasswordField id="khoa-nhap-lai" label="Nhập lại mật khẩu" value=again
                        error=error_of(error, "khoa-nhap-lai") hint="khoa-canh-bao" new=true/>
                    <p>
                        <button type="submit" class="primary" id="khoa-dat" prop:disabled=move || working.get()>
                            {move || if working.get() { "Đang khoá…" } else { "Khoá các bản nháp" }}
                        </button>
                    </p>
                </form>
            }>
                <p>"Các bản nháp trên máy này đang được khoá bằng mật khẩu. Thẻ này đã được mở khoá cho đến khi đóng thẻ."</p>
                <p class="banner-actions">
                    <button type="button" class="secondary" id="khoa-lai" on:click=lock_now>"Khoá lại ngay"</button>
                    <button type="button" class="secondary" id="bo-khoa" on:click=take_off>"Bỏ khoá"</button>
                </p>
            </Show>
            <p role="status" id="khoa-ket-qua">{move || done.get()}</p>
        </section>
    }
}
