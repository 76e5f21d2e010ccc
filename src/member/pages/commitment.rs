//! Bản cam kết: the commitments on this device and the start of a new one, taken from the
//! review of the year before (on this device or from a file) so that its shortcomings
//! become the remedy plan.

use crate::nav::use_navigate;
use chrono::Datelike;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::start::{doc_label, docs_of, people, DocSelect};
use crate::clock;
use crate::components::page_heading::PageHeading;
use crate::store::use_store;
use kiemdiem_core::carry;
use kiemdiem_core::date::field_date;
use kiemdiem_core::document::Document;
use kiemdiem_core::file::{self, Payload};
use kiemdiem_core::ids::DocId;
use kiemdiem_core::template::DocKind;
use kiemdiem_core::templates::review_2025::ids;

const TEMPLATE: &str = "2025/CK";

/// The year a new commitment is most likely for (the app's one rule, in the core): the
/// year after the review at hand.
fn default_year() -> i32 {
    kiemdiem_core::year::default_year(DocKind::Commitment, clock::today())
}

/// See the module documentation.
#[component]
pub fn CommitmentPage() -> impl IntoView {
    let store = use_store();
    let navigate = use_navigate();
    let this_year = clock::today().year();
    let year = RwSignal::new(default_year());
    let reviews = Signal::derive(move || docs_of(store, DocKind::Review));
    let persons = Signal::derive(move || people(store));
    // The review of the year before, when there is one.
    let best_review =
        move |y: i32| reviews.with_untracked(|r| r.iter().find(|d| d.year == y - 1).map(|d| d.id.clone()));
    let source = RwSignal::new(best_review(year.get_untracked()));
    let person = RwSignal::new(persons.with_untracked(|p| p.first().map(|d| d.id.clone())));
    let from_file = RwSignal::new(None::<Document>);
    let file_message = RwSignal::new(None::<(bool, String)>);

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(f) = input.files().and_then(|l| l.get(0)) else { return };
        let name = f.name();
        leptos::task::spawn_local(async move {
            let bytes = match crate::files::read::read_chosen_file(f).await {
                Ok(bytes) => bytes,
                Err(why) => {
                    file_message.set(Some((false, why)));
                    return;
                }
            };
            match file::read(&bytes) {
                Ok(read) => match read.value {
                    Payload::Document(d) if read.kind == file::FileKind::Review => {
                        file_message.set(Some((true, format!("Đã đọc tệp \"{name}\": {}.", doc_label(&d)))));
                        from_file.set(Some(d));
                    }
                    _ => file_message.set(Some((
                        false,
                        format!("Tệp \"{name}\" không phải một bản kiểm điểm. Hãy chọn tệp bản kiểm điểm năm trước."),
                    ))),
                },
                Err(e) => file_message.set(Some((false, e.message(&name)))),
            }
        });
    };

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let y = year.get_untracked();
        let mut doc = Document::new(clock::new_id::<DocId>(), TEMPLATE, y, clock::now());
        doc.set_text(ids::WRITTEN_ON, field_date(clock::today()));
        let review =
            from_file.get_untracked().or_else(|| source.get_untracked().and_then(|id| store.get_untracked(&id)));
        match review {
            Some(r) => {
                let c = carry::start_commitment(&mut doc, &r);
                let mut note = format!(
                    "Đã lấy {} nội dung khắc phục từ bản kiểm điểm năm {} vào kế hoạch khắc phục; hãy kiểm tra và bổ sung thời hạn, người theo dõi.",
                    c.items, r.year
                );
                if c.duplicates > 0 {
                    note.push_str(&format!(" Bỏ {} dòng trùng nhau.", c.duplicates));
                }
                if c.over_limit > 0 {
                    note.push_str(&format!(" Bỏ {} dòng vượt quá 50 dòng.", c.over_limit));
                }
                store.notice.set(Some(note));
            }
            None => {
                if let Some(p) = person.get_untracked().and_then(|id| store.get_untracked(&id)) {
                    carry::copy_identity(&p, &mut doc);
                }
            }
        }
        let id = doc.id.clone();
        store.put(doc);
        navigate(&crate::routes::MemberRoute::doc_href(DocKind::Commitment, &id, kiemdiem_core::templates::IDENTITY));
    };

    view! {
        <PageHeading title="Bản cam kết"/>
        <p class="lead">
            "Bản cam kết tu dưỡng, rèn luyện, phấn đấu viết đầu năm, kèm kế hoạch khắc phục những hạn chế đã được chỉ ra. "
            "Trung ương chưa ban hành mẫu chính thức cho bản cam kết: bố cục ở đây theo cách các chi bộ thường làm; chi bộ có thể yêu cầu khác."
        </p>
        <p>"Các bản cam kết đã viết trên máy này nằm ở trang "<a href=crate::routes::Route::href(&crate::routes::MemberRoute::Drafts)>"Bản nháp trên máy này"</a>"."</p>
        <h2>"Bắt đầu bản cam kết mới"</h2>
        <form class="start-form" on:submit=start novalidate>
            <div class="field">
                <label class="field-label" for="commitment-year">"Cam kết cho năm"</label>
                <select id="commitment-year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        year.set(y);
                        source.set(best_review(y));
                    }
                }>
                    {(this_year - 1..=this_year + 1).rev().map(|y| view! {
                        <option value=y.to_string() selected=move || year.get() == y>{y.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            <DocSelect id="commitment-source" label="Lấy hạn chế từ bản kiểm điểm năm trước"
                hint="Các hạn chế (mục II.1) và biện pháp (mục VI) của bản kiểm điểm sẽ thành các dòng của kế hoạch khắc phục; thông tin người viết cũng được điền sẵn."
                none_label="Không dùng bản kiểm điểm nào" options=reviews choice=source/>
            <div class="field">
                <label class="field-label" for="commitment-file">"Hoặc chọn tệp bản kiểm điểm năm trước"</label>
                <input type="file" id="commitment-file" accept=".json,application/json" on:change=on_file/>
                <p role="status" class:field-error=move || file_message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))>
                    {move || file_message.get().map(|(_, m)| m)}
                </p>
            </div>
            {move || (source.with(Option::is_none) && from_file.with(Option::is_none) && !persons.with(Vec::is_empty)).then(|| view! {
                <DocSelect id="commitment-person" label="Điền sẵn thông tin của"
                    hint="Lấy họ tên, ngày sinh, chi bộ… từ văn bản gần nhất của người này trên máy; đồng chí vẫn sửa được."
                    none_label="Người khác (để trống)" options=persons choice=person/>
            })}
            <button type="submit" class="primary">"Bắt đầu"</button>
        </form>
    }
}
