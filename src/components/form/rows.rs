//! A list field: rows the user adds, removes and reorders with buttons, so everything works
//! from the keyboard. After each action focus goes somewhere sensible and a polite live
//! region says what happened. A removed row can be brought back ("Hoàn tác").

use leptos::prelude::*;

use super::field::{FieldView, Slot};
use super::{dom_id, error_id, use_editor};
use kiemdiem_core::document::Row;
use kiemdiem_core::template::Field;

/// Focuses an element by id once the DOM has caught up with the last change.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}

/// See the module documentation.
#[component]
pub fn RowsEditor(
    field: &'static Field,
    list: &'static str,
    columns: &'static [Field],
    max: usize,
    step: &'static str,
) -> impl IntoView {
    let ed = use_editor();
    let count = Memo::new(move |_| ed.doc.with(|d| d.rows(list).len()));
    let status = RwSignal::new(String::new());
    let removed: RwSignal<Option<(usize, Row)>> = RwSignal::new(None);
    let first_cell = move |row: usize| dom_id(&kiemdiem_core::validate::cell_path(list, row, columns[0].id));
    let problem = Memo::new(move |_| ed.visible_problem(list, step));
    // Row paths are positional: after a row moves or goes, "touched" marks would land on
    // another row, so they are forgotten for the whole list.
    let forget_touched = move || {
        let prefix = format!("{list}.");
        ed.touched.update(|t| t.retain(|p| !p.starts_with(&prefix)));
    };

    let add = move |_| {
        let n = count.get_untracked();
        if n >= max {
            return;
        }
        ed.edit(|d| {
            let mut rows = d.rows(list).to_vec();
            rows.push(Row::new());
            d.set_rows(list, rows);
        });
        status.set(format!("Đã thêm dòng {}.", n + 1));
        focus_later(first_cell(n));
    };
    let remove = move |i: usize| {
        let mut taken = None;
        ed.edit(|d| {
            let mut rows = d.rows(list).to_vec();
            if i < rows.len() {
                taken = Some(rows.remove(i));
                d.set_rows(list, rows);
            }
        });
        if let Some(row) = taken {
            forget_touched();
            removed.set(Some((i, row)));
            status.set(format!("Đã xoá dòng {}.", i + 1));
            focus_later(format!("undo-{list}"));
        }
    };
    let undo = move |_| {
        if let Some((i, row)) = removed.get_untracked() {
            ed.edit(|d| {
                let mut rows = d.rows(list).to_vec();
                let at = i.min(rows.len());
                rows.insert(at, row);
                d.set_rows(list, rows);
            });
            removed.set(None);
            forget_touched();
            status.set(format!("Đã khôi phục dòng {}.", i + 1));
            focus_later(first_cell(i));
        }
    };
    let shift = move |i: usize, up: bool| {
        let n = count.get_untracked();
        let j = if up { i.checked_sub(1) } else { (i + 1 < n).then_some(i + 1) };
        let Some(j) = j else { return };
        ed.edit(|d| {
            let mut rows = d.rows(list).to_vec();
            rows.swap(i, j);
            d.set_rows(list, rows);
        });
        forget_touched();
        status.set(format!("Đã chuyển dòng {} đến vị trí {}.", i + 1, j + 1));
        let button = if up && j > 0 || !up && j + 1 < n {
            format!("{}-{list}-{j}", if up { "up" } else { "down" })
        } else {
            format!("{}-{list}-{j}", if up { "down" } else { "up" })
        };
        focus_later(button);
    };

    let label_id = format!("l-{list}");
    let labelled_by = label_id.clone();
    view! {
        <div class="rows" role="group" aria-labelledby=labelled_by
            class:has-error=move || problem.with(Option::is_some)>
            <p class="field-label" id=label_id>{field.label}</p>
            {field.hint.map(|h| view! { <p class="field-hint">{h}</p> })}
            <p class="field-error" id=error_id(list) aria-live="polite">{move || problem.get()}</p>
            <ol class="row-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <li class="row-item">
                        <fieldset>
                            <legend>{format!("Dòng {}", i + 1)}</legend>
                            {columns
                                .iter()
                                .map(|col| view! { <FieldView field=col at=Slot::Cell { list, row: i, col: col.id } step=step/> })
                                .collect_view()}
                            <div class="row-actions">
                                <button type="button" class="secondary" id=format!("up-{list}-{i}")
                                    aria-label=format!("Chuyển dòng {} lên", i + 1)
                                    disabled=move || i == 0 on:click=move |_| shift(i, true)>"Lên"</button>
                                <button type="button" class="secondary" id=format!("down-{list}-{i}")
                                    aria-label=format!("Chuyển dòng {} xuống", i + 1)
                                    disabled=move || { i + 1 >= count.get() } on:click=move |_| shift(i, false)>"Xuống"</button>
                                <button type="button" class="danger"
                                    aria-label=format!("Xoá dòng {}", i + 1)
                                    on:click=move |_| remove(i)>"Xoá dòng"</button>
                            </div>
                        </fieldset>
                    </li>
                </For>
            </ol>
            <p class="rows-status" aria-live="polite">
                {move || status.get()}
                <Show when=move || removed.with(Option::is_some)>
                    " "
                    <button type="button" class="link" id=format!("undo-{list}") on:click=undo>"Hoàn tác"</button>
                </Show>
            </p>
            <button type="button" id=dom_id(list) on:click=add disabled=move || { count.get() >= max }>
                "Thêm dòng"
            </button>
            <Show when=move || { count.get() >= max }>
                <p class="field-hint">{format!("Đã đủ tối đa {max} dòng.")}</p>
            </Show>
        </div>
    }
}
