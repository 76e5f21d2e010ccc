//! "Mã nhận diện": this device's signing key as the receivers of its files see it
//! ([`crate::files::sign`]), on the export pages of the cell and of the committee; and its
//! backup: a new key made with a backup sealed by a passphrase, or a key restored from one,
//! so that a new computer signs as the old one did.

use leptos::prelude::*;

use crate::components::fields::{error_of, PasswordField};
use crate::components::focus::focus_element;
use crate::files::sign::{self, KeyState};

/// The fingerprint in a sentence, and the key's backup. `what` names the files signed
/// ("Gói", "Tệp quyết định và bộ tiêu chí"), `receiver` who will call to check it
/// ("đảng ủy", "chi bộ").
#[component]
pub fn DeviceFingerprint(what: &'static str, receiver: &'static str) -> impl IntoView {
    let state = RwSignal::new(None::<Option<KeyState>>);
    let refresh = move || leptos::task::spawn_local(async move { state.set(Some(sign::key_state().await)) });
    refresh();
    view! {
        <p id="ma-nhan-dien">{move || match state.get() {
            None => String::new(),
            Some(Some(k)) => format!(
                "{what} được ký bằng khoá riêng của máy này, mã nhận diện {}. Khi {receiver} gọi điện hỏi, đồng chí đọc mã này để {receiver} chắc chắn tệp do đồng chí gửi; xuất tệp trên máy khác sẽ có mã khác, {receiver} sẽ hỏi lại, trừ khi đồng chí khôi phục khoá này từ tệp sao lưu.",
                k.fingerprint
            ),
            Some(None) => format!(
                "Trình duyệt này không ký được tệp (trang không được mở qua địa chỉ https); {receiver} sẽ thấy tệp không có chữ ký."
            ),
        }}</p>
        <Show when=move || matches!(state.get(), Some(Some(_)))>
            <KeyBackupBox receiver=receiver state=state on_change=refresh/>
        </Show>
    }
}

#[component]
fn KeyBackupBox(
    receiver: &'static str,
    state: RwSignal<Option<Option<KeyState>>>,
    on_change: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let backed_up = move || state.with(|s| s.as_ref().and_then(|k| k.as_ref()).is_some_and(|k| k.backed_up));
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let restore_pass = RwSignal::new(String::new());
    let file = RwSignal::new(None::<(String, Vec<u8>)>);
    let error = RwSignal::new(None::<(&'static str, String)>);
    let said = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let fail = move |field: &'static str, why: String| {
        error.set(Some((field, why)));
        focus_element(field);
    };
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (pass.get_untracked(), again.get_untracked());
        if let Some(why) = kiemdiem_core::seal::passphrase_problem(&p, &a) {
            let field = if p.chars().count() < kiemdiem_core::seal::MIN_PASSPHRASE {
                "khoa-ky-mat-khau"
            } else {
                "khoa-ky-nhap-lai"
            };
            fail(field, why);
            return;
        }
        error.set(None);
        said.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let made = sign::new_key_with_backup(&p).await;
            working.set(false);
            match made {
                Ok((text, fp)) => {
                    let name = format!("khoa-ky-{}.json", fp.replace(' ', ""));
                    match crate::files::save::save_text(&name, &text) {
                        Ok(()) => said.set(Some(format!(
                            "Đã tạo khoá mới, mã nhận diện {fp}, và tải tệp sao lưu \"{name}\". Đồng chí cất tệp này và mật khẩu ở nơi riêng; tệp gửi đi từ nay mang mã mới, {receiver} sẽ được hỏi xác nhận một lần."
                        ))),
                        Err(why) => fail("khoa-ky-mat-khau", why),
                    }
                    pass.set(String::new());
                    again.set(String::new());
                    on_change();
                }
                Err(why) => fail("khoa-ky-mat-khau", why),
            }
        });
    };
    let choose = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(f) = input.files().and_then(|l| l.get(0)) else { return };
        leptos::task::spawn_local(async move {
            let name = crate::files::read::name_of(&f);
            match crate::files::read::read_chosen_file(f).await {
                Ok(bytes) => {
                    error.set(None);
                    file.set(Some((name, bytes)));
                }
                Err(why) => fail("khoa-ky-tep", why),
            }
        });
    };
    let restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((name, bytes)) = file.get_untracked() else {
            fail("khoa-ky-tep", "Đồng chí hãy chọn tệp sao lưu khoá ký.".into());
            return;
        };
        let backup = match kiemdiem_core::key_backup::KeyBackup::read(&name, &bytes) {
            Ok(b) => b,
            Err(why) => {
                fail("khoa-ky-tep", why);
                return;
            }
        };
        let p = restore_pass.get_untracked();
        if p.is_empty() {
            fail("khoa-ky-mat-khau-cu", "Đồng chí hãy nhập mật khẩu đã đặt khi tạo tệp sao lưu.".into());
            return;
        }
        error.set(None);
        said.set(None);
        working.set(true);
        leptos::task::spawn_local(async move {
            let restored = sign::restore_key(&backup, &p).await;
            working.set(false);
            match restored {
                Ok(fp) => {
                    restore_pass.set(String::new());
                    said.set(Some(format!("Đã khôi phục khoá ký, mã nhận diện {fp}: tệp gửi đi từ máy này mang đúng mã {receiver} đã biết.")));
                    on_change();
                }
                Err(why) => fail("khoa-ky-mat-khau-cu", why),
            }
        });
    };
    let described = move |field: &'static str| {
        move || error.with(|e| e.as_ref().is_some_and(|(f, _)| *f == field).then(|| format!("{field}-loi")))
    };
    let invalid = move |field: &'static str| {
        move || if error.with(|e| e.as_ref().is_some_and(|(f, _)| *f == field)) { "true" } else { "false" }
    };
    view! {
        <details class="key-backup">
            <summary>"Sao lưu hoặc khôi phục khoá ký"</summary>
            <p>{move || if backed_up() {
                "Khoá ký của máy này đã có tệp sao lưu."
            } else {
                "Khoá ký của máy này chưa có tệp sao lưu: trình duyệt giữ khoá kín, không ai đọc ra được, nên chỉ sao lưu được một khoá mới tạo."
            }}</p>
            <form class="lock-form" on:submit=make novalidate aria-labelledby="khoa-ky-tao">
                <h3 id="khoa-ky-tao">"Tạo khoá mới kèm tệp sao lưu"</h3>
                <p class="hint">"Tệp sao lưu được mã hoá bằng mật khẩu đồng chí đặt dưới đây; thiếu mật khẩu thì tệp vô dụng."</p>
                <PasswordField id="khoa-ky-mat-khau" label="Mật khẩu cho tệp sao lưu (ít nhất 8 ký tự)" value=pass
                    error=error_of(error, "khoa-ky-mat-khau") new=true/>
                <PasswordField id="khoa-ky-nhap-lai" label="Nhập lại mật khẩu" value=again
                    error=error_of(error, "khoa-ky-nhap-lai") new=true/>
                <p><button type="submit" class="secondary" prop:disabled=move || working.get()>"Tạo khoá mới và tải tệp sao lưu"</button></p>
            </form>
            <form class="lock-form" on:submit=restore novalidate aria-labelledby="khoa-ky-khoi-phuc">
                <h3 id="khoa-ky-khoi-phuc">"Khôi phục khoá từ tệp sao lưu"</h3>
                <label for="khoa-ky-tep">"Tệp sao lưu khoá ký (.json)"</label>
                <input type="file" id="khoa-ky-tep" accept=".json,application/json" on:change=choose
                    aria-invalid=invalid("khoa-ky-tep") aria-describedby=described("khoa-ky-tep")/>
                <p class="field-error" id="khoa-ky-tep-loi" role="alert">{error_of(error, "khoa-ky-tep")}</p>
                <PasswordField id="khoa-ky-mat-khau-cu" label="Mật khẩu của tệp sao lưu" value=restore_pass
                    error=error_of(error, "khoa-ky-mat-khau-cu")/>
                <p><button type="submit" class="secondary" prop:disabled=move || working.get()>"Khôi phục khoá"</button></p>
            </form>
            <p role="status" id="khoa-ky-ket-qua">{move || said.get()}</p>
        </details>
    }
}
