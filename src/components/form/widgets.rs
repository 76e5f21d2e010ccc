//! The live widgets a template section can ask for (see
//! [`Widget`](kiemdiem_core::template::Widget)): the score total and its band, and the
//! classification rules checked against the proposed level. Both are polite live regions,
//! so a screen reader hears the band change as the scores change.

use leptos::prelude::*;

use super::use_editor;
use kiemdiem_core::finding::Severity;
use kiemdiem_core::level::Level;
use kiemdiem_core::review;
use kiemdiem_core::rules;
use kiemdiem_core::template::Widget;

/// Renders one widget.
#[component]
pub fn SectionWidget(widget: Widget) -> impl IntoView {
    match widget {
        Widget::ScoreTotal => view! { <ScoreTotal/> }.into_any(),
        Widget::RuleFindings => view! { <RuleFindings/> }.into_any(),
    }
}

/// "Tổng điểm: 85,5/100 · Hoàn thành tốt nhiệm vụ (từ 70 đến dưới 90 điểm)".
#[component]
pub fn ScoreTotal() -> impl IntoView {
    let ed = use_editor();
    let total = Memo::new(move |_| ed.doc.with(review::total));
    view! {
        <div class="score-total" aria-live="polite" aria-atomic="true">
            {move || match total.get() {
                Some(t) => {
                    let band = Level::band(t);
                    view! {
                        <p class="total-line">"Tổng điểm: "<strong class="total">{t.to_string()}</strong>"/100"</p>
                        <p class="band-line">
                            "Khung xếp loại theo tổng điểm: "
                            <strong class="band">{band.label()}</strong>
                            {format!(" ({})", band.band_text())}
                        </p>
                    }
                    .into_any()
                }
                None => view! {
                    <p class="total-line">"Tổng điểm sẽ hiện khi đã nhập đúng điểm của cả hai nhóm tiêu chí."</p>
                }
                .into_any(),
            }}
        </div>
    }
}

/// The rules of QĐ 366 Điều 11 checked live against the proposed level.
#[component]
pub fn RuleFindings() -> impl IntoView {
    let ed = use_editor();
    let assessment = Memo::new(move |_| ed.doc.with(review::assessment));
    // No verdict while the figures the rules read are invalid or missing.
    let waits = Memo::new(move |_| {
        ed.problems.with(|p| ed.doc.with(|d| kiemdiem_core::validate::verdict_waits_on(ed.template, d, p)))
    });
    let highest = move || if waits.with(Vec::is_empty) { assessment.with(rules::highest_allowed) } else { None };
    view! {
        <div class="findings" id="rule-findings" aria-live="polite">
            {move || highest().map(|c| match c {
                rules::Ceiling::Level(l) => view! {
                    <p class="highest">"Theo điểm và số liệu đã nhập, mức cao nhất có thể đề xuất: "<strong>{l.label()}</strong>"."</p>
                }.into_any(),
                rules::Ceiling::CompetentLevel => view! {
                    <p class="highest">"Theo số liệu nhiệm vụ đã nhập, trường hợp của đồng chí không thuộc mức nào Quy định 366-QĐ/TW nêu rõ: cấp có thẩm quyền xem xét, quyết định."</p>
                }.into_any(),
            })}
            {move || {
                let findings = ed.findings.get();
                let proposed = assessment.with(|a| a.proposed);
                if !waits.with(Vec::is_empty) {
                    return view! {
                        <p class="finding-none">"Kết quả kiểm tra mức xếp loại sẽ hiện khi các ô sau đã nhập đúng: "{waits.get().join("; ")}"."</p>
                    }.into_any();
                }
                if proposed.is_none() {
                    return view! { <p class="finding-none">"Chưa chọn mức đề xuất."</p> }.into_any();
                }
                if findings.is_empty() {
                    return view! { <p class="finding-ok">"Mức đề xuất phù hợp với các quy định đã kiểm tra."</p> }.into_any();
                }
                view! {
                    <ul class="finding-list">
                        {findings
                            .into_iter()
                            .map(|f| {
                                let error = f.severity == Severity::Error;
                                view! {
                                    <li class="finding" class:error=error class:warning=!error>
                                        <strong>{if error { "Chưa phù hợp: " } else { "Lưu ý: " }}</strong>
                                        {f.message}
                                        <span class="citation">{format!(" ({})", f.rule.citation())}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </div>
    }
}
