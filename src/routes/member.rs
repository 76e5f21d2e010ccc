//! The member's addresses: the home page and the drafts (the front entry), starting and
//! writing a document (the editor entry).

use kiemdiem_core::ids::DocId;
use kiemdiem_core::template::DocKind;

use super::{as_strs, join, seg, segments, Route};

/// A document a member writes: its kind is the first segment of its addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberDoc {
    /// Bản kiểm điểm (Mẫu 2A/2B/2C).
    Review,
    /// Bản cam kết tu dưỡng, rèn luyện, phấn đấu.
    Commitment,
}

impl MemberDoc {
    fn seg(self) -> &'static str {
        match self {
            MemberDoc::Review => seg::REVIEW,
            MemberDoc::Commitment => seg::COMMITMENT,
        }
    }
    fn of_seg(s: &str) -> Option<MemberDoc> {
        match s {
            seg::REVIEW => Some(MemberDoc::Review),
            seg::COMMITMENT => Some(MemberDoc::Commitment),
            _ => None,
        }
    }
}

/// An address of the member's app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MemberRoute {
    /// `/`
    Home,
    /// `/ban-nhap`: the drafts on this device.
    Drafts,
    /// `/ban-kiem-diem`, `/ban-cam-ket`: start a document.
    Start(MemberDoc),
    /// `/<kind>/<id>/<step>`: a step of a document.
    Step(MemberDoc, DocId, String),
}

impl MemberRoute {
    /// The address of a step of any document of this device. A cell's Mẫu 01 lives in its
    /// workspace, which a document does not name: it opens at the cell app's list.
    pub fn doc_href(kind: DocKind, id: &DocId, step: &str) -> String {
        match kind {
            DocKind::Review => MemberRoute::Step(MemberDoc::Review, id.clone(), step.to_owned()).href(),
            DocKind::Commitment => MemberRoute::Step(MemberDoc::Commitment, id.clone(), step.to_owned()).href(),
            DocKind::CellReview => super::CellRoute::Home.href(),
        }
    }

    /// The base of a document's steps (`/ban-kiem-diem/<id>`), to which the form engine
    /// adds each step's id.
    pub fn steps_base(kind: DocKind, id: &DocId) -> String {
        Self::doc_href(kind, id, "").trim_end_matches('/').to_owned()
    }
}

impl Route for MemberRoute {
    fn parse(path: &str) -> Option<Self> {
        let s = segments(path);
        Some(match as_strs(&s)[..] {
            [] => MemberRoute::Home,
            [seg::DRAFTS] => MemberRoute::Drafts,
            [kind] => MemberRoute::Start(MemberDoc::of_seg(kind)?),
            [kind, id, step] => MemberRoute::Step(MemberDoc::of_seg(kind)?, DocId::from(id), step.to_owned()),
            _ => return None,
        })
    }

    fn href(&self) -> String {
        match self {
            MemberRoute::Home => join(&[]),
            MemberRoute::Drafts => join(&[seg::DRAFTS]),
            MemberRoute::Start(kind) => join(&[kind.seg()]),
            MemberRoute::Step(kind, id, step) => join(&[kind.seg(), id, step]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_address() {
        let id = DocId::from("d-1");
        for r in [
            MemberRoute::Home,
            MemberRoute::Drafts,
            MemberRoute::Start(MemberDoc::Review),
            MemberRoute::Start(MemberDoc::Commitment),
            MemberRoute::Step(MemberDoc::Review, id.clone(), "xem-lai".into()),
            MemberRoute::Step(MemberDoc::Commitment, id.clone(), "thong-tin".into()),
        ] {
            assert_eq!(MemberRoute::parse(&r.href()).as_ref(), Some(&r), "{}", r.href());
        }
        assert_eq!(MemberRoute::doc_href(DocKind::Review, &id, "xem-lai"), "/ban-kiem-diem/d-1/xem-lai");
        assert_eq!(MemberRoute::steps_base(DocKind::Commitment, &id), "/ban-cam-ket/d-1");
        assert_eq!(MemberRoute::doc_href(DocKind::CellReview, &id, "x"), "/chi-bo");
        assert_eq!(MemberRoute::parse("/chi-bo"), None);
        assert_eq!(MemberRoute::parse("/ban-kiem-diem/d-1"), None);
        assert_eq!(MemberRoute::parse("/ban-nhap/"), Some(MemberRoute::Drafts), "a trailing slash is the same");
    }
}
