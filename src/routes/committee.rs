//! The committee's addresses: the committees on this device, and each one's screens.

use kiemdiem_core::ids::{CommitteeId, WorkspaceId};

use super::{as_strs, join, seg, segments, Route};

/// An address of the committee's app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CommitteeRoute {
    /// `/dang-uy`: the committees on this device.
    Home,
    /// `/dang-uy/<c>`: the overview, where the committee decides.
    Overview(CommitteeId),
    /// `…/ho-so`: Hồ sơ đảng ủy.
    Profile(CommitteeId),
    /// `…/nhap`: Nhập gói của chi bộ.
    Import(CommitteeId),
    /// `…/xuat`: Xuất tệp.
    Export(CommitteeId),
    /// `…/bo-tieu-chi`: the criteria pack form (a wasm entry of its own).
    Pack(CommitteeId),
    /// `…/chi-bo/<cell>`: one cell, with the committee's decisions.
    Cell(CommitteeId, WorkspaceId),
}

impl CommitteeRoute {
    /// The committee the address is in, if any.
    pub fn committee(&self) -> Option<&CommitteeId> {
        match self {
            CommitteeRoute::Home => None,
            CommitteeRoute::Overview(c)
            | CommitteeRoute::Profile(c)
            | CommitteeRoute::Import(c)
            | CommitteeRoute::Export(c)
            | CommitteeRoute::Pack(c)
            | CommitteeRoute::Cell(c, _) => Some(c),
        }
    }
}

impl Route for CommitteeRoute {
    fn parse(path: &str) -> Option<Self> {
        let s = segments(path);
        let id = |c: &str| CommitteeId::from(c);
        Some(match as_strs(&s)[..] {
            [seg::COMMITTEE] => CommitteeRoute::Home,
            [seg::COMMITTEE, c] => CommitteeRoute::Overview(id(c)),
            [seg::COMMITTEE, c, seg::PROFILE] => CommitteeRoute::Profile(id(c)),
            [seg::COMMITTEE, c, seg::IMPORT] => CommitteeRoute::Import(id(c)),
            [seg::COMMITTEE, c, seg::EXPORT] => CommitteeRoute::Export(id(c)),
            [seg::COMMITTEE, c, seg::PACK] => CommitteeRoute::Pack(id(c)),
            [seg::COMMITTEE, c, seg::CELL, cell] => CommitteeRoute::Cell(id(c), WorkspaceId::from(cell)),
            _ => return None,
        })
    }

    fn href(&self) -> String {
        match self {
            CommitteeRoute::Home => join(&[seg::COMMITTEE]),
            CommitteeRoute::Overview(c) => join(&[seg::COMMITTEE, c]),
            CommitteeRoute::Profile(c) => join(&[seg::COMMITTEE, c, seg::PROFILE]),
            CommitteeRoute::Import(c) => join(&[seg::COMMITTEE, c, seg::IMPORT]),
            CommitteeRoute::Export(c) => join(&[seg::COMMITTEE, c, seg::EXPORT]),
            CommitteeRoute::Pack(c) => join(&[seg::COMMITTEE, c, seg::PACK]),
            CommitteeRoute::Cell(c, cell) => join(&[seg::COMMITTEE, c, seg::CELL, cell]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_address() {
        let (c, w) = (CommitteeId::from("c"), WorkspaceId::from("chi bộ"));
        for r in [
            CommitteeRoute::Home,
            CommitteeRoute::Overview(c.clone()),
            CommitteeRoute::Profile(c.clone()),
            CommitteeRoute::Import(c.clone()),
            CommitteeRoute::Export(c.clone()),
            CommitteeRoute::Pack(c.clone()),
            CommitteeRoute::Cell(c.clone(), w.clone()),
        ] {
            assert_eq!(CommitteeRoute::parse(&r.href()).as_ref(), Some(&r), "{}", r.href());
        }
        assert_eq!(CommitteeRoute::Import(c.clone()).href(), "/dang-uy/c/nhap");
        assert_eq!(CommitteeRoute::Cell(c, WorkspaceId::from("w")).href(), "/dang-uy/c/chi-bo/w");
        assert_eq!(CommitteeRoute::parse("/chi-bo"), None);
    }
}
