//! One field of a template, whatever its kind: a visible label, an optional hint, the
//! input, and an error line tied to the input (`aria-describedby`) and announced.
//!
//! Values are written to the document on every keystroke and never reformatted, so what
//! the user typed is what is saved.

use leptos::prelude::*;

use kiemdiem_core::pack;

use super::rows::RowsEditor;
use super::{dom_id, error_id, hint_id, use_editor};
use kiemdiem_core::document::Document;
use kiemdiem_core::template::{Field, FieldKind};

/// Where a value lives in the document: a field, or one cell of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Field(&'static str),
    Cell { list: &'static str, row: usize, col: &'static str },
}

impl Slot {
    /// The path used by validation problems and DOM ids.
    pub fn path(self) -> String {
        match self {
            Slot::Field(id) => id.to_owned(),
            Slot::Cell { list, row, col } => kiemdiem_core::validate::cell_path(list, row, col),
        }
    }

    pub fn read(self, doc: &Document) -> String {
        match self {
            Slot::Field(id) => doc.text(id).to_owned(),
            Slot::Cell { list, row, col } => {
                doc.rows(list).get(row).and_then(|r| r.get(col)).cloned().unwrap_or_default()
            }
        }
    }

    pub fn write(self, doc: &mut Document, value: String) {
        match self {
            Slot::Field(id) => doc.set_text(id, value),
            Slot::Cell { list, row, col } => {
                let mut rows = doc.rows(list).to_vec();
                if let Some(r) = rows.get_mut(row) {
                    r.insert(col.to_owned(), value);
                    doc.set_rows(list, rows);
                }
            }
        }
    }
}

/// One field: `<FieldView field=f at=Slot::Field(f.id) step="thong-tin"/>`.
#[component]
pub fn FieldView(field: &'static Field, at: Slot, step: &'static str) -> impl IntoView {
    if let FieldKind::Rows { columns, max } = &field.kind {
        let Slot::Field(list) = at else {
            return view! { <p>"Danh sách lồng nhau không được hỗ trợ."</p> }.into_any();
        };
        return view! { <RowsEditor field=field list=list columns=columns max=*max step=step/> }.into_any();
    }
    let ed = use_editor();
    let slot = at;
    let path = slot.path();
    let input_id = dom_id(&path);
    let err_id = error_id(&path);
    let hint = field.hint.map(|h| (hint_id(&path), h));
    let problem = {
        let path = path.clone();
        Memo::new(move |_| ed.visible_problem(&path, step))
    };
    let described_by = {
        let hint_id = hint.as_ref().map(|(id, _)| id.clone());
        let err_id = err_id.clone();
        move || {
            let mut ids: Vec<String> = hint_id.iter().cloned().collect();
            if problem.with(Option::is_some) {
                ids.push(err_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let value = move || ed.doc.with(|d| slot.read(d));
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        ed.edit(|d| slot.write(d, v));
    };
    let touch = {
        let path = path.clone();
        move |_| {
            ed.touched.update(|t| {
                t.insert(path.clone());
            })
        }
    };
    let optional = (!field.required).then_some(view! { <span class="optional">" (không bắt buộc)"</span> });
    // What the superior committee's pack lists for this field (e.g. the items of Nghị quyết
    // 04 for section I.1), once the document is scored with a pack.
    let guide_key = pack::guide_id(field.id);
    let guide = move || {
        let text = ed.doc.with(|d| d.text(&guide_key).to_owned());
        (!text.is_empty()).then(|| {
            view! {
                <div class="pack-guide">
                    <p class="hint-label">"Bộ tiêu chí của cấp ủy cấp trên nêu:"</p>
                    <ul>{text.lines().map(|l| view! { <li>{l.to_owned()}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let hint_view = view! {
        {hint.map(|(id, text)| view! { <p class="field-hint" id=id>{text}</p> })}
        {guide}
    };
    let error_view = view! {
        <p class="field-error" id=err_id aria-live="polite">{move || problem.get()}</p>
    };
    let invalid = move || problem.with(Option::is_some).then_some("true");

    match &field.kind {
        FieldKind::Choice(choices) => {
            let name = path.clone();
            let options = choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let value_str = c.value;
                    // The first radio carries the field's id so that "Sửa" links can focus it.
                    let id = if i == 0 { input_id.clone() } else { format!("{input_id}-{i}") };
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                id=id
                                name=name.clone()
                                value=value_str
                                prop:checked=move || ed.doc.with(|d| slot.read(d) == value_str)
                                on:change=move |_| {
                                    ed.edit(|d| slot.write(d, value_str.to_owned()));
                                    ed.touched.update(|t| { t.insert(slot.path()); });
                                }
                            />
                            <span>{c.label}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field field-choice" class:has-error=move || problem.with(Option::is_some)
                    aria-describedby=described_by aria-invalid=invalid>
                    <legend class="field-label">{field.label}{optional}</legend>
                    {hint_view}
                    {error_view}
                    <div class="choices">{options}</div>
                </fieldset>
            }
            .into_any()
        }
        FieldKind::LongText { .. } => view! {
            <div class="field" class:has-error=move || problem.with(Option::is_some)>
                <label class="field-label" for=input_id.clone()>{field.label}{optional}</label>
                {hint_view}
                {error_view}
                <textarea
                    id=input_id
                    rows="6"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=value
                    on:input=on_input
                    on:change=touch
                ></textarea>
            </div>
        }
        .into_any(),
        kind => {
            let (inputmode, placeholder, size) = match kind {
                FieldKind::Date { .. } => (Some("numeric"), Some("ngày/tháng/năm"), "short"),
                FieldKind::Points { .. } => (Some("decimal"), None, "short"),
                FieldKind::Count => (Some("numeric"), None, "short"),
                _ => (None, None, "long"),
            };
            view! {
                <div class="field" class:has-error=move || problem.with(Option::is_some)>
                    <label class="field-label" for=input_id.clone()>{field.label}{optional}</label>
                    {hint_view}
                    {error_view}
                    <input
                        type="text"
                        id=input_id
                        class=size
                        inputmode=inputmode
                        placeholder=placeholder
                        autocomplete="off"
                        aria-describedby=described_by
                        aria-invalid=invalid
                        prop:value=value
                        on:input=on_input
                        on:change=touch
                    />
                </div>
            }
            .into_any()
        }
    }
}
