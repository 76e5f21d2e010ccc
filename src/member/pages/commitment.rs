//! Bản cam kết: the commitments on this device and the start of a new one, taken from the
//! review of the year before (on this device or from a file) so that its shortcomings
//! become the remedy plan.

use crate::nav::use_navigate;
use chrono::Datelike;
use leptos::prelude::*;

use super::start::{doc_label, docs_of, people, DocSelect};
use crate::clock;
use crate::components::page_heading::PageHeading;
use crate::member::actions;
use crate::store::use_store;
use kiemdiem_core::document::Document;
use kiemdiem_core::template::DocKind;

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

    let on_file = move |files: Vec<web_sys::File>| {
        let Some(f) = files.into_iter().next() else { return };
        let name = crate::files::read::name_of(&f);
        leptos::task::spawn_local(async move {
            let bytes = match crate::files::read::read_chosen_file(f).await {
                Ok(bytes) => bytes,
                Err(why) => {
                    file_message.set(Some((false, why)));
                    return;
                }
            };
            match actions::read_review_file(&name, &bytes) {
                Ok(d) => {
                    file_message.set(Some((true, format!("Đã đọc tệp \"{name}\": {}.", doc_label(&d)))));
                    from_file.set(Some(d));
                }
                Err(why) => file_message.set(Some((false, why))),
            }
        });
    };

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let review =
            from_file.get_untracked().or_else(|| source.get_untracked().and_then(|id| store.get_untracked(&id)));
        let started =
            actions::start_commitment(store, year.get_untracked(), review.as_ref(), person.get_untracked().as_ref());
        if started.note.is_some() {
            store.notice.set(started.note);
        }
        navigate(&started.href);
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
                <crate::components::file_drop::FileDrop id="commitment-file" label="Hoặc chọn tệp bản kiểm điểm năm trước"
                    error_id="commitment-file-status" invalid=Signal::derive(move || file_message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok)))
                    on_files=on_file/>
                <p role="status" id="commitment-file-status" class:field-error=move || file_message.with(|m| m.as_ref().is_some_and(|(ok, _)| !ok))>
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
