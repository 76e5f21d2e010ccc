//! A document printed from its template: the header, the title, every printed section with
//! its official numbering and heading, the Part B score table, and the signature blocks.
//! Empty optional sections print "Không có."; empty required answers print a dotted line
//! to fill in by hand.

use crate::nav::use_params_map;
use leptos::prelude::*;

use super::header::{PartyHeader, Signature};
use super::source;
use super::toolbar::Toolbar;
use crate::components::page_heading::PageHeading;
use crate::routes;
use kiemdiem_core::cell::model::Member;
use kiemdiem_core::document::{Document, Value};
use kiemdiem_core::ids::{DocId, MemberId, WorkspaceId};
use kiemdiem_core::level::Level;
use kiemdiem_core::pack::{self, Group, PackRef};
use kiemdiem_core::review;
use kiemdiem_core::template::{DocKind, Field, FieldKind, Section, Template, Widget};
use kiemdiem_core::templates::{self, review_2025::ids};

/// Identity fields printed in the header or the date line, not in the identity block. The
/// member's cell is printed in both, as on the paper form ("… Chi bộ ……"); the cell's own
/// report names it in the header only.
const IN_HEADER: [&str; 3] = [ids::PARTY_COMMITTEE, ids::PLACE, ids::WRITTEN_ON];

fn choice_label(field: &Field, value: &str) -> String {
    match &field.kind {
        FieldKind::Choice(choices) => choices.iter().find(|c| c.value == value).map_or(value, |c| c.label).to_owned(),
        _ => value.to_owned(),
    }
}

fn value_view(field: &'static Field, doc: &Document) -> AnyView {
    match (&field.kind, doc.values.get(field.id)) {
        (FieldKind::Rows { columns, .. }, Some(Value::Rows(rows))) if !rows.is_empty() => view! {
            <ol class="answer-list">
                {rows.iter().map(|r| {
                    let main = columns.first().and_then(|c| r.get(c.id)).cloned().unwrap_or_default();
                    let rest: Vec<String> = columns.iter().skip(1).filter_map(|c| {
                        r.get(c.id).filter(|v| !v.trim().is_empty()).map(|v| format!("{}: {}", c.label, choice_label(c, v)))
                    }).collect();
                    view! { <li><p class="answer">{main}</p>{rest.into_iter().map(|t| view! { <p class="answer detail">{t}</p> }).collect_view()}</li> }
                }).collect_view()}
            </ol>
        }
        .into_any(),
        (_, Some(Value::Text(t))) if !t.trim().is_empty() => {
            let text = choice_label(field, t);
            view! { {text.split('\n').map(|p| view! { <p class="answer">{p.to_owned()}</p> }).collect_view()} }.into_any()
        }
        _ if !field.required => view! { <p class="answer">"Không có."</p> }.into_any(),
        // Dotted lines to write on by hand.
        _ => view! { <p class="blank" aria-label="(chưa điền)"></p><p class="blank"></p> }.into_any(),
    }
}

/// The score lines of Part B.I, as on the paper form [C]: "1. Nhóm tiêu chí chung: …/30",
/// "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70", "Tổng điểm: …/100".
fn score_lines(section: &'static Section, doc: &Document) -> AnyView {
    let shown = |v: &str| if v.trim().is_empty() { "…".to_owned() } else { v.trim().to_owned() };
    let total = review::total(doc).map(|t| t.to_string()).unwrap_or_else(|| "…".to_owned());
    let lines = section
        .fields
        .iter()
        .filter_map(|f| match f.kind {
            FieldKind::Points { max } => {
                let name = f.label.split(" (tối đa").next().unwrap_or(f.label);
                Some(view! { <p class="score-line">{format!("{name}: {}/{max}", shown(doc.text(f.id)))}</p> })
            }
            _ => None,
        })
        .collect_view();
    view! {
        {lines}
        <p class="score-line score-sum">{format!("Tổng điểm: {total}/100")}</p>
    }
    .into_any()
}

/// The four levels with their boxes, the chosen one ticked, as on the paper form [C].
fn level_boxes(field: &'static Field, doc: &Document) -> AnyView {
    let chosen = doc.text(field.id).to_owned();
    let FieldKind::Choice(choices) = &field.kind else { return value_view(field, doc) };
    view! {
        <p class="level-boxes">
            {choices.iter().map(|c| {
                let ticked = c.value == chosen;
                view! {
                    <span class="level-box" class:ticked=ticked>
                        <span class="box" aria-hidden="true">{if ticked { "☒" } else { "☐" }}</span>
                        " "{c.label}
                    </span>
                }
            }).collect_view()}
        </p>
    }
    .into_any()
}

fn section_view(section: &'static Section, doc: &Document) -> AnyView {
    let heading = format!("{} {}", section.number, section.heading).trim().to_owned();
    let class = format!("sec depth-{}", section.depth);
    // Mẫu 01's opening sentence comes before "A." on the paper form [C].
    let opening_first = section.id == "A" && section.note.is_some_and(|n| n.starts_with("Căn cứ"));
    let head = view! {
        {opening_first.then(|| view! { <p class="opening">{section.note}</p> })}
        <p class=class>{heading}</p>
        {(!opening_first).then(|| section.note.map(|n| view! { <p class="note">{n}</p> }))}
    };
    let body: AnyView = if doc.is_none(section.id) {
        view! { <p class="answer">"Không có."</p> }.into_any()
    } else if section.widget == Some(Widget::ScoreTotal) {
        score_lines(section, doc)
    } else if section.fields.len() == 1 && section.fields[0].id == ids::PROPOSED_LEVEL {
        level_boxes(&section.fields[0], doc)
    } else if section.fields.len() == 1 {
        value_view(&section.fields[0], doc)
    } else {
        section
            .fields
            .iter()
            .map(|f| view! { <p class="label">{f.label}</p>{value_view(f, doc)} })
            .collect_view()
            .into_any()
    };
    // The heading and the start of its answer stay on one page.
    view! { <div class="keep">{head}</div><div class="body">{body}</div> }.into_any()
}

/// The identity block: "Họ và tên: … Ngày sinh: … Đơn vị công tác: … Chi bộ: …", the cell
/// last as on the paper form.
fn identity(template: &'static Template, doc: &Document) -> AnyView {
    let Some(section) = template.sections().find(|s| s.id == templates::IDENTITY) else { return ().into_any() };
    let shown = |f: &&'static Field| {
        !(IN_HEADER.contains(&f.id) || (template.kind == DocKind::CellReview && f.id == ids::CELL))
            && (f.required || !doc.text(f.id).trim().is_empty())
    };
    let (cell, others): (Vec<&'static Field>, Vec<&'static Field>) =
        section.fields.iter().filter(shown).partition(|f| f.id == ids::CELL);
    others
        .into_iter()
        .chain(cell)
        .map(|f| {
            let v = doc.text(f.id).trim();
            view! { <p class="identity"><span>{format!("{}: ", f.label)}</span>{if v.is_empty() { "……………………".to_owned() } else { v.to_owned() }}</p> }
        })
        .collect_view()
        .into_any()
}

/// The annex the form asks for ("Gửi kèm Phụ lục …"): the points by sub-criterion of the
/// superior committee's pack the document was scored with.
fn annex(doc: &Document, used: &PackRef) -> AnyView {
    let groups = [Group::General, Group::Results].into_iter().enumerate().map(|(n, group)| {
        let rows = doc.rows(pack::rows_id(group)).to_vec();
        let subtotal = pack::group_total(doc, group).map_or_else(|| "…".to_owned(), |t| t.to_string());
        view! {
            <tr class="group"><th scope="rowgroup" colspan="4">{format!("{}. {}", n + 1, group.label())}</th></tr>
            {rows.into_iter().enumerate().map(|(i, r)| {
                let cell = |c: &str| r.get(c).cloned().unwrap_or_default();
                view! { <tr><td class="num">{format!("{}.{}", n + 1, i + 1)}</td><td>{cell(pack::ids::TITLE)}</td><td class="num">{cell(pack::ids::MAX)}</td><td class="num">{cell(pack::ids::POINTS)}</td></tr> }
            }).collect_view()}
            <tr class="subtotal"><td></td><th scope="row">"Cộng"</th><td class="num">{group.total().to_string()}</td><td class="num">{subtotal}</td></tr>
        }
    }).collect_view();
    let total = review::total(doc).map_or_else(|| "…".to_owned(), |t| t.to_string());
    view! {
        <section class="annex">
            <p class="doc-title">"PHỤ LỤC"</p>
            <p class="doc-subtitle">"Kết quả tự chấm điểm theo tiêu chí"</p>
            <p class="note">{format!("(Theo bộ tiêu chí của {})", used.title())}</p>
            <table class="roster-print annex-table">
                <thead><tr><th scope="col">"STT"</th><th scope="col">"Tiêu chí"</th><th scope="col">"Điểm tối đa"</th><th scope="col">"Điểm tự chấm"</th></tr></thead>
                <tbody>{groups}</tbody>
                <tfoot><tr class="subtotal"><td></td><th scope="row">"Tổng điểm"</th><td class="num">"100"</td><td class="num">{total}</td></tr></tfoot>
            </table>
        </section>
    }
    .into_any()
}

/// The signer's line of a member's review when no pack words it.
const SIGNER: &str = "NGƯỜI TỰ KIỂM ĐIỂM";

/// A printed text the document's pack supplies, if it does.
fn pack_text(doc: &Document, which: &str) -> Option<String> {
    Some(doc.text(&pack::text_id(which)).trim().to_owned()).filter(|t| !t.is_empty())
}

/// What the print toolbar lists as printed without a confirmed source: the template's
/// unconfirmed texts and the signature lines, except those the document's pack words.
pub fn unconfirmed(template: &'static Template, doc: &Document) -> Vec<String> {
    let from = doc.pack.as_ref().map(PackRef::title).unwrap_or_default();
    let mut out: Vec<String> = template
        .unconfirmed_texts()
        .into_iter()
        .filter(|t| !(*t == template.subtitle && pack_text(doc, "subtitle").is_some()))
        .map(str::to_owned)
        .collect();
    if pack_text(doc, "subtitle").is_some() {
        out.push(format!("(Dòng dưới tiêu đề được in theo bộ tiêu chí của {from}.)"));
    }
    if pack_text(doc, "signature").is_some() {
        out.push(format!("(Dòng ký tên được in theo bộ tiêu chí của {from}.)"));
    } else {
        out.push("Các dòng ký tên (\"NGƯỜI TỰ KIỂM ĐIỂM\", \"T/M CHI ỦY (CHI BỘ)\"…): theo mẫu các năm trước, vì chưa tìm thấy mẫu 2025; bộ tiêu chí của cấp ủy cấp trên có thể ghi cách viết khác.".to_owned());
    }
    out
}

/// The cell's opinion printed on the cell's copy of a member's review.
#[derive(Clone)]
pub struct CellOpinion {
    pub member: Member,
}

/// `<PrintedDocument doc template opinion/>`: one whole document as printed.
#[component]
pub fn PrintedDocument(
    doc: Document,
    template: &'static Template,
    #[prop(optional)] opinion: Option<CellOpinion>,
) -> impl IntoView {
    let name = doc.text(ids::FULL_NAME).trim().to_owned();
    // A commitment has no official form: its parts are the cells' common practice, and all
    // of them are printed (under the app's headings) so that the paper copy is complete.
    let commitment = template.kind == DocKind::Commitment;
    let sections = template
        .sections()
        .filter(|s| s.printed || (commitment && s.id != templates::IDENTITY))
        .map(|s| section_view(s, &doc))
        .collect_view();
    let signature = match template.kind {
        DocKind::Review => {
            let role = pack_text(&doc, "signature").unwrap_or_else(|| SIGNER.to_owned());
            view! { <Signature role=role name=name.clone()/> }.into_any()
        }
        DocKind::Commitment => view! { <Signature role="NGƯỜI CAM KẾT" name=name.clone()/> }.into_any(),
        DocKind::CellReview => view! { <Signature role="T/M CHI ỦY (CHI BỘ)" second="BÍ THƯ" name=""/> }.into_any(),
    };
    let opinion = opinion.map(|o| {
        let m = o.member;
        let v = m.votes;
        let n = |x: Option<u32>| x.map_or("…".to_owned(), |x| x.to_string());
        view! {
            <div class="cell-opinion">
                <div class="keep"><p class="sec depth-2">"NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)"</p></div>
                {if m.comment.trim().is_empty() {
                    view! { <p class="blank"></p><p class="blank"></p> }.into_any()
                } else {
                    view! { <p class="answer">{m.comment.clone()}</p> }.into_any()
                }}
                <p class="answer">{format!("Chi bộ đề xuất xếp loại: {}.", m.proposed.map_or("……………", Level::label))}</p>
                <p class="answer">{format!(
                    "Kết quả biểu quyết{}: {} tán thành, {} không tán thành, {} không biểu quyết; {} đảng viên chính thức có mặt.",
                    v.method.map(|x| format!(" ({})", x.label().to_lowercase())).unwrap_or_default(),
                    n(v.yes), n(v.no), n(v.abstain), n(v.present)
                )}</p>
                <div class="signatures two">
                    <div></div>
                    <Signature role="T/M CHI ỦY (CHI BỘ)" name=""/>
                </div>
            </div>
        }
    });
    view! {
        <article class="a4">
            <PartyHeader committee=doc.text(ids::PARTY_COMMITTEE).to_owned() cell=doc.text(ids::CELL).to_owned()
                place=doc.text(ids::PLACE).to_owned() date=doc.text(ids::WRITTEN_ON).to_owned() code=template.printed_code/>
            <h1 class="doc-title" id=crate::components::page_heading::PAGE_HEADING_ID tabindex="-1">{template.title}</h1>
            <p class="doc-year">{format!("Năm {}", doc.year)}</p>
            {pack_text(&doc, "subtitle").or_else(|| (!template.subtitle.is_empty()).then(|| template.subtitle.to_owned()))
                .map(|s| view! { <p class="doc-subtitle">{s}</p> })}
            {identity(template, &doc)}
            {sections}
            <div class="signatures">{signature}</div>
            {opinion}
            {doc.pack.as_ref().map(|p| annex(&doc, p))}
        </article>
    }
}

fn problem(message: String) -> AnyView {
    view! {
        <PageHeading title="Không in được"/>
        <p>{message}</p>
        <p><a href=routes::DRAFTS>"Về các bản nháp"</a></p>
    }
    .into_any()
}

/// `/in/van-ban/<id>`.
#[component]
pub fn DocumentPrint() -> impl IntoView {
    let id = DocId::from(use_params_map().get_untracked().get("id").unwrap_or_default());
    match source::document(&id).and_then(|d| {
        templates::get(&d.template)
            .map(|t| (d, t))
            .ok_or_else(|| "Mẫu của văn bản này chưa có trong phiên bản này.".to_owned())
    }) {
        Ok((doc, template)) => {
            document().set_title(&format!("Bản in: {} năm {}", template.kind.label(), doc.year));
            let back = routes::doc(template.kind, &id, routes::REVIEW_STEP);
            let unconfirmed = unconfirmed(template, &doc);
            view! { <Toolbar back=back unconfirmed=unconfirmed/><PrintedDocument doc=doc template=template/> }
                .into_any()
        }
        Err(m) => problem(m),
    }
}

/// `/in/chi-bo/<ws>/dang-vien/<member>`: the cell's copy of a member's review.
#[component]
pub fn CellMemberPrint() -> impl IntoView {
    let p = use_params_map().get_untracked();
    let (ws_id, member_id) =
        (WorkspaceId::from(p.get("ws").unwrap_or_default()), MemberId::from(p.get("member").unwrap_or_default()));
    let back = routes::cell::member(&ws_id, &member_id);
    member_print(source::workspace(&ws_id), &member_id, back)
}

/// `/in/dang-uy/<cell>/dang-vien/<member>`: a member's review from the committee's copy of
/// the cell's bundle.
#[component]
pub fn CommitteeMemberPrint() -> impl IntoView {
    let p = use_params_map().get_untracked();
    let (ws_id, member_id) =
        (WorkspaceId::from(p.get("ws").unwrap_or_default()), MemberId::from(p.get("member").unwrap_or_default()));
    member_print(source::handed_over(&ws_id), &member_id, routes::COMMITTEE.to_owned())
}

fn member_print(
    source: Result<(kiemdiem_core::cell::model::Workspace, std::collections::BTreeMap<DocId, Document>), String>,
    member_id: &MemberId,
    back: String,
) -> AnyView {
    let found = source.and_then(|(ws, reviews)| {
        let m = ws
            .member(member_id)
            .cloned()
            .ok_or_else(|| "Không tìm thấy đảng viên này trong hồ sơ chi bộ.".to_owned())?;
        let doc = m
            .review
            .as_ref()
            .and_then(|r| reviews.get(r))
            .cloned()
            .ok_or_else(|| "Chưa nhận được bản kiểm điểm của đồng chí này.".to_owned())?;
        let t = templates::get(&doc.template)
            .ok_or_else(|| "Mẫu của bản kiểm điểm này chưa có trong phiên bản này.".to_owned())?;
        Ok((m, doc, t))
    });
    match found {
        Ok((m, doc, t)) => {
            document().set_title(&format!("Bản in: bản kiểm điểm của {}", m.name));
            let unconfirmed = unconfirmed(t, &doc);
            view! { <Toolbar back=back unconfirmed=unconfirmed/><PrintedDocument doc=doc template=t opinion=CellOpinion { member: m }/> }
                .into_any()
        }
        Err(m) => problem(m),
    }
}
