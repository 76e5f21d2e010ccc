//! The rules panel, recomputed on every change: the cap with its computation under both
//! readings, then every finding grouped by what the secretary must do (must change; to
//! review, the competent level decides; for information), each with the text it implements
//! and a link to the member it is about.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::store::use_cell_store;
use crate::components::fields::NextStep;
use crate::routes::{CellRoute, Route};
use crate::store::use_store;
use kiemdiem_core::cell::checks;
use kiemdiem_core::finding::Severity;
use kiemdiem_core::ids::MemberId;
use kiemdiem_core::score::whole_percent;

#[component]
pub fn RulesPage() -> impl IntoView {
    view! { <WorkspaceFrame title="Kiểm tra quy định"><RulesPanel/></WorkspaceFrame> }
}

/// See the module documentation.
#[component]
pub fn RulesPanel() -> impl IntoView {
    let store = use_cell_store();
    let docs = use_store();
    let ws = use_ws_id();
    let result = Memo::new(move |_| {
        let id = ws.get();
        let collective = store.get(&id).and_then(|w| w.collective).and_then(|c| docs.get(&c));
        store.with_lines(&id, |w, lines| {
            let names: Vec<(MemberId, String)> =
                lines.iter().map(|l| (l.member.id.clone(), l.member.name.clone())).collect();
            let (caps, findings) = checks::check(lines, &w.profile, collective.as_ref());
            (caps, findings, names, w.profile.cap.wider, w.profile.cap.raised)
        })
    });
    move || {
        let Some((caps, findings, names, wider, raised)) = result.get() else { return ().into_any() };
        let percent = caps.first().map_or(20, |g| g.cap.percent);
        // One group with members reads as the cell's own figures; several are named. An
        // empty group (no leaders yet) is not shown, unless every group is empty.
        let several = caps.iter().filter(|g| g.members > 0).count() > 1;
        let any = caps.iter().any(|g| g.members > 0);
        let groups = caps
            .into_iter()
            .enumerate()
            .filter(|(i, g)| g.members > 0 || (!any && *i == 0))
            .map(|(_, g)| g)
            .map(|g| {
                let [one, two] = g.cap.explain();
                let figures = if several {
                    format!(
                        "{}: {} đồng chí; đề xuất {} xuất sắc, {} tốt.",
                        g.name, g.members, g.cap.excellent, g.cap.good
                    )
                } else {
                    format!("Chi bộ đề xuất: {} xuất sắc, {} tốt.", g.cap.excellent, g.cap.good)
                };
                view! {
                    <p class="cap-figures">{figures}</p>
                    <ul>
                        <li>{one}</li>
                        <li>{two}</li>
                    </ul>
                }
            })
            .collect_view();
        let names: std::collections::HashMap<MemberId, String> = names.into_iter().collect();
        let ws_id = ws.get_untracked();
        // Grouped by what the secretary must do, worst first; each finding about a member
        // names them and links to their page, where every field it speaks of is.
        let group = |severity: Severity, id: &'static str, heading: &'static str, lead: &'static str| {
            let items: Vec<_> = findings.iter().filter(|f| f.severity == severity).cloned().collect();
            if items.is_empty() {
                return None;
            }
            let count = items.len();
            let list = items
                .into_iter()
                .map(|f| {
                    let who = f.member.as_ref().map(|m| {
                        let name = names.get(m).map(|n| n.trim().to_owned()).unwrap_or_default();
                        let name = if name.is_empty() { "(chưa có tên)".to_owned() } else { name };
                        view! { <a class="finding-member" href=CellRoute::Member(ws_id.clone(), m.clone()).href()>{name}</a>": " }
                    });
                    view! {
                        <li class=format!("finding {}", match f.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Note => "note" })>
                            {who}
                            {f.message}
                            <span class="citation">{format!(" ({})", f.rule.citation())}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section class=format!("finding-group {id}") aria-labelledby=id>
                    <h3 id=id>{format!("{heading} ({count})")}</h3>
                    <p class="hint">{lead}</p>
                    <ul class="findings-list">{list}</ul>
                </section>
            })
        };
        let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
        let groups_of_findings = view! {
            {group(Severity::Error, "phai-sua", "Phải sửa", "Trái với quy định đã xác nhận: hãy sửa trước khi viết báo cáo và gửi cấp trên.")}
            {group(Severity::Warning, "cap-tren-quyet-dinh", "Cần xem lại, cấp có thẩm quyền xem xét, quyết định", "Hãy xem lại; nếu chi bộ giữ nguyên, ghi rõ lý do để cấp có thẩm quyền quyết định (Quy định 366-QĐ/TW, Điều 12).")}
            {group(Severity::Note, "de-biet", "Để biết", "Không cần làm gì thêm.")}
        };
        view! {
            <section class="cap" aria-labelledby="tran-tieu-de">
                <h2 id="tran-tieu-de">"Tỉ lệ Hoàn thành xuất sắc nhiệm vụ"</h2>
                <p class="citation">
                    "Quy định 366-QĐ/TW, Điều 11: số được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không vượt quá 20\u{a0}% "
                    "tổng số được xếp loại \"Hoàn thành tốt nhiệm vụ\" (25\u{a0}% khi cấp có thẩm quyền quyết định), do cấp có thẩm quyền xem xét, quyết định."
                </p>
                <p>{format!(
                    "Phạm vi so sánh: {}. Tỉ lệ áp dụng: {}{}.",
                    if wider { "chi bộ cùng số liệu của phạm vi rộng hơn ghi trong hồ sơ" } else { "chi bộ này" },
                    whole_percent(percent),
                    if raised { " (cấp có thẩm quyền cho phép 25\u{a0}%)" } else { "" }
                )}</p>
                {groups}
                <p class="muted">"Văn bản chưa nói rõ số \"được xếp loại Hoàn thành tốt nhiệm vụ\" có gồm cả người được đề xuất xuất sắc hay không, nên ứng dụng tính theo cả hai cách."</p>
            </section>
            <section aria-labelledby="phat-hien-tieu-de">
                <h2 id="phat-hien-tieu-de">{format!("Kết quả kiểm tra: {errors} điều trái quy định, {warnings} điều cần xem lại")}</h2>
                <div aria-live="polite">
                {if errors + warnings == 0 {
                    view! { <p class="ok">"Không có điều gì trái quy định hoặc cần xem lại."</p> }.into_any()
                } else {
                    ().into_any()
                }}
                </div>
                {groups_of_findings}
                <p class="muted">"Phần lớn là cảnh báo, không chặn: mức xếp loại cuối cùng do cấp có thẩm quyền quyết định (Quy định 366-QĐ/TW, Điều 12)."</p>
            </section>
            <NextStep href=CellRoute::report_start(ws.get_untracked()).href() label="Tiếp theo: báo cáo kiểm điểm của chi bộ (Mẫu 01)"
                hint="Chi bộ tự xếp loại sau khi đã xếp loại mọi đảng viên (Quy định 366-QĐ/TW, Điều 12)."/>
        }
        .into_any()
    }
}
