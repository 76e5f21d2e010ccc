//! The committees kept on this device, and a new one for a year. A committee clerk may keep
//! several committees and years on one device.

use crate::nav::use_navigate;
use kiemdiem_core::year::{default_year, YEARS};
use leptos::prelude::*;

use crate::committee::store::use_committee_store;
use crate::components::page_heading::PageHeading;
use crate::routes::{CommitteeRoute, Route};

#[component]
pub fn CommitteeHome() -> impl IntoView {
    let store = use_committee_store();
    let year =
        RwSignal::new(default_year(kiemdiem_core::template::DocKind::CellReview, crate::clock::today()).to_string());
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match year.get_untracked().trim().parse::<i32>().ok().filter(|y| YEARS.contains(y)) {
            Some(y) => {
                error.set(None);
                let id = store.create(y);
                navigate(&CommitteeRoute::Profile(id.clone()).href());
            }
            None => {
                error.set(Some(format!(
                    "Năm kiểm điểm phải là một số từ {} đến {}, ví dụ 2025.",
                    YEARS.start(),
                    YEARS.end()
                )));
                crate::components::focus::focus_element("nam-moi");
            }
        }
    };
    let list = move || {
        let all = store.committees();
        if all.is_empty() {
            return view! { <p>"Chưa có hồ sơ đảng ủy nào trên máy này."</p> }.into_any();
        }
        view! {
            <ul class="doc-list">
                {all.into_iter().map(|c| view! { <li><a href=CommitteeRoute::Overview(c.id.clone()).href()>{c.title()}</a></li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <PageHeading title="Đảng ủy: tổng hợp các chi bộ"/>
        <crate::components::wipe::WipedNote/>
        <p class="lead">
            "Dành cho văn phòng, ban tổ chức của đảng ủy: nhận gói hồ sơ của các chi bộ, xem toàn bộ đảng viên, "
            "quyết định mức xếp loại cuối cùng, kiểm tra tỉ lệ xuất sắc ở phạm vi đảng bộ, gửi quyết định cho chi bộ và báo cáo lên cấp trên."
        </p>
        <section>
            <h2>"Hồ sơ trên máy này"</h2>
            {list}
        </section>
        <section>
            <h2>"Lập hồ sơ đảng ủy mới"</h2>
            <form class="inline-form" on:submit=create novalidate>
                <div class="field">
                    <label for="nam-moi">"Năm kiểm điểm"</label>
                    <input id="nam-moi" type="text" inputmode="numeric" prop:value=move || year.get()
                        on:input=move |ev| year.set(event_target_value(&ev))
                        aria-describedby=move || error.with(|e| e.as_ref().map(|_| "nam-moi-loi"))/>
                </div>
                <button type="submit" class="button primary">"Lập hồ sơ"</button>
                <p class="field-error" id="nam-moi-loi" role="alert">{move || error.get()}</p>
            </form>
        </section>
        <crate::components::wipe::WipeDevice>
            <p>
                "Sao lưu trước: các gói của chi bộ nhập lại được từ chính các tệp chi bộ đã gửi; "
                "mức xếp loại cuối cùng đảng ủy đã quyết định nằm trong tệp quyết định và báo cáo, tải ở trang Xuất tệp của mỗi hồ sơ:"
            </p>
            <ul>
                {move || store.committees().into_iter().map(|c| view! {
                    <li><a href=CommitteeRoute::Export(c.id.clone()).href()>{format!("Xuất tệp: {}", c.title())}</a></li>
                }).collect_view()}
            </ul>
        </crate::components::wipe::WipeDevice>
    }
}
