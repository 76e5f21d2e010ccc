//! A member's document in the editor, at `/<kind>/<document id>/<step id>`, so a reload or
//! the back button returns to the same step; the editor itself is the form engine's
//! [`DocumentEditor`].

use crate::nav::use_params_map;
use leptos::prelude::*;

use crate::components::form::document::DocumentEditor;
use crate::components::page_heading::PageHeading;
use crate::routes as paths;
use crate::store::use_store;
use kiemdiem_core::ids::DocId;
use kiemdiem_core::templates;

/// See the module documentation.
#[component]
pub fn EditorPage() -> impl IntoView {
    let params = use_params_map();
    let store = use_store();
    let id = Memo::new(move |_| DocId::from(params.read().get("id").unwrap_or_default()));
    let step = Memo::new(move |_| params.read().get("step").unwrap_or_default());
    move || {
        let id = id.get();
        match store.get_untracked(&id).and_then(|d| templates::get(&d.template).map(|t| (d, t))) {
            Some((doc, template)) => view! { <DocumentEditor doc=doc template=template step=step/> }.into_any(),
            None => view! {
                <PageHeading title="Không tìm thấy văn bản"/>
                <p>"Văn bản này không có trong trình duyệt trên máy này. Có thể nó đã bị xoá, hoặc được viết trên một máy khác."</p>
                <p><a href=paths::DRAFTS>"Xem các bản nháp trên máy này"</a></p>
            }
            .into_any(),
        }
    }
}
