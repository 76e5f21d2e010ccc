//! The summary a cell reports up: counts and shares per level, self-proposed and proposed
//! by the cell, against the cell's target, with a bar chart and the same numbers as a table.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::store::use_cell_store;
use crate::components::bar_chart::{BarChart, Series};
use crate::components::fields::NextStep;
use crate::routes::{CellRoute, Route};
use kiemdiem_core::cell::summary::Summary;
use kiemdiem_core::level::Level;
use kiemdiem_core::score::{percent, whole_percent};

#[component]
pub fn SummaryPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Tổng hợp kết quả"><SummaryBody/></WorkspaceFrame> }
}

#[component]
fn SummaryBody() -> impl IntoView {
    let store = use_cell_store();
    let ws = use_ws_id();
    let summary =
        Memo::new(move |_| store.with_lines(&ws.get(), |w, lines| Summary::of(lines, &w.profile)).unwrap_or_default());
    move || {
        let s = summary.get();
        let whole = s.to_classify;
        let rows = Level::ALL
            .iter()
            .enumerate()
            .map(|(i, l)| {
                view! {
                    <tr>
                        <th scope="row">{l.label()}</th>
                        <td class="num">{s.self_proposed[i]}</td>
                        <td class="num">{percent(s.self_proposed[i], whole)}</td>
                        <td class="num">{s.cell_proposed[i]}</td>
                        <td class="num">{percent(s.cell_proposed[i], whole)}</td>
                    </tr>
                }
            })
            .collect_view();
        let good = s.cell_good_or_above();
        let labels: Vec<&'static str> = Level::ALL.iter().map(|l| l.label()).collect();
        let series = vec![
            Series { name: "Tự xếp loại", values: s.self_proposed.to_vec(), class: "self" },
            Series { name: "Chi bộ đề xuất", values: s.cell_proposed.to_vec(), class: "cell" },
        ];
        view! {
            <ul class="facts">
                <li>{format!("Tổng số đảng viên trong danh sách: {}", s.members)}</li>
                <li>{format!("Phải kiểm điểm, xếp loại: {}; không phải kiểm điểm: {}", s.to_classify, s.exempt)}</li>
                <li>{format!("Đã nộp bản kiểm điểm: {}; chưa nộp: {}", s.submitted, s.missing)}</li>
                <li>{format!("Đảng viên dự bị: {}", s.probationary)}</li>
                <li>{format!("Chi bộ chưa đề xuất mức cho: {} đảng viên", s.cell_unclassified)}</li>
                <li class=if s.target_met() { "ok" } else { "warning" }>{format!(
                    "Hoàn thành tốt nhiệm vụ trở lên (chi bộ đề xuất): {good}/{whole} = {}; mục tiêu của chi bộ: {} — {}.",
                    percent(good, whole),
                    whole_percent(s.target_percent),
                    if s.target_met() { "đạt" } else { "chưa đạt" }
                )}</li>
            </ul>
            <table class="summary-table">
                <caption>"Số lượng và tỉ lệ theo mức xếp loại (tỉ lệ trên số đảng viên phải xếp loại)"</caption>
                <thead><tr>
                    <th scope="col">"Mức xếp loại"</th>
                    <th scope="col">"Tự xếp loại"</th>
                    <th scope="col">"Tỉ lệ"</th>
                    <th scope="col">"Chi bộ đề xuất"</th>
                    <th scope="col">"Tỉ lệ"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <BarChart title="Biểu đồ số đảng viên theo mức xếp loại" labels=labels series=series/>
            <NextStep href=CellRoute::Export(ws.get_untracked()).href() label="Tiếp theo: xuất gói chi bộ gửi cấp trên"/>
        }
    }
}
