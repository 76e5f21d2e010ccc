//! The roster: every member with their status, form, score, band and self-proposed level,
//! and the cell's proposal and votes; files are imported here, members without a file are
//! added by hand. Sorted and filtered on screen; 100 lines a page, so a committee-sized
//! roster stays quick.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use super::import::ImportBox;
use crate::cell::store::use_cell_store;
use crate::clock;
use crate::components::fields::NextStep;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::checks;
use kiemdiem_core::cell::model::{Line, Member, Status};
use kiemdiem_core::decision::FinalLevels;
use kiemdiem_core::finding::Severity;
use kiemdiem_core::ids::{MemberId, WorkspaceId};
use kiemdiem_core::level::Level;

const PAGE: usize = 100;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Order,
    Name,
    Score,
    Status,
}

/// What a table row shows, computed from a [`Line`].
#[derive(Clone, PartialEq)]
struct Row {
    n: usize,
    id: MemberId,
    name: String,
    /// Bí thư, phó bí thư, chi ủy viên; empty for the others.
    post: &'static str,
    status: &'static str,
    /// The member's file was changed after export.
    changed: bool,
    exempt: bool,
    missing: bool,
    form: &'static str,
    total: String,
    band: &'static str,
    self_level: &'static str,
    proposed: Option<Level>,
    votes: String,
    problems: usize,
    sort_total: u16,
    /// The superior committee's final level, once its decision was imported.
    final_level: Option<&'static str>,
}

fn row_of(n: usize, l: &Line, problems: usize, decision: Option<&FinalLevels>) -> Row {
    let m = l.member;
    Row {
        n,
        id: m.id.clone(),
        name: if m.name.trim().is_empty() { "(chưa có tên)".into() } else { m.name.clone() },
        post: if m.post.is_none() { "" } else { m.post.label() },
        status: l.status.label(),
        changed: m.changed_file,
        exempt: l.status.is_exempt(),
        missing: l.status == Status::Missing,
        form: l.form,
        total: l.total.map(|t| t.to_string()).unwrap_or_default(),
        band: l.band.map_or("", Level::label),
        self_level: l.self_level.map_or("", Level::label),
        proposed: m.proposed,
        votes: if m.votes.recorded() {
            format!("{}/{}/{}", m.votes.yes.unwrap_or(0), m.votes.no.unwrap_or(0), m.votes.abstain.unwrap_or(0))
        } else {
            String::new()
        },
        problems,
        sort_total: l.total.map_or(0, |t| t.tenths()),
        final_level: decision.map(|d| d.members.get(&m.id).map_or("", |l| l.label())),
    }
}

#[component]
pub fn RosterPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Danh sách đảng viên"><Roster/></WorkspaceFrame> }
}

#[component]
fn Roster() -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let sort = RwSignal::new(Sort::Order);
    let filter = RwSignal::new(String::from("all"));
    let page = RwSignal::new(0usize);
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);

    let rows = Memo::new(move |_| {
        store
            .with_lines(&ws.get(), |w, lines| {
                let (_, findings) = checks::check(lines, &w.profile, None);
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let problems = findings
                            .iter()
                            .filter(|f| f.member.as_ref() == Some(&l.member.id) && f.severity >= Severity::Warning)
                            .count();
                        row_of(i + 1, l, problems, w.decision.as_ref())
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let shown = Memo::new(move |_| {
        let f = filter.get();
        let mut list: Vec<Row> = rows
            .get()
            .into_iter()
            .filter(|r| match f.as_str() {
                "submitted" => !r.exempt && !r.missing,
                "missing" => r.missing,
                "exempt" => r.exempt,
                "unclassified" => !r.exempt && r.proposed.is_none(),
                "problems" => r.problems > 0,
                code => Level::from_code(code).is_none_or(|l| r.proposed == Some(l)),
            })
            .collect();
        match sort.get() {
            Sort::Order => {}
            Sort::Name => kiemdiem_core::order::sort_by_cached_key(&mut list, |a| a.name.to_lowercase()),
            Sort::Score => kiemdiem_core::order::sort_by_key(&mut list, |r| std::cmp::Reverse(r.sort_total)),
            Sort::Status => kiemdiem_core::order::sort_by_key(&mut list, |r| (r.exempt, !r.missing, r.n)),
        }
        list
    });
    let pages = move || shown.with(|s| s.len().div_ceil(PAGE).max(1));
    let decision = Memo::new(move |_| store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.decision.clone())));
    let decided = move || decision.with(Option::is_some);

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        if name.is_empty() {
            add_error.set(Some("Hãy nhập họ và tên của đảng viên cần thêm.".into()));
            crate::components::focus::focus_element("them-ten");
            return;
        }
        add_error.set(None);
        store.update(&ws.get_untracked(), |w| w.members.push(Member::by_hand(clock::new_id::<MemberId>(), name)));
        new_name.set(String::new());
    };
    let set_level = move |id: MemberId, code: String| {
        store.update(&ws.get_untracked(), |w| {
            if let Some(m) = w.member_mut(&id) {
                m.proposed = Level::from_code(&code);
            }
        });
    };

    view! {
        <ImportBox ws=ws/>
        <section>
            <h2>"Thêm đảng viên chưa có tệp"</h2>
            <form class="inline-form" on:submit=add novalidate>
                <div class="field">
                    <label for="them-ten">"Họ và tên"</label>
                    <input id="them-ten" type="text" prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))
                        aria-describedby=move || add_error.with(|e| e.as_ref().map(|_| "them-loi"))/>
                </div>
                <button type="submit" class="button secondary">"Thêm vào danh sách"</button>
                <p class="field-error" id="them-loi" role="alert">{move || add_error.get()}</p>
            </form>
        </section>
        <section>
            <h2 id="danh-sach" tabindex="-1">{move || format!("Danh sách ({} đảng viên)", rows.with(Vec::len))}</h2>
            {move || decision.get().map(|d| view! {
                <p class="notice" id="quyet-dinh">
                    {format!(
                        "Đã nhận quyết định xếp loại của {} (tệp lập lúc {}). Cột \"Cấp ủy quyết định\" ghi mức cuối cùng của từng đảng viên{}.",
                        d.committee,
                        kiemdiem_core::time::display(d.decided),
                        d.cell_level.map(|l| format!("; chi bộ được xếp loại: {}", l.label())).unwrap_or_default()
                    )}
                </p>
            })}
            <DecisionSignature ws=ws/>
            <div class="table-tools">
                <div class="field">
                    <label for="loc">"Lọc"</label>
                    <select id="loc" on:change=move |ev| { filter.set(event_target_value(&ev)); page.set(0); }>
                        <option value="all">"Tất cả"</option>
                        <option value="submitted">"Đã nộp"</option>
                        <option value="missing">"Chưa nộp"</option>
                        <option value="exempt">"Không phải kiểm điểm"</option>
                        <option value="unclassified">"Chi bộ chưa đề xuất mức"</option>
                        <option value="problems">"Có điều cần xem lại"</option>
                        {Level::ALL.into_iter().map(|l| view! { <option value=l.code()>{format!("Chi bộ đề xuất: {}", l.label())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="sap-xep">"Sắp xếp"</label>
                    <select id="sap-xep" on:change=move |ev| sort.set(match event_target_value(&ev).as_str() {
                        "name" => Sort::Name,
                        "score" => Sort::Score,
                        "status" => Sort::Status,
                        _ => Sort::Order,
                    })>
                        <option value="order">"Theo thứ tự nhận"</option>
                        <option value="name">"Theo họ tên"</option>
                        <option value="score">"Theo điểm tự chấm, cao trước"</option>
                        <option value="status">"Chưa nộp lên trước"</option>
                    </select>
                </div>
            </div>
            <div class="table-wrap roster-wrap" tabindex="0" role="region" aria-label="Bảng danh sách đảng viên">
                <table class="roster">
                    <thead><tr>
                        <th scope="col">"STT"</th>
                        <th scope="col">"Họ và tên"</th>
                        <th scope="col">"Trạng thái"</th>
                        <th scope="col">"Mẫu"</th>
                        <th scope="col">"Điểm tự chấm"</th>
                        <th scope="col">"Khung điểm"</th>
                        <th scope="col">"Tự xếp loại"</th>
                        <th scope="col">"Chi bộ đề xuất"</th>
                        <th scope="col">"Biểu quyết"<span class="th-note">" (tán thành/ không/ không biểu quyết)"</span></th>
                        <th scope="col">"Cần xem lại"</th>
                        {move || decided().then(|| view! { <th scope="col">"Cấp ủy quyết định"</th> })}
                    </tr></thead>
                    <tbody>
                        {move || {
                            let ws_id = ws.get();
                            let p = page.get().min(pages() - 1);
                            shown.get().into_iter().skip(p * PAGE).take(PAGE).map(|r| {
                                let id = r.id.clone();
                                let select_id = format!("de-xuat-{}", r.n);
                                let label = format!("Mức chi bộ đề xuất cho {}", r.name);
                                let current = r.proposed.map_or("", Level::code);
                                view! {
                                    <tr class:exempt=r.exempt>
                                        <td class="n" data-label="STT">{r.n}</td>
                                        <th scope="row" class="name"><a href=CellRoute::Member(ws_id.clone(), r.id.clone()).href()>{r.name.clone()}</a>
                                            {(!r.post.is_empty()).then(|| view! { <span class="post">{format!(" ({})", r.post)}</span> })}</th>
                                        <td data-label="Trạng thái">{r.status}{r.changed.then(|| view! {
                                            " "<span class="flag-changed">{kiemdiem_core::cell::model::CHANGED_FILE}</span>
                                        })}</td>
                                        <td data-label="Mẫu" class:blank=r.form.is_empty()>{r.form}</td>
                                        <td class="num" data-label="Điểm tự chấm" class:blank=r.total.is_empty()>{r.total.clone()}</td>
                                        <td data-label="Khung điểm" class:blank=r.band.is_empty()>{r.band}</td>
                                        <td data-label="Tự xếp loại" class:blank=r.self_level.is_empty()>{r.self_level}</td>
                                        <td class="proposal" data-label="Chi bộ đề xuất">
                                            <label class="visually-hidden" for=select_id.clone()>{label}</label>
                                            <select id=select_id disabled=r.exempt on:change=move |ev| set_level(id.clone(), event_target_value(&ev))>
                                                <option value="" selected=current.is_empty()>"Chưa đề xuất"</option>
                                                {Level::ALL.into_iter().map(|l| view! { <option value=l.code() selected={current == l.code()}>{l.label()}</option> }).collect_view()}
                                            </select>
                                        </td>
                                        <td class="num" data-label="Biểu quyết (tán thành/không/không biểu quyết)" class:blank=r.votes.is_empty()>{r.votes.clone()}</td>
                                        <td class="num" data-label="Cần xem lại" class:blank=r.problems == 0>{if r.problems > 0 { r.problems.to_string() } else { String::new() }}</td>
                                        {r.final_level.map(|l| view! { <td class="final-level" data-label="Cấp ủy quyết định">{l}</td> })}
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            {move || (pages() > 1).then(|| view! {
                <nav class="pager" aria-label="Trang của danh sách">
                    <button type="button" class="button secondary" disabled=move || { page.get() == 0 } on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>"Trang trước"</button>
                    <span>{move || format!(" Trang {}/{} ", page.get() + 1, pages())}</span>
                    <button type="button" class="button secondary" disabled=move || { page.get() + 1 >= pages() } on:click=move |_| page.update(|p| *p += 1)>"Trang sau"</button>
                </nav>
            })}
            {move || (rows.with(Vec::len) > 0).then(|| view! {
                <NextStep href=CellRoute::Meeting(ws.get_untracked(), None).href() label="Họp chi bộ: xét từng đồng chí"
                    hint="Tại hội nghị, ghi nhận xét, mức chi bộ đề xuất và kết quả biểu quyết cho từng đồng chí, lần lượt theo thứ tự xét."/>
            })}
        </section>
    }
}

/// Who signed the committee's decision, when it is not the key the cell trusts for its
/// committee: said loudly, with the secretary's confirmation of a new key (the committee
/// changed device, its fingerprint read on the phone).
#[component]
fn DecisionSignature(ws: Memo<WorkspaceId>) -> impl IntoView {
    let store = use_cell_store();
    let trust = Memo::new(move |_| store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.decision_trust())));
    let signer =
        Memo::new(move |_| store.workspaces.with(|w| w.get(&ws.get()).and_then(|w| w.decision_signer.clone())));
    let confirm = move |_| {
        store.update(&ws.get_untracked(), |w| {
            if let Some(k) = w.decision_signer.clone() {
                w.profile.committee_key = Some(k);
            }
        })
    };
    move || {
        let t = trust.get().filter(kiemdiem_core::file::signature::Trust::warns)?;
        let fp = signer.get().map(|k| kiemdiem_core::file::signature::fingerprint(&k));
        Some(view! {
            <div class="banner warning" id="chu-ky-quyet-dinh">
                <p><strong>{t.in_words("đảng ủy cấp trên").unwrap_or_default()}</strong></p>
                {fp.map(|fp| view! {
                    <button type="button" class="button secondary" on:click=confirm>
                        {format!("Đảng ủy đã đọc đúng mã {fp}: tin khoá mới")}
                    </button>
                })}
            </div>
        })
    }
}
