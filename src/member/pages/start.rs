//! Pieces shared by the pages that start a new document: choosing an earlier document to
//! start from, and whose identity to fill in.

use leptos::prelude::*;

use crate::store::Store;
use kiemdiem_core::document::Document;
use kiemdiem_core::ids::DocId;
use kiemdiem_core::template::DocKind;
use kiemdiem_core::templates::{self, review_2025::ids};

/// "Năm 2025 · Mẫu 2B · Nguyễn Văn An (đã hoàn thành)".
pub fn doc_label(d: &Document) -> String {
    let form = templates::get(&d.template).map(|t| t.name).unwrap_or("?");
    let name = match d.text(ids::FULL_NAME) {
        "" => "(chưa có họ tên)",
        n => n,
    };
    let state = if d.finished.is_some() { "đã hoàn thành" } else { "bản nháp" };
    format!("Năm {} · {form} · {name} ({state})", d.year)
}

/// The documents of one kind on this device, most recent first (reactive).
pub fn docs_of(store: Store, kind: DocKind) -> Vec<Document> {
    store.list().into_iter().filter(|d| templates::get(&d.template).is_some_and(|t| t.kind == kind)).collect()
}

/// The most recent document of each person on this device (reactive).
pub fn people(store: Store) -> Vec<Document> {
    let mut seen: Vec<String> = Vec::new();
    store
        .list()
        .into_iter()
        .filter(|d| {
            let name = d.text(ids::FULL_NAME).trim().to_owned();
            !name.is_empty() && !seen.contains(&name) && {
                seen.push(name);
                true
            }
        })
        .collect()
}

/// A labelled select of documents with a "none" option; `choice` holds the chosen id
/// (`None` for none).
#[component]
pub fn DocSelect(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    none_label: &'static str,
    #[prop(into)] options: Signal<Vec<Document>>,
    choice: RwSignal<Option<DocId>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label class="field-label" for=id>{label}</label>
            <p class="field-hint" id=hint_id.clone()>{hint}</p>
            <select id=id aria-describedby=hint_id on:change=move |ev| choice.set(Some(DocId::from(event_target_value(&ev))).filter(|id| !id.is_empty()))
                prop:value=move || choice.get().map(|id| id.to_string()).unwrap_or_default()>
                <option value="">{none_label}</option>
                {move || options.get().into_iter().map(|d| view! {
                    <option value=d.id.to_string() selected=choice.get_untracked().as_ref() == Some(&d.id)>{doc_label(&d)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
