//! The member's use-cases: starting a review or a commitment from what is on this device,
//! taking files into the drafts, and reading last year's review from a file. Each takes
//! ids and bytes and returns what happened; the pages only gather the choices and show the
//! outcome, and the browser tier tests these without a page.

use chrono::Datelike;
use kiemdiem_core::carry;
use kiemdiem_core::date::field_date;
use kiemdiem_core::document::Document;
use kiemdiem_core::file::{self, Payload};
use kiemdiem_core::ids::DocId;
use kiemdiem_core::intake::{self, Item};
use kiemdiem_core::report::ReportLine;
use kiemdiem_core::template::DocKind;
use kiemdiem_core::templates::{self, review_2025::ids};

use crate::clock;
use crate::routes::MemberRoute;
use crate::store::Store;

/// The template of a commitment.
pub const COMMITMENT_TEMPLATE: &str = "2025/CK";

/// A document just started: where its first step is, and what the member is told.
#[derive(Debug, Clone, PartialEq)]
pub struct Started {
    /// The new document.
    pub id: DocId,
    /// Its first step.
    pub href: String,
    /// What was carried into it, when something was.
    pub note: Option<String>,
}

/// What a review starts from: the form, the year, and the documents of this device it is
/// filled from (any may be absent).
#[derive(Debug, Clone, Default)]
pub struct ReviewStart {
    /// The form's template id ("2025/2B").
    pub template: String,
    /// The year reviewed.
    pub year: i32,
    /// This year's commitment: its items go to section I.3, its remedy plan to III.
    pub commitment: Option<DocId>,
    /// Last year's review: its shortcomings go to section III.
    pub last_review: Option<DocId>,
    /// Without either, a document whose writer's details are copied.
    pub person: Option<DocId>,
}

/// Starts a review and keeps it in the store; `None` when the form is not one this app
/// has (nothing is kept then).
pub fn start_review(store: Store, start: &ReviewStart) -> Option<Started> {
    let template = templates::get(&start.template).filter(|t| t.kind == DocKind::Review)?;
    let mut doc = Document::new(clock::new_id::<DocId>(), template.id, start.year, clock::now());
    doc.set_text(ids::WRITTEN_ON, field_date(clock::today()));
    let commitment = start.commitment.as_ref().and_then(|id| store.get_untracked(id));
    let last = start.last_review.as_ref().and_then(|id| store.get_untracked(id));
    let mut note = None;
    if commitment.is_some() || last.is_some() {
        let carried = carry::start_review(&mut doc, commitment.as_ref(), last.as_ref());
        note = Some(carry::review_started_note(commitment.is_some(), &carried));
    } else if let Some(p) = start.person.as_ref().and_then(|id| store.get_untracked(id)) {
        carry::copy_identity(&p, &mut doc);
    }
    let id = doc.id.clone();
    store.put(doc);
    let first = template.steps.first().map(|s| s.id).unwrap_or(crate::routes::REVIEW_STEP);
    Some(Started { href: MemberRoute::doc_href(template.kind, &id, first), id, note })
}

/// Starts the commitment for `year` and keeps it in the store: from `review` (the year
/// before's, from this device or a file), whose shortcomings become the remedy plan, or
/// else with the writer's details of `person`.
pub fn start_commitment(store: Store, year: i32, review: Option<&Document>, person: Option<&DocId>) -> Started {
    let mut doc = Document::new(clock::new_id::<DocId>(), COMMITMENT_TEMPLATE, year, clock::now());
    doc.set_text(ids::WRITTEN_ON, field_date(clock::today()));
    let note = match review {
        Some(r) => Some(carry::commitment_started_note(r.year, &carry::start_commitment(&mut doc, r))),
        None => {
            if let Some(p) = person.and_then(|id| store.get_untracked(id)) {
                carry::copy_identity(&p, &mut doc);
            }
            None
        }
    };
    let id = doc.id.clone();
    store.put(doc);
    Started { href: MemberRoute::doc_href(DocKind::Commitment, &id, templates::IDENTITY), id, note }
}

/// Reads a review from file `name` (the year before's, to start a commitment from); the
/// error names the file and says what to choose instead.
pub fn read_review_file(name: &str, bytes: &[u8]) -> Result<Document, String> {
    match file::read(bytes) {
        Ok(read) => match read.value {
            Payload::Document(d) if read.kind == file::FileKind::Review => Ok(d),
            _ => Err(format!("Tệp \"{name}\" không phải một bản kiểm điểm. Hãy chọn tệp bản kiểm điểm năm trước.")),
        },
        Err(e) => Err(e.message(name)),
    }
}

/// Takes the documents of file `name` (one document or a backup) into the drafts, through
/// the one reader of files; one line per document, and a head line for a backup.
pub fn import_file(store: Store, name: &str, bytes: &[u8]) -> Vec<ReportLine> {
    let now = clock::now();
    let items: Vec<Item> = intake::read_member_file(name, bytes).into_iter().map(|i| i.unless_future(now)).collect();
    let backup =
        items.iter().any(|i| matches!(i, Item::Doc { label, .. } | Item::Refused { label, .. } if label != name));
    let head = backup.then(|| ReportLine::note(true, intake::backup_head(name, items.len())));
    head.into_iter()
        .chain(items.into_iter().map(|item| match item {
            Item::Refused { message, .. } => ReportLine::refused(message),
            Item::Doc { label, doc, changed } => match store.import(doc.clone(), changed, &label) {
                Ok(outcome) => ReportLine::taken(intake::document_line(&label, &outcome, &doc, changed)),
                Err(why) => ReportLine::refused(intake::not_kept(&label, &doc, &why.in_words())),
            },
        }))
        .collect()
}

/// Every document of this device in one backup file: its name (with today's date), its
/// text, and how many documents it holds.
pub fn backup_file(store: Store) -> (String, String, usize) {
    let docs = store.list();
    let envelope = file::wrap_backup(&docs, &clock::new_id::<String>(), clock::now(), crate::store::APP_VERSION);
    let d = clock::today();
    let name = format!("kiem-diem-sao-luu-{}-{:02}-{:02}.json", d.year(), d.month(), d.day());
    (name, file::to_file_text(&envelope), docs.len())
}
