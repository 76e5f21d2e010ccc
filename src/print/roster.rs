//! `/in/chi-bo/<ws>/danh-sach`: the cell's roster with the self-proposed and proposed
//! levels and votes, then the summary per level, under the Party header. There is no
//! official form for this list: its title is the app's own.

use crate::nav::use_params_map;
use leptos::prelude::*;

use super::header::{cell_header, PartyHeader, Signature};
use super::source;
use super::toolbar::Toolbar;
use crate::components::page_heading::PageHeading;
use kiemdiem_core::cell::model::Line;
use kiemdiem_core::cell::summary::Summary;
use kiemdiem_core::ids::WorkspaceId;
use kiemdiem_core::level::Level;
use kiemdiem_core::score::percent;

#[component]
pub fn RosterPrint() -> impl IntoView {
    let ws_id = WorkspaceId::from(use_params_map().get_untracked().get("ws").unwrap_or_default());
    let (ws, reviews) = match source::workspace(&ws_id) {
        Ok(x) => x,
        Err(m) => return view! { <PageHeading title="Không in được"/><p>{m}</p><p><a href=crate::routes::CELL>"Về danh sách chi bộ"</a></p> }.into_any(),
    };
    let lines: Vec<Line> =
        ws.members.iter().map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile)).collect();
    let s = Summary::of(&lines, &ws.profile);
    let rows = lines.iter().enumerate().map(|(i, l)| {
        let v = &l.member.votes;
        view! {
            <tr>
                <td class="num">{i + 1}</td>
                <td>{l.member.name.clone()}</td>
                <td class="num">{l.total.map(|t| t.to_string()).unwrap_or_default()}</td>
                <td>{l.self_level.map_or("", Level::label)}</td>
                <td>{l.member.proposed.map_or("", Level::label)}</td>
                <td class="num">{if v.recorded() { format!("{}/{}/{}", v.yes.unwrap_or(0), v.no.unwrap_or(0), v.abstain.unwrap_or(0)) } else { String::new() }}</td>
                <td>{if l.status.is_exempt() || l.review.is_none() { l.status.label() } else { "" }}</td>
            </tr>
        }
    }).collect_view();
    let whole = s.to_classify;
    let per_level = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                <tr>
                    <td>{l.label()}</td>
                    <td class="num">{s.self_proposed[i]}</td>
                    <td class="num">{percent(s.self_proposed[i], whole)}</td>
                    <td class="num">{s.cell_proposed[i]}</td>
                    <td class="num">{percent(s.cell_proposed[i], whole)}</td>
                </tr>
            }
        })
        .collect_view();
    document().set_title(&format!("Bản in: danh sách {}", ws.title()));
    view! {
        <Toolbar back=crate::routes::cell::export(&ws_id)/>
        <article class="a4">
            <PartyHeader header=cell_header(&ws.profile.party_committee, &ws.profile.cell)/>
            <h1 class="doc-title" id=crate::components::page_heading::PAGE_HEADING_ID tabindex="-1">"DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN"</h1>
            <p class="doc-year">{format!("Năm {}", ws.profile.year)}</p>
            <table class="roster-print roster-list">
                <thead><tr>
                    <th scope="col">"STT"</th><th scope="col">"Họ và tên"</th><th scope="col">"Điểm tự chấm"</th>
                    <th scope="col">"Tự xếp loại"</th><th scope="col">"Chi bộ đề xuất"</th>
                    <th scope="col">"Biểu quyết"</th><th scope="col">"Ghi chú"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="table-note">"Biểu quyết: số tán thành / không tán thành / không biểu quyết."</p>
            <div class="keep"><p class="sec depth-2">"TỔNG HỢP"</p></div>
            <p class="answer">{format!(
                "Tổng số đảng viên: {}; phải kiểm điểm, xếp loại: {}; không phải kiểm điểm: {}; chưa nộp bản kiểm điểm: {}.",
                s.members, s.to_classify, s.exempt, s.missing
            )}</p>
            <table class="roster-print">
                <thead><tr><th scope="col">"Mức xếp loại"</th><th scope="col">"Tự xếp loại"</th><th scope="col">"Tỉ lệ"</th><th scope="col">"Chi bộ đề xuất"</th><th scope="col">"Tỉ lệ"</th></tr></thead>
                <tbody>{per_level}</tbody>
            </table>
            <div class="signatures"><Signature role="T/M CHI ỦY (CHI BỘ)" second="BÍ THƯ" name=""/></div>
        </article>
    }
    .into_any()
}
