//! The superior committee's criteria pack on the cell's profile (HD 43 mục 7.12): loaded
//! from its file, its settings taken into the profile, carried by the cell's bundle, and
//! handed to members as a file to score Part B with.

use leptos::prelude::*;

use kiemdiem_core::cell::model::Profile;
use kiemdiem_core::file::signature::{check_text, judge, Signer};

use crate::files::save::save_text;

/// A change of the profile, applied by the page.
pub type Edit = Callback<Box<dyn FnOnce(&mut Profile)>>;

/// See the module documentation.
#[component]
pub fn ProfilePack(profile: Memo<Profile>, edit: Edit) -> impl IntoView {
    let message = RwSignal::new(None::<(bool, String)>);
    let used = Memo::new(move |_| profile.with(|p| p.pack.clone()));
    let on_file = move |files: Vec<web_sys::File>| {
        let Some(f) = files.into_iter().next() else { return };
        let name = crate::files::read::name_of(&f);
        let year = profile.with_untracked(|p| p.year);
        leptos::task::spawn_local(async move {
            let read = crate::files::read::read_chosen_file(f)
                .await
                .and_then(|b| crate::cell::actions::read_pack_for(year, &name, &b).map(|p| (p, b)));
            let (pack, bytes) = match read {
                Ok(read) => read,
                Err(why) => return message.set(Some((false, why))),
            };
            // Who signed it, against the key the cell trusts for its committee.
            let signer = crate::files::sign::signer(&check_text(&bytes), false).await;
            if signer == Signer::Broken {
                return message.set(Some((false, format!(
                    "Tệp \"{name}\": CẢNH BÁO: chữ ký của đảng ủy không khớp với nội dung, tệp đã bị sửa sau khi đảng ủy xuất, nên không dùng. Hãy đề nghị đảng ủy gửi lại tệp gốc."
                ))));
            }
            let pinned = profile.with_untracked(|p| p.committee_key.clone());
            let trust = judge(pinned.as_deref(), &signer);
            let signed = trust.in_words("đảng ủy cấp trên").map(|w| format!(" {w}")).unwrap_or_default();
            let title = pack.title();
            // What the pack sets, said to the secretary; the same change is then saved.
            let changed = profile.get_untracked().use_pack(pack.clone());
            let pin = trust.pin_after(pinned.as_deref());
            edit.run(Box::new(move |pr| {
                pr.use_pack(pack);
                pr.committee_key = pin;
            }));
            let settings = if changed.is_empty() {
                String::new()
            } else {
                format!(" Đã đặt theo bộ tiêu chí: {}.", changed.join("; "))
            };
            message.set(Some((!trust.warns(), format!("Đã dùng {title}.{settings}{signed}"))));
        });
    };
    let export = move |_| {
        let Some(pack) = profile.with_untracked(|p| p.pack.clone()) else { return };
        let (name, text) = crate::cell::actions::pack_file(&pack);
        message.set(Some(match save_text(&name, &text) {
            Ok(()) => (true, format!("Đã xuất tệp \"{name}\". Hãy gửi tệp này cho các đồng chí đảng viên để chấm Phần B theo bộ tiêu chí.")),
            Err(why) => (false, format!("Không xuất được tệp bộ tiêu chí: {why}.")),
        }));
    };
    let drop = move |_| {
        edit.run(Box::new(|p| p.pack = None));
        message.set(Some((true, "Chi bộ không còn dùng bộ tiêu chí; các thiết lập khác giữ nguyên.".to_owned())));
    };
    view! {
        <h2>"Bộ tiêu chí chấm điểm của cấp ủy cấp trên"</h2>
        <p class="hint">"Cấp ủy cấp trên cụ thể hoá hai nhóm tiêu chí (30 và 70 điểm) thành các tiêu chí có điểm (Hướng dẫn 43, mục 7.12). Khi chi bộ dùng bộ tiêu chí, gói chi bộ mang theo bộ tiêu chí, và danh sách báo những đồng chí chấm theo bộ tiêu chí khác."</p>
        {move || match used.get() {
            None => view! {
                <crate::components::file_drop::FileDrop id="hs-bo-tieu-chi" label="Chọn tệp bộ tiêu chí (.json)"
                    error_id="hs-bo-tieu-chi-tin" invalid=Signal::derive(move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok)))
                    on_files=on_file/>
            }.into_any(),
            Some(p) => view! {
                <p>"Chi bộ đang dùng "<strong>{p.title()}</strong>"."</p>
                <div class="banner-actions">
                    <button type="button" class="button primary" on:click=export>"Tải tệp bộ tiêu chí để gửi đảng viên"</button>
                    <button type="button" class="button secondary" on:click=drop>"Thôi dùng bộ tiêu chí"</button>
                </div>
            }.into_any(),
        }}
        <p role="status" id="hs-bo-tieu-chi-tin" class:field-error=move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))>
            {move || message.get().map(|(_, m)| m)}
        </p>
    }
}
