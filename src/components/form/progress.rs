//! The wizard's progress: steps done out of all, which steps have problems, and a link to
//! every step so the user can go anywhere.

use leptos::prelude::*;

use super::use_editor;

/// `base` is the document's address without the step, e.g. `/ban-kiem-diem/<id>`;
/// `current` the id of the step on screen (`xem-lai` for the review page).
#[component]
pub fn Progress(base: String, #[prop(into)] current: Signal<String>) -> impl IntoView {
    let ed = use_editor();
    let steps = &ed.template.steps;
    let total = steps.len();
    let done = move || steps.iter().filter(|s| ed.problems_in(s.id) == 0).count();
    let items = steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let href = format!("{base}/{}", s.id);
            let is_current = move || current.with(|c| c == s.id);
            let status = move || {
                let n = ed.problems_in(s.id);
                if n == 0 {
                    ("done", "đã xong".to_owned())
                } else if ed.revealed.with(|r| r.contains(s.id)) {
                    ("problem", format!("còn {n} chỗ cần sửa"))
                } else {
                    ("todo", "chưa xong".to_owned())
                }
            };
            view! {
                <li class=move || format!("step {}", status().0) class:current=is_current>
                    <a href=href aria-current=move || is_current().then_some("step")>
                        {format!("{}. {}", i + 1, s.title)}
                    </a>
                    <span class="step-status">{move || format!(" ({})", status().1)}</span>
                </li>
            }
        })
        .collect_view();
    let review_href = format!("{base}/xem-lai");
    let on_review = move || current.with(|c| c == crate::routes::REVIEW_STEP);
    // Open beside the form on a wide screen; folded on a phone so the form comes first.
    let wide = window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= 896.0);
    view! {
        <details class="progress" open=wide>
            <summary class="progress-count">{move || format!("Các bước: đã xong {}/{} bước", done(), total)}</summary>
            <nav aria-label="Các bước">
            <ol>
                {items}
                <li class="step review" class:current=on_review>
                    <a href=review_href aria-current=move || on_review().then_some("step")>
                        {format!("{}. Xem lại và hoàn thành", total + 1)}
                    </a>
                </li>
            </ol>
            </nav>
        </details>
    }
}
