//! What the meeting looks at and records for one member, shared by the member's page and the
//! meeting view: [`MemberGlance`] (the review's score, band and self-proposed level, and the
//! rules' findings about the member) and [`CellOpinion`] (the cell's comment, proposed level
//! and votes).

use leptos::prelude::*;

use super::member_facts::Edit;
use crate::cell::store::use_cell_store;
use crate::components::fields::{CountField, TextField};
use kiemdiem_core::cell::checks;
use kiemdiem_core::cell::model::{Line, Member, VoteMethod, Votes};
use kiemdiem_core::finding::{Finding, Severity};
use kiemdiem_core::ids::{MemberId, WorkspaceId};
use kiemdiem_core::level::Level;

/// What the roster knows of one member, for display.
#[derive(Clone, PartialEq, Default)]
pub struct Glance {
    pub status: &'static str,
    /// The member's file was changed after export.
    pub changed: bool,
    pub form: &'static str,
    pub total: Option<String>,
    pub band: Option<&'static str>,
    pub self_level: Option<&'static str>,
    pub findings: Vec<Finding>,
}

impl Glance {
    fn of(line: &Line, findings: Vec<Finding>) -> Glance {
        Glance {
            status: line.status.label(),
            changed: line.member.changed_file,
            form: line.form,
            total: line.total.map(|t| t.to_string()),
            band: line.band.map(Level::label),
            self_level: line.self_level.map(Level::label),
            findings,
        }
    }
}

/// The glance at member `id` of workspace `ws`, recomputed on every change of the cell.
pub fn use_glance(ws: Memo<WorkspaceId>, id: Signal<MemberId>) -> Memo<Option<Glance>> {
    let store = use_cell_store();
    Memo::new(move |_| {
        let id = id.get();
        store
            .with_lines(&ws.get(), |w, lines| {
                let line = lines.iter().find(|l| l.member.id == id)?;
                let findings = checks::check(lines, &w.profile, None)
                    .1
                    .into_iter()
                    .filter(|f| f.member.as_ref() == Some(&id))
                    .collect();
                Some(Glance::of(line, findings))
            })
            .flatten()
    })
}

/// `<MemberGlance glance/>`: the member's own figures, then the rules' findings.
#[component]
pub fn MemberGlance(glance: Memo<Option<Glance>>) -> impl IntoView {
    let dash = |v: Option<String>| v.unwrap_or_else(|| "chưa có".to_owned());
    view! {
        {move || glance.get().map(|g| view! {
            <dl class="glance">
                <div><dt>"Trạng thái"</dt><dd>{g.status}{g.changed.then(|| view! {
                    " "<span class="flag-changed">{kiemdiem_core::cell::model::CHANGED_FILE}</span>
                })}</dd></div>
                <div><dt>"Mẫu"</dt><dd>{if g.form.is_empty() { "chưa có" } else { g.form }}</dd></div>
                <div><dt>"Điểm tự chấm"</dt><dd class="glance-score">{dash(g.total.clone())}</dd></div>
                <div><dt>"Khung điểm"</dt><dd>{dash(g.band.map(str::to_owned))}</dd></div>
                <div><dt>"Tự xếp loại"</dt><dd>{dash(g.self_level.map(str::to_owned))}</dd></div>
            </dl>
        })}
        <div class="findings" aria-live="polite">
            {move || {
                let fs = glance.with(|g| g.as_ref().map(|g| g.findings.clone()).unwrap_or_default());
                if fs.is_empty() {
                    view! { <p class="ok">"Không có điều gì trái quy định với đồng chí này."</p> }.into_any()
                } else {
                    view! { <ul>{fs.into_iter().map(|f| view! {
                        <li class=format!("finding {}", match f.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Note => "note" })>
                            <strong>{format!("{}: ", f.severity.label())}</strong>{f.message}
                            <span class="citation">{format!(" ({})", f.rule.citation())}</span>
                        </li>
                    }).collect_view()}</ul> }.into_any()
                }
            }}
        </div>
    }
}

/// `<CellOpinion member edit/>`: the cell's comment, proposed level, vote method and counts.
/// The count fields read the member once: the caller redraws this for another member.
#[component]
pub fn CellOpinion(member: Memo<Option<Member>>, edit: Edit) -> impl IntoView {
    let change = move |f: Box<dyn FnOnce(&mut Member)>| edit.run(f);
    let votes = move |set: fn(&mut Votes, Option<u32>)| {
        Callback::new(move |v: Option<u32>| change(Box::new(move |m| set(&mut m.votes, v))))
    };
    let exempt_note = move || {
        member.with(|m| m.as_ref().and_then(|m| m.exemption)).map(|e| {
            view! { <p class="hint">{format!("Đồng chí thuộc diện không kiểm điểm ({}): chi bộ không đề xuất mức xếp loại.", e.label().to_lowercase())}</p> }
        })
    };
    view! {
        <section class="stack opinion">
            <h3>"Ý kiến và đề xuất của chi bộ"</h3>
            {exempt_note}
            <TextField id="nhan-xet" label="Nhận xét của chi ủy (chi bộ)" long=true
                value=Signal::derive(move || member.get().map(|m| m.comment).unwrap_or_default())
                on_change=Callback::new(move |v: String| change(Box::new(move |m| m.comment = v)))/>
            <fieldset class="field levels">
                <legend>"Mức xếp loại chi bộ đề xuất"</legend>
                <label class="choice">
                    <input type="radio" name="de-xuat" prop:checked=move || member.get().is_some_and(|m| m.proposed.is_none())
                        on:change=move |_| change(Box::new(|m| m.proposed = None))/>
                    "Chưa đề xuất"
                </label>
                {Level::ALL.into_iter().map(|l| view! {
                    <label class="choice">
                        <input type="radio" name="de-xuat" prop:checked=move || member.get().is_some_and(|m| m.proposed == Some(l))
                            on:change=move |_| change(Box::new(move |m| m.proposed = Some(l)))/>
                        {l.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <fieldset class="field">
                <legend>"Hình thức biểu quyết"</legend>
                {VoteMethod::ALL.into_iter().map(|v| view! {
                    <label class="choice">
                        <input type="radio" name="hinh-thuc" prop:checked=move || member.get().is_some_and(|m| m.votes.method == Some(v))
                            on:change=move |_| change(Box::new(move |m| m.votes.method = Some(v)))/>
                        {v.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="vote-grid">
                <CountField id="co-mat" label="Số đảng viên chính thức có mặt" value=Signal::derive(move || member.get().and_then(|m| m.votes.present)) on_change=votes(|v, n| v.present = n)/>
                <CountField id="tan-thanh" label="Số phiếu tán thành" value=Signal::derive(move || member.get().and_then(|m| m.votes.yes)) on_change=votes(|v, n| v.yes = n)/>
                <CountField id="khong-tan-thanh" label="Số phiếu không tán thành" value=Signal::derive(move || member.get().and_then(|m| m.votes.no)) on_change=votes(|v, n| v.no = n)/>
                <CountField id="khong-bieu-quyet" label="Số không biểu quyết" value=Signal::derive(move || member.get().and_then(|m| m.votes.abstain)) on_change=votes(|v, n| v.abstain = n)/>
            </div>
        </section>
    }
}
