//! Every key this app uses in the browser's storage, in one place. A record is small (one
//! draft, one cell's profile, one member's entry in a cell), so that two tabs editing
//! different things never write the same key.
//!
//! | key | what |
//! |---|---|
//! | `kiemdiem/doc/<document>` | a member's draft, or a cell's Mẫu 01 |
//! | `kiemdiem/cell/<workspace>` | a cell's workspace: profile, link to its Mẫu 01 |
//! | `kiemdiem/cell/<workspace>/m/<member>` | one member of the cell, with the cell's columns |
//! | `kiemdiem/cell/<workspace>/r/<document>` | one member's review, as imported by versions before reviews moved to IndexedDB (read once, moved there) |
//! | `kiemdiem/cell/<workspace>/reviews` | a mark other tabs watch: the workspace's reviews (kept in IndexedDB, `super::idb`) changed |
//! | `kiemdiem/committee/<committee>` | a committee's workspace: its profile |
//! | `kiemdiem/committee/<committee>/d/<cell>` | the committee's decisions on one cell |
//! | `kiemdiem/committee/<committee>/cells` | a mark other tabs watch: the cells (kept in IndexedDB, `super::idb`) changed |
//! | `kiemdiem/lock` | the passphrase lock on members' drafts: salt, rounds, a sealed check (`super::lock`) |
//! | `kiemdiem/unlocked` (session storage) | the lock's key for this visit of this tab |
//! | `kiemdiem/after-unlock` (session storage) | the address to return to once the passphrase is given |
//! | `kiemdiem/print-margins` | the print margins chosen last time |
//! | `kiemdiem/probe` | written and removed at start, to learn whether storage works |
//! | `kiemdiem/wiping` | a mark other tabs watch: every record is being removed ("Xoá mọi dữ liệu"); they stop writing and reload |
//! | `kiemdiem/wiped` (session storage) | the removal was done: the page after the reload says so |
//! | `kiemdiem/focus` (session storage) | a mark that the page was opened from the other app ("pointer" after a tap or a click), also written by `assets/boot.js` |
//! | `kiemdiem/came-from` (session storage) | the address the last move between apps left from (a print view's way back), also written by `assets/boot.js` |

/// The prefix every key of this app starts with.
pub const ROOT: &str = "kiemdiem/";
/// The prefix of documents (drafts and Mẫu 01).
pub const DOC_PREFIX: &str = "kiemdiem/doc/";
/// The prefix of every cell record.
pub const CELL_PREFIX: &str = "kiemdiem/cell/";
/// The prefix of every committee record.
pub const COMMITTEE_PREFIX: &str = "kiemdiem/committee/";
/// In session storage: a cell's bundle handed from the committee app to the print views.
pub const HANDOFF_PREFIX: &str = "kiemdiem/handoff/";
/// The passphrase lock on members' drafts (`super::lock`).
pub const LOCK: &str = "kiemdiem/lock";
/// In session storage: the lock's key for this visit.
pub const UNLOCKED: &str = "kiemdiem/unlocked";
/// In session storage: the address that sent the tab to ask for the passphrase.
pub const AFTER_UNLOCK: &str = "kiemdiem/after-unlock";
/// Where the print toolbar keeps its margins.
pub const PRINT_MARGINS: &str = "kiemdiem/print-margins";
/// Written just before every record is removed, so that other tabs stop writing.
pub const WIPING: &str = "kiemdiem/wiping";
/// In session storage: every record was removed; the next page says so once.
pub const WIPED: &str = "kiemdiem/wiped";
/// Written and removed at start.
pub const PROBE: &str = "kiemdiem/probe";
/// In session storage: the page was opened by a link from the other app.
pub const CROSSING: &str = "kiemdiem/focus";
/// In session storage: the address the last move to another app left from, so that a print
/// view's "Quay lại" returns there (the page sends no referrer).
pub const CAME_FROM: &str = "kiemdiem/came-from";

use kiemdiem_core::ids::{CommitteeId, DocId, MemberId, WorkspaceId};

/// What a key of this app names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// A document (`kiemdiem/doc/<id>`).
    Doc(DocId),
    /// A cell's workspace head.
    CellHead(WorkspaceId),
    /// A member of a cell: (workspace, member).
    CellMember(WorkspaceId, MemberId),
    /// A member's review kept by a cell before reviews moved to IndexedDB: (workspace,
    /// document).
    CellReview(WorkspaceId, DocId),
    /// The mark that a workspace's reviews changed.
    CellReviews(WorkspaceId),
    /// A committee's profile.
    Committee(CommitteeId),
    /// A committee's decisions on one cell: (committee, cell).
    CommitteeDecisions(CommitteeId, WorkspaceId),
    /// The mark that a committee's cells changed.
    CommitteeCells(CommitteeId),
}

impl Key {
    /// The storage key.
    pub fn text(&self) -> String {
        match self {
            Key::Doc(id) => format!("{DOC_PREFIX}{id}"),
            Key::CellHead(ws) => format!("{CELL_PREFIX}{ws}"),
            Key::CellMember(ws, m) => format!("{CELL_PREFIX}{ws}/m/{m}"),
            Key::CellReview(ws, d) => format!("{CELL_PREFIX}{ws}/r/{d}"),
            Key::CellReviews(ws) => format!("{CELL_PREFIX}{ws}/reviews"),
            Key::Committee(c) => format!("{COMMITTEE_PREFIX}{c}"),
            Key::CommitteeDecisions(c, cell) => format!("{COMMITTEE_PREFIX}{c}/d/{cell}"),
            Key::CommitteeCells(c) => format!("{COMMITTEE_PREFIX}{c}/cells"),
        }
    }

    /// What a storage key names, if it is a record of this app.
    pub fn parse(key: &str) -> Option<Key> {
        if let Some(id) = key.strip_prefix(DOC_PREFIX) {
            return (!id.is_empty() && !id.contains('/')).then(|| Key::Doc(id.into()));
        }
        if let Some(rest) = key.strip_prefix(COMMITTEE_PREFIX) {
            let mut parts = rest.split('/');
            let c = CommitteeId::from(parts.next().filter(|c| !c.is_empty())?);
            return match (parts.next(), parts.next(), parts.next()) {
                (None, _, _) => Some(Key::Committee(c)),
                (Some("cells"), None, _) => Some(Key::CommitteeCells(c)),
                (Some("d"), Some(cell), None) if !cell.is_empty() => Some(Key::CommitteeDecisions(c, cell.into())),
                _ => None,
            };
        }
        let rest = key.strip_prefix(CELL_PREFIX)?;
        let mut parts = rest.split('/');
        let ws = WorkspaceId::from(parts.next().filter(|w| !w.is_empty())?);
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Some(Key::CellHead(ws)),
            (Some("m"), Some(m), None) if !m.is_empty() => Some(Key::CellMember(ws, m.into())),
            (Some("r"), Some(d), None) if !d.is_empty() => Some(Key::CellReview(ws, d.into())),
            (Some("reviews"), None, _) => Some(Key::CellReviews(ws)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back() {
        for key in [
            Key::Doc("a".into()),
            Key::CellHead("w".into()),
            Key::CellMember("w".into(), "m".into()),
            Key::CellReview("w".into(), "d".into()),
            Key::CellReviews("w".into()),
            Key::Committee("c".into()),
            Key::CommitteeDecisions("c".into(), "w".into()),
            Key::CommitteeCells("c".into()),
        ] {
            assert_eq!(Key::parse(&key.text()), Some(key));
        }
        assert_eq!(Key::parse(PRINT_MARGINS), None);
        assert_eq!(Key::parse(PROBE), None);
        assert_eq!(Key::parse("kiemdiem/cell/w/x/y"), None);
        assert_eq!(Key::parse("kiemdiem/doc/"), None);
    }
}
