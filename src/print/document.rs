//! A document printed from its template, drawn from the core's printed model
//! ([`kiemdiem_core::printed`], which the Word file is written from too): the header, the
//! title, every printed section with its official numbering and heading, the Part B score
//! lines and level boxes, the signature blocks, the cell's opinion and the annex.

use leptos::prelude::*;

use super::header::{PartyHeader, Signature as SignatureBlock};
use super::source::{self, Source, Which};
use super::toolbar::{Toolbar, WordSource};
use crate::components::page_heading::PageHeading;
use crate::routes::{self, CellRoute, CommitteeRoute, MemberRoute, Route};
use kiemdiem_core::document::Document;
use kiemdiem_core::ids::{DocId, MemberId, WorkspaceId};
use kiemdiem_core::pack_ref::PackRef;
use kiemdiem_core::printed::{pack_text, Annex, AnnexRow, Block, Printed, Signature, ANNEX_COLUMNS, ANNEX_TITLE};
use kiemdiem_core::template::Template;

/// One piece of the body.
fn block_view(block: Block, after_blank: bool) -> AnyView {
    match block {
        Block::Opening(t) => view! { <p class="opening">{t}</p> }.into_any(),
        Block::Heading { text, depth } => view! { <p class=format!("sec depth-{depth}")>{text}</p> }.into_any(),
        Block::Note(t) => view! { <p class="note">{t}</p> }.into_any(),
        Block::Label(t) => view! { <p class="label">{t}</p> }.into_any(),
        Block::Answer(t) => view! { <p class="answer">{t}</p> }.into_any(),
        // Dotted lines to write on by hand; a pair is announced once.
        Block::Blank if after_blank => view! { <p class="blank"></p> }.into_any(),
        Block::Blank => view! { <p class="blank" aria-label="(chưa điền)"></p> }.into_any(),
        Block::List(items) => view! {
            <ol class="answer-list">
                {items.into_iter().map(|i| view! {
                    <li><p class="answer">{i.main}</p>{i.details.into_iter().map(|t| view! { <p class="answer detail">{t}</p> }).collect_view()}</li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
        Block::ScoreLine { text, total } => view! { <p class="score-line" class:score-sum=total>{text}</p> }.into_any(),
        Block::Table(t) => {
            let last = t.rows.len().saturating_sub(1);
            let numeric = t.numeric.clone();
            let wide = t.columns.len() >= 6;
            let small = t.font_half_points() < 24;
            // The same widths as the Word file's, in hundredths of a percent; set through
            // the CSS object model, which the CSP allows.
            let widths = t.column_widths(kiemdiem_core::printed::A4_TEXT_TWIPS);
            let all = widths.iter().sum::<usize>().max(1);
            let widths: Vec<usize> = widths.into_iter().map(|w| w * 10_000 / all).collect();
            view! {
                <table class="roster-print" class:roster-list=wide class:small-type=small>
                    <colgroup>
                        {widths.into_iter().map(|w| view! { <col style:width=format!("{}.{:02}%", w / 100, w % 100)/> }).collect_view()}
                    </colgroup>
                    <thead><tr>{t.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {t.rows.into_iter().enumerate().map(|(i, row)| {
                            let numeric = numeric.clone();
                            view! {
                                <tr class:total={t.total_last && i == last}>
                                    {row.into_iter().enumerate().map(|(c, v)| view! {
                                        <td class:num={numeric.get(c).copied().unwrap_or(false)}>{v}</td>
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }
        Block::Levels(levels) => view! {
            <p class="level-boxes">
                {levels.into_iter().map(|(label, ticked)| view! {
                    <span class="level-box" class:ticked=ticked>
                        <span class="box" aria-hidden="true">{if ticked { "☒" } else { "☐" }}</span>
                        " "{label}
                    </span>
                }).collect_view()}
            </p>
        }
        .into_any(),
    }
}

/// The body: each heading, with its note, in a `keep` group (kept on one page with the start
/// of what follows it); the rest after it.
fn body_view(blocks: Vec<Block>) -> AnyView {
    let mut out: Vec<AnyView> = Vec::new();
    let mut keep: Vec<AnyView> = Vec::new();
    let (mut after_blank, mut in_heading) = (false, false);
    for b in blocks {
        let heading_part = matches!(b, Block::Heading { .. }) || (in_heading && matches!(b, Block::Note(_)));
        if !heading_part && !keep.is_empty() {
            out.push(view! { <div class="keep">{std::mem::take(&mut keep)}</div> }.into_any());
        }
        in_heading = heading_part;
        let blank = matches!(b, Block::Blank);
        let v = block_view(b, after_blank);
        after_blank = blank;
        if heading_part {
            keep.push(v);
        } else {
            out.push(v);
        }
    }
    if !keep.is_empty() {
        out.push(view! { <div class="keep">{keep}</div> }.into_any());
    }
    out.into_any()
}

fn annex_view(annex: Annex) -> AnyView {
    let rows = annex
        .rows
        .into_iter()
        .map(|r| match r {
            AnnexRow::Group(t) => view! { <tr class="group"><th scope="rowgroup" colspan="4">{t}</th></tr> }.into_any(),
            AnnexRow::Criterion([n, title, max, points]) => {
                view! { <tr><td class="num">{n}</td><td>{title}</td><td class="num">{max}</td><td class="num">{points}</td></tr> }.into_any()
            }
            AnnexRow::Subtotal([label, max, points]) => {
                view! { <tr class="subtotal"><td></td><th scope="row">{label}</th><td class="num">{max}</td><td class="num">{points}</td></tr> }.into_any()
            }
        })
        .collect_view();
    view! {
        <section class="annex">
            <p class="doc-title">{ANNEX_TITLE.0}</p>
            <p class="doc-subtitle">{ANNEX_TITLE.1}</p>
            <p class="note">{annex.note}</p>
            <table class="roster-print annex-table">
                <thead><tr>{ANNEX_COLUMNS.map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}

fn signature_view(s: Signature) -> AnyView {
    let mut roles = s.roles.into_iter();
    let role = roles.next().unwrap_or_default();
    let second = roles.next().unwrap_or_default();
    view! { <SignatureBlock role=role second=second name=s.name/> }.into_any()
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

/// `<PrintedDocument printed/>`: one whole document as printed, from the model the Word file
/// is written from too ([`kiemdiem_core::printed`]).
#[component]
pub fn PrintedDocument(printed: Printed) -> impl IntoView {
    let p = printed;
    let opinion = p.opinion.map(|o| {
        view! {
            <div class="cell-opinion">
                <div class="keep"><p class="sec depth-2">{o.heading}</p></div>
                {match o.comment {
                    None => view! { <p class="blank"></p><p class="blank"></p> }.into_any(),
                    Some(c) => view! { <p class="answer">{c}</p> }.into_any(),
                }}
                {o.lines.into_iter().map(|l| view! { <p class="answer">{l}</p> }).collect_view()}
                <div class="signatures two">
                    <div></div>
                    {signature_view(o.signature)}
                </div>
            </div>
        }
    });
    view! {
        <article class="a4">
            <PartyHeader header=p.header/>
            <h1 class="doc-title" id=crate::components::page_heading::PAGE_HEADING_ID tabindex="-1">{p.title}</h1>
            <p class="doc-year">{p.year}</p>
            {p.subtitle.map(|s| view! { <p class="doc-subtitle">{s}</p> })}
            {p.identity.into_iter().map(|(label, value)| view! {
                <p class="identity"><span>{format!("{label}: ")}</span>{value}</p>
            }).collect_view()}
            {body_view(p.body)}
            <div class="signatures">
                {p.left_signature.map(|s| view! { <div class="left-signature">{signature_view(s)}</div> })}
                {signature_view(p.signature)}
            </div>
            {opinion}
            {p.annex.map(annex_view)}
        </article>
    }
}

fn problem(message: String) -> AnyView {
    view! {
        <PageHeading title="Không in được"/>
        <p>{message}</p>
        <p><a href=MemberRoute::Drafts.href()>"Về các bản nháp"</a></p>
    }
    .into_any()
}

/// A print view of `which`, with its toolbar (and "Tải bản Word" for the same document), or
/// why it cannot be printed.
fn print_view(which: Which, back: impl Fn(&Source) -> String + Send + Sync + 'static) -> AnyView {
    let find = {
        let which = which.clone();
        async move { source::find(&which).await }
    };
    super::when_found(find, move |found| match found {
        Ok(src) => {
            let title = match &src.member {
                Some(m) => format!("Bản in: bản kiểm điểm của {}", m.name),
                None => format!("Bản in: {} năm {}", src.template.kind.label(), src.doc.year),
            };
            document().set_title(&title);
            let unconfirmed = unconfirmed(src.template, &src.doc);
            let word = WordSource { file_name: src.word_file_name(), which: which.clone() };
            let back = back(&src);
            view! { <Toolbar back=back unconfirmed=unconfirmed word=word/><PrintedDocument printed=src.printed()/> }
                .into_any()
        }
        Err(m) => problem(m),
    })
    .into_any()
}

/// `/in/van-ban/<id>`.
#[component]
pub fn DocumentPrint(id: DocId) -> impl IntoView {
    print_view(Which::Doc(id.clone()), move |src| MemberRoute::doc_href(src.template.kind, &id, routes::REVIEW_STEP))
}

/// `/in/chi-bo/<ws>/dang-vien/<member>`: the cell's copy of a member's review.
#[component]
pub fn CellMemberPrint(ws_id: WorkspaceId, member_id: MemberId) -> impl IntoView {
    let back = CellRoute::Member(ws_id.clone(), member_id.clone()).href();
    print_view(Which::CellMember(ws_id, member_id), move |_| back.clone())
}

/// `/in/dang-uy/<cell>/dang-vien/<member>`: a member's review from the committee's copy of
/// the cell's bundle.
#[component]
pub fn CommitteeMemberPrint(ws_id: WorkspaceId, member_id: MemberId) -> impl IntoView {
    print_view(Which::CommitteeMember(ws_id, member_id), |_| CommitteeRoute::Home.href())
}
