//! Where the print views find what they print: the browser's storage, read only, through
//! the same codecs as the stores that write it.

use std::collections::BTreeMap;

use kiemdiem_core::cell::model::{Line, Member, Workspace};
use kiemdiem_core::document::Document;
use kiemdiem_core::file::file_name;
use kiemdiem_core::ids::{DocId, MemberId, WorkspaceId};
use kiemdiem_core::printed::{printed, Printed};
use kiemdiem_core::template::Template;
use kiemdiem_core::templates::{self, review_2025::ids};

use crate::persist::collection::read_entry;
use crate::persist::{local, Codec, Unreadable};
use crate::store::DocCodec;

/// A document of this device (`kiemdiem/doc/<id>`), or why it cannot be printed.
pub fn document(id: &DocId) -> Result<Document, String> {
    let text = local::read(&DocCodec::key(id))
        .ok_or_else(|| "Văn bản này không có trong trình duyệt trên máy này.".to_owned())?;
    match read_entry::<DocCodec>(id, &text).1 {
        Ok(doc) => Ok(doc),
        Err(Unreadable::Newer(m) | Unreadable::Broken(m)) => Err(m),
        Err(Unreadable::NotHere) => Err("Mẫu của văn bản này chưa có trong phiên bản này.".into()),
        Err(Unreadable::Locked) => Err(
            "Bản nháp này được khoá bằng mật khẩu. Đồng chí hãy mở trang \"Bản nháp\" trong thẻ này, nhập mật khẩu, rồi bấm in lần nữa."
                .into(),
        ),
    }
}

/// A cell's workspace and its members' reviews.
pub async fn workspace(id: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    crate::cell::store::read_workspace(id).await
}

/// A cell's workspace and reviews handed over by the committee app in session storage (the
/// committee keeps cells' bundles in IndexedDB, which the print views do not read).
pub fn handed_over(cell: &WorkspaceId) -> Result<(Workspace, BTreeMap<DocId, Document>), String> {
    let missing = || {
        "Bản in này được mở từ trang Đảng ủy. Hãy quay lại trang của chi bộ ở phần Đảng ủy và bấm \"Xem bản in\" lần nữa.".to_owned()
    };
    let text = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(&format!("{}{cell}", crate::persist::keys::HANDOFF_PREFIX)).ok().flatten())
        .ok_or_else(missing)?;
    match kiemdiem_core::cell::file::read_cell(text.as_bytes()).map(|r| r.value) {
        Ok(kiemdiem_core::cell::file::CellPayload::Bundle(b)) => {
            let reviews = b.reviews.into_iter().flatten().map(|r| (r.value.id.clone(), r.value)).collect();
            Ok((b.workspace, reviews))
        }
        _ => Err(missing()),
    }
}

/// The cell's Mẫu 01 inside the bundle handed over by the committee app, if it carries one.
fn handed_collective(cell: &WorkspaceId) -> Option<kiemdiem_core::document::Document> {
    let text = web_sys::window()?
        .session_storage()
        .ok()
        .flatten()?
        .get_item(&format!("{}{cell}", crate::persist::keys::HANDOFF_PREFIX))
        .ok()
        .flatten()?;
    match kiemdiem_core::cell::file::read_cell(text.as_bytes()).ok()?.value {
        kiemdiem_core::cell::file::CellPayload::Bundle(b) => b.collective.and_then(Result::ok).map(|r| r.value),
        _ => None,
    }
}

/// The committee's report handed over by the committee app in session storage.
pub fn handed_report(committee: &str) -> Result<kiemdiem_core::committee::report::Report, String> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item(&format!("{}report/{committee}", crate::persist::keys::HANDOFF_PREFIX)).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .ok_or_else(|| {
            "Bản in tổng hợp được mở từ trang Đảng ủy. Hãy quay lại phần Đảng ủy và bấm \"Bản in tổng hợp\" lần nữa."
                .to_owned()
        })
}

/// A printed document's address, as a print view and the Word writer name it.
#[derive(Debug, Clone, PartialEq)]
pub enum Which {
    /// `/in/van-ban/<id>`: a document of this device.
    Doc(DocId),
    /// `/in/chi-bo/<ws>/dang-vien/<member>`: the cell's copy of a member's review.
    CellMember(WorkspaceId, MemberId),
    /// `/in/dang-uy/<cell>/dang-vien/<member>`: the same, from the committee's copy.
    CommitteeMember(WorkspaceId, MemberId),
    /// `/in/chi-bo/<ws>/danh-sach`: the cell's roster and summary.
    Roster(WorkspaceId),
    /// `/in/chi-bo/<ws>/bien-ban`: the minutes of the cell's meeting.
    Minutes(WorkspaceId),
    /// `/in/dang-uy/<cell>/bien-ban`: the same, from the committee's copy.
    CommitteeMinutes(WorkspaceId),
    /// `/in/dang-uy/bao-cao/<c>`: the committee's summary.
    CommitteeReport(String),
}

impl Which {
    /// The address as three strings, to hand to the Word writer.
    pub fn to_parts(&self) -> [String; 3] {
        match self {
            Which::Doc(id) => ["doc".into(), id.to_string(), String::new()],
            Which::CellMember(ws, m) => ["cell".into(), ws.to_string(), m.to_string()],
            Which::CommitteeMember(ws, m) => ["committee".into(), ws.to_string(), m.to_string()],
            Which::Roster(ws) => ["roster".into(), ws.to_string(), String::new()],
            Which::Minutes(ws) => ["minutes".into(), ws.to_string(), String::new()],
            Which::CommitteeMinutes(ws) => ["committee-minutes".into(), ws.to_string(), String::new()],
            Which::CommitteeReport(c) => ["report".into(), c.clone(), String::new()],
        }
    }

    /// The address from [`Which::to_parts`].
    pub fn from_parts(kind: &str, a: &str, b: &str) -> Option<Which> {
        match kind {
            "doc" => Some(Which::Doc(DocId::from(a))),
            "cell" => Some(Which::CellMember(WorkspaceId::from(a), MemberId::from(b))),
            "committee" => Some(Which::CommitteeMember(WorkspaceId::from(a), MemberId::from(b))),
            "roster" => Some(Which::Roster(WorkspaceId::from(a))),
            "minutes" => Some(Which::Minutes(WorkspaceId::from(a))),
            "committee-minutes" => Some(Which::CommitteeMinutes(WorkspaceId::from(a))),
            "report" => Some(Which::CommitteeReport(a.to_owned())),
            _ => None,
        }
    }
}

/// What a print view prints: the document on its template, and the member on the cell's
/// copy of a review.
#[derive(Clone)]
pub struct Source {
    /// The document's template.
    pub template: &'static Template,
    /// The document.
    pub doc: Document,
    /// The member whose review the cell keeps, with the cell's opinion.
    pub member: Option<Member>,
}

impl Source {
    /// The document as printed (and written for Word).
    pub fn printed(&self) -> Printed {
        printed(self.template, &self.doc, self.member.as_ref())
    }

    /// The Word file's name: the document's own file name (`kiem-diem-2025-nguyen-van-an`),
    /// as .docx.
    pub fn word_file_name(&self) -> String {
        let name = file_name(self.template.kind, self.doc.year, self.doc.text(ids::FULL_NAME));
        name.strip_suffix(".json").map_or(name.clone(), |n| format!("{n}.docx"))
    }
}

/// What `which` prints, as the print view draws it and the Word writer writes it, or why
/// it cannot be printed.
pub async fn printed_of(which: &Which) -> Result<Printed, String> {
    match which {
        Which::Roster(id) => {
            let (ws, reviews) = workspace(id).await?;
            let lines: Vec<Line> = ws
                .members
                .iter()
                .map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile))
                .collect();
            let mut printed = kiemdiem_core::printed::roster(&ws, &lines);
            // The dossier names the key its bundle is signed with, so that the committee
            // can read the same code on paper as on its screen (issue 31, item 9).
            if let Some(fp) = crate::files::sign::kept_fingerprint().await {
                printed.body.push(kiemdiem_core::printed::Block::Note(format!(
                    "Gói điện tử của chi bộ được ký bằng khoá của máy lập danh sách này, mã nhận diện {fp}."
                )));
            }
            Ok(printed)
        }
        Which::Minutes(_) | Which::CommitteeMinutes(_) => {
            let (ws, reviews) = match which {
                Which::CommitteeMinutes(id) => handed_over(id)?,
                Which::Minutes(id) => workspace(id).await?,
                _ => return Err("Đây không phải biên bản.".into()),
            };
            let lines: Vec<Line> = ws
                .members
                .iter()
                .map(|m| Line::of(m, m.review.as_ref().and_then(|r| reviews.get(r)), &ws.profile))
                .collect();
            let collective = match which {
                Which::CommitteeMinutes(id) => handed_collective(id),
                _ => ws.collective.as_ref().and_then(|c| document(c).ok()),
            };
            Ok(kiemdiem_core::printed::minutes(&ws, &lines, collective.as_ref()))
        }
        Which::CommitteeReport(c) => Ok(kiemdiem_core::printed::committee_report(&handed_report(c)?)),
        _ => Ok(find(which).await?.printed()),
    }
}

/// Finds the document `which` prints, or says why it cannot be printed.
pub async fn find(which: &Which) -> Result<Source, String> {
    let (doc, member) = match which {
        Which::Doc(id) => (document(id)?, None),
        Which::CellMember(ws, m) => member_review(workspace(ws).await?, m)?,
        Which::CommitteeMember(ws, m) => member_review(handed_over(ws)?, m)?,
        Which::Roster(_) | Which::Minutes(_) | Which::CommitteeMinutes(_) | Which::CommitteeReport(_) => {
            return Err("Đây là bảng, không phải văn bản.".into())
        }
    };
    let template =
        templates::get(&doc.template).ok_or_else(|| "Mẫu của văn bản này chưa có trong phiên bản này.".to_owned())?;
    Ok(Source { template, doc, member })
}

fn member_review(
    (ws, reviews): (Workspace, BTreeMap<DocId, Document>),
    member: &MemberId,
) -> Result<(Document, Option<Member>), String> {
    let m = ws.member(member).cloned().ok_or_else(|| "Không tìm thấy đảng viên này trong hồ sơ chi bộ.".to_owned())?;
    let doc = m
        .review
        .as_ref()
        .and_then(|r| reviews.get(r))
        .cloned()
        .ok_or_else(|| "Chưa nhận được bản kiểm điểm của đồng chí này.".to_owned())?;
    Ok((doc, Some(m)))
}
