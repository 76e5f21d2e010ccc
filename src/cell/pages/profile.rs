//! The cell's profile for the year: names, type, official members, the cap's scope, the
//! six-month date, vote thresholds and the target share. Every default the app chose where
//! the rules are silent is labelled as such.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use super::profile_pack::ProfilePack;
use crate::cell::store::use_cell_store;
use crate::components::fields::{CountField, NextStep, TextField};
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::model::{CellType, Profile};
use kiemdiem_core::date::parse_field_date;
use kiemdiem_core::threshold::Threshold;

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! { <WorkspaceFrame title="Hồ sơ chi bộ"><ProfileForm/></WorkspaceFrame> }
}

#[component]
fn ProfileForm() -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let profile = Memo::new(move |_| store.get(&ws.get()).map(|w| w.profile).unwrap_or_else(|| Profile::new(2025)));
    let edit =
        move |change: Box<dyn FnOnce(&mut Profile)>| store.update(&ws.get_untracked(), move |w| change(&mut w.profile));
    let text = move |get: fn(&Profile) -> String, set: fn(&mut Profile, String)| {
        (
            Signal::derive(move || get(&profile.get())),
            Callback::new(move |v: String| edit(Box::new(move |p| set(p, v)))),
        )
    };
    let (committee, set_committee) = text(|p| p.party_committee.clone(), |p, v| p.party_committee = v);
    let (cell, set_cell) = text(|p| p.cell.clone(), |p, v| p.cell = v);
    let (six, set_six) = text(|p| p.six_months_on.clone(), |p, v| p.six_months_on = v);
    let (scope_name, set_scope_name) = text(|p| p.cap.name.clone(), |p, v| p.cap.name = v);
    let (place, set_place) = text(|p| p.place.clone(), |p, v| p.place = v);
    let (meeting, set_meeting) = text(|p| p.meeting_on.clone(), |p, v| p.meeting_on = v);
    let six_error = Signal::derive(move || {
        profile.with(|p| {
            parse_field_date(&p.six_months_on)
                .err()
                .map(|e| format!("Ngày tính 6 tháng: {} Hãy nhập dạng ngày/tháng/năm, ví dụ 31/12/2025.", e.message()))
        })
    });
    // Empty is allowed: the papers then leave the date to be written by hand.
    let meeting_error = Signal::derive(move || {
        profile.with(|p| {
            (!p.meeting_on.trim().is_empty())
                .then(|| parse_field_date(&p.meeting_on).err())
                .flatten()
                .map(|e| format!("Ngày họp chi bộ: {} Hãy nhập dạng ngày/tháng/năm, ví dụ 20/12/2025.", e.message()))
        })
    });
    let threshold = move |name: &'static str,
                          legend: &'static str,
                          get: fn(&Profile) -> Threshold,
                          set: fn(&mut Profile, Threshold)| {
        view! {
            <fieldset class="field">
                <legend>{legend}</legend>
                {Threshold::ALL.into_iter().map(|t| view! {
                    <label class="choice">
                        <input type="radio" name=name prop:checked=move || get(&profile.get()) == t on:change=move |_| edit(Box::new(move |p| set(p, t)))/>
                        {t.label()}{(t == Threshold::MoreThanHalf).then_some(" (mặc định của ứng dụng)")}
                    </label>
                }).collect_view()}
            </fieldset>
        }
    };
    view! {
        <form class="stack" on:submit=|ev| ev.prevent_default()>
            <TextField id="hs-dang-bo" label="Đảng bộ" value=committee on_change=set_committee/>
            <TextField id="hs-chi-bo" label="Chi bộ" value=cell on_change=set_cell/>
            <p>{move || format!("Năm kiểm điểm: {}", profile.get().year)}</p>
            <fieldset class="field">
                <legend>"Loại chi bộ"</legend>
                {CellType::ALL.into_iter().map(|t| view! {
                    <label class="choice">
                        <input type="radio" name="hs-loai" prop:checked=move || profile.get().cell_type == t on:change=move |_| edit(Box::new(move |p| p.cell_type = t))/>
                        {t.label()}
                    </label>
                }).collect_view()}
                <p class="hint">{move || profile.get().cell_type.decided_by()}" (Hướng dẫn 43-HD/BTCTW, Mục 3)"</p>
            </fieldset>
            <CountField id="hs-chinh-thuc" label="Số đảng viên chính thức của chi bộ"
                value=Signal::derive(move || Some(profile.get().official_members).filter(|n| *n > 0))
                on_change=Callback::new(move |n: Option<u32>| edit(Box::new(move |p| p.official_members = n.unwrap_or(0))))/>
            <TextField id="hs-dia-danh" label="Địa danh" value=place on_change=set_place
                hint="In trước ngày tháng trên danh sách và báo cáo của chi bộ, ví dụ \"Ba Đình\" trong \"Ba Đình, ngày 20 tháng 12 năm 2025\"."/>
            <TextField id="hs-ngay-hop" label="Ngày họp chi bộ kiểm điểm (ngày/tháng/năm)" value=meeting on_change=set_meeting error=meeting_error
                hint="Ngày in trên danh sách và báo cáo của chi bộ. Để trống thì bản in để chỗ trống để ghi tay."/>
            <TextField id="hs-sau-thang" label="Ngày dùng để tính \"kết nạp chưa đủ 6 tháng\"" value=six on_change=set_six error=six_error
                hint="Văn bản không nói rõ mốc tính; mặc định là 31/12 của năm kiểm điểm. Có thể đặt ngày họp chi bộ."/>
            <h2>"Giới hạn tỉ lệ xuất sắc"</h2>
            <fieldset class="field">
                <legend>"Phạm vi so sánh"</legend>
                <p class="hint">"Quy định 366-QĐ/TW tính theo \"đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng\" mà không nói là chi bộ hay cả đảng bộ cơ sở; hãy làm theo hướng dẫn của cấp ủy cấp trên."</p>
                <label class="choice">
                    <input type="radio" name="hs-pham-vi" prop:checked=move || !profile.get().cap.wider on:change=move |_| edit(Box::new(|p| p.cap.wider = false))/>
                    "Trong chi bộ này"
                </label>
                <label class="choice">
                    <input type="radio" name="hs-pham-vi" prop:checked=move || profile.get().cap.wider on:change=move |_| edit(Box::new(|p| p.cap.wider = true))/>
                    "Trong phạm vi rộng hơn (ghi số liệu của phần còn lại bên dưới)"
                </label>
            </fieldset>
            {move || profile.get().cap.wider.then(|| view! {
                <TextField id="hs-ten-pham-vi" label="Tên phạm vi so sánh" value=scope_name on_change=set_scope_name/>
                <CountField id="hs-khac-xs" label="Ngoài chi bộ: số được xếp loại Hoàn thành xuất sắc nhiệm vụ"
                    value=Signal::derive(move || Some(profile.get().cap.others_excellent))
                    on_change=Callback::new(move |n: Option<u32>| edit(Box::new(move |p| p.cap.others_excellent = n.unwrap_or(0))))/>
                <CountField id="hs-khac-tot" label="Ngoài chi bộ: số được xếp loại Hoàn thành tốt nhiệm vụ"
                    value=Signal::derive(move || Some(profile.get().cap.others_good))
                    on_change=Callback::new(move |n: Option<u32>| edit(Box::new(move |p| p.cap.others_good = n.unwrap_or(0))))/>
            })}
            {move || (!profile.get().cap.wider).then(|| view! {
                <label class="choice">
                    <input type="checkbox" id="hs-tach-nhom" prop:checked=move || profile.get().cap.separate_leaders
                        on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |p| p.cap.separate_leaders = on)); }/>
                    "Tính riêng hai nhóm: cán bộ giữ chức vụ lãnh đạo, quản lý (Mẫu 2A) và các đảng viên khác"
                </label>
            })}
            <label class="choice">
                <input type="checkbox" prop:checked=move || profile.get().cap.raised on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |p| p.cap.raised = on)); }/>
                "Cấp có thẩm quyền đã quyết định tỉ lệ 25\u{a0}% (đơn vị có thành tích xuất sắc, nổi trội)"
            </label>
            <ProfilePack profile=profile edit=Callback::new(move |c: Box<dyn FnOnce(&mut Profile)>| edit(c))/>
            <h2>"Ngưỡng biểu quyết"</h2>
            <p class="hint">"Chưa tìm thấy quy định hiện hành về ngưỡng biểu quyết của chi bộ (Hướng dẫn 07-HD/BTCTW năm 2011 đã hết hiệu lực). Ứng dụng mặc định \"trên một nửa số đảng viên chính thức\"; hãy đặt theo hướng dẫn của cấp ủy cấp trên."</p>
            {threshold("hs-nguong-xs", "Đề xuất Hoàn thành xuất sắc nhiệm vụ cần", |p| p.threshold_excellent, |p, t| p.threshold_excellent = t)}
            {threshold("hs-nguong-khac", "Đề xuất các mức khác cần", |p| p.threshold_other, |p, t| p.threshold_other = t)}
            <h2>"Mục tiêu"</h2>
            <CountField id="hs-muc-tieu" label="Tỉ lệ Hoàn thành tốt nhiệm vụ trở lên chi bộ đặt ra (%)"
                value=Signal::derive(move || Some(profile.get().target_good_percent))
                on_change=Callback::new(move |n: Option<u32>| edit(Box::new(move |p| p.target_good_percent = n.unwrap_or(0).min(100))))/>
        </form>
        <NextStep href=CellRoute::Roster(ws.get_untracked()).href() label="Tiếp theo: nhận tệp của đảng viên"
            hint="Hồ sơ được lưu ngay khi đồng chí nhập. Bước tiếp theo là nhận các tệp bản kiểm điểm đảng viên gửi về."/>
    }
}
