//! `/chi-bo/<ws>/bien-ban`: the meeting as a record (time, place, who chairs and who
//! takes the minutes, attendance with each absence's reason), the collective's discussion
//! and vote, the paragraphs the app writes (each may be reworded), what keeps the minutes
//! from being final, and the way to the printed minutes. The model and the checks are
//! [`kiemdiem_core::cell::minutes`]'s.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::store::use_cell_store;
use crate::components::fields::{CountField, TextField};
use crate::routes::{CellRoute, PrintRoute, Route};
use crate::store::use_store;
use kiemdiem_core::cell::minutes::{self, Attendance, Meeting, Part};
use kiemdiem_core::cell::model::{Profile, VoteMethod, Votes};
use kiemdiem_core::ids::MemberId;

#[component]
pub fn MinutesPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Biên bản hội nghị"><MinutesPanel/></WorkspaceFrame> }
}

/// One attendance row: (id, name, probationary, absent, reason).
type Row = (MemberId, String, bool, bool, String);

#[component]
fn MinutesPanel() -> impl IntoView {
    let store = use_cell_store();
    let docs = use_store();
    let ws = use_ws_id();
    let meeting = Memo::new(move |_| store.get(&ws.get()).and_then(|w| w.meeting).unwrap_or_default());
    let profile = Memo::new(move |_| store.get(&ws.get()).map(|w| w.profile));
    // Every change to the meeting, written like any edit of the workspace.
    let edit = move |change: Box<dyn FnOnce(&mut Meeting)>| {
        store.update(&ws.get_untracked(), move |w| change(w.meeting.get_or_insert_with(Meeting::default)))
    };
    let edit_profile =
        move |change: Box<dyn FnOnce(&mut Profile)>| store.update(&ws.get_untracked(), move |w| change(&mut w.profile));
    let text = move |get: fn(&Meeting) -> String, set: fn(&mut Meeting, String)| {
        (Signal::derive(move || meeting.with(get)), Callback::new(move |v: String| edit(Box::new(move |m| set(m, v)))))
    };
    let (start, set_start) = text(|m| m.start.clone(), |m, v| m.start = v);
    let (end, set_end) = text(|m| m.end.clone(), |m, v| m.end = v);
    let (place, set_place) = text(|m| m.place.clone(), |m, v| m.place = v);
    let (chair, set_chair) = text(|m| m.chair.clone(), |m, v| m.chair = v);
    let (secretary, set_secretary) = text(|m| m.secretary.clone(), |m, v| m.secretary = v);
    let (rep, set_rep) = text(|m| m.committee_rep.clone(), |m, v| m.committee_rep = v);
    let (discussion, set_discussion) = text(|m| m.collective_discussion.clone(), |m, v| m.collective_discussion = v);
    let date = Signal::derive(move || profile.with(|p| p.as_ref().map(|p| p.meeting_on.clone()).unwrap_or_default()));
    let set_date = Callback::new(move |v: String| edit_profile(Box::new(move |p| p.meeting_on = v)));
    let date_error = Signal::derive(move || {
        let d = date.get();
        (!d.trim().is_empty())
            .then(|| kiemdiem_core::date::parse_field_date(&d).err())
            .flatten()
            .map(|e| format!("Ngày họp: {} Hãy nhập dạng ngày/tháng/năm, ví dụ 20/12/2025.", e.message()))
    });

    // Attendance, the checks and the generated paragraphs, from the roster as it stands.
    let state = Memo::new(move |_| {
        let id = ws.get();
        let collective = store.get(&id).and_then(|w| w.collective).and_then(|c| docs.get(&c));
        store.with_lines(&id, |w, lines| {
            let m = w.meeting.clone().unwrap_or_default();
            let rows: Vec<Row> = lines
                .iter()
                .filter(|l| !(l.status.is_exempt() && l.member.exemption.is_some()))
                .map(|l| {
                    let id = l.member.id.clone();
                    let reason = m.reason(&id).map(str::to_owned);
                    (id, l.member.name.clone(), l.member.probationary, reason.is_some(), reason.unwrap_or_default())
                })
                .collect();
            let generated: Vec<(Part, String)> =
                Part::ALL.iter().map(|p| (*p, minutes::generated(*p, w, lines))).collect();
            (Attendance::of(lines, &m), rows, minutes::problems(w, lines, collective.as_ref()), generated)
        })
    });
    let counts = move || state.with(|s| s.as_ref().map(|(a, ..)| a.in_words()));
    let rows = move || {
        state.with(|s| s.as_ref().map(|(_, rows, ..)| rows.clone()).unwrap_or_default()).into_iter().enumerate().map(|(i, (id, name, probationary, absent, reason))| {
            let (absent_id, reason_id) = (format!("vang-{i}"), format!("ly-do-{i}"));
            let (a, b) = (id.clone(), id.clone());
            let label = if probationary { format!("{name} (dự bị)") } else { name.clone() };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>
                        <label class="choice" for=absent_id.clone()>
                            <input type="checkbox" id=absent_id.clone() prop:checked=absent
                                on:change=move |ev| { let on = event_target_checked(&ev); let a = a.clone(); edit(Box::new(move |m| m.set_absent(&a, on))) }/>
                            {format!("Vắng: {name}")}
                        </label>
                    </td>
                    <td>
                        {absent.then(|| view! {
                            <label class="reason-label" for=reason_id.clone()>"Lý do vắng"<span class="visually-hidden">{format!(" của đồng chí {name}")}</span></label>
                            <input type="text" id=reason_id.clone() prop:value=reason.clone()
                                on:change=move |ev| { let v = event_target_value(&ev); let b = b.clone(); edit(Box::new(move |m| m.set_reason(&b, v))) }/>
                        })}
                    </td>
                </tr>
            }
        }).collect_view()
    };
    let votes = move |set: fn(&mut Votes, Option<u32>)| {
        Callback::new(move |v: Option<u32>| edit(Box::new(move |m| set(&mut m.collective_votes, v))))
    };
    let vote = move |get: fn(&Votes) -> Option<u32>| Signal::derive(move || meeting.with(|m| get(&m.collective_votes)));
    let paragraphs = move || {
        Part::ALL.iter().map(|part| {
            let part = *part;
            let id = format!("doan-{}", part.key());
            let generated = move || {
                state.with(|s| s.as_ref().and_then(|(.., g)| g.iter().find(|(p, _)| *p == part).map(|(_, t)| t.clone())).unwrap_or_default())
            };
            let own = move || meeting.with(|m| m.edited.get(part.key()).cloned());
            let shown = move || own().filter(|t| !t.trim().is_empty()).unwrap_or_else(generated);
            view! {
                <div class="field">
                    <label for=id.clone()>{part.heading()}</label>
                    <textarea id=id.clone() rows="4" prop:value=shown
                        on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |m| { m.edited.insert(part.key().to_owned(), v); })) }></textarea>
                    <Show when=move || own().is_some()>
                        <button type="button" class="secondary" on:click=move |_| edit(Box::new(move |m| { m.edited.remove(part.key()); }))>
                            "Dùng lại câu ứng dụng soạn"
                        </button>
                    </Show>
                </div>
            }
        }).collect_view()
    };
    let problems = move || {
        let list = state.with(|s| s.as_ref().map(|(_, _, p, _)| p.clone()).unwrap_or_default());
        if list.is_empty() {
            return view! { <p class="banner info" id="bien-ban-du">"Biên bản đã đủ: mọi đồng chí đã kiểm điểm đều có mức đề xuất và kết quả biểu quyết hợp lệ."</p> }.into_any();
        }
        let w = ws.get();
        view! {
            <ul class="gaps" id="bien-ban-thieu">
                {list.into_iter().map(|p| {
                    let href = p.member.map(|m| CellRoute::Meeting(w.clone(), Some(m)).href());
                    view! { <li>{p.text}{href.map(|h| view! { " " <a href=h>"Sửa ở trang hội nghị"</a> })}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="stack" aria-labelledby="bb-hoi-nghi">
            <h2 id="bb-hoi-nghi">"Thời gian, địa điểm, chủ trì"</h2>
            <TextField id="bb-ngay" label="Ngày họp" value=date on_change=set_date error=date_error
                hint="Ngày/tháng/năm, ví dụ 20/12/2025; cũng là ngày ghi trên các văn bản in của chi bộ."/>
            <TextField id="bb-bat-dau" label="Giờ bắt đầu" value=start on_change=set_start hint="Ví dụ 14 giờ 00."/>
            <TextField id="bb-ket-thuc" label="Giờ kết thúc" value=end on_change=set_end/>
            <TextField id="bb-dia-diem" label="Địa điểm họp" value=place on_change=set_place/>
            <TextField id="bb-chu-tri" label="Chủ trì" value=chair on_change=set_chair hint="Họ tên và chức vụ, ví dụ: Nguyễn Văn An, Bí thư chi bộ."/>
            <TextField id="bb-thu-ky" label="Thư ký" value=secretary on_change=set_secretary/>
            <TextField id="bb-dai-dien" label="Đại diện cấp ủy cấp trên dự (nếu có)" value=rep on_change=set_rep/>
        </section>
        <section class="stack" aria-labelledby="bb-diem-danh">
            <h2 id="bb-diem-danh">"Điểm danh"</h2>
            <p role="status" id="bb-so-co-mat">{counts}</p>
            <table class="attendance">
                <thead><tr><th scope="col">"Đảng viên"</th><th scope="col">"Vắng mặt"</th><th scope="col">"Lý do vắng"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="hint">"Đảng viên không phải kiểm điểm (miễn sinh hoạt, đình chỉ sinh hoạt) được ghi riêng trong biên bản."</p>
        </section>
        <section class="stack" aria-labelledby="bb-tap-the">
            <h2 id="bb-tap-the">"Kiểm điểm tập thể chi bộ"</h2>
            <TextField id="bb-thao-luan" label="Ý kiến thảo luận về bản kiểm điểm của chi bộ (tóm tắt)" long=true value=discussion on_change=set_discussion/>
            <fieldset class="field">
                <legend>"Hình thức biểu quyết"</legend>
                {VoteMethod::ALL.into_iter().map(|v| view! {
                    <label class="choice">
                        <input type="radio" name="bb-hinh-thuc" prop:checked=move || meeting.with(|m| m.collective_votes.method == Some(v))
                            on:change=move |_| edit(Box::new(move |m| m.collective_votes.method = Some(v)))/>
                        {v.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="vote-grid">
                <CountField id="bb-co-mat" label="Số đảng viên chính thức có mặt" value=vote(|v| v.present) on_change=votes(|v, n| v.present = n)/>
                <CountField id="bb-tan-thanh" label="Số phiếu tán thành" value=vote(|v| v.yes) on_change=votes(|v, n| v.yes = n)/>
                <CountField id="bb-khong-tan-thanh" label="Số phiếu không tán thành" value=vote(|v| v.no) on_change=votes(|v, n| v.no = n)/>
                <CountField id="bb-khong-bieu-quyet" label="Số không biểu quyết" value=vote(|v| v.abstain) on_change=votes(|v, n| v.abstain = n)/>
            </div>
        </section>
        <section class="stack" aria-labelledby="bb-cau-van">
            <h2 id="bb-cau-van">"Các đoạn của biên bản"</h2>
            <p class="hint">"Ứng dụng soạn sẵn các đoạn dưới đây từ những gì chi bộ đã ghi; đồng chí sửa được từng đoạn trước khi in. Chưa có mẫu biên bản do Trung ương ban hành: bố cục là của ứng dụng."</p>
            {paragraphs}
        </section>
        <section class="stack" aria-labelledby="bb-kiem-tra">
            <h2 id="bb-kiem-tra">"Trước khi hoàn thành biên bản"</h2>
            {problems}
            <p><a href=move || PrintRoute::Minutes(ws.get()).href()>"Xem bản in biên bản (khổ A4)"</a></p>
        </section>
    }
}
