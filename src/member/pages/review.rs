//! Bản kiểm điểm cá nhân: the reviews on this device, and the start of a new one (year and
//! form; two plain questions pick 2A / 2B / 2C for a member who is unsure).

use crate::nav::use_navigate;
use chrono::Datelike;
use leptos::prelude::*;

use crate::clock;
use crate::components::focus::focus_element;
use crate::components::page_heading::PageHeading;
use crate::member::actions::{self, ReviewStart};
use crate::member::pages::start::{docs_of, people, DocSelect};
use crate::routes::{MemberRoute, Route};
use crate::store::use_store;
use kiemdiem_core::document::Document;
use kiemdiem_core::template::DocKind;
use kiemdiem_core::templates;

/// The year a new review is most likely for (the app's one rule, in the core).
fn default_year() -> i32 {
    kiemdiem_core::year::default_year(DocKind::Review, clock::today())
}

/// The form the two questions point to.
fn suggested_form(in_system: Option<bool>, leader: Option<bool>) -> Option<&'static str> {
    match (in_system, leader) {
        (Some(false), _) => Some("2025/2C"),
        (Some(true), Some(true)) => Some("2025/2A"),
        (Some(true), Some(false)) => Some("2025/2B"),
        _ => None,
    }
}

/// See the module documentation.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let store = use_store();
    let navigate = use_navigate();
    let this_year = clock::today().year();
    let year = RwSignal::new(default_year());
    let form = RwSignal::new(String::new());
    let form_error = RwSignal::new(false);
    let in_system = RwSignal::new(None::<bool>);
    let leader = RwSignal::new(None::<bool>);
    let suggestion = move || suggested_form(in_system.get(), leader.get());
    let commitments = Signal::derive(move || docs_of(store, DocKind::Commitment));
    let earlier_reviews = Signal::derive(move || docs_of(store, DocKind::Review));
    let persons = Signal::derive(move || people(store));
    let best = move |docs: Signal<Vec<Document>>, y: i32| {
        docs.with_untracked(|d| d.iter().find(|d| d.year == y).map(|d| d.id.clone()))
    };
    let commitment_src = RwSignal::new(best(commitments, year.get_untracked()));
    let review_src = RwSignal::new(best(earlier_reviews, year.get_untracked() - 1));
    let person = RwSignal::new(persons.with_untracked(|p| p.first().map(|d| d.id.clone())));

    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(template) = templates::get(&form.get_untracked()) else {
            form_error.set(true);
            focus_element("form-choice-0");
            return;
        };
        let start = ReviewStart {
            template: template.id.to_owned(),
            year: year.get_untracked(),
            commitment: commitment_src.get_untracked(),
            last_review: review_src.get_untracked(),
            person: person.get_untracked(),
        };
        let Some(started) = actions::start_review(store, &start) else { return };
        if started.note.is_some() {
            store.notice.set(started.note);
        }
        navigate(&started.href);
    };

    let form_choices = templates::of_kind(DocKind::Review)
        .enumerate()
        .map(|(i, t)| {
            view! {
                <label class="choice choice-card">
                    <input type="radio" name="form-choice" id=format!("form-choice-{i}") value=t.id
                        aria-describedby=move || form_error.get().then_some("form-choice-error")
                        prop:checked=move || form.with(|f| f == t.id)
                        on:change=move |_| { form.set(t.id.to_owned()); form_error.set(false); }/>
                    <span><strong>{t.name}</strong>{format!(": {}", t.audience)}</span>
                </label>
            }
        })
        .collect_view();

    let yes_no = move |name: &'static str, signal: RwSignal<Option<bool>>| {
        [(true, "Có"), (false, "Không")]
            .into_iter()
            .map(|(v, label)| {
                view! {
                    <label class="choice">
                        <input type="radio" name=name prop:checked=move || signal.get() == Some(v)
                            on:change=move |_| {
                                signal.set(Some(v));
                                if let Some(t) = suggested_form(in_system.get_untracked(), leader.get_untracked()) {
                                    form.set(t.to_owned());
                                    form_error.set(false);
                                }
                            }/>
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
    };

    view! {
        <PageHeading title="Bản kiểm điểm cá nhân"/>
        <p class="lead">
            "Bản kiểm điểm, tự đánh giá, xếp loại cá nhân cuối năm theo Hướng dẫn 43-HD/BTCTW. "
            "Ứng dụng hướng dẫn từng bước, tự chấm tổng điểm và đối chiếu mức xếp loại đồng chí đề xuất với Quy định 366-QĐ/TW."
        </p>
        <p>"Các bản kiểm điểm đã viết trên máy này nằm ở trang "<a href=MemberRoute::Drafts.href()>"Bản nháp trên máy này"</a>"."</p>
        <h2>"Bắt đầu bản kiểm điểm mới"</h2>
        <form class="start-form" on:submit=start novalidate>
            <div class="field">
                <label class="field-label" for="review-year">"Năm kiểm điểm"</label>
                <select id="review-year" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        year.set(y);
                        commitment_src.set(best(commitments, y));
                        review_src.set(best(earlier_reviews, y - 1));
                    }
                }>
                    {(this_year - 2..=this_year).rev().map(|y| view! {
                        <option value=y.to_string() selected=move || year.get() == y>{y.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || (!commitments.with(Vec::is_empty)).then(|| view! {
                <DocSelect id="review-commitment" label="Bản cam kết của năm này"
                    hint="Các nội dung đã cam kết sẽ được liệt kê ở mục I.3 để đồng chí báo cáo kết quả; kế hoạch khắc phục được đưa vào mục III."
                    none_label="Không dùng bản cam kết" options=commitments choice=commitment_src/>
            })}
            {move || (!earlier_reviews.with(Vec::is_empty)).then(|| view! {
                <DocSelect id="review-last" label="Bản kiểm điểm năm trước"
                    hint="Các hạn chế ở mục II.1 của bản này được liệt kê ở mục III để đồng chí cho biết đã khắc phục đến đâu."
                    none_label="Không dùng bản kiểm điểm năm trước" options=earlier_reviews choice=review_src/>
            })}
            {move || (commitment_src.with(Option::is_none) && review_src.with(Option::is_none) && !persons.with(Vec::is_empty)).then(|| view! {
                <DocSelect id="review-person" label="Điền sẵn thông tin của"
                    hint="Lấy họ tên, ngày sinh, chi bộ… từ văn bản gần nhất của người này trên máy; đồng chí vẫn sửa được."
                    none_label="Người khác (để trống)" options=persons choice=person/>
            })}
            <fieldset class="field field-choice" class:has-error=move || form_error.get()>
                <legend class="field-label">"Mẫu bản kiểm điểm"</legend>
                <p class="field-error" id="form-choice-error" aria-live="polite">
                    {move || form_error.get().then_some("Hãy chọn một mẫu, hoặc trả lời hai câu hỏi bên dưới để ứng dụng chọn giúp.")}
                </p>
                <div class="choices">{form_choices}</div>
            </fieldset>
            <details class="form-helper">
                <summary>"Chưa rõ nên dùng mẫu nào? Trả lời hai câu hỏi"</summary>
                <fieldset class="field field-choice">
                    <legend class="field-label">"1. Đồng chí có đang làm việc trong hệ thống chính trị không?"</legend>
                    <p class="field-hint">"Tức là ở cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc, các đoàn thể, lực lượng vũ trang, đơn vị sự nghiệp công lập hoặc doanh nghiệp nhà nước. Cán bộ đã nghỉ hưu, học sinh, sinh viên, người làm ở doanh nghiệp tư nhân chọn \"Không\"."</p>
                    <div class="choices">{yes_no("q-system", in_system)}</div>
                </fieldset>
                <Show when=move || in_system.get() == Some(true)>
                    <fieldset class="field field-choice">
                        <legend class="field-label">"2. Đồng chí có giữ chức vụ lãnh đạo, quản lý không?"</legend>
                        <p class="field-hint">"Ví dụ: cấp trưởng, cấp phó của cơ quan, đơn vị, phòng, ban; bí thư, phó bí thư cấp ủy."</p>
                        <div class="choices">{yes_no("q-leader", leader)}</div>
                    </fieldset>
                </Show>
                <p class="suggestion" aria-live="polite">
                    {move || suggestion().and_then(templates::get).map(|t| format!("Đồng chí dùng {}: {}. Mẫu này đã được chọn ở trên.", t.name, t.audience))}
                </p>
            </details>
            <button type="submit" class="primary">"Bắt đầu"</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::suggested_form;

    #[test]
    fn two_questions_pick_the_form() {
        assert_eq!(suggested_form(Some(false), None), Some("2025/2C"));
        assert_eq!(suggested_form(Some(false), Some(true)), Some("2025/2C"));
        assert_eq!(suggested_form(Some(true), Some(true)), Some("2025/2A"));
        assert_eq!(suggested_form(Some(true), Some(false)), Some("2025/2B"));
        assert_eq!(suggested_form(Some(true), None), None);
        assert_eq!(suggested_form(None, None), None);
    }
}
