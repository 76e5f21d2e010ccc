//! What the cell sends up: the bundle (JSON, in the app's envelope), and the roster and
//! summary for Excel (.xlsx, made on demand by the office writer; and CSV, UTF-8 with a
//! byte-order mark).

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::store::use_cell_store;
use crate::files::save::{save_text, save_typed};
use crate::store::use_store;
use kiemdiem_core::cell::export::{csv_file_name, roster_csv, xlsx_file_name};

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
    let bundle = move |_| {
        if let Ok((name, text)) = bundle_file.run(()) {
            message.set(Some(match save_text(&name, &text) {
                Ok(()) => format!("Đã xuất gói chi bộ \"{name}\"."),
                Err(why) => format!("Không xuất được gói chi bộ: {why}."),
            }));
        }
    };
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
        <section class="stack">
            <h2>"Gói chi bộ (.json)"</h2>
            <p>"Một tệp gồm hồ sơ chi bộ, báo cáo của chi bộ (Mẫu 01), bản kiểm điểm của từng đảng viên, nhận xét, mức đề xuất và kết quả biểu quyết của chi bộ, và bảng tổng hợp. Gửi tệp này cho đảng ủy cấp trên; mở tệp trên máy khác sẽ được đúng hồ sơ này."</p>
            <div class="actions">
                <button type="button" class="button primary" on:click=bundle>"Tải gói chi bộ"</button>
                <crate::components::share_button::ShareButton make=bundle_file said=message/>
            </div>
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
