//! Part B scored by a superior committee's criteria pack (HD 43 mục 7.12): the member loads
//! the pack's file, and each sub-criterion of the two groups gets its maximum and the
//! member's points, the groups' totals written into Part B so that every rule reads them as
//! before. Without a pack, Part B stays the form's two numbers.

use leptos::prelude::*;

use super::use_editor;
use kiemdiem_core::pack::{self, ids, Group};
use kiemdiem_core::score::Points;

/// See the module documentation. Shown in Part B.I of a review.
#[component]
pub fn PackScoring() -> impl IntoView {
    let ed = use_editor();
    let message = RwSignal::new(None::<String>);
    // Only a change of pack redraws the tables, never a keystroke in them.
    let used = Memo::new(move |_| ed.doc.with(|d| d.pack.clone()));
    let on_file = move |files: Vec<web_sys::File>| {
        let Some(f) = files.into_iter().next() else { return };
        let name = crate::files::read::name_of(&f);
        leptos::task::spawn_local(async move {
            let read = crate::files::read::read_chosen_file(f).await;
            let outcome = read.and_then(|bytes| pack::read_pack(&bytes).map_err(|e| e.message(&name))).and_then(|r| {
                let mut doc = ed.doc.get_untracked();
                pack::apply(&mut doc, &r.value)?;
                Ok(doc)
            });
            match outcome {
                Ok(scored) => {
                    message.set(None);
                    ed.edit(move |d| *d = scored);
                }
                Err(why) => message.set(Some(why)),
            }
        });
    };
    let stop = move |_| ed.edit(pack::remove);
    view! {
        <div class="pack-scoring">
            {move || match used.get() {
                None => view! {
                    <crate::components::file_drop::FileDrop id="bo-tieu-chi" label="Chấm theo bộ tiêu chí của cấp ủy cấp trên (tệp .json, nếu chi bộ đã gửi)"
                        hint="Cấp ủy cấp trên cụ thể hoá hai nhóm tiêu chí thành các tiêu chí có điểm (Hướng dẫn 43, mục 7.12). Khi dùng bộ tiêu chí, mỗi tiêu chí có một ô điểm và tổng của từng nhóm được tính tự động. Nếu không có, hãy chấm hai nhóm như mẫu."
                        error_id="bo-tieu-chi-loi" invalid=Signal::derive(move || message.with(Option::is_some)) on_files=on_file/>
                }.into_any(),
                Some(p) => view! {
                    <p class="pack-title">"Chấm theo bộ tiêu chí của "<strong>{p.title()}</strong>"."</p>
                    <GroupTable group=Group::General/>
                    <GroupTable group=Group::Results/>
                    <button type="button" class="button secondary" on:click=stop>"Bỏ bộ tiêu chí, chấm hai nhóm như mẫu"</button>
                }.into_any(),
            }}
            <p class="field-error" id="bo-tieu-chi-loi" role="alert">{move || message.get()}</p>
        </div>
    }
}

/// One group's sub-criteria: each with its maximum and an input for the points.
#[component]
fn GroupTable(group: Group) -> impl IntoView {
    let ed = use_editor();
    let rows_id = pack::rows_id(group);
    let count = ed.doc.with_untracked(|d| d.rows(rows_id).len());
    let total = move || ed.doc.with(|d| pack::group_total(d, group)).map_or_else(|| "…".to_owned(), |t| t.to_string());
    let rows = (0..count)
        .map(|i| {
            let id = format!("bo-tieu-chi-{rows_id}-{i}");
            let error_id = format!("{id}-loi");
            let cell = move |col: &'static str| ed.doc.with(|d| d.rows(rows_id).get(i).and_then(|r| r.get(col).cloned()).unwrap_or_default());
            let error = move || {
                let (text, max) = (cell(ids::POINTS), cell(ids::MAX));
                let max_p = Points::parse(&max, 100).ok()?;
                match Points::parse(&text, 100) {
                    _ if text.trim().is_empty() => None,
                    Ok(p) if p <= max_p => None,
                    _ => Some(format!("\"{}\": hãy nhập số điểm từ 0 đến {max}, tối đa một chữ số thập phân.", cell(ids::TITLE))),
                }
            };
            let on_input = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                ed.edit(move |d| {
                    let mut rows = d.rows(rows_id).to_vec();
                    if let Some(r) = rows.get_mut(i) {
                        r.insert(ids::POINTS.into(), v);
                    }
                    d.set_rows(rows_id, rows);
                    pack::sync_totals(d);
                });
            };
            let described = {
                let error_id = error_id.clone();
                move || error().map(|_| error_id.clone())
            };
            view! {
                <tr>
                    <th scope="row">
                        <label for=id.clone()>{move || cell(ids::TITLE)}</label>
                        <p class="field-error" id=error_id.clone() role="alert">{error}</p>
                    </th>
                    <td class="num">{move || cell(ids::MAX)}</td>
                    <td>
                        <input id=id.clone() type="text" inputmode="decimal" size="5" prop:value=move || cell(ids::POINTS)
                            aria-invalid=move || error().is_some().to_string() aria-describedby=described on:input=on_input/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="pack-table">
            <caption>{format!("{} (tối đa {} điểm)", group.label(), group.total())}</caption>
            <thead><tr><th scope="col">"Tiêu chí"</th><th scope="col">"Điểm tối đa"</th><th scope="col">"Điểm tự chấm"</th></tr></thead>
            <tbody>{rows}</tbody>
            <tfoot><tr><th scope="row">"Cộng"</th><td class="num">{group.total().to_string()}</td><td class="num">{total}</td></tr></tfoot>
        </table>
    }
}
