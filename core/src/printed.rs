//! A document as it is printed (Xem bản in) and written for Word ("Tải bản Word"): one model,
//! built from the document's template, so the A4 print view (`src/print/document.rs`) and
//! the .docx (`crate::word`) say the same things in the same order, in the layout of the
//! Party's documents (Hướng dẫn 36-HD/VPTW, domain README §10): the header with the
//! organisation on the left and the Party's title and the date line on the right, the
//! title, the identity lines, every printed section with its official numbering, the
//! Part B score lines and level boxes, the signature blocks, the cell's opinion on the
//! cell's copy, and the annex of a criteria pack.
//!
//! Empty optional sections print "Không có."; empty required answers print lines to fill
//! in by hand.

use crate::cell::minutes;
use crate::cell::model::{Line, Member, Workspace};
use crate::cell::summary::Summary;
use crate::committee::report::Report;
use crate::date::{document_date, parse_field_date};
use crate::document::{Document, Value};
use crate::level::Level;
use crate::pack::{self, Group};
use crate::pack_ref::PackRef;
use crate::review;
use crate::score::percent;
use crate::template::{DocKind, Field, FieldKind, Section, Template, Widget};
use crate::templates::{self, review_2025::ids};

/// Identity fields printed in the header or the date line, not in the identity block. The
/// member's cell is printed in both, as on the paper form ("… Chi bộ ……"); the cell's own
/// report names it in the header only.
const IN_HEADER: [&str; 3] = [ids::PARTY_COMMITTEE, ids::PLACE, ids::WRITTEN_ON];

/// The signer's line of a member's review when no pack words it.
pub const SIGNER: &str = "NGƯỜI TỰ KIỂM ĐIỂM";

/// What an unknown value prints as, to be filled in by hand.
const DOTS: &str = "……………………";

/// The name of an organisation as printed: upper case, with its kind in front when the
/// user typed only the name ("Khu phố 3" → "CHI BỘ KHU PHỐ 3").
pub fn org_line(kind: &str, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return format!("{} ……", kind.to_uppercase());
    }
    if name.to_lowercase().starts_with(&kind.to_lowercase()) {
        name.to_uppercase()
    } else {
        format!("{} {}", kind.to_uppercase(), name.to_uppercase())
    }
}

/// "Hà Nội, ngày 05 tháng 01 năm 2026", with dots for what is not known yet (to be filled
/// in by hand).
pub fn date_line(place: &str, date: &str) -> String {
    let place = if place.trim().is_empty() { "……" } else { place.trim() };
    match parse_field_date(date).ok() {
        Some(d) => format!("{place}, {}", document_date(d)),
        None => format!("{place}, ngày … tháng … năm …"),
    }
}

/// The Party header: "ĐẢNG BỘ …", "CHI BỘ …", "*" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and
/// the date line on the right; the form's code above.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// "Mẫu 2B", printed above the header on the right; empty when the form has none.
    pub code: String,
    /// "ĐẢNG BỘ PHƯỜNG BA ĐÌNH".
    pub superior: String,
    /// "CHI BỘ KHU PHỐ 3".
    pub body: String,
    /// "Hà Nội, ngày 05 tháng 01 năm 2026".
    pub date_line: String,
}

/// The Party's title, the right half of the header [C].
pub const PARTY: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

/// One answer of a list (tasks, shortcomings): its main text and its other columns.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// The first column.
    pub main: String,
    /// "Label: value" of the other columns that hold something.
    pub details: Vec<String>,
}

/// A piece of the document's body, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Mẫu 01's opening sentence, before "A." on the paper form [C].
    Opening(String),
    /// A section's number and heading ("I. ƯU ĐIỂM…"), at its depth (1 the highest).
    Heading {
        /// "I. Ưu điểm".
        text: String,
        /// 1, 2 or 3.
        depth: u8,
    },
    /// A section's note, under its heading.
    Note(String),
    /// A field's label, when a section holds several.
    Label(String),
    /// One paragraph of an answer.
    Answer(String),
    /// A line to write on by hand.
    Blank,
    /// A numbered list of answers.
    List(Vec<ListItem>),
    /// "1. Nhóm tiêu chí chung: 27/30"; `total` for "Tổng điểm: …/100".
    ScoreLine {
        /// The line.
        text: String,
        /// Whether it is the total.
        total: bool,
    },
    /// The four levels with their boxes, the chosen one ticked [C].
    Levels(Vec<(String, bool)>),
    /// A table of the roster or the summary, with its column titles.
    Table(Table),
}

/// A table printed in a document (the roster, the summary), with borders.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The column titles.
    pub columns: Vec<String>,
    /// Which columns hold numbers (right-aligned).
    pub numeric: Vec<bool>,
    /// The rows, under the titles.
    pub rows: Vec<Vec<String>>,
    /// Whether the last row is a total (printed in bold).
    pub total_last: bool,
}

impl Table {
    /// The table's type size in half-points: 12 pt, or 11 pt for a table of nine columns
    /// or more (the committee's report), so that every column keeps its title whole on A4
    /// portrait.
    pub fn font_half_points(&self) -> usize {
        if self.columns.len() >= 9 {
            22
        } else {
            24
        }
    }

    /// Each column's width, out of `width` (any unit: twips for Word, hundredths of a
    /// percent for the print view), so that the print view and the Word file lay the table
    /// out alike on A4. A column needs its longest title word or value (up to 24
    /// characters a line) at 12 pt, about 150 twips a character plus the cell's padding;
    /// number columns keep what they need and text columns share the rest (their words
    /// wrap). When even the numbers do not fit, every column shrinks alike, so none
    /// collapses to nothing.
    pub fn column_widths(&self, width: usize) -> Vec<usize> {
        // What a column cannot do without (its longest title word), and what it would like
        // (its longest value too).
        let size = self.font_half_points();
        let text_width = |t: &str| text_width(t) * size / 24;
        // No word ever breaks: neither a title's nor a value's ("Tổng", "nhiệm").
        let longest_word = |t: &str| t.split(' ').map(text_width).max().unwrap_or(0);
        let least: Vec<usize> = (0..self.columns.len())
            .map(|c| {
                let values = self.rows.iter().filter_map(|r| r.get(c)).map(|v| longest_word(v)).max().unwrap_or(0);
                longest_word(&self.columns[c]).max(values).max(text_width("STT")) + CELL_PADDING
            })
            .collect();
        let need: Vec<usize> = (0..self.columns.len())
            .map(|c| {
                // A value longer than 24 characters wraps anyway: it asks for no more.
                let widest = self
                    .rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|v| text_width(v.chars().take(24).collect::<String>().as_str()))
                    .max()
                    .unwrap_or(0);
                least[c].max(widest + CELL_PADDING)
            })
            .collect();
        let is_text = |c: usize| !self.numeric.get(c).copied().unwrap_or(false);
        let fixed: usize = (0..need.len()).filter(|c| !is_text(*c)).map(|c| need[c]).sum();
        let text_least: usize = (0..need.len()).filter(|c| is_text(*c)).map(|c| least[c]).sum();
        if fixed + text_least > width {
            // Not even the numbers and the titles fit: every column shrinks alike.
            let all = (fixed + text_least).max(1);
            return (0..need.len()).map(|c| width * if is_text(c) { least[c] } else { need[c] } / all).collect();
        }
        // The text columns share what the numbers leave, fairly: a column that needs less
        // than an even share gets what it needs (a name stays on one line), and what it
        // leaves goes to the others (long level names wrap).
        let mut out = need.clone();
        let mut text: Vec<usize> = (0..need.len()).filter(|c| is_text(*c)).collect();
        text.sort_by_key(|c| need[*c]);
        let mut left = width - fixed;
        for (i, c) in text.iter().enumerate() {
            // A column that needs little more than an even share (a name) gets it whole.
            let share = left / (text.len() - i);
            let wanted = if need[*c] <= share * 3 / 2 { need[*c] } else { share };
            // What the columns after this one cannot do without stays theirs.
            let later: usize = text[i + 1..].iter().map(|d| least[*d]).sum();
            out[*c] = wanted.min(left.saturating_sub(later)).max(least[*c]);
            left = left.saturating_sub(out[*c]);
        }
        // What nobody needs widens the widest text column, so the table fills the line.
        if let Some(last) = text.last() {
            out[*last] += left;
        }
        out
    }
}

/// Twips a cell adds around its text (4 pt each side, and the rules).
const CELL_PADDING: usize = 240;

/// The width of the text on an A4 page at the default margins (210 mm less 30 mm and
/// 15 mm), in twips: what the print view sizes its tables for.
pub const A4_TEXT_TWIPS: usize = 9354;

/// The width of `text` in twips at the tables' 12–13 pt Times: capitals and digits are
/// wider than small letters (a code such as "HTXSNV" must not break inside).
fn text_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if c.is_uppercase() || c.is_ascii_digit() {
                200
            } else if c == ' ' {
                70
            } else {
                145
            }
        })
        .sum()
}

/// A signature block: its role lines, "(Ký, ghi rõ họ tên)", then the name.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    /// "NGƯỜI TỰ KIỂM ĐIỂM", or "T/M CHI ỦY (CHI BỘ)" then "BÍ THƯ".
    pub roles: Vec<String>,
    /// The signer's name, or empty.
    pub name: String,
}

/// What the signer writes under their role [U: HD 36 practice].
pub const SIGN_NOTE: &str = "(Ký, ghi rõ họ tên)";

/// The cell's opinion printed on the cell's copy of a member's review.
#[derive(Debug, Clone, PartialEq)]
pub struct Opinion {
    /// "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)".
    pub heading: String,
    /// The comment, or `None` for lines to write on.
    pub comment: Option<String>,
    /// The proposed level and the vote, as sentences.
    pub lines: Vec<String>,
    /// "T/M CHI ỦY (CHI BỘ)".
    pub signature: Signature,
}

/// One line of the annex's table.
#[derive(Debug, Clone, PartialEq)]
pub enum AnnexRow {
    /// "1. Nhóm tiêu chí chung".
    Group(String),
    /// "1.2", the criterion, its maximum, the points.
    Criterion([String; 4]),
    /// "Cộng" (or "Tổng điểm" last), the maximum, the points.
    Subtotal([String; 3]),
}

/// The annex the form asks for ("Gửi kèm Phụ lục …"): the points by sub-criterion of the
/// superior committee's pack the document was scored with.
#[derive(Debug, Clone, PartialEq)]
pub struct Annex {
    /// "(Theo bộ tiêu chí của …)".
    pub note: String,
    /// The table's rows; the last is the total.
    pub rows: Vec<AnnexRow>,
}

/// The annex's title and subtitle.
pub const ANNEX_TITLE: (&str, &str) = ("PHỤ LỤC", "Kết quả tự chấm điểm theo tiêu chí");
/// The annex table's column titles.
pub const ANNEX_COLUMNS: [&str; 4] = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"];

/// A whole document as printed.
#[derive(Debug, Clone, PartialEq)]
pub struct Printed {
    /// The Party header.
    pub header: Header,
    /// "BẢN KIỂM ĐIỂM…".
    pub title: String,
    /// "Năm 2025".
    pub year: String,
    /// The line under the title, if any.
    pub subtitle: Option<String>,
    /// "Họ và tên: …", each as (label, value).
    pub identity: Vec<(String, String)>,
    /// The sections, in order.
    pub body: Vec<Block>,
    /// The document's signature block.
    pub signature: Signature,
    /// A second signer, on the left (the minutes' secretary).
    pub left_signature: Option<Signature>,
    /// The cell's opinion, on the cell's copy of a member's review.
    pub opinion: Option<Opinion>,
    /// The annex of the criteria pack the document was scored with.
    pub annex: Option<Annex>,
}

/// A printed text the document's pack supplies, if it does.
pub fn pack_text(doc: &Document, which: &str) -> Option<String> {
    Some(doc.text(&pack::text_id(which)).trim().to_owned()).filter(|t| !t.is_empty())
}

fn choice_label(field: &Field, value: &str) -> String {
    match &field.kind {
        FieldKind::Choice(choices) => choices.iter().find(|c| c.value == value).map_or(value, |c| c.label).to_owned(),
        _ => value.to_owned(),
    }
}

fn value(field: &Field, doc: &Document, out: &mut Vec<Block>) {
    match (&field.kind, doc.values.get(field.id)) {
        (FieldKind::Rows { columns, .. }, Some(Value::Rows(rows))) if !rows.is_empty() => {
            out.push(Block::List(
                rows.iter()
                    .map(|r| ListItem {
                        main: columns.first().and_then(|c| r.get(c.id)).cloned().unwrap_or_default(),
                        details: columns
                            .iter()
                            .skip(1)
                            .filter_map(|c| {
                                r.get(c.id)
                                    .filter(|v| !v.trim().is_empty())
                                    .map(|v| format!("{}: {}", c.label, choice_label(c, v)))
                            })
                            .collect(),
                    })
                    .collect(),
            ));
        }
        (_, Some(Value::Text(t))) if !t.trim().is_empty() => {
            out.extend(choice_label(field, t).split('\n').map(|p| Block::Answer(p.to_owned())));
        }
        _ if !field.required => out.push(Block::Answer("Không có.".into())),
        _ => out.extend([Block::Blank, Block::Blank]),
    }
}

/// The score lines of Part B.I, as on the paper form [C]: "1. Nhóm tiêu chí chung: …/30",
/// "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70", "Tổng điểm: …/100".
fn score_lines(section: &Section, doc: &Document, out: &mut Vec<Block>) {
    let shown = |v: &str| if v.trim().is_empty() { "…".to_owned() } else { v.trim().to_owned() };
    for f in section.fields.iter() {
        if let FieldKind::Points { max } = f.kind {
            let name = f.label.split(" (tối đa").next().unwrap_or(f.label);
            out.push(Block::ScoreLine { text: format!("{name}: {}/{max}", shown(doc.text(f.id))), total: false });
        }
    }
    let total = review::total(doc).map(|t| t.to_string()).unwrap_or_else(|| "…".to_owned());
    out.push(Block::ScoreLine { text: format!("Tổng điểm: {total}/100"), total: true });
}

fn section(section: &Section, doc: &Document, out: &mut Vec<Block>) {
    let heading = format!("{} {}", section.number, section.heading).trim().to_owned();
    // Mẫu 01's opening sentence comes before "A." on the paper form [C].
    let opening_first = section.id == "A" && section.note.is_some_and(|n| n.starts_with("Căn cứ"));
    if let (true, Some(n)) = (opening_first, section.note) {
        out.push(Block::Opening(n.to_owned()));
    }
    out.push(Block::Heading { text: heading, depth: section.depth });
    if let (false, Some(n)) = (opening_first, section.note) {
        out.push(Block::Note(n.to_owned()));
    }
    if doc.is_none(section.id) {
        out.push(Block::Answer("Không có.".into()));
    } else if section.widget == Some(Widget::ScoreTotal) {
        score_lines(section, doc, out);
    } else if let [only] = section.fields.as_slice() {
        match (&only.kind, only.id == ids::PROPOSED_LEVEL) {
            (FieldKind::Choice(choices), true) => {
                let chosen = doc.text(only.id);
                out.push(Block::Levels(choices.iter().map(|c| (c.label.to_owned(), c.value == chosen)).collect()));
            }
            _ => value(only, doc, out),
        }
    } else {
        for f in section.fields.iter() {
            out.push(Block::Label(f.label.to_owned()));
            value(f, doc, out);
        }
    }
}

/// The identity lines: "Họ và tên: … Ngày sinh: … Đơn vị công tác: … Chi bộ: …", the cell
/// last as on the paper form.
fn identity(template: &Template, doc: &Document) -> Vec<(String, String)> {
    let Some(section) = template.sections().find(|s| s.id == templates::IDENTITY) else { return Vec::new() };
    let shown = |f: &&Field| {
        !(IN_HEADER.contains(&f.id) || (template.kind == DocKind::CellReview && f.id == ids::CELL))
            && (f.required || !doc.text(f.id).trim().is_empty())
    };
    let (cell, others): (Vec<&Field>, Vec<&Field>) =
        section.fields.iter().filter(shown).partition(|f| f.id == ids::CELL);
    others
        .into_iter()
        .chain(cell)
        .map(|f| {
            let v = doc.text(f.id).trim();
            (f.label.to_owned(), if v.is_empty() { DOTS.to_owned() } else { v.to_owned() })
        })
        .collect()
}

fn annex(doc: &Document, used: &PackRef) -> Annex {
    let mut rows = Vec::new();
    for (n, group) in [Group::General, Group::Results].into_iter().enumerate() {
        rows.push(AnnexRow::Group(format!("{}. {}", n + 1, group.label())));
        for (i, r) in doc.rows(pack::rows_id(group)).iter().enumerate() {
            let cell = |c: &str| r.get(c).cloned().unwrap_or_default();
            rows.push(AnnexRow::Criterion([
                format!("{}.{}", n + 1, i + 1),
                cell(pack::ids::TITLE),
                cell(pack::ids::MAX),
                cell(pack::ids::POINTS),
            ]));
        }
        let subtotal = pack::group_total(doc, group).map_or_else(|| "…".to_owned(), |t| t.to_string());
        rows.push(AnnexRow::Subtotal(["Cộng".into(), group.total().to_string(), subtotal]));
    }
    let total = review::total(doc).map_or_else(|| "…".to_owned(), |t| t.to_string());
    rows.push(AnnexRow::Subtotal(["Tổng điểm".into(), "100".into(), total]));
    Annex { note: format!("(Theo bộ tiêu chí của {})", used.title()), rows }
}

fn opinion(m: &Member) -> Opinion {
    let v = &m.votes;
    let n = |x: Option<u32>| x.map_or("…".to_owned(), |x| x.to_string());
    Opinion {
        heading: "NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)".into(),
        comment: Some(m.comment.clone()).filter(|c| !c.trim().is_empty()),
        lines: vec![
            format!("Chi bộ đề xuất xếp loại: {}.", m.proposed.map_or("……………", Level::label)),
            format!(
                "Kết quả biểu quyết{}: {} tán thành, {} không tán thành, {} không biểu quyết; {} đảng viên chính thức có mặt.",
                v.method.map(|x| format!(" ({})", x.label().to_lowercase())).unwrap_or_default(),
                n(v.yes),
                n(v.no),
                n(v.abstain),
                n(v.present)
            ),
        ],
        signature: Signature { roles: vec!["T/M CHI ỦY (CHI BỘ)".into()], name: String::new() },
    }
}

/// The document `doc` on its template as printed; `member` adds the cell's opinion (the
/// cell's copy of a member's review).
pub fn printed(template: &Template, doc: &Document, member: Option<&Member>) -> Printed {
    // A commitment has no official form: its parts are the cells' common practice, and all
    // of them are printed (under the app's headings) so that the paper copy is complete.
    let commitment = template.kind == DocKind::Commitment;
    let mut body = Vec::new();
    for s in template.sections().filter(|s| s.printed || (commitment && s.id != templates::IDENTITY)) {
        section(s, doc, &mut body);
    }
    let name = doc.text(ids::FULL_NAME).trim().to_owned();
    let signature = match template.kind {
        DocKind::Review => {
            Signature { roles: vec![pack_text(doc, "signature").unwrap_or_else(|| SIGNER.to_owned())], name }
        }
        DocKind::Commitment => Signature { roles: vec!["NGƯỜI CAM KẾT".into()], name },
        DocKind::CellReview => {
            Signature { roles: vec!["T/M CHI ỦY (CHI BỘ)".into(), "BÍ THƯ".into()], name: String::new() }
        }
    };
    Printed {
        header: Header {
            code: template.printed_code.to_owned(),
            superior: org_line("Đảng bộ", doc.text(ids::PARTY_COMMITTEE)),
            body: org_line("Chi bộ", doc.text(ids::CELL)),
            date_line: date_line(doc.text(ids::PLACE), doc.text(ids::WRITTEN_ON)),
        },
        title: template.title.to_owned(),
        year: format!("Năm {}", doc.year),
        subtitle: pack_text(doc, "subtitle")
            .or_else(|| (!template.subtitle.is_empty()).then(|| template.subtitle.to_owned())),
        identity: identity(template, doc),
        body,
        signature,
        left_signature: None,
        opinion: member.map(opinion),
        annex: doc.pack.as_ref().map(|p| annex(doc, p)),
    }
}

/// The cell's roster and summary as printed (`/in/chi-bo/<ws>/danh-sach`). There is no
/// official form for this list: its title is the app's own.
pub fn roster(ws: &Workspace, lines: &[Line]) -> Printed {
    let s = Summary::of(lines, &ws.profile);
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let v = &l.member.votes;
            vec![
                (i + 1).to_string(),
                l.member.name.clone(),
                l.total.map(|t| t.to_string()).unwrap_or_default(),
                l.self_level.map_or("", Level::label).to_owned(),
                l.member.proposed.map_or("", Level::label).to_owned(),
                if v.recorded() {
                    format!("{}/{}/{}", v.yes.unwrap_or(0), v.no.unwrap_or(0), v.abstain.unwrap_or(0))
                } else {
                    String::new()
                },
                if l.status.is_exempt() || l.review.is_none() { l.status.label() } else { "" }.to_owned(),
            ]
        })
        .collect();
    let whole = s.to_classify;
    let per_level = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            vec![
                l.label().to_owned(),
                s.self_proposed[i].to_string(),
                percent(s.self_proposed[i], whole),
                s.cell_proposed[i].to_string(),
                percent(s.cell_proposed[i], whole),
            ]
        })
        .collect();
    let strings = |v: &[&str]| v.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    Printed {
        header: cell_header(ws),
        title: "DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN".into(),
        year: format!("Năm {}", ws.profile.year),
        subtitle: None,
        identity: Vec::new(),
        body: vec![
            Block::Table(Table {
                columns: strings(&["STT", "Họ và tên", "Điểm tự chấm", "Tự xếp loại", "Chi bộ đề xuất", "Biểu quyết", "Ghi chú"]),
                numeric: vec![true, false, true, false, false, true, false],
                rows,
                total_last: false,
            }),
            Block::Note("Biểu quyết: số tán thành / không tán thành / không biểu quyết.".into()),
            Block::Heading { text: "TỔNG HỢP".into(), depth: 2 },
            Block::Answer(format!(
                "Tổng số đảng viên: {}; phải kiểm điểm, xếp loại: {}; không phải kiểm điểm: {}; chưa nộp bản kiểm điểm: {}.",
                s.members, s.to_classify, s.exempt, s.missing
            )),
            Block::Table(Table {
                columns: strings(&["Mức xếp loại", "Tự xếp loại", "Tỉ lệ", "Chi bộ đề xuất", "Tỉ lệ"]),
                numeric: vec![false, true, true, true, true],
                rows: per_level,
                total_last: false,
            }),
        ],
        signature: Signature { roles: vec!["T/M CHI ỦY (CHI BỘ)".into(), "BÍ THƯ".into()], name: String::new() },
        left_signature: None,
        opinion: None,
        annex: None,
    }
}

/// The committee's summary of final levels per cell and per level as printed
/// (`/in/dang-uy/bao-cao/<c>`). There is no official form for it: its title is the app's own.
pub fn committee_report(r: &Report) -> Printed {
    let rows = r
        .cells
        .iter()
        .chain(std::iter::once(&r.totals))
        .enumerate()
        .map(|(i, c)| {
            let mut row = vec![
                if i < r.cells.len() { (i + 1).to_string() } else { String::new() },
                c.name.clone(),
                c.members.to_string(),
                c.to_classify.to_string(),
            ];
            row.extend(c.levels.iter().map(u32::to_string));
            row.push(c.unclassified.to_string());
            row.push(c.cell_level.map_or("", Level::label).to_owned());
            row
        })
        .collect();
    let whole = r.totals.to_classify;
    let shares = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            vec![
                l.label().to_owned(),
                r.totals.levels[i].to_string(),
                percent(r.totals.levels[i], whole),
                r.cell_levels[i].to_string(),
            ]
        })
        .collect();
    let mut columns: Vec<String> = ["STT", "Chi bộ", "Số đảng viên", "Phải xếp loại"].map(str::to_owned).to_vec();
    columns.extend(Level::ALL.iter().map(|l| l.code().to_owned()));
    columns.extend(["Chưa xếp loại".to_owned(), "Xếp loại chi bộ".to_owned()]);
    Printed {
        header: Header {
            code: String::new(),
            superior: String::new(),
            body: if r.committee.is_empty() { "ĐẢNG ỦY ……".to_owned() } else { r.committee.to_uppercase() },
            date_line: date_line(&r.place, &r.dated_on),
        },
        title: "TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN VÀ CHI BỘ".into(),
        year: format!("Năm {}", r.year),
        subtitle: None,
        identity: Vec::new(),
        body: vec![
            Block::Table(Table {
                numeric: (0..columns.len()).map(|c| c != 1 && c + 1 != columns.len()).collect(),
                columns,
                rows,
                total_last: true,
            }),
            Block::Note("HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ; HTNV: Hoàn thành nhiệm vụ; KHTNV: Không hoàn thành nhiệm vụ.".into()),
            Block::Table(Table {
                columns: ["Mức xếp loại", "Đảng viên", "Tỉ lệ", "Chi bộ"].map(str::to_owned).to_vec(),
                numeric: vec![false, true, true, true],
                rows: shares,
                total_last: false,
            }),
        ],
        signature: Signature { roles: vec!["T/M ĐẢNG ỦY".into()], name: String::new() },
        left_signature: None,
        opinion: None,
        annex: None,
    }
}

/// The Party header of a cell's own papers (the roster, the minutes), dated at the meeting.
fn cell_header(ws: &Workspace) -> Header {
    Header {
        code: String::new(),
        superior: org_line("Đảng bộ", &ws.profile.party_committee),
        body: org_line("Chi bộ", &ws.profile.cell),
        date_line: date_line(&ws.profile.place, &ws.profile.meeting_on),
    }
}

/// The printed minutes of a cell's meeting ([`crate::cell::minutes`]).
pub fn minutes(ws: &Workspace, lines: &[Line], collective: Option<&Document>) -> Printed {
    let meeting = ws.meeting.clone().unwrap_or_default();
    let text = |part: minutes::Part| meeting.text(part, minutes::generated(part, ws, lines));
    let mut body = Vec::new();
    for (n, part) in [(1, minutes::Part::TimePlace), (2, minutes::Part::Attendance), (3, minutes::Part::Purpose)] {
        body.push(Block::Heading { text: format!("{n}. {}", part.heading()), depth: 2 });
        body.push(Block::Answer(text(part)));
    }
    body.push(Block::Heading { text: "4. Kiểm điểm tập thể chi bộ".into(), depth: 2 });
    match collective {
        Some(doc) => {
            let total = crate::review::total(doc).map_or("…".to_owned(), |t| t.to_string());
            let level = Level::from_code(doc.text(crate::templates::review_2025::ids::PROPOSED_LEVEL))
                .map_or("chưa đề xuất", Level::label);
            body.push(Block::Answer(format!(
                "Đồng chí bí thư trình bày báo cáo kiểm điểm của chi bộ (Mẫu 01): tự chấm {total}/100 điểm, tự xếp loại: {level}."
            )));
        }
        None => body.push(Block::Answer("Chưa có báo cáo kiểm điểm của chi bộ (Mẫu 01).".into())),
    }
    body.push(Block::Answer(format!("Ý kiến thảo luận: {}", minutes::or_dots(&meeting.collective_discussion))));
    body.push(Block::Answer(format!("Biểu quyết: {}.", minutes::vote_line(&meeting.collective_votes))));
    body.push(Block::Heading { text: "5. Kiểm điểm từng đảng viên".into(), depth: 2 });
    for (n, i) in crate::cell::meeting::order(lines).into_iter().enumerate() {
        let l = &lines[i];
        let m = l.member;
        let total = l.total.map_or("…".to_owned(), |t| t.to_string());
        let own = l.self_level.map_or("chưa tự xếp loại", Level::label);
        let proposed = m.proposed.map_or("chưa đề xuất", Level::label);
        body.push(Block::Label(format!("{}. Đồng chí {}", n + 1, m.name)));
        body.push(Block::Answer(format!("Tự chấm {total}/100 điểm, tự xếp loại: {own}.")));
        body.push(Block::Answer(format!("Ý kiến của chi bộ: {}", minutes::or_dots(&m.comment))));
        body.push(Block::Answer(format!("Chi bộ đề xuất: {proposed}. {}.", minutes::vote_line(&m.votes))));
    }
    body.push(Block::Heading { text: format!("6. {}", minutes::Part::Conclusion.heading()), depth: 2 });
    body.push(Block::Answer(text(minutes::Part::Conclusion)));
    let s = Summary::of(lines, &ws.profile);
    body.push(Block::Table(Table {
        columns: ["Mức xếp loại", "Chi bộ đề xuất"].map(str::to_owned).to_vec(),
        numeric: vec![false, true],
        rows: Level::ALL
            .iter()
            .enumerate()
            .map(|(i, l)| vec![l.label().to_owned(), s.cell_proposed[i].to_string()])
            .collect(),
        total_last: false,
    }));
    body.push(Block::Answer(format!(
        "Hội nghị kết thúc vào lúc {}, cùng ngày. Biên bản đã được thông qua trước hội nghị.",
        minutes::or_dots(&meeting.end)
    )));
    Printed {
        header: cell_header(ws),
        title: "BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG".into(),
        year: format!("Năm {}", ws.profile.year),
        subtitle: None,
        identity: Vec::new(),
        body,
        signature: Signature { roles: vec!["CHỦ TRÌ HỘI NGHỊ".into()], name: chair_name(&meeting.chair) },
        left_signature: Some(Signature { roles: vec!["THƯ KÝ".into()], name: meeting.secretary.trim().to_owned() }),
        opinion: None,
        annex: None,
    }
}

/// The chair's name without the post written after it ("Nguyễn Văn An, Bí thư chi bộ").
fn chair_name(chair: &str) -> String {
    chair.split(',').next().unwrap_or_default().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committee's report: ten columns on A4 portrait (165 mm, 9,354 twips).
    fn report_table() -> Table {
        let mut columns: Vec<String> = ["STT", "Chi bộ", "Số đảng viên", "Phải xếp loại"].map(str::to_owned).to_vec();
        columns.extend(Level::ALL.iter().map(|l| l.code().to_owned()));
        columns.extend(["Chưa xếp loại".to_owned(), "Xếp loại chi bộ".to_owned()]);
        let row = |i: usize| {
            let mut r = vec![i.to_string(), format!("Chi bộ Khu dân cư số {i}")];
            r.extend(["48", "47", "9", "30", "7", "1", "0", "HTTNV"].map(str::to_owned));
            r
        };
        Table {
            numeric: (0..10).map(|c| c != 1 && c != 9).collect(),
            columns,
            rows: (1..=84).map(row).collect(),
            total_last: true,
        }
    }

    #[test]
    fn a_name_keeps_its_line_and_long_level_names_wrap() {
        let t = Table {
            columns: ["STT", "Họ và tên", "Điểm tự chấm", "Tự xếp loại", "Chi bộ đề xuất", "Biểu quyết", "Ghi chú"]
                .map(str::to_owned)
                .to_vec(),
            numeric: vec![true, false, true, false, false, true, false],
            rows: vec![[
                "1",
                "Nguyễn Văn An",
                "92,5",
                "Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ",
                "2/0/0",
                "Kết nạp chưa đủ 6 tháng",
            ]
            .map(str::to_owned)
            .to_vec()],
            total_last: false,
        };
        let w = t.column_widths(A4_TEXT_TWIPS);
        assert_eq!(w.iter().sum::<usize>(), A4_TEXT_TWIPS, "{w:?}");
        assert!(w[1] >= text_width("Nguyễn Văn An") + CELL_PADDING, "{w:?}");
        assert!(w[3] < text_width("Hoàn thành xuất sắc nhiệm vụ"), "{w:?}");
    }

    #[test]
    fn every_column_of_a_wide_table_keeps_room_for_its_title() {
        let t = report_table();
        let w = t.column_widths(9354);
        assert_eq!(w.len(), 10);
        assert!(w.iter().sum::<usize>() <= 9354, "{w:?}");
        for (c, title) in t.columns.iter().enumerate() {
            // The longest word of the title, bold, at 12 pt: about 130 twips a character.
            let word = title.split(' ').map(|x| x.chars().count()).max().unwrap_or(1);
            assert!(w[c] >= word * 130, "column {title:?} is {} twips of {w:?}", w[c]);
        }
    }

    #[test]
    fn columns_shrink_alike_when_the_page_is_too_narrow() {
        let w = report_table().column_widths(3000);
        assert!(w.iter().all(|x| *x > 0), "{w:?}");
        assert!(w.iter().sum::<usize>() <= 3000, "{w:?}");
    }

    #[test]
    fn organisation_lines_are_upper_case_with_their_kind() {
        assert_eq!(org_line("Đảng bộ", "Đảng bộ phường Ba Đình"), "ĐẢNG BỘ PHƯỜNG BA ĐÌNH");
        assert_eq!(org_line("Chi bộ", "Khu phố 3"), "CHI BỘ KHU PHỐ 3");
        assert_eq!(org_line("Chi bộ", "  "), "CHI BỘ ……");
    }

    #[test]
    fn the_date_line_pads_day_and_month_or_leaves_dots() {
        assert_eq!(date_line("Hà Nội", "5/1/2026"), "Hà Nội, ngày 05 tháng 01 năm 2026");
        assert_eq!(date_line("", "31/02/2026"), "……, ngày … tháng … năm …");
    }

    #[test]
    fn a_review_prints_its_sections_in_order_with_score_lines_levels_and_signature() {
        let template = templates::get("2025/2B").expect("2B");
        let mut doc =
            Document::new("d", "2025/2B", 2025, crate::time::parse("2025-12-01T08:00:00+07:00").expect("time"));
        doc.set_text(ids::FULL_NAME, "Nguyễn Văn An");
        doc.set_text(ids::GENERAL_POINTS, "27");
        doc.set_text(ids::RESULTS_POINTS, "63");
        doc.set_text(ids::PROPOSED_LEVEL, Level::Good.code());
        let p = printed(template, &doc, None);
        assert_eq!(p.header.code, template.printed_code);
        assert_eq!(p.signature.roles, [SIGNER]);
        assert_eq!(p.signature.name, "Nguyễn Văn An");
        assert!(p.body.contains(&Block::ScoreLine { text: "Tổng điểm: 90/100".into(), total: true }));
        let levels = p.body.iter().find_map(|b| if let Block::Levels(l) = b { Some(l.clone()) } else { None });
        assert_eq!(levels.expect("levels").iter().filter(|(_, ticked)| *ticked).count(), 1);
        let headings: Vec<&str> = p
            .body
            .iter()
            .filter_map(|b| if let Block::Heading { text, .. } = b { Some(text.as_str()) } else { None })
            .collect();
        let printed_sections = template.sections().filter(|s| s.printed).count();
        assert_eq!(headings.len(), printed_sections, "every printed section has its heading, once");
        assert!(p.opinion.is_none() && p.annex.is_none());
    }
}
