//! `/in/dang-uy/bao-cao/<committee>`: the committee's summary of final levels per cell and
//! per level, under the Party header. There is no official form for this summary: its title
//! is the app's own, and the toolbar says so. The committee app hands the report over in
//! session storage.

use crate::nav::use_params_map;
use leptos::prelude::*;

use super::header::{date_line, today_field, Signature};
use super::source;
use super::toolbar::Toolbar;
use crate::components::page_heading::PageHeading;
use kiemdiem_core::level::Level;
use kiemdiem_core::score::percent;

/// See the module documentation.
#[component]
pub fn CommitteeReportPrint() -> impl IntoView {
    let c = use_params_map().get_untracked().get("c").unwrap_or_default();
    let back = crate::routes::committee::export(&c);
    let r = match source::handed_report(&c) {
        Ok(r) => r,
        Err(m) => {
            return view! { <PageHeading title="Không in được"/><p>{m}</p><p><a href=crate::routes::COMMITTEE>"Về phần Đảng ủy"</a></p> }
                .into_any()
        }
    };
    let whole = r.totals.to_classify;
    let rows = r
        .cells
        .iter()
        .chain(std::iter::once(&r.totals))
        .enumerate()
        .map(|(i, c)| {
            let n = if i < r.cells.len() { (i + 1).to_string() } else { String::new() };
            let total = n.is_empty();
            view! {
                <tr class:total=total>
                    <td class="num">{n}</td>
                    <td>{c.name.clone()}</td>
                    <td class="num">{c.members}</td>
                    <td class="num">{c.to_classify}</td>
                    {c.levels.iter().map(|v| view! { <td class="num">{*v}</td> }).collect_view()}
                    <td class="num">{c.unclassified}</td>
                    <td>{c.cell_level.map_or("", Level::label)}</td>
                </tr>
            }
        })
        .collect_view();
    let shares = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                <tr>
                    <td>{l.label()}</td>
                    <td class="num">{r.totals.levels[i]}</td>
                    <td class="num">{percent(r.totals.levels[i], whole)}</td>
                    <td class="num">{r.cell_levels[i]}</td>
                </tr>
            }
        })
        .collect_view();
    document().set_title(&format!("Bản in: tổng hợp xếp loại năm {}", r.year));
    let unconfirmed = vec!["Tiêu đề và bố cục bản tổng hợp (chưa có mẫu chính thức; ứng dụng tự đặt)".to_owned()];
    view! {
        <Toolbar back=back unconfirmed=unconfirmed/>
        <article class="a4">
            <div class="party-header">
                <div class="issuer">
                    <p class="body-name">{if r.committee.is_empty() { "ĐẢNG ỦY ……".to_owned() } else { r.committee.to_uppercase() }}</p>
                    <p class="star">"*"</p>
                </div>
                <div class="party">
                    <p class="party-title"><span>"ĐẢNG CỘNG SẢN VIỆT NAM"</span></p>
                    <p class="date-line">{date_line("", &today_field())}</p>
                </div>
            </div>
            <h1 class="doc-title" id=crate::components::page_heading::PAGE_HEADING_ID tabindex="-1">"TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN VÀ CHI BỘ"</h1>
            <p class="doc-year">{format!("Năm {}", r.year)}</p>
            <table class="roster-print roster-list">
                <thead><tr>
                    <th scope="col">"STT"</th><th scope="col">"Chi bộ"</th><th scope="col">"Số đảng viên"</th><th scope="col">"Phải xếp loại"</th>
                    {Level::ALL.iter().map(|l| view! { <th scope="col">{l.code()}</th> }).collect_view()}
                    <th scope="col">"Chưa xếp loại"</th><th scope="col">"Xếp loại chi bộ"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="table-note">"HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ; HTNV: Hoàn thành nhiệm vụ; KHTNV: Không hoàn thành nhiệm vụ."</p>
            <table class="roster-print">
                <thead><tr><th scope="col">"Mức xếp loại"</th><th scope="col">"Đảng viên"</th><th scope="col">"Tỉ lệ"</th><th scope="col">"Chi bộ"</th></tr></thead>
                <tbody>{shares}</tbody>
            </table>
            <div class="signatures"><Signature role="T/M ĐẢNG ỦY" name=""/></div>
        </article>
    }
    .into_any()
}
