//! The meeting view (Hội nghị kiểm điểm): the cell's members one at a time, in the meeting's
//! order (QĐ 366 Điều 7, [`kiemdiem_core::cell::meeting`]), each with their score, band,
//! self-proposed level and the rules' findings, and the cell's comment, proposed level and
//! votes. "Trước" / "Tiếp" and Alt+P / Alt+N move through it; the counter says how many the
//! cell has considered. Large type and one column, for a laptop projected to the room as for
//! the secretary's phone. At `/chi-bo/<ws>/hoi-nghi[/<member>]`.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use super::opinion::{use_glance, CellOpinion, MemberGlance};
use crate::cell::store::use_cell_store;
use crate::components::fields::NextStep;
use crate::components::focus::use_focus_request;
use crate::nav::{use_navigate, use_route};
use crate::routes::{CellRoute, PrintRoute, Route};
use kiemdiem_core::cell::meeting;
use kiemdiem_core::cell::model::Member;
use kiemdiem_core::ids::MemberId;

/// The DOM id of the member's name, focused when the meeting moves on.
const NAME_ID: &str = "hn-ten";

#[component]
pub fn MeetingPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Hội nghị: xét từng đồng chí"><Meeting/></WorkspaceFrame> }
}

#[component]
fn Meeting() -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let route = use_route::<CellRoute>();
    // The member in the address, if any.
    let asked = Memo::new(move |_| match route.get() {
        Some(CellRoute::Meeting(_, member)) => member,
        _ => None,
    });
    let navigate = use_navigate();
    let focus = use_focus_request();
    // The meeting's order, with each member's name; and how far the cell has come.
    let order = Memo::new(move |_| {
        store
            .with_lines(&ws.get(), |_, lines| {
                meeting::order(lines)
                    .into_iter()
                    .map(|i| (lines[i].member.id.clone(), lines[i].member.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let progress = Memo::new(move |_| store.with_lines(&ws.get(), |_, l| meeting::progress(l)).unwrap_or_default());
    // Without a member in the address, the first one the cell has not yet proposed a level
    // for, chosen once on arrival: proposing a level must not move the meeting on by itself.
    let start = Memo::new(move |_| {
        let _ = route.read();
        store.workspaces.with_untracked(|w| {
            let w = w.get(&ws.get_untracked())?;
            order.with_untracked(|o| {
                o.iter()
                    .find(|(id, _)| w.member(id).is_some_and(|m| m.proposed.is_none()))
                    .or(o.first())
                    .map(|(id, _)| id.clone())
            })
        })
    });
    let position = Memo::new(move |_| {
        let wanted = asked.get().or_else(|| start.get());
        order.with(|o| o.iter().position(|(m, _)| Some(m) == wanted.as_ref()))
    });
    let current = Memo::new(move |_| position.get().and_then(|p| order.with(|o| o.get(p).map(|(id, _)| id.clone()))));
    let go = Callback::new(move |delta: isize| {
        let (Some(p), len) = (position.get_untracked(), order.with_untracked(Vec::len)) else { return };
        let next = p as isize + delta;
        if next < 0 || next as usize >= len {
            return;
        }
        let Some(id) = order.with_untracked(|o| o.get(next as usize).map(|(id, _)| id.clone())) else { return };
        focus.request(NAME_ID.to_owned());
        navigate(&CellRoute::Meeting(ws.get_untracked(), Some(id.clone())).href());
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let delta = match ev.code().as_str() {
            "KeyN" => 1,
            "KeyP" => -1,
            _ => return,
        };
        ev.prevent_default();
        go.run(delta);
    });
    on_cleanup(move || keys.remove());

    // The page redraws for the members' count and for whether the address names one of
    // them; each member is then drawn anew, keyed by id, never rebuilt in place from the
    // member before: an input rebuilt in place keeps what was typed for that member.
    let has_current = Memo::new(move |_| current.with(Option::is_some));
    move || {
        let total = order.with(Vec::len);
        if total == 0 {
            return view! {
                <p>"Chưa có đảng viên nào phải kiểm điểm trong danh sách. Hãy nhận tệp của đảng viên hoặc thêm tên ở trang danh sách."</p>
                <NextStep href=CellRoute::Roster(ws.get_untracked()).href() label="Về danh sách đảng viên"/>
            }
            .into_any();
        }
        if !has_current.get() {
            return view! {
                <p>"Đồng chí này không có trong thứ tự xét (có thể thuộc diện không kiểm điểm, hoặc đã bị xoá khỏi danh sách)."</p>
                <NextStep href=CellRoute::Meeting(ws.get_untracked(), None).href() label="Về đồng chí đầu tiên chưa xét"/>
            }
            .into_any();
        }
        view! {
            <For each=move || current.get() key=|id: &MemberId| id.clone() let:id>
                <MeetingMember id=id total=total position=position progress=progress order=order go=go/>
            </For>
        }
        .into_any()
    }
}

/// One member of the meeting; drawn anew for each member, so its fields read that member.
#[component]
fn MeetingMember(
    id: MemberId,
    total: usize,
    position: Memo<Option<usize>>,
    progress: Memo<(usize, usize)>,
    order: Memo<Vec<(MemberId, String)>>,
    go: Callback<isize>,
) -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let navigate = use_navigate();
    let focus = use_focus_request();
    let member_id = id.clone();
    let member: Memo<Option<Member>> =
        Memo::new(move |_| store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.member(&member_id).cloned())));
    let glance = use_glance(ws, Signal::stored(id.clone()));
    let edit_id = id.clone();
    let edit = Callback::new(move |change: Box<dyn FnOnce(&mut Member)>| {
        store.update(&ws.get_untracked(), |w| {
            if let Some(m) = w.member_mut(&edit_id) {
                change(m);
            }
            kiemdiem_core::cell::minutes::fill_present(w, &edit_id);
        });
    });
    let at = position.get_untracked().unwrap_or(0);
    let first = at == 0;
    let last = at + 1 >= total;
    let name = member.with_untracked(|m| m.as_ref().map(|m| m.name.clone())).unwrap_or_default();
    let name = if name.trim().is_empty() { "(chưa có tên)".to_owned() } else { name };
    let ws_id = ws.get_untracked();
    let jump = move |ev: leptos::ev::Event| {
        let target = event_target_value(&ev);
        focus.request(NAME_ID.to_owned());
        navigate(&CellRoute::Meeting(ws.get_untracked(), Some(MemberId::from(target))).href());
    };
    let nav = move |place: &'static str| {
        view! {
            <div class=format!("meeting-nav {place}")>
                <button type="button" class="button secondary" disabled=first aria-keyshortcuts="Alt+P" on:click=move |_| go.run(-1)>
                    <span aria-hidden="true">"← "</span>"Đồng chí trước"
                </button>
                <button type="button" class="button primary" disabled=last aria-keyshortcuts="Alt+N" on:click=move |_| go.run(1)>
                    "Đồng chí tiếp theo"<span aria-hidden="true">" →"</span>
                </button>
            </div>
        }
    };
    view! {
        <div class="meeting">
            <p class="meeting-progress" role="status">
                <strong>{move || { let (done, all) = progress.get(); format!("Đã xét {done}/{all}") }}</strong>
                {format!(" · đồng chí thứ {}/{total} theo thứ tự xét (cán bộ lãnh đạo, quản lý trước)", at + 1)}
            </p>
            {nav("top")}
            <h2 id=NAME_ID tabindex="-1" class="meeting-name">{name}</h2>
            <MemberGlance glance=glance/>
            <p class="meeting-links">
                {member.with_untracked(|m| m.as_ref().is_some_and(|m| m.review.is_some())).then(|| view! {
                    <a href=PrintRoute::CellMember(ws_id.clone(), id.clone()).href()>"Đọc bản kiểm điểm (khổ A4)"</a>" · "
                })}
                <a href=CellRoute::Member(ws_id.clone(), id.clone()).href()>"Tình trạng, kỷ luật và các điều khác của đồng chí"</a>
            </p>
            <CellOpinion member=member edit=edit/>
            {nav("bottom")}
            <p class="hint"><span class="shortcut-hint">"Phím tắt: Alt + N sang đồng chí tiếp theo, Alt + P về đồng chí trước. "</span>"Mọi điều ghi ở đây được lưu ngay."</p>
            <div class="field">
                <label for="hn-chuyen">"Chuyển đến đồng chí"</label>
                <select id="hn-chuyen" on:change=jump>
                    {move || order.get().into_iter().enumerate().map(|(i, (m, n))| {
                        let selected = i == at;
                        view! { <option value=m.to_string() selected=selected>{format!("{}. {}", i + 1, n)}</option> }
                    }).collect_view()}
                </select>
            </div>
            {last.then(|| view! {
                <NextStep href=CellRoute::Rules(ws.get_untracked()).href() label="Đã xét đến đồng chí cuối: sang Kiểm tra quy định"
                    hint="Trang Kiểm tra quy định gom mọi điều cần sửa trước khi chi bộ viết báo cáo (Mẫu 01)."/>
            })}
        </div>
    }
}
