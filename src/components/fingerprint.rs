//! "Mã nhận diện": this device's signing key as the receivers of its files see it
//! ([`crate::files::sign`]), on the export pages of the cell and of the committee.

use leptos::prelude::*;

/// The fingerprint in a sentence. `what` names the files signed ("Gói", "Tệp quyết định
/// và bộ tiêu chí"), `receiver` who will call to check it ("đảng ủy", "chi bộ").
#[component]
pub fn DeviceFingerprint(what: &'static str, receiver: &'static str) -> impl IntoView {
    let fingerprint = RwSignal::new(None::<Option<String>>);
    leptos::task::spawn_local(async move { fingerprint.set(Some(crate::files::sign::device_fingerprint().await)) });
    view! {
        <p id="ma-nhan-dien">{move || match fingerprint.get() {
            None => String::new(),
            Some(Some(fp)) => format!(
                "{what} được ký bằng khoá riêng của máy này, mã nhận diện {fp}. Khi {receiver} gọi điện hỏi, đồng chí đọc mã này để {receiver} chắc chắn tệp do đồng chí gửi; xuất tệp trên máy khác sẽ có mã khác, {receiver} sẽ hỏi lại."
            ),
            Some(None) => format!(
                "Trình duyệt này không ký được tệp (trang không được mở qua địa chỉ https); {receiver} sẽ thấy tệp không có chữ ký."
            ),
        }}</p>
    }
}
