//! Xuất tệp: what leaves the committee. A decision file per cell or one for all (each
//! cell's workspace imports it and shows the final levels), the report as JSON and as a
//! CSV table for Excel, and the summary in the print layout.

use kiemdiem_core::committee::report::{report, report_csv, report_file_name, wrap_report};
use kiemdiem_core::file;
use kiemdiem_core::ids::WorkspaceId;
use leptos::prelude::*;

use super::frame::{use_committee_id, CommitteeFrame};
use super::overview::use_figures;
use crate::clock;
use crate::committee::actions;
use crate::committee::store::use_committee_store;
use crate::files::save::{save_text, save_typed};
use crate::persist::keys::HANDOFF_PREFIX;
use crate::routes::{PrintRoute, Route};
use crate::store::APP_VERSION;

#[component]
pub fn ExportPage() -> impl IntoView {
    view! { <CommitteeFrame title="Xuất tệp"><Exports/></CommitteeFrame> }
}

#[component]
fn Exports() -> impl IntoView {
    let store = use_committee_store();
    let id = use_committee_id();
    let f = use_figures();
    let message = RwSignal::new(None::<(bool, String)>);
    let chosen = RwSignal::new(String::new());
    let say = move |result: Result<(), String>, done: String| {
        message.set(Some(match result {
            Ok(()) => (true, done),
            Err(why) => (false, format!("Không xuất được tệp: {why}.")),
        }))
    };
    let decisions_of = move |cell: Option<WorkspaceId>| {
        let Some(c) = store.get(&id.get_untracked()) else { return };
        let decisions = f.decisions.get_untracked();
        let made = f.entries.with_untracked(|entries| actions::decision_file(&c, entries, &decisions, cell.as_ref()));
        match made {
            // Signed with this device's key: the cells pin it and are warned of any other.
            Ok((name, text)) => leptos::task::spawn_local(async move {
                let text = crate::files::sign::sign_text(text).await;
                say(save_text(&name, &text), format!("Đã xuất tệp \"{name}\". Hãy gửi tệp cho chi bộ: chi bộ nhập tệp ở trang danh sách đảng viên và thấy mức cuối cùng bên cạnh mức đề xuất."));
            }),
            Err(why) => message.set(Some((false, why))),
        }
    };
    let the_report = move || {
        let c = store.get(&id.get_untracked())?;
        let r = f.entries.with_untracked(|e| {
            f.decisions.with_untracked(|d| f.overview.with_untracked(|o| report(&c.profile, e, d, o)))
        });
        Some((c, r))
    };
    let json = move |_| {
        let Some((c, r)) = the_report() else { return };
        let name = report_file_name(&c.profile, "json");
        let env = wrap_report(&r, &clock::new_id::<String>(), clock::now(), APP_VERSION);
        say(save_text(&name, &file::to_file_text(&env)), format!("Đã xuất tệp \"{name}\"."));
    };
    let csv = move |_| {
        let Some((c, r)) = the_report() else { return };
        let name = report_file_name(&c.profile, "csv");
        say(
            save_typed(&name, &report_csv(&r), "text/csv;charset=utf-8"),
            format!("Đã xuất tệp \"{name}\" (mở được bằng Excel)."),
        );
    };
    let xlsx = move |_| {
        let Some((c, r)) = the_report() else { return };
        let name = report_file_name(&c.profile, "xlsx");
        let Ok(json) = serde_json::to_string(&r) else { return };
        message.set(Some((true, "Đang tạo bảng Excel…".to_owned())));
        leptos::task::spawn_local(async move {
            let book = crate::files::office::Workbook::CommitteeReport(json);
            say(crate::files::office::save_xlsx(&name, book).await, format!("Đã xuất tệp \"{name}\"."));
        });
    };
    let print = move |_| {
        let Some((_, r)) = the_report() else { return };
        let c = id.get_untracked();
        let stored = serde_json::to_string(&r).ok().and_then(|text| {
            let s = web_sys::window()?.session_storage().ok()??;
            s.set_item(&format!("{HANDOFF_PREFIX}report/{c}"), &text).ok()
        });
        match stored {
            Some(()) => crate::nav::go_to_other_app(&PrintRoute::CommitteeReport(c.clone()).href()),
            None => message.set(Some((
                false,
                "Trình duyệt không cho mở bản in (bộ nhớ phiên bị tắt hoặc đã đầy). Hãy đóng bớt thẻ rồi thử lại."
                    .into(),
            ))),
        }
    };
    view! {
        <section>
            <h2>"Quyết định xếp loại gửi chi bộ"</h2>
            <p class="hint">"Tệp ghi mức cuối cùng của từng đảng viên (mức đảng ủy quyết định, hoặc mức chi bộ đề xuất nếu đảng ủy không đổi) và mức xếp loại chi bộ."</p>
            <div class="inline-form">
                <div class="field">
                    <label for="xuat-chi-bo">"Chi bộ"</label>
                    <select id="xuat-chi-bo" on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">"Chọn chi bộ"</option>
                        {move || f.entries.get().into_iter().map(|e| view! { <option value=e.cell.to_string()>{e.title()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="button" class="button primary" on:click=move |_| decisions_of(Some(WorkspaceId::from(chosen.get_untracked())))>"Xuất quyết định của chi bộ này"</button>
                <button type="button" class="button secondary" on:click=move |_| decisions_of(None)>"Xuất một tệp cho tất cả chi bộ"</button>
            </div>
            <crate::components::fingerprint::DeviceFingerprint what="Tệp quyết định và bộ tiêu chí" receiver="chi bộ"/>
        </section>
        <section>
            <h2>"Báo cáo lên cấp trên"</h2>
            <div class="banner-actions">
                <button type="button" class="button primary" on:click=json>"Tải báo cáo (.json)"</button>
                <button type="button" class="button secondary" on:click=xlsx>"Tải bảng Excel (.xlsx)"</button>
                <button type="button" class="button secondary" on:click=csv>"Tải bảng tổng hợp (.csv)"</button>
                <button type="button" class="button secondary" on:click=print>"Mở bản in tổng hợp"</button>
            </div>
        </section>
        <p role="status" class:field-error=move || message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))>{move || message.get().map(|(_, m)| m)}</p>
    }
}
