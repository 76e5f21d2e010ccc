//! One member: their score, band and self-proposed level, the rules that concern them, the
//! cell's comment, proposed level and votes, what the cell records of them, their status,
//! and their review read-only; then the next member in the meeting's order.

use crate::nav::{use_navigate, use_route};
use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use super::member_facts::MemberFacts;
use super::opinion::{use_glance, CellOpinion, MemberGlance};
use crate::cell::store::use_cell_store;
use crate::components::fields::{DateField, NextStep, TextField};
use crate::routes::{CellRoute, PrintRoute, Route};
use kiemdiem_core::cell::meeting;
use kiemdiem_core::cell::model::{Exemption, Member};
use kiemdiem_core::ids::MemberId;
use kiemdiem_core::level::Level;
use kiemdiem_core::templates;

#[component]
pub fn MemberPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Đảng viên: nhận xét, đề xuất và biểu quyết"><MemberBody/></WorkspaceFrame> }
}

#[component]
fn MemberBody() -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let route = use_route::<CellRoute>();
    let navigate = use_navigate();
    let member_id = Memo::new(move |_| match route.get() {
        Some(CellRoute::Member(_, member)) => member,
        _ => MemberId::default(),
    });
    let member = Memo::new(move |_| {
        let id = member_id.get();
        store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.member(&id).cloned()))
    });
    let edit = move |change: Box<dyn FnOnce(&mut Member)>| {
        store.update(&ws.get_untracked(), |w| {
            let id = member_id.get_untracked();
            if let Some(m) = w.member_mut(&id) {
                change(m);
            }
            kiemdiem_core::cell::minutes::fill_present(w, &id);
        });
    };
    let glance = use_glance(ws, member_id.into());
    // The next member in the meeting's order, for "Đồng chí tiếp theo".
    let next = Memo::new(move |_| {
        let id = member_id.get();
        store
            .with_lines(&ws.get(), |_, lines| {
                let order = meeting::order(lines);
                let at = order.iter().position(|&i| lines[i].member.id == id)?;
                order.get(at + 1).map(|&i| (lines[i].member.id.clone(), lines[i].member.name.clone()))
            })
            .flatten()
    });

    move || {
        let _ = (ws.get(), member_id.get());
        let Some(m) = member.get_untracked() else {
            return view! { <p>"Không tìm thấy đảng viên này trong danh sách."</p><p><a href=CellRoute::Roster(ws.get_untracked()).href()>"Về danh sách"</a></p> }.into_any();
        };
        let review = m.review.as_ref().and_then(|r| store.review(&ws.get_untracked(), r));
        let has_file = review.is_some();
        let remove = {
            let navigate = navigate.clone();
            move |_| {
                let name = member.get_untracked().map(|m| m.name).unwrap_or_default();
                let ok = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&format!("Xoá {name} khỏi danh sách của chi bộ? Bản kiểm điểm đã nhận của đồng chí cũng bị xoá khỏi hồ sơ này.")).ok())
                    .unwrap_or(false);
                if ok {
                    let id = member_id.get_untracked();
                    store.update(&ws.get_untracked(), |w| w.members.retain(|x| x.id != id));
                    navigate(&CellRoute::Roster(ws.get_untracked()).href());
                }
            }
        };
        view! {
            <h2>{m.name.clone()}</h2>
            <MemberGlance glance=glance/>
            <CellOpinion member=member edit=Callback::new(move |c: Box<dyn FnOnce(&mut Member)>| edit(c))/>
            <MemberFacts member=member edit=Callback::new(move |c: Box<dyn FnOnce(&mut Member)>| edit(c))/>
            <section class="stack">
                <h3>"Tình trạng của đảng viên"</h3>
                <div class="field">
                    <label for="dien">"Diện kiểm điểm"</label>
                    <select id="dien" on:change=move |ev| {
                        let e = match event_target_value(&ev).as_str() {
                            "excused" => Some(Exemption::Excused),
                            "suspended" => Some(Exemption::Suspended),
                            _ => None,
                        };
                        edit(Box::new(move |m| m.exemption = e));
                    }>
                        <option value="" selected=m.exemption.is_none()>"Phải kiểm điểm"</option>
                        <option value="excused" selected=m.exemption == Some(Exemption::Excused)>{Exemption::Excused.label()}</option>
                        <option value="suspended" selected=m.exemption == Some(Exemption::Suspended)>{Exemption::Suspended.label()}</option>
                    </select>
                </div>
                <DateField id="ket-nap" label="Ngày kết nạp (ngày/tháng/năm)" hint="Dùng để biết đồng chí đã kết nạp đủ 6 tháng chưa, tính đến ngày ghi trong hồ sơ chi bộ."
                    value=Signal::derive(move || member.get().map(|m| m.admitted_on).unwrap_or_default())
                    on_change=Callback::new(move |v: String| edit(Box::new(move |m| m.admitted_on = v)))/>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || member.get().is_some_and(|m| m.probationary)
                        on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |m| m.probationary = on)); }/>
                    "Đảng viên dự bị (được kiểm điểm, xếp loại nhưng không biểu quyết)"
                </label>
                {(!has_file).then(|| view! {
                    <TextField id="diem-giay" label="Điểm tự chấm ghi trên bản giấy (nếu có)" hint="Chỉ dùng khi đồng chí nộp bản giấy, không có tệp. Ví dụ 85,5."
                        value=Signal::derive(move || member.get().map(|m| m.paper_points).unwrap_or_default())
                        on_change=Callback::new(move |v: String| edit(Box::new(move |m| m.paper_points = v)))/>
                    <div class="field">
                        <label for="muc-giay">"Mức tự xếp loại ghi trên bản giấy"</label>
                        <select id="muc-giay" on:change=move |ev| { let l = Level::from_code(&event_target_value(&ev)); edit(Box::new(move |m| m.paper_level = l)); }>
                            <option value="" selected=m.paper_level.is_none()>"Chưa có"</option>
                            {Level::ALL.into_iter().map(|l| view! { <option value=l.code() selected=m.paper_level == Some(l)>{l.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextField id="ho-ten" label="Họ và tên"
                        value=Signal::derive(move || member.get().map(|m| m.name).unwrap_or_default())
                        on_change=Callback::new(move |v: String| edit(Box::new(move |m| m.name = v)))/>
                })}
                <button type="button" class="button danger" on:click=remove>"Xoá khỏi danh sách"</button>
            </section>
            <section class="doc-view">
                <h3>"Bản kiểm điểm của đồng chí"</h3>
                {match review.and_then(|d| templates::get(&d.template).map(|t| (d, t))) {
                    Some((_, t)) => view! {
                        <p>{format!("{} · {}. ", t.name, t.official_name)}
                            <a href=PrintRoute::CellMember(ws.get_untracked(), member_id.get_untracked()).href()>
                                "Xem bản kiểm điểm (chỉ xem, khổ A4, kèm nhận xét của chi bộ)"
                            </a>
                        </p>
                    }.into_any(),
                    None => view! { <p>"Chưa nhận được tệp bản kiểm điểm của đồng chí này."</p> }.into_any(),
                }}
            </section>
            {move || match next.get() {
                Some((id, name)) => view! {
                    <NextStep href=CellRoute::Member(ws.get_untracked(), id.clone()).href() label=format!("Đồng chí tiếp theo: {name}")/>
                }.into_any(),
                None => view! {
                    <NextStep href=CellRoute::Rules(ws.get_untracked()).href() label="Sang Kiểm tra quy định"
                        hint="Đây là đồng chí cuối cùng theo thứ tự xét."/>
                }.into_any(),
            }}
        }
        .into_any()
    }
}
