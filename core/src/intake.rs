//! Bringing files into the app: the one reader every import path uses (the drafts page,
//! the cell's import, and any later one), with one set of messages, and the rule that
//! decides what an imported document does to the copy already on the device.
//!
//! A file is read whole ([`crate::file::read`]), a backup is opened into its documents, and
//! each document is checked against what its form allows ([`crate::limits`]): a value the
//! form could not have produced refuses that document, naming the file and the field.

use crate::document::Document;
use crate::file::{self, FileError, Payload};

/// The note added to a file whose check code does not match its content.
pub const CHANGED_NOTE: &str = "Lưu ý: nội dung tệp đã bị thay đổi sau khi xuất (mã kiểm tra không khớp).";

/// One document of a file, or why it cannot be taken.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "items are read once and moved into a store: boxing would cost more than it saves"
)]
pub enum Item {
    /// A document that may be imported.
    Doc {
        /// The file's name, or "file, văn bản 2" for a document inside a backup.
        label: String,
        /// The document.
        doc: Document,
        /// Its check code did not match: the file was changed after export.
        changed: bool,
    },
    /// Refused, with a full sentence naming the file, the problem and what to do.
    Refused {
        /// As for [`Item::Doc`].
        label: String,
        /// What the user reads.
        message: String,
    },
}

/// What importing a document did to the copies on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// A document new to this device.
    Added,
    /// The file held a newer version of a document that only ever came from files here.
    Updated,
    /// The same version is already here.
    Duplicate,
    /// This device has a newer version: it was kept.
    KeptLocal,
    /// This device has another version the user edited here, or the file was changed after
    /// export: the file was kept as a separate copy, under this label.
    Copied(String),
}

impl ImportOutcome {
    /// The rest of the sentence "Tệp \"a.json\": …" for document `what` (as
    /// [`describe`] names it).
    pub fn text(&self, what: &str) -> String {
        match self {
            ImportOutcome::Added => format!("đã thêm {what}."),
            ImportOutcome::Updated => format!("đã cập nhật {what} bằng phiên bản mới hơn trong tệp."),
            ImportOutcome::Duplicate => format!("{what} đã có trên máy, không thay đổi gì."),
            ImportOutcome::KeptLocal => format!("trên máy đã có {what} với phiên bản mới hơn tệp; giữ nguyên bản trên máy."),
            ImportOutcome::Copied(name) => format!(
                "trên máy đã có một bản khác của {what}; bản trên máy được giữ nguyên, bản trong tệp được lưu thành bản riêng \"{name}\". Đồng chí hãy so sánh hai bản và xoá bản không dùng."
            ),
        }
    }
}

/// "Bản kiểm điểm năm 2025 của Nguyễn Văn An", for messages.
pub fn describe(doc: &Document) -> String {
    let kind = crate::templates::get(&doc.template).map(|t| t.kind.label()).unwrap_or("Văn bản");
    match doc.text(crate::templates::review_2025::ids::FULL_NAME) {
        "" => format!("{kind} năm {}", doc.year),
        name => format!("{kind} năm {} của {name}", doc.year),
    }
}

/// The head line of a backup's documents in a report.
pub fn backup_head(name: &str, documents: usize) -> String {
    format!("Tệp sao lưu \"{name}\" có {documents} văn bản:")
}

impl Item {
    /// The item, unless its document claims a time in the future: such a time would make
    /// it win over every genuine later copy, so it is refused, saying so. `now` is the
    /// device's time; clocks may differ by [`crate::decision::CLOCK_SLACK_HOURS`].
    pub fn unless_future(self, now: chrono::DateTime<chrono::FixedOffset>) -> Item {
        match self {
            Item::Doc { label, doc, .. }
                if doc.updated > now + chrono::Duration::hours(crate::decision::CLOCK_SLACK_HOURS) =>
            {
                let message = format!(
                    "Tệp \"{label}\": {} ghi thời điểm sửa là {}, sau thời điểm hiện tại của máy này, nên không được nhận (một tệp ghi ngày ở tương lai sẽ che mất mọi bản thật gửi sau). Hãy kiểm tra đồng hồ của máy đã xuất tệp rồi xuất lại.",
                    describe(&doc),
                    crate::time::display(doc.updated)
                );
                Item::Refused { label, message }
            }
            other => other,
        }
    }
}

/// The line of a document of file `label` that storage refused (`why`, after "vì"):
/// nothing was added, and what to do.
pub fn not_kept(label: &str, doc: &Document, why: &str) -> String {
    format!(
        "Tệp \"{label}\": {} chưa được thêm vì {why}. Trên máy này không có gì thay đổi. Hãy xuất sao lưu, xoá bớt các bản không cần rồi chọn lại tệp.",
        describe(doc)
    )
}

/// The line of one document taken from file `label`, with the note of a changed file.
pub fn document_line(label: &str, outcome: &ImportOutcome, doc: &Document, changed: bool) -> String {
    let mut text = format!("Tệp \"{label}\": {}", outcome.text(&describe(doc)));
    if changed {
        text.push(' ');
        text.push_str(CHANGED_NOTE);
    }
    text
}

/// The message for a file refused before it is read because of its size, if it is.
pub fn too_large(name: &str, bytes: usize, limit: usize) -> Option<String> {
    (bytes > limit).then(|| FileError::TooLarge { bytes, limit }.message(name))
}

/// Reads a member's file (a document or a backup) into its items.
pub fn read_member_file(name: &str, bytes: &[u8]) -> Vec<Item> {
    match file::read(bytes) {
        Err(e) => vec![Item::Refused { label: name.to_owned(), message: e.message(name) }],
        Ok(read) => match read.value {
            Payload::Document(doc) => vec![check(name.to_owned(), doc, read.changed)],
            Payload::Backup(items) => backup_items(name, items.into_iter().map(|r| r.map(|r| (r.value, r.changed)))),
        },
    }
}

/// The items of a backup: each document on its own, so one bad document does not spoil the
/// others.
pub fn backup_items(name: &str, items: impl IntoIterator<Item = Result<(Document, bool), FileError>>) -> Vec<Item> {
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let label = format!("{name}, văn bản {}", i + 1);
            match item {
                Ok((doc, changed)) => check(label, doc, changed),
                Err(e) => Item::Refused { message: e.message(&label), label },
            }
        })
        .collect()
}

/// The message for a file whose document id cannot be kept.
pub fn bad_id(label: &str) -> String {
    format!("Tệp \"{label}\" có mã văn bản không hợp lệ (tệp có thể đã bị sửa tay), nên không nhận. Hãy đề nghị gửi lại tệp xuất từ ứng dụng.")
}

/// A document read fine, checked against what its form allows.
pub fn check(label: String, mut doc: Document, changed: bool) -> Item {
    if !crate::ids::is_valid(&doc.id) {
        return Item::Refused { message: bad_id(&label), label };
    }
    if let Some(c) = crate::chars::first_hidden(&doc.label, false) {
        return Item::Refused { message: crate::chars::refused(&label, "label", c), label };
    }
    let name = doc.text(crate::templates::review_2025::ids::FULL_NAME);
    if name.chars().any(crate::chars::zero_width) {
        let clean = crate::chars::without_zero_width(name);
        doc.set_text(crate::templates::review_2025::ids::FULL_NAME, clean);
    }
    let problems = crate::limits::problems(&doc);
    if problems.is_empty() {
        Item::Doc { label, doc, changed }
    } else {
        let message = crate::limits::message(&label, &problems);
        Item::Refused { label, message }
    }
}

/// What an imported document does to this device's copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// No copy here: add it.
    Add,
    /// A newer version of a copy that only ever came from files: replace it.
    Replace,
    /// The same version is here.
    Same,
    /// The copy here is newer: keep it, take nothing.
    KeepLocal,
    /// The copy here was edited on this device and the file claims to be newer, the file
    /// was changed after export, or both claim the same time with other content (neither
    /// is newer): keep both, the file's as a separate copy.
    KeepBoth,
}

/// Decides what an imported document `file` does, given the copy `here` (if any), whether
/// that copy only ever came from files (`here_from_file`), and whether the file's check
/// code failed (`changed`). Nothing here ever silently replaces an edit.
pub fn decide(here: Option<&Document>, here_from_file: bool, file: &Document, changed: bool) -> Decision {
    let Some(here) = here else { return Decision::Add };
    // The name given on the drafts page is this device's own: renaming a draft does not
    // make it another version of the document.
    if *here == (Document { label: here.label.clone(), ..file.clone() }) {
        Decision::Same
    } else if changed {
        Decision::KeepBoth
    } else if here.updated > file.updated {
        Decision::KeepLocal
    } else if here.updated == file.updated {
        Decision::KeepBoth
    } else if here_from_file {
        Decision::Replace
    } else {
        Decision::KeepBoth
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;

    #[test]
    fn a_time_in_the_future_never_wins() {
        let at = |t: &str| DateTime::parse_from_rfc3339(t).expect("time");
        let now = at("2026-12-05T08:00:00+07:00");
        let doc = |when: &str, name: &str| {
            let mut d = Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11", "2025/2B", 2025, at(when));
            d.set_text(crate::templates::review_2025::ids::FULL_NAME, name);
            d
        };
        let future = Item::Doc { label: "f.json".into(), doc: doc("9999-01-01T00:00:00+07:00", "A"), changed: false };
        assert!(matches!(future.unless_future(now), Item::Refused { message, .. } if message.contains("ở tương lai")));
        // A clock a few hours ahead is not the future.
        let ahead = Item::Doc { label: "g.json".into(), doc: doc("2026-12-05T20:00:00+07:00", "A"), changed: false };
        assert!(matches!(ahead.unless_future(now), Item::Doc { .. }));
        let here = doc("2026-12-01T08:00:00+07:00", "A");
        assert_eq!(decide(Some(&here), true, &doc("2026-11-01T08:00:00+07:00", "B"), false), Decision::KeepLocal);
        assert_eq!(decide(Some(&here), true, &doc("2026-12-02T08:00:00+07:00", "B"), false), Decision::Replace);
        // Issue 31, item 4: the same time with other content is neither newer; both kept.
        assert_eq!(decide(Some(&here), true, &doc("2026-12-01T08:00:00+07:00", "B"), false), Decision::KeepBoth);
        assert_eq!(decide(Some(&here), false, &doc("2026-12-01T08:00:00+07:00", "B"), false), Decision::KeepBoth);
        // A draft renamed here after its export is still the same version.
        let renamed = Document { label: "Bản của tôi".into(), ..here.clone() };
        assert_eq!(decide(Some(&renamed), false, &here, false), Decision::Same);
    }

    fn doc(updated: &str, name: &str) -> Document {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).expect("valid time");
        let mut d =
            Document::new("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11", "2025/2B", 2025, t("2026-01-05T08:00:00+07:00"));
        d.updated = t(updated);
        d.set_text("full_name", name);
        d
    }

    #[test]
    fn a_new_document_is_added_and_the_same_one_is_a_duplicate() {
        let a = doc("2026-01-05T09:00:00+07:00", "An");
        assert_eq!(decide(None, false, &a, false), Decision::Add);
        assert_eq!(decide(None, false, &a, true), Decision::Add, "nothing here to protect");
        assert_eq!(decide(Some(&a), false, &a, false), Decision::Same);
        assert_eq!(decide(Some(&a), true, &a, true), Decision::Same);
    }

    #[test]
    fn an_edit_made_here_is_never_replaced() {
        let here = doc("2026-01-05T09:00:00+07:00", "An");
        let newer = doc("2026-01-06T09:00:00+07:00", "An (sửa)");
        assert_eq!(decide(Some(&here), false, &newer, false), Decision::KeepBoth, "edited here, file newer");
        assert_eq!(decide(Some(&here), true, &newer, false), Decision::Replace, "only ever from files");
        assert_eq!(decide(Some(&newer), false, &here, false), Decision::KeepLocal);
        assert_eq!(decide(Some(&newer), true, &here, false), Decision::KeepLocal);
    }

    #[test]
    fn a_file_changed_after_export_never_replaces_anything() {
        let here = doc("2026-01-05T09:00:00+07:00", "An");
        let edited = doc("2026-01-05T09:00:00+07:00", "Bình");
        let edited_newer = doc("2027-01-05T09:00:00+07:00", "Bình");
        assert_eq!(decide(Some(&here), true, &edited, true), Decision::KeepBoth);
        assert_eq!(decide(Some(&here), true, &edited_newer, true), Decision::KeepBoth);
        assert_eq!(decide(Some(&edited_newer), false, &here, true), Decision::KeepBoth);
    }

    #[test]
    fn a_backup_reads_each_document_on_its_own() {
        let items = backup_items(
            "sao-luu.json",
            vec![Ok((doc("2026-01-05T09:00:00+07:00", "An"), false)), Err(FileError::KindMismatch)],
        );
        assert!(matches!(&items[0], Item::Doc { label, .. } if label == "sao-luu.json, văn bản 1"));
        assert!(matches!(&items[1], Item::Refused { message, .. } if message.contains("\"sao-luu.json, văn bản 2\"")));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_before_reading() {
        assert!(too_large("a.json", 10, 10).is_none());
        let m = too_large("a.json", 6 * 1024 * 1024, 5 * 1024 * 1024).expect("refused");
        assert!(m.contains("\"a.json\"") && m.contains("6 MB") && m.contains("5 MB"), "{m}");
    }

    #[test]
    fn each_outcome_says_what_happened_to_the_named_document() {
        let mut d = doc("2026-01-05T09:00:00+07:00", "Nguyễn Văn An");
        assert_eq!(describe(&d), "Bản kiểm điểm năm 2025 của Nguyễn Văn An");
        assert_eq!(
            document_line("a.json", &ImportOutcome::Added, &d, false),
            "Tệp \"a.json\": đã thêm Bản kiểm điểm năm 2025 của Nguyễn Văn An."
        );
        let copied = document_line("a.json", &ImportOutcome::Copied("An (bản từ tệp)".into()), &d, true);
        assert!(copied.contains("bản riêng \"An (bản từ tệp)\"") && copied.ends_with(CHANGED_NOTE), "{copied}");
        d.set_text("full_name", "");
        assert_eq!(
            ImportOutcome::Duplicate.text(&describe(&d)),
            "Bản kiểm điểm năm 2025 đã có trên máy, không thay đổi gì."
        );
        assert_eq!(backup_head("s.json", 3), "Tệp sao lưu \"s.json\" có 3 văn bản:");
    }
}
