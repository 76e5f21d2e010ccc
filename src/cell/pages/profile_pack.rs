//! The superior committee's criteria pack on the cell's profile (HD 43 mục 7.12): loaded
//! from its file, its settings taken into the profile, carried by the cell's bundle, and
//! handed to members as a file to score Part B with.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use kiemdiem_core::cell::model::Profile;
use kiemdiem_core::file;
use kiemdiem_core::pack::{pack_file_name, read_pack, wrap_pack};

use crate::clock;
use crate::download::save_text;
use crate::store::APP_VERSION;

/// A change of the profile, applied by the page.
pub type Edit = Callback<Box<dyn FnOnce(&mut Profile)>>;

/// See the module documentation.
#[component]
pub fn ProfilePack(profile: Memo<Profile>, edit: Edit) -> impl IntoView {
    let message = RwSignal::new(None::<(bool, String)>);
    let used = Memo::new(move |_| profile.with(|p| p.pack.clone()));
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(f) = input.files().and_then(|l| l.get(0)) else { return };
        input.set_value("");
        let name = f.name();
        let year = profile.with_untracked(|p| p.year);
        leptos::task::spawn_local(async move {
            let pack = match crate::download::read_chosen_file(f)
                .await
                .and_then(|b| read_pack(&b).map_err(|e| e.message(&name)))
            {
                Ok(r) => r.value,
                Err(why) => return message.set(Some((false, why))),
            };
            if pack.year != year {
                return message.set(Some((false, format!(
                    "Tệp \"{name}\" là bộ tiêu chí năm {}, còn chi bộ đang tổng hợp năm {year}. Hãy chọn bộ tiêu chí của năm {year}.",
                    pack.year
                ))));
            }
            let title = pack.title();
            // What the pack sets, said to the secretary; the same change is then saved.
            let changed = profile.get_untracked().use_pack(pack.clone());
            edit.run(Box::new(move |pr| {
                pr.use_pack(pack);
            }));
            let settings = if changed.is_empty() {
                String::new()
            } else {
                format!(" Đã đặt theo bộ tiêu chí: {}.", changed.join("; "))
            };
            message.set(Some((true, format!("Đã dùng {title}.{settings}"))));
        });
    };
    let export = move |_| {
        let Some(pack) = profile.with_untracked(|p| p.pack.clone()) else { return };
        let env = wrap_pack(&pack, &clock::new_id::<String>(), clock::now(), APP_VERSION);
        let name = pack_file_name(&pack);
        message.set(Some(match save_text(&name, &file::to_file_text(&env)) {
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
                <div class="field">
                    <label for="hs-bo-tieu-chi">"Chọn tệp bộ tiêu chí (.json)"</label>
                    <input id="hs-bo-tieu-chi" type="file" accept=".json,application/json" on:change=on_file/>
                </div>
            }.into_any(),
            Some(p) => view! {
                <p>"Chi bộ đang dùng "<strong>{p.title()}</strong>"."</p>
                <div class="banner-actions">
                    <button type="button" class="button primary" on:click=export>"Tải tệp bộ tiêu chí để gửi đảng viên"</button>
                    <button type="button" class="button secondary" on:click=drop>"Thôi dùng bộ tiêu chí"</button>
                </div>
            }.into_any(),
        }}
        <p role="status" class:field-error=move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))>
            {move || message.get().map(|(_, m)| m)}
        </p>
    }
}
