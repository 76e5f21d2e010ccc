//! A document read-only, section by section with its official numbering and headings, as
//! the template lays it out: what a cell secretary reads of a member's review.
//! `<DocumentView doc=… template=…/>`.

use leptos::prelude::*;

use crate::domain::document::{Document, Value};
use crate::domain::template::{Field, FieldKind, Template};

fn choice_label(field: &Field, value: &str) -> String {
    match &field.kind {
        FieldKind::Choice(choices) => choices.iter().find(|c| c.value == value).map_or(value, |c| c.label).to_owned(),
        _ => value.to_owned(),
    }
}

fn field_view(field: &'static Field, doc: &Document) -> impl IntoView {
    let body = match (&field.kind, doc.values.get(field.id)) {
        (FieldKind::Rows { columns, .. }, Some(Value::Rows(rows))) if !rows.is_empty() => view! {
            <ol class="doc-rows">
                {rows.iter().map(|r| view! {
                    <li>{columns.iter().filter_map(|c| r.get(c.id).filter(|v| !v.trim().is_empty()).map(|v| view! {
                        <p><span class="muted">{format!("{}: ", c.label)}</span>{choice_label(c, v)}</p>
                    })).collect_view()}</li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
        (_, Some(Value::Text(t))) if !t.trim().is_empty() => view! { <p class="doc-text">{choice_label(field, t)}</p> }.into_any(),
        _ => view! { <p class="muted">"(chưa điền)"</p> }.into_any(),
    };
    view! {
        <div class="doc-field">
            <p class="doc-label">{field.label}</p>
            {body}
        </div>
    }
}

/// See the module documentation.
#[component]
pub fn DocumentView(doc: Document, template: &'static Template) -> impl IntoView {
    template
        .sections()
        .map(|s| {
            let heading = format!("{} {}", s.number, s.heading).trim().to_owned();
            let none = doc.is_none(s.id);
            let fields = if none {
                view! { <p>"Không có."</p> }.into_any()
            } else {
                s.fields.iter().map(|f| field_view(f, &doc)).collect_view().into_any()
            };
            view! {
                <section class=format!("doc-section depth-{}", s.depth)>
                    <h3>{heading}</h3>
                    {fields}
                </section>
            }
        })
        .collect_view()
}
