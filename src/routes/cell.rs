//! The cell's addresses: the workspaces on this device, and each workspace's screens.

use kiemdiem_core::ids::{MemberId, WorkspaceId};

use super::{as_strs, join, seg, segments, Route};

/// An address of the cell's app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellRoute {
    /// `/chi-bo`: the workspaces on this device.
    Home,
    /// `/chi-bo/<ws>`: the roster, and the import.
    Roster(WorkspaceId),
    /// `…/ho-so`: Hồ sơ chi bộ.
    Profile(WorkspaceId),
    /// `…/quy-dinh`: Kiểm tra quy định.
    Rules(WorkspaceId),
    /// `…/tong-hop`: Tổng hợp.
    Summary(WorkspaceId),
    /// `…/xuat`: Xuất tệp.
    Export(WorkspaceId),
    /// `…/dang-vien/<member>`: one member's page.
    Member(WorkspaceId, MemberId),
    /// `…/hoi-nghi[/<member>]`: the meeting view, at a member or at the first one the cell
    /// has not proposed a level for.
    Meeting(WorkspaceId, Option<MemberId>),
    /// `…/bao-cao/<step>`: a step of the cell's Mẫu 01.
    Report(WorkspaceId, String),
    /// `…/bien-ban`: the meeting's record and its minutes.
    Minutes(WorkspaceId),
}

impl CellRoute {
    /// The workspace the address is in, if any.
    pub fn workspace(&self) -> Option<&WorkspaceId> {
        match self {
            CellRoute::Home => None,
            CellRoute::Roster(ws)
            | CellRoute::Profile(ws)
            | CellRoute::Rules(ws)
            | CellRoute::Summary(ws)
            | CellRoute::Minutes(ws)
            | CellRoute::Export(ws)
            | CellRoute::Member(ws, _)
            | CellRoute::Meeting(ws, _)
            | CellRoute::Report(ws, _) => Some(ws),
        }
    }

    /// The first step of Mẫu 01.
    pub fn report_start(ws: WorkspaceId) -> CellRoute {
        CellRoute::Report(ws, kiemdiem_core::templates::IDENTITY.to_owned())
    }

    /// The base of Mẫu 01's steps (`/chi-bo/<ws>/bao-cao`), to which the form engine adds
    /// each step's id.
    pub fn report_base(ws: &WorkspaceId) -> String {
        join(&[seg::CELL, ws, seg::REPORT])
    }
}

impl Route for CellRoute {
    fn parse(path: &str) -> Option<Self> {
        let s = segments(path);
        let ws = |w: &str| WorkspaceId::from(w);
        Some(match as_strs(&s)[..] {
            [seg::CELL] => CellRoute::Home,
            [seg::CELL, w] => CellRoute::Roster(ws(w)),
            [seg::CELL, w, seg::PROFILE] => CellRoute::Profile(ws(w)),
            [seg::CELL, w, seg::RULES] => CellRoute::Rules(ws(w)),
            [seg::CELL, w, seg::SUMMARY] => CellRoute::Summary(ws(w)),
            [seg::CELL, w, seg::MINUTES] => CellRoute::Minutes(ws(w)),
            [seg::CELL, w, seg::EXPORT] => CellRoute::Export(ws(w)),
            [seg::CELL, w, seg::MEMBER, m] => CellRoute::Member(ws(w), MemberId::from(m)),
            [seg::CELL, w, seg::MEETING] => CellRoute::Meeting(ws(w), None),
            [seg::CELL, w, seg::MEETING, m] => CellRoute::Meeting(ws(w), Some(MemberId::from(m))),
            [seg::CELL, w, seg::REPORT, step] => CellRoute::Report(ws(w), step.to_owned()),
            _ => return None,
        })
    }

    fn href(&self) -> String {
        match self {
            CellRoute::Home => join(&[seg::CELL]),
            CellRoute::Roster(w) => join(&[seg::CELL, w]),
            CellRoute::Profile(w) => join(&[seg::CELL, w, seg::PROFILE]),
            CellRoute::Rules(w) => join(&[seg::CELL, w, seg::RULES]),
            CellRoute::Summary(w) => join(&[seg::CELL, w, seg::SUMMARY]),
            CellRoute::Minutes(w) => join(&[seg::CELL, w, seg::MINUTES]),
            CellRoute::Export(w) => join(&[seg::CELL, w, seg::EXPORT]),
            CellRoute::Member(w, m) => join(&[seg::CELL, w, seg::MEMBER, m]),
            CellRoute::Meeting(w, None) => join(&[seg::CELL, w, seg::MEETING]),
            CellRoute::Meeting(w, Some(m)) => join(&[seg::CELL, w, seg::MEETING, m]),
            CellRoute::Report(w, step) => join(&[seg::CELL, w, seg::REPORT, step]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_address() {
        let (w, m) = (WorkspaceId::from("w 1"), MemberId::from("m/1"));
        for r in [
            CellRoute::Home,
            CellRoute::Roster(w.clone()),
            CellRoute::Profile(w.clone()),
            CellRoute::Rules(w.clone()),
            CellRoute::Summary(w.clone()),
            CellRoute::Minutes(w.clone()),
            CellRoute::Export(w.clone()),
            CellRoute::Member(w.clone(), m.clone()),
            CellRoute::Meeting(w.clone(), None),
            CellRoute::Meeting(w.clone(), Some(m.clone())),
            CellRoute::Report(w.clone(), "thong-tin".into()),
        ] {
            assert_eq!(CellRoute::parse(&r.href()).as_ref(), Some(&r), "{}", r.href());
            assert_eq!(r.workspace().is_some(), r != CellRoute::Home);
        }
        let w = WorkspaceId::from("w");
        assert_eq!(CellRoute::Member(w.clone(), MemberId::from("m")).href(), "/chi-bo/w/dang-vien/m");
        assert_eq!(CellRoute::report_start(w.clone()).href(), "/chi-bo/w/bao-cao/thong-tin");
        assert_eq!(CellRoute::report_base(&w), "/chi-bo/w/bao-cao");
        assert_eq!(CellRoute::parse("/chi-bo/w/ho-so/x"), None);
        assert_eq!(CellRoute::parse("/dang-uy"), None);
    }
}
