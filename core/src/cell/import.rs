//! Bringing members' review files into a cell's workspace: many at once, each file with
//! its own outcome, a refused file changing nothing.

use std::collections::BTreeMap;

use super::model::{Member, Workspace};
use crate::document::Document;
use crate::ids::{DocId, MemberId};
use crate::intake::Item;
use crate::template::DocKind;
use crate::templates::{self, review_2025::ids};

/// What one file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new member with their review.
    Added,
    /// The review was attached to a member added by hand.
    Attached,
    /// A newer version of a review already here replaced it; the cell's columns are kept.
    Updated,
    /// The same version is already here.
    Duplicate,
    /// This workspace has a newer version of this review: it was kept.
    KeptNewer,
    /// Refused, with the reason (already a full sentence naming the file).
    Refused(String),
}

impl Outcome {
    /// The short label of the outcome in the import list.
    pub fn label(&self) -> &'static str {
        match self {
            Outcome::Added => "Đã nhận",
            Outcome::Attached => "Đã nhận (ghép vào người đã thêm tay)",
            Outcome::Updated => "Đã cập nhật bản mới hơn",
            Outcome::Duplicate => "Trùng, đã có",
            Outcome::KeptNewer => "Đã có bản mới hơn, giữ bản đang có",
            Outcome::Refused(_) => "Không nhận",
        }
    }
}

/// A name for matching: spaces collapsed, lower case.
pub fn name_key(name: &str) -> String {
    crate::chars::without_zero_width(name).split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Why a document that was read fine still does not belong in this workspace, if it does
/// not.
pub fn refusal(doc: &Document, ws: &Workspace, file: &str) -> Option<String> {
    let kind = templates::identity(&doc.template).map(|t| t.kind);
    if kind != Some(DocKind::Review) {
        let what = kind.map_or("một văn bản", |k| k.label());
        return Some(format!(
            "Tệp \"{file}\" là {} chứ không phải bản kiểm điểm của đảng viên. Ở đây chỉ nhận bản kiểm điểm (Mẫu 2A, 2B, 2C).",
            what.to_lowercase()
        ));
    }
    if doc.year != ws.profile.year {
        return Some(format!(
            "Tệp \"{file}\" là bản kiểm điểm năm {}, còn chi bộ đang tổng hợp năm {}. Hãy đề nghị đồng chí gửi đúng bản năm {}.",
            doc.year, ws.profile.year, ws.profile.year
        ));
    }
    None
}

/// Adds many reviews at once. `items` come from the one reader of files
/// ([`crate::intake`]). Returns one outcome per item, in order. Indexes are built once, so
/// 4,000 files cost 4,000 lookups, not 4,000².
///
/// A file changed after export (its check code does not match) never replaces a review
/// already here: it is refused with the reason, and the member asked for a fresh export.
/// Taken for a member with no review yet, it is flagged on the member
/// ([`Member::changed_file`]) until a genuine file replaces it.
pub fn import_reviews(
    ws: &mut Workspace,
    reviews: &mut BTreeMap<DocId, Document>,
    items: Vec<Item>,
) -> Vec<(String, Outcome)> {
    // Member index by review id, and by (name, birth date) for members who sent a new
    // document, or were added by hand (name only).
    let mut by_review: BTreeMap<DocId, usize> = BTreeMap::new();
    let mut by_person: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut by_hand: BTreeMap<String, usize> = BTreeMap::new();
    for (i, m) in ws.members.iter().enumerate() {
        match m.review.as_ref().and_then(|r| reviews.get(r)) {
            Some(doc) => {
                by_review.insert(doc.id.clone(), i);
                by_person.insert((name_key(&m.name), doc.text(ids::BIRTH_DATE).trim().to_owned()), i);
            }
            None if m.review.is_none() => {
                by_hand.entry(name_key(&m.name)).or_insert(i);
            }
            None => {}
        }
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let (file, doc, changed) = match item {
            Item::Doc { label, doc, changed } => (label, doc, changed),
            Item::Refused { label, message } => {
                out.push((label, Outcome::Refused(message)));
                continue;
            }
        };
        if let Some(why) = refusal(&doc, ws, &file) {
            out.push((file, Outcome::Refused(why)));
            continue;
        }
        let name = doc.text(ids::FULL_NAME).trim().to_owned();
        let person = (name_key(&name), doc.text(ids::BIRTH_DATE).trim().to_owned());
        let existing =
            by_review.get(&doc.id).or_else(|| if person.0.is_empty() { None } else { by_person.get(&person) }).copied();
        let outcome = match existing {
            Some(i) => {
                let here = ws.members[i].review.as_ref().and_then(|r| reviews.get(r));
                match here {
                    Some(h) if *h == doc => Outcome::Duplicate,
                    Some(_) if changed => Outcome::Refused(format!(
                        "Tệp \"{file}\" đã bị sửa sau khi xuất (mã kiểm tra không khớp), nên không thay bản kiểm điểm đang có của đồng chí {}. Nếu đây đúng là bản mới, hãy đề nghị đồng chí ấy xuất lại tệp từ ứng dụng rồi gửi lại.",
                        ws.members[i].name
                    )),
                    // Same time, other content: neither is newer; the cell keeps its copy
                    // and says so, rather than calling the file older.
                    Some(h) if h.updated == doc.updated => Outcome::Refused(format!(
                        "Tệp \"{file}\" cùng thời điểm sửa ({}) với bản kiểm điểm đang có của đồng chí {} nhưng khác nội dung. Chi bộ giữ bản đang có; hãy hỏi đồng chí ấy bản nào đúng và đề nghị xuất lại tệp.",
                        crate::time::display(doc.updated),
                        ws.members[i].name
                    )),
                    Some(h) if h.updated > doc.updated => Outcome::KeptNewer,
                    _ => {
                        if let Some(old) = ws.members[i].review.replace(doc.id.clone()) {
                            if old != doc.id {
                                reviews.remove(&old);
                            }
                        }
                        if !name.is_empty() {
                            ws.members[i].name = name.clone();
                        }
                        ws.members[i].changed_file = changed;
                        by_review.insert(doc.id.clone(), i);
                        reviews.insert(doc.id.clone(), doc);
                        Outcome::Updated
                    }
                }
            }
            None => match by_hand.remove(&person.0).filter(|_| !person.0.is_empty()) {
                Some(i) => {
                    ws.members[i].review = Some(doc.id.clone());
                    ws.members[i].name = name;
                    ws.members[i].changed_file = changed;
                    by_review.insert(doc.id.clone(), i);
                    by_person.insert(person, i);
                    reviews.insert(doc.id.clone(), doc);
                    Outcome::Attached
                }
                None => {
                    let i = ws.members.len();
                    let mut m = Member::by_hand(MemberId::from(doc.id.as_str()), name);
                    m.review = Some(doc.id.clone());
                    m.changed_file = changed;
                    ws.members.push(m);
                    by_review.insert(doc.id.clone(), i);
                    by_person.insert(person, i);
                    reviews.insert(doc.id.clone(), doc);
                    Outcome::Added
                }
            },
        };
        out.push((file, outcome));
    }
    out
}
