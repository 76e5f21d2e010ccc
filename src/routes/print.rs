//! The print views' addresses (Xem bản in), opened from every other app.

use kiemdiem_core::ids::{CommitteeId, DocId, MemberId, WorkspaceId};

use super::{as_strs, join, seg, segments, Route};

/// An address of the print views.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintRoute {
    /// `/in/van-ban/<id>`: a document of this device.
    Document(DocId),
    /// `/in/chi-bo/<ws>/dang-vien/<member>`: a member's review as the cell keeps it, with
    /// the cell's opinion.
    CellMember(WorkspaceId, MemberId),
    /// `/in/chi-bo/<ws>/danh-sach`: a cell's roster and summary.
    Roster(WorkspaceId),
    /// `/in/chi-bo/<ws>/bien-ban`: the minutes of a cell's meeting.
    Minutes(WorkspaceId),
    /// `/in/dang-uy/<cell>/dang-vien/<member>`: a member's review from a committee's copy
    /// of the cell's bundle (handed over in session storage).
    CommitteeMember(WorkspaceId, MemberId),
    /// `/in/dang-uy/<cell>/bien-ban`: a cell's minutes from a committee's copy of its bundle
    /// (handed over in session storage).
    CommitteeMinutes(WorkspaceId),
    /// `/in/dang-uy/bao-cao/<c>`: a committee's summary (handed over in session storage).
    CommitteeReport(CommitteeId),
}

impl Route for PrintRoute {
    fn parse(path: &str) -> Option<Self> {
        let s = segments(path);
        Some(match as_strs(&s)[..] {
            [seg::PRINT, seg::PRINT_DOC, id] => PrintRoute::Document(DocId::from(id)),
            [seg::PRINT, seg::CELL, w, seg::MEMBER, m] => {
                PrintRoute::CellMember(WorkspaceId::from(w), MemberId::from(m))
            }
            [seg::PRINT, seg::CELL, w, seg::ROSTER] => PrintRoute::Roster(WorkspaceId::from(w)),
            [seg::PRINT, seg::CELL, w, seg::MINUTES] => PrintRoute::Minutes(WorkspaceId::from(w)),
            [seg::PRINT, seg::COMMITTEE, seg::REPORT, c] => PrintRoute::CommitteeReport(CommitteeId::from(c)),
            [seg::PRINT, seg::COMMITTEE, w, seg::MINUTES] => PrintRoute::CommitteeMinutes(WorkspaceId::from(w)),
            [seg::PRINT, seg::COMMITTEE, w, seg::MEMBER, m] => {
                PrintRoute::CommitteeMember(WorkspaceId::from(w), MemberId::from(m))
            }
            _ => return None,
        })
    }

    fn href(&self) -> String {
        match self {
            PrintRoute::Document(id) => join(&[seg::PRINT, seg::PRINT_DOC, id]),
            PrintRoute::CellMember(w, m) => join(&[seg::PRINT, seg::CELL, w, seg::MEMBER, m]),
            PrintRoute::Roster(w) => join(&[seg::PRINT, seg::CELL, w, seg::ROSTER]),
            PrintRoute::Minutes(w) => join(&[seg::PRINT, seg::CELL, w, seg::MINUTES]),
            PrintRoute::CommitteeMember(w, m) => join(&[seg::PRINT, seg::COMMITTEE, w, seg::MEMBER, m]),
            PrintRoute::CommitteeReport(c) => join(&[seg::PRINT, seg::COMMITTEE, seg::REPORT, c]),
            PrintRoute::CommitteeMinutes(w) => join(&[seg::PRINT, seg::COMMITTEE, w, seg::MINUTES]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_address() {
        let (w, m) = (WorkspaceId::from("w"), MemberId::from("m"));
        for r in [
            PrintRoute::Document(DocId::from("a")),
            PrintRoute::CellMember(w.clone(), m.clone()),
            PrintRoute::Roster(w.clone()),
            PrintRoute::Minutes(w.clone()),
            PrintRoute::CommitteeMember(w.clone(), m.clone()),
            PrintRoute::CommitteeReport(CommitteeId::from("c")),
            PrintRoute::CommitteeMinutes(w.clone()),
        ] {
            assert_eq!(PrintRoute::parse(&r.href()).as_ref(), Some(&r), "{}", r.href());
        }
        assert_eq!(PrintRoute::Roster(w.clone()).href(), "/in/chi-bo/w/danh-sach");
        assert_eq!(PrintRoute::CommitteeMember(w, m).href(), "/in/dang-uy/w/dang-vien/m");
    }
}
