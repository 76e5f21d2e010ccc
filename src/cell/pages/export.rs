//! What the cell sends up: the bundle (JSON, in the app's envelope), and the roster and
//! summary for Excel (.xlsx, made on demand by the office writer; and CSV, UTF-8 with a
//! byte-order mark). What the bundle still lacks is listed first, with links to where
//! each gap is filled, and an unfinished bundle is sent only once the secretary says so.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::store::use_cell_store;
use crate::files::save::{save_text, save_typed};
use crate::routes::{CellRoute, Route};
use crate::store::use_store;
use kiemdiem_core::cell::export::{csv_file_name, roster_csv, xlsx_file_name};
use kiemdiem_core::cell::readiness::{Gap, GapPlace};
use kiemdiem_core::ids::WorkspaceId;

/// How many names a gap lists before "và N đồng chí khác".
const NAMES_SHOWN: usize = 12;

#[component]
pub fn ExportPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Xuất tệp gửi cấp trên"><ExportBody/></WorkspaceFrame> }
}

#[component]
fn ExportBody() -> impl IntoView {
    let store = use_cell_store();
    let docs = use_store();
    let ws = use_ws_id();
    let message = RwSignal::new(None::<String>);

    let bundle_file = Callback::new(move |()| {
        crate::cell::actions::bundle_file(store, docs, &ws.get_untracked())
            .ok_or_else(|| "không tìm thấy hồ sơ chi bộ".to_owned())
    });
    // Signed with this device's key, so that the committee can tell the cell's bundle from
    // a copy changed by anyone it passed through.
    let save_bundle = move || {
        if let Ok((name, text)) = bundle_file.run(()) {
            leptos::task::spawn_local(async move {
                let text = crate::files::sign::sign_text(text).await;
                message.set(Some(match save_text(&name, &text) {
                    Ok(()) => format!("Đã xuất gói chi bộ \"{name}\"."),
                    Err(why) => format!("Không xuất được gói chi bộ: {why}."),
                }));
            });
        }
    };
    let gaps = Memo::new(move |_| crate::cell::actions::bundle_gaps(store, docs, &ws.get()));
    // An unfinished bundle is asked about once per visit of the page.
    let asking = RwSignal::new(false);
    let accepted = RwSignal::new(false);
    let bundle = move |_| {
        if gaps.with_untracked(Vec::is_empty) || accepted.get_untracked() {
            save_bundle();
        } else {
            asking.set(true);
        }
    };
    let question = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if asking.get() {
            if let Some(h) = question.get() {
                let _ = h.focus();
            }
        }
    });
    let csv = move |_| {
        let made = store.with_lines(&ws.get_untracked(), |w, lines| (csv_file_name(w), roster_csv(lines)));
        if let Some((name, text)) = made {
            message.set(Some(match save_typed(&name, &text, "text/csv;charset=utf-8") {
                Ok(()) => format!("Đã xuất bảng danh sách \"{name}\"."),
                Err(why) => format!("Không xuất được bảng danh sách: {why}."),
            }));
        }
    };

    // The workbook is made by the office writer, fetched on the first use.
    let xlsx = move |_| {
        let Some(name) = store.with_lines(&ws.get_untracked(), |w, _| xlsx_file_name(w)) else { return };
        let Ok((_, bundle)) = bundle_file.run(()) else { return };
        message.set(Some("Đang tạo bảng Excel…".to_owned()));
        leptos::task::spawn_local(async move {
            let book = crate::files::office::Workbook::CellBundle(bundle);
            message.set(Some(match crate::files::office::save_xlsx(&name, book).await {
                Ok(()) => format!("Đã xuất bảng Excel \"{name}\" (trang Danh sách và trang Tổng hợp)."),
                Err(why) => format!("Không xuất được bảng Excel: {why}."),
            }));
        });
    };

    view! {
        <section class="stack" aria-labelledby="goi-con-thieu">
            {move || {
                let list = gaps.get();
                if list.is_empty() {
                    view! {
                        <h2 id="goi-con-thieu">"Gói chi bộ đã đủ để gửi cấp trên"</h2>
                        <p class="finding-ok">"Mọi đảng viên đã có bản kiểm điểm, mức chi bộ đề xuất và kết quả biểu quyết; báo cáo của chi bộ (Mẫu 01) đã lập; bảng kiểm tra quy định không còn lỗi."</p>
                    }.into_any()
                } else {
                    view! {
                        <h2 id="goi-con-thieu">"Gói chi bộ chưa hoàn thành: còn thiếu"</h2>
                        <ul class="gaps">
                            {list.into_iter().map(|g| view! { <GapLine gap=g ws=ws.get_untracked()/> }).collect_view()}
                        </ul>
                        <p>"Đồng chí vẫn xuất được gói chưa hoàn thành (ví dụ để chuyển sang máy khác); tên tệp sẽ có chữ \"chua-hoan-thanh\" để cấp trên không nhầm với gói chính thức."</p>
                    }.into_any()
                }
            }}
        </section>
        <section class="stack">
            <h2>"Gói chi bộ (.json)"</h2>
            <p>"Một tệp gồm hồ sơ chi bộ, báo cáo của chi bộ (Mẫu 01), bản kiểm điểm của từng đảng viên, nhận xét, mức đề xuất và kết quả biểu quyết của chi bộ, và bảng tổng hợp. Gửi tệp này cho đảng ủy cấp trên; mở tệp trên máy khác sẽ được đúng hồ sơ này."</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=bundle>
                    {move || if gaps.with(Vec::is_empty) { "Tải gói chi bộ" } else { "Tải gói chi bộ (chưa hoàn thành)" }}
                </button>
                <Show when=move || gaps.with(Vec::is_empty) || accepted.get()>
                    <crate::components::share_button::SignedShareButton make=bundle_file said=message/>
                </Show>
            </div>
            <crate::components::fingerprint::DeviceFingerprint what="Gói" receiver="đảng ủy"/>
            <Show when=move || asking.get()>
                <div class="confirm-box" role="group" aria-labelledby="hoi-xuat">
                    <h3 id="hoi-xuat" tabindex="-1" node_ref=question>"Xuất gói chưa hoàn thành?"</h3>
                    <p>{move || format!(
                        "Gói còn thiếu {} mục đã liệt kê ở trên. Nếu gửi cho đảng ủy bây giờ, đảng ủy sẽ thấy các đảng viên chưa được xét. Tệp sẽ mang tên có chữ \"chua-hoan-thanh\".",
                        gaps.with(Vec::len)
                    )}</p>
                    <div class="actions">
                        <button type="button" class="button primary" on:click=move |_| {
                            accepted.set(true);
                            asking.set(false);
                            save_bundle();
                        }>"Vẫn xuất gói chưa hoàn thành"</button>
                        <button type="button" class="button secondary" on:click=move |_| asking.set(false)>"Để sau"</button>
                    </div>
                </div>
            </Show>
        </section>
        <section class="stack">
            <h2>"Bảng danh sách và tổng hợp cho Excel"</h2>
            <p>"Mỗi đảng viên một dòng: trạng thái, mẫu, điểm tự chấm, khung điểm, mức tự xếp loại, nhận xét, mức chi bộ đề xuất và số phiếu. Tệp Excel (.xlsx) có thêm trang Tổng hợp; điểm và số phiếu là số, tính toán được ngay. Tệp .csv là bảng chữ đơn giản, mở được bằng mọi chương trình."</p>
            <div class="actions">
                <button type="button" class="button secondary" on:click=xlsx>"Tải bảng Excel (.xlsx)"</button>
                <button type="button" class="button secondary" on:click=csv>"Tải bảng danh sách (.csv)"</button>
            </div>
        </section>
        <section class="stack">
            <h2>"Bản in"</h2>
            <p><a href=move || crate::routes::Route::href(&crate::routes::PrintRoute::Roster(ws.get()))>"Xem bản in danh sách và tổng hợp (khổ A4)"</a></p>
        </section>
        <p role="status">{move || message.get()}</p>
    }
}

/// One gap: what is missing, the members concerned (each a link to where it is filled) and
/// a link to the screen that fills it.
#[component]
fn GapLine(gap: Gap, ws: WorkspaceId) -> impl IntoView {
    let (place, label) = match gap.place {
        GapPlace::Members => (CellRoute::Roster(ws.clone()), "Mở danh sách đảng viên"),
        GapPlace::Meeting => {
            (CellRoute::Meeting(ws.clone(), gap.members.first().map(|m| m.0.clone())), "Mở hội nghị: xét từng đồng chí")
        }
        GapPlace::Report => (CellRoute::report_start(ws.clone()), "Lập báo cáo của chi bộ (Mẫu 01)"),
        GapPlace::Rules => (CellRoute::Rules(ws.clone()), "Mở bảng kiểm tra quy định"),
    };
    let more = gap.members.len().saturating_sub(NAMES_SHOWN);
    let any = !gap.members.is_empty();
    let to_member = gap.place.clone();
    let names = gap
        .members
        .into_iter()
        .take(NAMES_SHOWN)
        .map(|(id, name)| {
            let href = match to_member {
                GapPlace::Meeting => CellRoute::Meeting(ws.clone(), Some(id)).href(),
                _ => CellRoute::Member(ws.clone(), id).href(),
            };
            view! { <li><a href=href>{name}</a></li> }
        })
        .collect_view();
    view! {
        <li>
            <strong>{gap.text}</strong>
            {any.then(|| view! {
                <ul class="gap-names">
                    {names}
                    {(more > 0).then(|| view! { <li>{format!("và {more} đồng chí khác")}</li> })}
                </ul>
            })}
            <a href=place.href()>{label}</a>
        </li>
    }
}
