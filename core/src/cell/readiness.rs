//! What a cell's bundle still lacks before the committee can decide from it: the members
//! who have not handed in, not been rated or not been voted on, the cell's own report
//! (Mẫu 01) and the rules' errors. The export page lists them and asks before sending an
//! incomplete bundle up, and the file's name says it is not final.

use super::checks;
use super::model::{Line, Profile, Status};
use crate::document::Document;
use crate::finding::Severity;
use crate::ids::MemberId;

/// Where the secretary goes to fill a gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GapPlace {
    /// Each member's page (to import or record the review).
    Members,
    /// The meeting view, at the first member concerned.
    Meeting,
    /// The cell's report (Mẫu 01).
    Report,
    /// The rules panel.
    Rules,
}

/// One thing missing from the bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// In words: "3 đồng chí chưa nộp bản kiểm điểm".
    pub text: String,
    /// The members concerned, in roster order (id and name), when the gap is about members.
    pub members: Vec<(MemberId, String)>,
    /// Where to fill it.
    pub place: GapPlace,
}

/// Every gap of the cell's bundle, in the order the work is done; empty when it is final.
pub fn gaps(lines: &[Line], profile: &Profile, collective: Option<&Document>) -> Vec<Gap> {
    let who = |keep: &dyn Fn(&Line) -> bool| -> Vec<(MemberId, String)> {
        lines
            .iter()
            .filter(|l| !l.status.is_exempt() && keep(l))
            .map(|l| {
                let name = l.member.name.trim();
                (l.member.id.clone(), if name.is_empty() { "(chưa có tên)".to_owned() } else { name.to_owned() })
            })
            .collect()
    };
    let mut out = Vec::new();
    let mut members = |members: Vec<(MemberId, String)>, what: &str, place: GapPlace| {
        if !members.is_empty() {
            out.push(Gap { text: format!("{} đồng chí {what}", members.len()), members, place });
        }
    };
    members(who(&|l| l.status == Status::Missing), "chưa nộp bản kiểm điểm", GapPlace::Members);
    members(who(&|l| l.member.proposed.is_none()), "chưa có mức chi bộ đề xuất", GapPlace::Meeting);
    members(
        who(&|l| l.member.proposed.is_some() && !l.member.votes.recorded()),
        "chưa ghi kết quả biểu quyết",
        GapPlace::Meeting,
    );
    if collective.is_none() {
        out.push(Gap {
            text: "Chưa lập báo cáo kiểm điểm của chi bộ (Mẫu 01)".to_owned(),
            members: Vec::new(),
            place: GapPlace::Report,
        });
    }
    let errors = checks::check(lines, profile, collective).1.iter().filter(|f| f.severity == Severity::Error).count();
    if errors > 0 {
        out.push(Gap {
            text: format!("Bảng kiểm tra quy định còn {errors} lỗi phải sửa"),
            members: Vec::new(),
            place: GapPlace::Rules,
        });
    }
    out
}

/// The bundle's file name: [`super::export::bundle_file_name`], marked "chua-hoan-thanh"
/// (not finished) while anything is missing, so that the committee never takes a draft
/// for the cell's final bundle.
pub fn bundle_file_name(ws: &super::model::Workspace, finished: bool) -> String {
    let name = super::export::bundle_file_name(ws);
    if finished {
        name
    } else {
        name.replace(".json", "-chua-hoan-thanh.json")
    }
}
