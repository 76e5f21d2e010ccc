//! A member's document in the editor, at `/<kind>/<document id>/<step id>`, so a reload or
//! the back button returns to the same step; the editor itself is the form engine's
//! [`DocumentEditor`].

use leptos::prelude::*;

use crate::components::form::document::DocumentEditor;
use crate::components::page_heading::PageHeading;
use crate::routes::{MemberRoute, Route};
use crate::store::use_store;
use kiemdiem_core::ids::DocId;
use kiemdiem_core::templates;

/// See the module documentation.
#[component]
pub fn EditorPage() -> impl IntoView {
    let route = crate::nav::use_route::<MemberRoute>();
    let at = move || {
        route.with(|r| match r {
            Some(MemberRoute::Step(_, id, step)) => (id.clone(), step.clone()),
            _ => (DocId::default(), String::new()),
        })
    };
    let store = use_store();
    let id = Memo::new(move |_| at().0);
    let step = Memo::new(move |_| at().1);
    move || {
        let id = id.get();
        match store.get_untracked(&id).and_then(|d| templates::get(&d.template).map(|t| (d, t))) {
            Some((doc, template)) => view! { <DocumentEditor doc=doc template=template step=step/> }.into_any(),
            None => view! {
                <PageHeading title="Không tìm thấy văn bản"/>
                <p>"Văn bản này không có trong trình duyệt trên máy này. Có thể nó đã bị xoá, hoặc được viết trên một máy khác."</p>
                <p><a href=MemberRoute::Drafts.href()>"Xem các bản nháp trên máy này"</a></p>
            }
            .into_any(),
        }
    }
}
