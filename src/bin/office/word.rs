//! The .docx writer: a document in the layout of the print view (HD 36, domain README §10),
//! from the same model ([`kiemdiem_core::printed`]): A4, the margins of the print toolbar,
//! Times New Roman 14 pt, the two-column Party header as a table without borders, the
//! title, the date line, the numbered sections, the score lines and the level boxes, the
//! signature blocks; lists of answers as Word's own numbered lists, so that a user can go on
//! editing the file as any Word document.

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, IndentLevel, LevelJc, LevelText, NumberFormat, Numbering,
    NumberingId, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Start, Table, TableCell, TableLayoutType,
    TableRow, WidthType,
};
use kiemdiem_core::printed::AnnexRow;
use kiemdiem_core::printed::{Block, Printed, Signature, ANNEX_COLUMNS, ANNEX_TITLE, PARTY, SIGN_NOTE};

/// A4 in twentieths of a point.
const A4: (u32, u32) = (11_906, 16_838);
/// Body text, in half-points: 14 pt.
const BODY: usize = 28;
/// The width between the margins, in twentieths of a point, for a margin pair in mm.
fn text_width(left_mm: u32, right_mm: u32) -> usize {
    (A4.0 as usize).saturating_sub(mm(left_mm) as usize + mm(right_mm) as usize)
}

fn mm(v: u32) -> i32 {
    (f64::from(v) * 1440.0 / 25.4).round() as i32
}

fn text(t: &str) -> Run {
    Run::new().add_text(t)
}

fn para(align: AlignmentType) -> Paragraph {
    Paragraph::new().align(align)
}

/// A line to write on by hand.
const DOTTED: &str = "……………………………………………………………………………………………………………";

/// The .docx of the printed document `p` with margins (mm: top, bottom, left, right), or a
/// message to show.
pub fn document(p: &Printed, margins_mm: [u32; 4]) -> Result<Vec<u8>, String> {
    let [top, bottom, left, right] = margins_mm;
    let width = text_width(left, right);
    let font = RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .east_asia("Times New Roman")
        .cs("Times New Roman");
    let mut docx = Docx::new()
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(mm(top))
                .bottom(mm(bottom))
                .left(mm(left))
                .right(mm(right))
                .header(mm(10))
                .footer(mm(10)),
        )
        .default_fonts(font)
        .default_size(BODY)
        // One decimal list, restarted for each list of answers.
        .add_abstract_numbering(
            AbstractNumbering::new(1).add_level(
                docx_rs::Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )
                .indent(Some(567), Some(SpecialIndentType::Hanging(397)), None, None),
            ),
        );
    docx = header(docx, p, width);
    docx = docx.add_paragraph(para(AlignmentType::Center).add_run(text(&p.title).bold().size(30)));
    docx = docx.add_paragraph(para(AlignmentType::Center).add_run(text(&p.year).bold()));
    if let Some(s) = &p.subtitle {
        docx = docx.add_paragraph(para(AlignmentType::Center).add_run(text(s).italic()));
    }
    for (label, value) in &p.identity {
        docx = docx.add_paragraph(para(AlignmentType::Left).add_run(text(&format!("{label}: "))).add_run(text(value)));
    }
    let mut lists = 0;
    for block in &p.body {
        docx = body(docx, block, &mut lists, width);
    }
    docx = docx.add_table(signatures(&p.signature, p.left_signature.as_ref(), width));
    if let Some(o) = &p.opinion {
        docx = docx.add_paragraph(para(AlignmentType::Left).keep_next(true).add_run(text(&o.heading).bold()));
        match &o.comment {
            Some(c) => docx = docx.add_paragraph(answer(c)),
            None => {
                docx = docx
                    .add_paragraph(para(AlignmentType::Left).add_run(text(DOTTED)))
                    .add_paragraph(para(AlignmentType::Left).add_run(text(DOTTED)))
            }
        }
        for l in &o.lines {
            docx = docx.add_paragraph(answer(l));
        }
        docx = docx.add_table(signatures(&o.signature, None, width));
    }
    if let Some(a) = &p.annex {
        docx = docx.add_paragraph(
            para(AlignmentType::Center)
                .add_run(Run::new().add_break(BreakType::Page))
                .add_run(text(ANNEX_TITLE.0).bold()),
        );
        docx = docx.add_paragraph(para(AlignmentType::Center).add_run(text(ANNEX_TITLE.1).bold()));
        docx = docx.add_paragraph(para(AlignmentType::Center).add_run(text(&a.note).italic()));
        docx = docx.add_table(annex(&a.rows, width));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).map_err(|_| "không tạo được tệp Word".to_owned())?;
    Ok(out.into_inner())
}

/// The form's code, then the two-column header: the organisation on the left (40 %), the
/// Party's title and the date line on the right.
fn header(mut docx: Docx, p: &Printed, width: usize) -> Docx {
    if !p.header.code.is_empty() {
        docx = docx.add_paragraph(para(AlignmentType::Right).add_run(text(&p.header.code).italic().size(24)));
    }
    let (l, r) = (width * 2 / 5, width - width * 2 / 5);
    let mut left = TableCell::new().width(l, WidthType::Dxa);
    if !p.header.superior.is_empty() {
        left = left.add_paragraph(para(AlignmentType::Center).add_run(text(&p.header.superior)));
    }
    let left = left
        .add_paragraph(para(AlignmentType::Center).add_run(text(&p.header.body).bold()))
        .add_paragraph(para(AlignmentType::Center).add_run(text("*")));
    let right = TableCell::new()
        .width(r, WidthType::Dxa)
        .add_paragraph(para(AlignmentType::Right).add_run(text(PARTY).bold().underline("single")))
        .add_paragraph(para(AlignmentType::Right).add_run(text(&p.header.date_line).italic()));
    docx.add_table(
        Table::without_borders(vec![TableRow::new(vec![left, right])])
            .set_grid(vec![l, r])
            .width(width, WidthType::Dxa),
    )
    .add_paragraph(Paragraph::new())
}

/// A justified paragraph of an answer, its first line indented as on the paper forms.
fn answer(t: &str) -> Paragraph {
    para(AlignmentType::Both).indent(None, Some(SpecialIndentType::FirstLine(567)), None, None).add_run(text(t))
}

fn body(docx: Docx, block: &Block, lists: &mut usize, width: usize) -> Docx {
    match block {
        Block::Opening(t) => docx.add_paragraph(answer(t)),
        Block::Heading { text: t, depth } => {
            let run = if *depth >= 3 { text(t).bold().italic() } else { text(t).bold() };
            docx.add_paragraph(para(AlignmentType::Both).keep_next(true).add_run(run))
        }
        Block::Note(t) => docx.add_paragraph(para(AlignmentType::Both).keep_next(true).add_run(text(t).italic())),
        Block::Label(t) => docx.add_paragraph(para(AlignmentType::Left).keep_next(true).add_run(text(t).italic())),
        Block::Answer(t) => docx.add_paragraph(answer(t)),
        Block::Blank => docx.add_paragraph(para(AlignmentType::Left).add_run(text(DOTTED))),
        Block::List(items) => {
            *lists += 1;
            let id = *lists + 1;
            let mut docx = docx.add_numbering(Numbering::new(id, 1));
            for i in items {
                docx = docx.add_paragraph(
                    para(AlignmentType::Both)
                        .numbering(NumberingId::new(id), IndentLevel::new(0))
                        .add_run(text(&i.main)),
                );
                for d in &i.details {
                    docx = docx
                        .add_paragraph(para(AlignmentType::Both).indent(Some(567), None, None, None).add_run(text(d)));
                }
            }
            docx
        }
        Block::ScoreLine { text: t, total } => {
            let run = if *total { text(t).bold() } else { text(t) };
            docx.add_paragraph(para(AlignmentType::Left).indent(Some(567), None, None, None).add_run(run))
        }
        Block::Table(t) => docx.add_table(table(t, width)).add_paragraph(Paragraph::new()),
        Block::Levels(levels) => levels.iter().fold(docx, |docx, (label, ticked)| {
            let mark = if *ticked { "☒ " } else { "☐ " };
            docx.add_paragraph(
                para(AlignmentType::Left).indent(Some(567), None, None, None).add_run(text(mark)).add_run(text(label)),
            )
        }),
    }
}

/// A signature block on the right half: the roles, "(Ký, ghi rõ họ tên)", room to sign, the
/// name.
fn signatures(s: &Signature, left: Option<&Signature>, width: usize) -> Table {
    let half = width / 2;
    let mut cell = TableCell::new().width(width - half, WidthType::Dxa);
    for role in &s.roles {
        cell = cell.add_paragraph(para(AlignmentType::Center).keep_next(true).add_run(text(role).bold()));
    }
    cell = cell.add_paragraph(para(AlignmentType::Center).keep_next(true).add_run(text(SIGN_NOTE).italic()));
    for _ in 0..3 {
        cell = cell.add_paragraph(Paragraph::new().keep_next(true));
    }
    cell = cell.add_paragraph(para(AlignmentType::Center).add_run(text(&s.name).bold()));
    let mut left_cell = TableCell::new().width(half, WidthType::Dxa);
    if let Some(l) = left {
        for role in &l.roles {
            left_cell = left_cell.add_paragraph(para(AlignmentType::Center).keep_next(true).add_run(text(role).bold()));
        }
        left_cell =
            left_cell.add_paragraph(para(AlignmentType::Center).keep_next(true).add_run(text(SIGN_NOTE).italic()));
        for _ in 0..3 {
            left_cell = left_cell.add_paragraph(Paragraph::new().keep_next(true));
        }
        left_cell = left_cell.add_paragraph(para(AlignmentType::Center).add_run(text(&l.name).bold()));
    }
    Table::without_borders(vec![TableRow::new(vec![left_cell, cell])])
        .set_grid(vec![half, width - half])
        .width(width, WidthType::Dxa)
}

/// A table of the body (the roster, the summary), with borders: the titles in bold, numbers
/// right-aligned, the columns as wide as the print view draws them
/// ([`kiemdiem_core::printed::Table::column_widths`]).
fn table(t: &kiemdiem_core::printed::Table, width: usize) -> docx_rs::Table {
    let grid = t.column_widths(width);
    let cell = |v: &str, c: usize, bold: bool| {
        let align = if t.numeric.get(c).copied().unwrap_or(false) { AlignmentType::Right } else { AlignmentType::Left };
        let run = if bold { text(v).bold() } else { text(v) };
        TableCell::new()
            .width(grid[c], WidthType::Dxa)
            .add_paragraph(para(align).add_run(run.size(t.font_half_points())))
    };
    let mut rows = vec![TableRow::new(t.columns.iter().enumerate().map(|(c, v)| cell(v, c, true)).collect())];
    let last = t.rows.len().saturating_sub(1);
    for (i, r) in t.rows.iter().enumerate() {
        let bold = t.total_last && i == last;
        rows.push(TableRow::new(r.iter().enumerate().map(|(c, v)| cell(v, c, bold)).collect()));
    }
    docx_rs::Table::new(rows).set_grid(grid).width(width, WidthType::Dxa).layout(TableLayoutType::Fixed)
}

/// The annex's table, with borders: number, criterion, maximum, points.
fn annex(rows: &[AnnexRow], width: usize) -> Table {
    let grid = vec![width / 10, width * 6 / 10, width * 3 / 20, width - width / 10 - width * 6 / 10 - width * 3 / 20];
    let cell = |t: &str, w: usize, bold: bool, align: AlignmentType| {
        let run = if bold { text(t).bold() } else { text(t) };
        TableCell::new().width(w, WidthType::Dxa).add_paragraph(para(align).add_run(run))
    };
    let mut table_rows = vec![TableRow::new(
        ANNEX_COLUMNS.iter().zip(&grid).map(|(c, w)| cell(c, *w, true, AlignmentType::Center)).collect(),
    )];
    for r in rows {
        table_rows.push(TableRow::new(match r {
            AnnexRow::Group(t) => vec![cell(t, width, true, AlignmentType::Left).grid_span(4)],
            AnnexRow::Criterion([n, title, max, points]) => vec![
                cell(n, grid[0], false, AlignmentType::Center),
                cell(title, grid[1], false, AlignmentType::Left),
                cell(max, grid[2], false, AlignmentType::Center),
                cell(points, grid[3], false, AlignmentType::Center),
            ],
            AnnexRow::Subtotal([label, max, points]) => vec![
                cell("", grid[0], false, AlignmentType::Center),
                cell(label, grid[1], true, AlignmentType::Left),
                cell(max, grid[2], true, AlignmentType::Center),
                cell(points, grid[3], true, AlignmentType::Center),
            ],
        }));
    }
    Table::new(table_rows).set_grid(grid).width(width, WidthType::Dxa)
}
