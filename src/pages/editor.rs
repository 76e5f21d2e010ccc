//! The editor of one document, whatever its template: the step on screen, the progress, the
//! way back and forth, and the review page at the end. Its address is
//! `/<kind>/<document id>/<step id>`, so a reload or the back button returns to the same step.

use crate::nav::use_params_map;
use leptos::prelude::*;

use crate::components::form::progress::Progress;
use crate::components::form::section::SectionView;
use crate::components::form::summary::Summary;
use crate::components::form::Editor;
use crate::components::page_heading::PageHeading;
use crate::components::save_status::SaveBar;
use crate::routes as paths;
use crate::store::use_store;
use kiemdiem_core::document::Document;
use kiemdiem_core::ids::DocId;
use kiemdiem_core::template::Template;
use kiemdiem_core::templates::{self, review_2025::ids};

/// See the module documentation.
#[component]
pub fn EditorPage() -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    let id = Memo::new(move |_| DocId::from(params.read().get("id").unwrap_or_default()));
    move || {
        let id = id.get();
        match store.get_untracked(&id).and_then(|d| templates::get(&d.template).map(|t| (d, t))) {
            Some((doc, template)) => view! { <DocumentEditor doc=doc template=template/> }.into_any(),
            None => view! {
                <PageHeading title="Không tìm thấy văn bản"/>
                <p>"Văn bản này không có trong trình duyệt trên máy này. Có thể nó đã bị xoá, hoặc được viết trên một máy khác."</p>
                <p><a href=paths::DRAFTS>"Xem các bản nháp trên máy này"</a></p>
            }
            .into_any(),
        }
    }
}

/// The editor of one document at `base` (default: the document's own address).
#[component]
pub fn DocumentEditor(
    doc: Document,
    template: &'static Template,
    #[prop(optional)] base: Option<String>,
) -> impl IntoView {
    let store = use_store();
    let base = base.unwrap_or_else(|| paths::doc_base(template.kind, &doc.id));
    let base = base.trim_end_matches('/').to_owned();
    let context = format!("{} năm {} · {}", template.kind.label(), doc.year, template.name);
    let ed = Editor::provide(template, doc, store);
    let params = use_params_map();
    let step = Memo::new(move |_| params.read().get("step").unwrap_or_default());

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
            " · "<a href=paths::print_doc(&ed.id())>"Xem bản in"</a>
        </p>
        {move || {
            let title = match index.get() {
                Some(i) => format!("Bước {}/{total}: {}", i + 1, template.steps[i].title),
                None => format!("Bước {total}/{total}: Xem lại và hoàn thành"),
            };
            view! { <PageHeading title=title/> }
        }}
        <SaveBar/>
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
