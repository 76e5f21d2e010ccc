//! The wizard's last step: what is still missing or wrong, the live widgets of the
//! template, and the button that finishes the document. Finishing is refused while any
//! problem or blocking rule remains; focus then moves to the first problem.

use crate::nav::use_navigate;
use leptos::prelude::*;

use super::widgets::SectionWidget;
use super::{dom_id, use_editor};
use crate::components::focus::{focus_element, use_focus_request};
use kiemdiem_core::finding::Severity;
use kiemdiem_core::template::{DocKind, FieldKind};
use kiemdiem_core::templates::review_2025::ids;

/// One line of the list of things to fix.
#[derive(Clone, PartialEq)]
struct Item {
    step_id: &'static str,
    place: String,
    message: String,
    target: String,
}

/// See the module documentation. `base` is the document's address without the step.
#[component]
pub fn Summary(base: String) -> impl IntoView {
    let ed = use_editor();
    let focus = use_focus_request();
    let navigate = use_navigate();
    let template = ed.template;

    let items = Memo::new(move |_| {
        let mut out: Vec<Item> = ed.problems.with(|ps| {
            ps.iter()
                .map(|p| {
                    let mut parts = p.field.split('.');
                    let top = parts.next().unwrap_or_default();
                    let field = template.field(top);
                    let label = template.place_of(top);
                    let place = match (parts.next().and_then(|r| r.parse::<usize>().ok()), parts.next(), field) {
                        (Some(row), Some(col), Some(f)) => {
                            let col_label = match &f.kind {
                                FieldKind::Rows { columns, .. } => {
                                    columns.iter().find(|c| c.id == col).map(|c| c.label).unwrap_or(col)
                                }
                                _ => col,
                            };
                            format!("{label}, dòng {}: {col_label}", row + 1)
                        }
                        _ => label,
                    };
                    let target =
                        if matches!(field.map(|f| &f.kind), Some(FieldKind::Rows { .. })) && !p.field.contains('.') {
                            dom_id(top)
                        } else {
                            dom_id(&p.field)
                        };
                    Item {
                        step_id: ed.step_of(&p.field).map(|s| s.id).unwrap_or(""),
                        place,
                        message: p.message.clone(),
                        target,
                    }
                })
                .collect()
        });
        let proposed_step = template.step_of_field(ids::PROPOSED_LEVEL).map(|s| s.id).unwrap_or("");
        out.extend(ed.findings.with(|fs| {
            fs.iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| Item {
                    step_id: proposed_step,
                    place: template.field(ids::PROPOSED_LEVEL).map_or("Mức xếp loại đề xuất", |f| f.label).to_owned(),
                    message: f.message.clone(),
                    target: dom_id(ids::PROPOSED_LEVEL),
                })
                .collect::<Vec<_>>()
        }));
        out
    });

    let widgets: Vec<_> = template.sections().filter_map(|s| s.widget).collect();
    let finish = move |_| {
        if items.with(Vec::is_empty) {
            ed.finish();
            request_animation_frame(|| {
                focus_element("finished-message");
            });
        } else {
            ed.reveal_all();
            request_animation_frame(|| {
                focus_element("problem-0");
            });
        }
    };
    let finished = move || ed.doc.with(|d| d.finished.is_some());
    let exported = RwSignal::new(None::<String>);
    let export = move |_| {
        let doc = ed.doc.get_untracked();
        exported.set(Some(match crate::files::save::export_document(&doc) {
            Ok(name) => handed_to(template.kind, &name),
            Err(why) => format!("Không xuất được tệp: {why}."),
        }));
    };

    view! {
        <div class="summary">
            {widgets.into_iter().map(|w| view! { <SectionWidget widget=w/> }).collect_view()}
            <h2 id="problems-heading">
                {move || match items.with(Vec::len) {
                    0 => "Không còn chỗ nào cần điền hoặc sửa".to_owned(),
                    n => format!("Còn {n} chỗ cần điền hoặc sửa"),
                }}
            </h2>
            <ul class="problem-list">
                {move || {
                    let navigate = navigate.clone();
                    let base = base.clone();
                    items
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let navigate = navigate.clone();
                            let href = format!("{base}/{}", item.step_id);
                            let step_title = template.step(item.step_id).map(|s| s.title).unwrap_or("");
                            let target = item.target.clone();
                            view! {
                                <li>
                                    <a id=format!("problem-{i}") href=href.clone() on:click=move |ev| {
                                        ev.prevent_default();
                                        ed.revealed.update(|r| { r.insert(item.step_id); });
                                        focus.request(target.clone());
                                        navigate(&href);
                                    }>{format!("{step_title} · {}", item.place)}</a>
                                    <span class="problem-message">{format!(": {}", item.message)}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show
                when=finished
                fallback=move || view! {
                    <button type="button" class="primary" id="finish" on:click=finish>"Hoàn thành"</button>
                    <p class="field-hint">"Bản nháp vẫn được giữ dù chưa hoàn thành; đồng chí có thể quay lại sửa bất cứ lúc nào."</p>
                }
            >
                <div class="finished" id="finished-message" tabindex="-1" role="status">
                    <h2>"Đã hoàn thành"</h2>
                    <p>"Văn bản đã đủ nội dung và phù hợp với các quy định đã kiểm tra. Nếu sửa tiếp, văn bản sẽ trở lại thành bản nháp và cần bấm \"Hoàn thành\" lần nữa."</p>
                    <p>{send_hint(template.kind)}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=export>
                            {if template.kind == DocKind::CellReview { "Xuất riêng tệp báo cáo" } else { "Xuất tệp để nộp" }}
                        </button>
                        <crate::components::share_button::ShareButton
                            make=Callback::new(move |()| crate::files::save::document_file(&ed.doc.get_untracked()))
                            said=exported/>
                        <a class="button secondary" href=move || crate::routes::Route::href(&crate::routes::PrintRoute::Document(ed.id()))>"In văn bản (khổ A4)"</a>
                    </div>
                    <p role="status">{move || exported.get()}</p>
                </div>
            </Show>
        </div>
    }
}

/// What to do with a finished document: a member's goes to the cell, the cell's Mẫu 01
/// goes to the committee inside the cell's bundle.
fn send_hint(kind: DocKind) -> &'static str {
    match kind {
        DocKind::CellReview => "Báo cáo của chi bộ được gửi đảng ủy cấp trên cùng với gói chi bộ: hãy vào mục \"Xuất tệp\" của hồ sơ chi bộ để tải gói chi bộ và gửi đảng ủy. Trình duyệt có thể xoá dữ liệu của trang nếu lâu không dùng, nên hãy giữ một bản gói chi bộ.",
        _ => "Hãy xuất tệp để nộp cho chi bộ và giữ một bản sao: trình duyệt có thể xoá dữ liệu của trang nếu lâu không dùng (Safari xoá sau 7 ngày không mở trang).",
    }
}

/// Where the exported file went and how to hand it on, said after "Xuất tệp để nộp": the
/// browser saves it among its downloads, which many members never open.
fn handed_to(kind: DocKind, name: &str) -> String {
    let whom = match kind {
        DocKind::CellReview => "gửi kèm gói chi bộ cho đảng ủy cấp trên",
        _ => "gửi tệp này cho đồng chí bí thư chi bộ (qua Zalo, thư điện tử hoặc chép vào USB), không cần in",
    };
    let share = if crate::files::save::can_share_files() {
        " Đồng chí cũng có thể bấm \"Gửi tệp…\" để gửi thẳng vào ứng dụng nhắn tin."
    } else {
        ""
    };
    format!(
        "Đã lưu tệp \"{name}\" vào thư mục tải về của trình duyệt (thường là \"Tải xuống\"; trên điện thoại, mở ứng dụng Tệp hoặc Quản lý tệp). Hãy {whom}.{share}"
    )
}
