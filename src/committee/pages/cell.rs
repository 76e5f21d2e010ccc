//! One cell as the committee decides it: every member with the self-assessment, the cell's
//! comment, proposal and vote, and the committee's final level (starting from the cell's
//! proposal); the cell's own level as an organisation; the cap at the committee's scope,
//! re-checked on every change; and each member's review in the print layout.

use crate::nav::use_route;
use crate::routes::{CommitteeRoute, PrintRoute, Route};
use kiemdiem_core::committee::check::final_level;
use kiemdiem_core::committee::entry::{CellEntry, RowStatus};
use kiemdiem_core::file::signature::{fingerprint, Trust};
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::level::Level;
use leptos::prelude::*;

use super::frame::{use_committee_id, use_entries, CommitteeFrame};
use super::overview::{use_figures, CapsPanel};
use crate::committee::store::use_committee_store;
use crate::persist::keys::HANDOFF_PREFIX;

#[component]
pub fn CellPage() -> impl IntoView {
    view! { <CommitteeFrame title="Quyết định xếp loại của một chi bộ"><CellBody/></CommitteeFrame> }
}

fn use_cell_id() -> Memo<WorkspaceId> {
    let route = use_route::<CommitteeRoute>();
    Memo::new(move |_| match route.get() {
        Some(CommitteeRoute::Cell(_, cell)) => cell,
        _ => WorkspaceId::default(),
    })
}

#[component]
fn CellBody() -> impl IntoView {
    let loaded = use_entries();
    let cell = use_cell_id();
    let entry = Memo::new(move |_| {
        loaded.with(|l| l.as_ref().ok().and_then(|list| list.iter().find(|e| e.cell == cell.get()).cloned()))
    });
    move || match (loaded.with(|l| l.is_err()), entry.with(Option::is_some)) {
        (true, _) => view! { <p role="status">"Đang đọc các gói chi bộ trên máy này…"</p> }.into_any(),
        (false, false) => view! { <p>"Chi bộ này không có trong các gói đảng ủy đã nhập."</p> }.into_any(),
        (false, true) => {
            view! { <CellHead entry=entry/><Minutes entry=entry/><CapsPanel/><Members entry=entry/> }.into_any()
        }
    }
}

/// The cell's facts and the committee's level for the cell as an organisation.
#[component]
fn CellHead(entry: Memo<Option<CellEntry>>) -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let f = use_figures();
    let cell = use_cell_id();
    let decided = Memo::new(move |_| f.decisions.with(|d| d.get(&cell.get()).and_then(|d| d.cell_level)));
    let set = move |ev: leptos::ev::Event| {
        store.decide_cell(&id.get_untracked(), &cell.get_untracked(), Level::from_code(&event_target_value(&ev)));
    };
    move || {
        let Some(e) = entry.get() else { return ().into_any() };
        let t = f.overview.with(|o| {
            f.entries.with(|list| list.iter().position(|x| x.cell == e.cell).and_then(|i| o.cells.get(i).copied()))
        });
        let t = t.unwrap_or_default();
        let current = decided.get().or(e.collective_level).map_or("", Level::code);
        view! {
            <section>
                <h2>{e.title()}</h2>
                <p>{format!(
                    "{} · {} · gói xuất lúc {} (tệp \"{}\"). {} đảng viên, {} phải xếp loại, {} chưa được xếp loại.",
                    e.cell_type.label(),
                    if e.party_committee.is_empty() { "chưa ghi tên đảng bộ".to_owned() } else { e.party_committee.clone() },
                    kiemdiem_core::time::display(e.exported),
                    e.file,
                    t.members, t.to_classify, t.unclassified
                )}</p>
                <SignatureNote entry=e.clone()/>
                <p class="hint">{e.cell_type.decided_by()}</p>
                <p>{format!(
                    "Chi bộ tự kiểm tra trên mức chi bộ đề xuất: {} điều trái quy định, {} điều cần xem lại.",
                    e.errors, e.warnings
                )}</p>
                <div class="field">
                    <label for="xep-loai-chi-bo">"Đảng ủy xếp loại chi bộ (tập thể)"</label>
                    <p class="hint" id="xep-loai-chi-bo-goi-y">{format!(
                        "Chi bộ tự đề xuất trong Mẫu 01: {}. Phải xếp loại xong mọi đảng viên trước khi xếp loại chi bộ (Quy định 366-QĐ/TW, Điều 12 khoản 2).",
                        e.collective_level.map_or("chưa có", Level::label)
                    )}</p>
                    <select id="xep-loai-chi-bo" aria-describedby="xep-loai-chi-bo-goi-y" on:change=set>
                        <option value="" selected=current.is_empty()>"Chưa xếp loại"</option>
                        {Level::ALL.into_iter().map(|l| view! { <option value=l.code() selected=current == l.code()>{l.label()}</option> }).collect_view()}
                    </select>
                </div>
            </section>
        }
        .into_any()
    }
}

/// Who signed the cell's bundle, against the key the committee trusts for the cell; a new
/// key (the cell changed device) is trusted once the clerk has checked its fingerprint
/// with the cell.
#[component]
fn SignatureNote(entry: CellEntry) -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let said = RwSignal::new(None::<String>);
    let title = entry.title();
    let cell = entry.cell.clone();
    let fp = entry.signer.as_deref().map(fingerprint).unwrap_or_default();
    let confirm = move |_| {
        let cell = cell.clone();
        leptos::task::spawn_local(async move {
            said.set(Some(match store.confirm_signer(&id.get_untracked(), &cell).await {
                Ok(()) => "Đã ghi nhận: từ nay các gói ký bằng khoá này được coi là của chi bộ.".to_owned(),
                Err(why) => why,
            }));
        });
    };
    let trust = entry.trust();
    match trust {
        Trust::Known | Trust::First(_) => view! {
            <p class="signature-ok">{format!("Gói có chữ ký của chi bộ, mã nhận diện {fp}, khớp với khoá đảng ủy đã ghi nhận cho chi bộ này.")}</p>
        }
        .into_any(),
        Trust::UnsignedNew => view! {
            <p>"Gói không có chữ ký (làm bằng phiên bản cũ của ứng dụng, hoặc trên máy không ký được): đảng ủy không kiểm chứng được người gửi."</p>
        }
        .into_any(),
        Trust::OtherKey { .. } => view! {
            <div class="banner warning">
                <p><strong>{trust.in_words(&title).unwrap_or_default()}</strong></p>
                <button type="button" class="button secondary" on:click=confirm>
                    {format!("Chi bộ đã đọc đúng mã {fp}: tin khoá mới")}
                </button>
                <p role="status">{move || said.get()}</p>
            </div>
        }
        .into_any(),
        Trust::UnsignedKnown | Trust::Broken => view! {
            <div class="banner warning">
                <p><strong>{trust.in_words(&title).unwrap_or_default()}</strong></p>
            </div>
        }
        .into_any(),
    }
}

/// Opens a member's review in the print views: the cell's bundle is handed over in session
/// storage (the print views read no IndexedDB), then the print app is loaded.
fn open_print(
    store: crate::committee::store::CommitteeStore,
    c: kiemdiem_core::ids::CommitteeId,
    cell: WorkspaceId,
    target: PrintRoute,
    error: RwSignal<Option<String>>,
) {
    leptos::task::spawn_local(async move {
        let text = match store.bundle(&c, &cell).await {
            Ok(t) => t,
            Err(why) => return error.set(Some(why)),
        };
        let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
        let stored = session.map(|s| s.set_item(&format!("{HANDOFF_PREFIX}{cell}"), &text).is_ok()).unwrap_or(false);
        if !stored {
            return error.set(Some(
                "Trình duyệt không cho mở bản in (bộ nhớ phiên đã đầy hoặc bị tắt). Hãy đóng bớt thẻ rồi thử lại."
                    .into(),
            ));
        }
        crate::nav::go_to_other_app(&target.href());
    });
}

/// Whether the cell's bundle carries the meeting's minutes, and their print (issue 33).
#[component]
fn Minutes(entry: Memo<Option<CellEntry>>) -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let cell = use_cell_id();
    let error = RwSignal::new(None::<String>);
    let carried = move || entry.with(|e| e.as_ref().is_some_and(|e| e.minutes_open.is_some()));
    let on_print = move |_| {
        let target = PrintRoute::CommitteeMinutes(cell.get_untracked());
        open_print(store, id.get_untracked(), cell.get_untracked(), target, error)
    };
    view! {
        <section aria-labelledby="du-bien-ban">
            <h2 id="du-bien-ban">"Biên bản hội nghị của chi bộ"</h2>
            <p id="du-bien-ban-trang-thai">{move || entry.with(|e| e.as_ref().map(CellEntry::minutes_in_words)).map(|w| format!("{w}."))}</p>
            <Show when=carried>
                <p><button type="button" class="secondary" on:click=on_print>"Xem bản in biên bản"</button></p>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// Every member with the committee's final level.
#[component]
fn Members(entry: Memo<Option<CellEntry>>) -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let f = use_figures();
    let cell = use_cell_id();
    let error = RwSignal::new(None::<String>);
    let decision = Memo::new(move |_| f.decisions.with(|d| d.get(&cell.get()).cloned()));
    view! {
        <section>
            <h2>"Đảng viên của chi bộ"</h2>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Bảng đảng viên và mức xếp loại">
                <table class="roster decide">
                    <thead><tr>
                        <th scope="col">"STT"</th>
                        <th scope="col">"Họ và tên"</th>
                        <th scope="col">"Trạng thái"</th>
                        <th scope="col">"Mẫu"</th>
                        <th scope="col">"Điểm tự chấm"</th>
                        <th scope="col">"Tự xếp loại"</th>
                        <th scope="col">"Chi bộ đề xuất"</th>
                        <th scope="col">"Nhận xét của chi bộ"</th>
                        <th scope="col">"Đảng ủy quyết định"</th>
                        <th scope="col">"Lưu ý"</th>
                        <th scope="col">"Bản kiểm điểm"</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let Some(e) = entry.get() else { return Vec::new() };
                            let d = decision.get();
                            e.members.into_iter().enumerate().map(|(i, m)| {
                                let level = final_level(&m, d.as_ref());
                                let current = level.map_or("", Level::code);
                                let select_id = format!("quyet-dinh-{}", i + 1);
                                let label = format!("Mức đảng ủy quyết định cho {}", m.name);
                                let mut notes = Vec::new();
                                if m.votes_below { notes.push("Biểu quyết chưa đạt ngưỡng".to_owned()); }
                                if let (Some(l), Some(c)) = (level, m.ceiling) { if l > c { notes.push(format!("Cao hơn mức quy định cho phép ({})", c.label())); } }
                                if m.competent.is_some() { notes.push("Cấp có thẩm quyền xem xét".to_owned()); }
                                if m.changed_file { notes.push(kiemdiem_core::cell::model::CHANGED_FILE.to_owned()); }
                                if m.findings > 0 { notes.push(format!("Chi bộ ghi {} điều cần xem lại", m.findings)); }
                                let (mid, proposed) = (m.id.clone(), m.proposed);
                                let on_change = move |ev: leptos::ev::Event| {
                                    store.decide_member(&id.get_untracked(), &cell.get_untracked(), &mid, Level::from_code(&event_target_value(&ev)), proposed);
                                };
                                let print_member = m.id.clone();
                                let on_print = move |_| {
                                    let target = PrintRoute::CommitteeMember(cell.get_untracked(), print_member.clone());
                                    open_print(store, id.get_untracked(), cell.get_untracked(), target, error)
                                };
                                let exempt = m.status == RowStatus::Exempt;
                                view! {
                                    <tr class:exempt=exempt class:changed=level != m.proposed>
                                        <td class="n">{i + 1}</td>
                                        <th scope="row" class="name">{if m.name.is_empty() { "(chưa có tên)".to_owned() } else { m.name.clone() }}</th>
                                        <td data-label="Trạng thái">{m.status_label.clone()}</td>
                                        <td data-label="Mẫu">{m.form.clone()}</td>
                                        <td class="num" data-label="Điểm tự chấm">{m.total.clone().unwrap_or_default()}</td>
                                        <td data-label="Tự xếp loại">{m.self_level.map_or("", Level::label)}</td>
                                        <td data-label="Chi bộ đề xuất">{m.proposed.map_or("", Level::label)}</td>
                                        <td class="comment" data-label="Nhận xét của chi bộ">{m.comment.clone()}</td>
                                        <td class="proposal" data-label="Đảng ủy quyết định">
                                            <label class="visually-hidden" for=select_id.clone()>{label}</label>
                                            <select id=select_id disabled=exempt on:change=on_change>
                                                <option value="" selected=current.is_empty()>"Chưa xếp loại"</option>
                                                {Level::ALL.into_iter().map(|l| view! { <option value=l.code() selected=current == l.code()>{l.label()}</option> }).collect_view()}
                                            </select>
                                        </td>
                                        <td data-label="Lưu ý">{notes.join("; ")}</td>
                                        <td>{m.review.is_some().then(|| view! { <button type="button" class="link" on:click=on_print>"Xem bản in"</button> })}</td>
                                    </tr>
                                }
                            }).collect::<Vec<_>>()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
