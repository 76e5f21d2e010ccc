//! The committee's profile for the year: its name (compared with the "Đảng bộ" each cell's
//! bundle names), its level (who decides what, HD 43 Mục 3), and the cap's comparison groups
//! and rate (QĐ 366 Điều 11). A criteria pack, on its own screen, may set the last two.

use kiemdiem_core::committee::model::CommitteeProfile;
use kiemdiem_core::decision::CommitteeLevel;
use leptos::prelude::*;

use super::frame::{use_committee_id, CommitteeFrame};
use crate::committee::store::use_committee_store;
use crate::components::fields::TextField;

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! { <CommitteeFrame title="Hồ sơ đảng ủy"><ProfileForm/></CommitteeFrame> }
}

#[component]
fn ProfileForm() -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let profile =
        Memo::new(move |_| store.get(&id.get()).map(|c| c.profile).unwrap_or_else(|| CommitteeProfile::new(2025)));
    let edit = move |change: Box<dyn FnOnce(&mut CommitteeProfile)>| {
        store.update(&id.get_untracked(), move |c| change(&mut c.profile))
    };
    let name = Signal::derive(move || profile.with(|p| p.organisation.clone()));
    let set_name = Callback::new(move |v: String| edit(Box::new(move |p| p.organisation = v)));
    let place = Signal::derive(move || profile.with(|p| p.place.clone()));
    let set_place = Callback::new(move |v: String| edit(Box::new(move |p| p.place = v)));
    let dated = Signal::derive(move || profile.with(|p| p.dated_on.clone()));
    let set_dated = Callback::new(move |v: String| edit(Box::new(move |p| p.dated_on = v)));
    // Empty is allowed: the report then leaves the date to be written by hand.
    let dated_error = Signal::derive(move || {
        profile.with(|p| {
            (!p.dated_on.trim().is_empty())
                .then(|| kiemdiem_core::date::parse_field_date(&p.dated_on).err())
                .flatten()
                .map(|e| {
                    format!("Ngày ghi trên báo cáo: {} Hãy nhập dạng ngày/tháng/năm, ví dụ 25/12/2025.", e.message())
                })
        })
    });
    view! {
        <form class="stack" on:submit=|ev| ev.prevent_default()>
            <TextField id="du-ten" label="Tên tổ chức đảng (ví dụ: Đảng ủy phường Ba Đình)" value=name on_change=set_name
                hint="Tên này được in ở góc trên bên trái của văn bản, và được so với tên đảng bộ ghi trong gói của từng chi bộ: gói của chi bộ thuộc đảng bộ khác sẽ không được nhận."/>
            <TextField id="du-dia-danh" label="Địa danh" value=place on_change=set_place
                hint="In trước ngày tháng trên báo cáo tổng hợp, ví dụ \"Ba Đình\" trong \"Ba Đình, ngày 25 tháng 12 năm 2025\"."/>
            <TextField id="du-ngay" label="Ngày ghi trên báo cáo tổng hợp (ngày/tháng/năm)" value=dated on_change=set_dated error=dated_error
                hint="Thường là ngày họp của đảng ủy. Để trống thì bản in để chỗ trống để ghi tay."/>
            <p>{move || format!("Năm kiểm điểm: {}. Để tổng hợp năm khác, hãy lập một hồ sơ đảng ủy mới ở trang danh sách.", profile.with(|p| p.year))}</p>
            <fieldset class="field">
                <legend>"Cấp của cấp ủy"</legend>
                {CommitteeLevel::ALL.into_iter().map(|l| view! {
                    <label class="choice">
                        <input type="radio" name="du-cap" prop:checked=move || profile.with(|p| p.level == l)
                            on:change=move |_| edit(Box::new(move |p| p.level = l))/>
                        {l.label()}
                    </label>
                }).collect_view()}
                <p class="hint">"Hướng dẫn 43-HD/BTCTW, Mục 3: đảng ủy cơ sở xem xét, đánh giá, xếp loại chi bộ trực thuộc; Ban Thường vụ đảng ủy cấp trên trực tiếp quyết định xếp loại chi bộ cơ sở."</p>
            </fieldset>
            <fieldset class="field">
                <legend>"Nhóm so sánh khi tính tỉ lệ Hoàn thành xuất sắc nhiệm vụ"</legend>
                <label class="choice">
                    <input type="radio" name="du-nhom" prop:checked=move || profile.with(|p| p.separate_leaders)
                        on:change=move |_| edit(Box::new(|p| p.separate_leaders = true))/>
                    "Cán bộ lãnh đạo, quản lý (Mẫu 2A) và các đảng viên khác tính riêng (mặc định của ứng dụng)"
                </label>
                <label class="choice">
                    <input type="radio" name="du-nhom" prop:checked=move || profile.with(|p| !p.separate_leaders)
                        on:change=move |_| edit(Box::new(|p| p.separate_leaders = false))/>
                    "Toàn bộ đảng viên của đảng bộ là một nhóm"
                </label>
                <p class="hint">"Quy định 366-QĐ/TW tính tỉ lệ \"theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng\" nhưng không nói rõ nhóm nào; đảng ủy chọn. Các chi bộ (tập thể) luôn là một nhóm riêng."</p>
            </fieldset>
            <div class="field">
                <label class="choice">
                    <input type="checkbox" id="du-25" prop:checked=move || profile.with(|p| p.raised)
                        on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |p| p.raised = on)); }/>
                    "Cấp có thẩm quyền cho phép tỉ lệ 25\u{a0}% (thành tích xuất sắc, nổi trội); nếu không, tỉ lệ là 20\u{a0}%"
                </label>
            </div>
        </form>
    }
}
