//! The editor of one document, whatever its template: the step on screen, the progress, the
//! way back and forth, and the review page at the end. The screen that shows it (a
//! member's document, a cell's Mẫu 01) gives the step from its address and the address of
//! the steps, so a reload or the back button returns to the same step.

use leptos::prelude::*;

use super::progress::Progress;
use super::section::SectionView;
use super::summary::Summary;
use super::Editor;
use crate::components::page_heading::PageHeading;
use crate::components::save_status::SaveBar;
use crate::routes::{self as paths, MemberRoute, PrintRoute, Route};
use crate::store::use_store;
use kiemdiem_core::document::Document;
use kiemdiem_core::template::Template;
use kiemdiem_core::templates::review_2025::ids;

/// The editor of one document at `base` (default: the document's own address), at `step`.
#[component]
pub fn DocumentEditor(
    doc: Document,
    template: &'static Template,
    #[prop(optional)] base: Option<String>,
    /// The step on screen, from the address.
    #[prop(into)]
    step: Signal<String>,
) -> impl IntoView {
    let store = use_store();
    let base = base.unwrap_or_else(|| MemberRoute::steps_base(template.kind, &doc.id));
    let base = base.trim_end_matches('/').to_owned();
    let context = format!("{} năm {} · {}", template.kind.label(), doc.year, template.name);
    let ed = Editor::provide(template, doc, store);

    // Leaving a step shows its problems from then on.
    Effect::new(move |previous: Option<String>| {
        let now = step.get();
        if let Some(left) = previous.filter(|p| *p != now).and_then(|p| template.step(&p)) {
            ed.revealed.update(|r| {
                r.insert(left.id);
            });
        }
        now
    });

    let index = Memo::new(move |_| step.with(|s| template.steps.iter().position(|st| st.id == s)));
    let total = template.steps.len() + 1;
    let person = move || ed.doc.with(|d| d.text(ids::FULL_NAME).to_owned());
    let nav_base = base.clone();
    let body_base = base.clone();
    view! {
        <p class="doc-context">
            {context}
            {move || match person() { n if n.is_empty() => String::new(), n => format!(" · {n}") }}
            " · "<a href=PrintRoute::Document(ed.id()).href()>"Xem bản in"</a>
        </p>
        {move || {
            let title = match index.get() {
                Some(i) => format!("Bước {}/{total}: {}", i + 1, template.steps[i].title),
                None => format!("Bước {total}/{total}: Xem lại và hoàn thành"),
            };
            view! { <PageHeading title=title/> }
        }}
        <SaveBar/>
        <UnconfirmedWording template=template/>
        <div class="editor">
            <Progress base=base.clone() current=step/>
            <div class="step-body">
                {move || match index.get() {
                    Some(i) => {
                        let s = &template.steps[i];
                        s.sections.iter().map(|sec| view! { <SectionView section=sec step=s.id/> }).collect_view().into_any()
                    }
                    None => view! { <Summary base=body_base.clone()/> }.into_any(),
                }}
                <nav class="step-nav" aria-label="Chuyển bước">
                    {move || {
                        let (prev, next) = match index.get() {
                            Some(i) => (
                                i.checked_sub(1).map(|j| template.steps[j].id),
                                Some(template.steps.get(i + 1).map(|s| s.id).unwrap_or(paths::REVIEW_STEP)),
                            ),
                            None => (template.steps.last().map(|s| s.id), None),
                        };
                        let nav_base = nav_base.clone();
                        view! {
                            {prev.map(|p| view! { <a href=format!("{nav_base}/{p}") class="button secondary">"Quay lại"</a> })}
                            {next.map(|n| view! { <a href=format!("{nav_base}/{n}") class="button primary">"Tiếp tục"</a> })}
                        }
                    }}
                </nav>
            </div>
        </div>
    }
}

/// Said once per document (not under each heading): some headings and notes of the form
/// are not confirmed word for word; the list is behind a disclosure.
#[component]
fn UnconfirmedWording(template: &'static Template) -> impl IntoView {
    let sections = template.unconfirmed_sections();
    (!sections.is_empty()).then(|| {
        view! {
            <details class="wording-once">
                <summary>"Một vài tiêu đề, lời dẫn của mẫu này chưa đối chiếu được từng chữ với mẫu chính thức"</summary>
                <p>"Đồng chí cứ viết bình thường: điều cần viết không thay đổi. Ứng dụng soạn các mục dưới đây theo hướng dẫn hiện có và mẫu các năm trước; nếu cấp ủy cấp trên có mẫu hoặc hướng dẫn khác, hãy làm theo mẫu, hướng dẫn đó."</p>
                <ul>{sections.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            </details>
        }
    })
}
