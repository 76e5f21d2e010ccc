//! What an import did, as the user reads it: one line per file (or per document of a
//! backup), the refused ones first, and the totals in a sentence. Every import of every
//! app reports this way (a member's drafts, a cell's members' files, a committee's
//! bundles), so the words and their order are here, tested natively.

/// One line of what an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    /// Taken (or nothing to do), rather than refused.
    pub ok: bool,
    /// Not one document but something that changes more than one line (a decision, last
    /// year's bundle, the head of a backup): shown in full even when taken.
    pub note: bool,
    /// A full sentence naming the file.
    pub text: String,
}

impl ReportLine {
    /// A file (or document) taken, or with nothing to do.
    pub fn taken(text: impl Into<String>) -> ReportLine {
        ReportLine { ok: true, note: false, text: text.into() }
    }
    /// A file refused, with why and what to do.
    pub fn refused(text: impl Into<String>) -> ReportLine {
        ReportLine { ok: false, note: false, text: text.into() }
    }
    /// A line shown in full whatever happened, as [`ReportLine::note`] says.
    pub fn note(ok: bool, text: impl Into<String>) -> ReportLine {
        ReportLine { ok, note: true, text: text.into() }
    }
}

/// What importing some files did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// The totals, as a sentence.
    pub summary: String,
    /// One line per file (per document of a backup), refused ones first.
    pub lines: Vec<ReportLine>,
}

impl ImportReport {
    /// A report of these lines, the refused ones moved first (they are what the user must
    /// act on), each group in the order the files came.
    pub fn new(summary: String, lines: Vec<ReportLine>) -> ImportReport {
        let (mut first, taken): (Vec<ReportLine>, Vec<ReportLine>) = lines.into_iter().partition(|l| !l.ok);
        first.extend(taken);
        ImportReport { summary, lines: first }
    }

    /// A report whose summary counts the lines: "Đã xử lý 3 tệp: 2 tệp được nhận hoặc đã
    /// có, 1 tệp không nhận."
    pub fn counted(lines: Vec<ReportLine>) -> ImportReport {
        let files = lines.iter().filter(|l| !l.note || !l.ok).count();
        let refused = lines.iter().filter(|l| !l.ok).count();
        let summary = if files == 0 {
            String::new()
        } else {
            format!("Đã xử lý {files} tệp: {} tệp được nhận hoặc đã có, {refused} tệp không nhận.", files - refused)
        };
        ImportReport::new(summary, lines)
    }

    /// The refused lines' texts.
    pub fn refused(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().filter(|l| !l.ok).map(|l| l.text.as_str())
    }

    /// The taken lines shown in full.
    pub fn notes(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().filter(|l| l.ok && l.note).map(|l| l.text.as_str())
    }

    /// The taken lines listed on demand.
    pub fn taken(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().filter(|l| l.ok && !l.note).map(|l| l.text.as_str())
    }

    /// Nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.summary.is_empty() && self.lines.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_files_come_first_and_are_counted() {
        let r = ImportReport::counted(vec![
            ReportLine::taken("Tệp \"a.json\": đã thêm."),
            ReportLine::refused("Tệp \"b.json\" không đọc được."),
            ReportLine::note(true, "Tệp sao lưu \"c.json\" có 2 văn bản:"),
            ReportLine::taken("Tệp \"c.json, văn bản 1\": đã thêm."),
        ]);
        assert_eq!(r.lines[0].text, "Tệp \"b.json\" không đọc được.");
        assert_eq!(r.summary, "Đã xử lý 3 tệp: 2 tệp được nhận hoặc đã có, 1 tệp không nhận.");
        assert_eq!(r.refused().count(), 1);
        assert_eq!(r.notes().collect::<Vec<_>>(), ["Tệp sao lưu \"c.json\" có 2 văn bản:"]);
        assert_eq!(r.taken().count(), 2);
        assert!(ImportReport::counted(Vec::new()).is_empty());
    }
}
