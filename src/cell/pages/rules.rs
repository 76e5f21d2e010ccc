//! The rules panel, recomputed on every change: the cap with its computation under both
//! readings, then every finding, worst first, each with the text it implements.

use leptos::prelude::*;

use super::frame::{use_ws_id, WorkspaceFrame};
use crate::cell::paths;
use crate::cell::store::use_cell_store;
use crate::store::use_store;
use kiemdiem_core::cell::checks;
use kiemdiem_core::finding::Severity;
use kiemdiem_core::ids::MemberId;

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
        let Some((caps, findings, _names, wider, raised)) = result.get() else { return ().into_any() };
        let percent = caps.first().map_or(20, |g| g.cap.percent);
        // One group with members reads as the cell's own figures; several are named.
        let several = caps.iter().filter(|g| g.members > 0).count() > 1;
        let groups = caps
            .into_iter()
            .filter(|g| g.members > 0 || !several)
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
        let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
        view! {
            <section class="cap" aria-labelledby="tran-tieu-de">
                <h2 id="tran-tieu-de">"Tỉ lệ Hoàn thành xuất sắc nhiệm vụ"</h2>
                <p class="citation">
                    "Quy định 366-QĐ/TW, Điều 11: số được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không vượt quá 20% "
                    "tổng số được xếp loại \"Hoàn thành tốt nhiệm vụ\" (25% khi cấp có thẩm quyền quyết định), do cấp có thẩm quyền xem xét, quyết định."
                </p>
                <p>{format!(
                    "Phạm vi so sánh: {}. Tỉ lệ áp dụng: {}%{}.",
                    if wider { "chi bộ cùng số liệu của phạm vi rộng hơn ghi trong hồ sơ" } else { "chi bộ này" },
                    percent,
                    if raised { " (cấp có thẩm quyền cho phép 25%)" } else { "" }
                )}</p>
                {groups}
                <p class="muted">"Văn bản chưa nói rõ số \"được xếp loại Hoàn thành tốt nhiệm vụ\" có gồm cả người được đề xuất xuất sắc hay không, nên ứng dụng tính theo cả hai cách."</p>
            </section>
            <section aria-labelledby="phat-hien-tieu-de">
                <h2 id="phat-hien-tieu-de">{format!("Kết quả kiểm tra: {errors} điều trái quy định, {warnings} điều cần xem lại")}</h2>
                <div aria-live="polite">
                {if findings.is_empty() {
                    view! { <p class="ok">"Không có điều gì trái quy định hoặc cần xem lại."</p> }.into_any()
                } else {
                    view! {
                        <ul class="findings-list">
                            {findings.into_iter().map(|f| {
                                let link = f.member.as_ref().map(|m| paths::member(&ws.get_untracked(), m));
                                view! {
                                    <li class=format!("finding {}", match f.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Note => "note" })>
                                        <strong>{format!("{}: ", f.severity.label())}</strong>
                                        {f.message}
                                        <span class="citation">{format!(" ({})", f.rule.citation())}</span>
                                        {link.map(|l| view! { " " <a href=l>"Mở đảng viên này"</a> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                </div>
                <p class="muted">"Phần lớn là cảnh báo, không chặn: mức xếp loại cuối cùng do cấp có thẩm quyền quyết định (Quy định 366-QĐ/TW, Điều 12)."</p>
            </section>
        }
        .into_any()
    }
}
