//! Every address of the three apps, in one place: each app declares its routes from the
//! segments below, and every link is built by the functions below, so that a link and the
//! route it needs cannot drift apart. Addresses use Vietnamese ASCII slugs, so that a link
//! read aloud or typed by hand makes sense.
//!
//! | app | addresses |
//! |---|---|
//! | member (`src/main.rs`) | `/`, `/ban-kiem-diem[/<id>/<step>]`, `/ban-cam-ket[/<id>/<step>]`, `/ban-nhap` |
//! | cell (`src/bin/cell.rs`) | `/chi-bo[/<ws>[/ho-so, /quy-dinh, /tong-hop, /xuat, /dang-vien/<member>, /hoi-nghi[/<member>], /bao-cao/<step>]]` |
//! | committee (`src/bin/committee.rs`) | `/dang-uy[/<c>[/ho-so, /nhap, /xuat, /bo-tieu-chi, /chi-bo/<cell>]]` |
//! | print (`src/bin/print.rs`) | `/in/van-ban/<id>`, `/in/chi-bo/<ws>/dang-vien/<member>`, `/in/chi-bo/<ws>/danh-sach`, `/in/dang-uy/<cell>/dang-vien/<member>`, `/in/dang-uy/bao-cao/<c>` |
//!
//! `assets/boot.js` chooses the app by the first segment (`chi-bo`, `dang-uy`, `in`).

use kiemdiem_core::template::DocKind;

/// The segments of the addresses, as the routes declare them.
pub mod seg {
    /// Bản kiểm điểm.
    pub const REVIEW: &str = "ban-kiem-diem";
    /// Bản cam kết.
    pub const COMMITMENT: &str = "ban-cam-ket";
    /// Bản nháp trên máy này.
    pub const DRAFTS: &str = "ban-nhap";
    /// The cell app.
    pub const CELL: &str = "chi-bo";
    /// Hồ sơ chi bộ.
    pub const PROFILE: &str = "ho-so";
    /// Kiểm tra quy định.
    pub const RULES: &str = "quy-dinh";
    /// Tổng hợp.
    pub const SUMMARY: &str = "tong-hop";
    /// Xuất tệp.
    pub const EXPORT: &str = "xuat";
    /// One member of a cell.
    pub const MEMBER: &str = "dang-vien";
    /// Hội nghị kiểm điểm: the cell's members one at a time.
    pub const MEETING: &str = "hoi-nghi";
    /// Báo cáo của chi bộ (Mẫu 01).
    pub const REPORT: &str = "bao-cao";
    /// The print app.
    pub const PRINT: &str = "in";
    /// A document of this device, printed.
    pub const PRINT_DOC: &str = "van-ban";
    /// The roster and summary, printed.
    pub const ROSTER: &str = "danh-sach";
    /// The committee app.
    pub const COMMITTEE: &str = "dang-uy";
    /// Nhập gói của chi bộ.
    pub const IMPORT: &str = "nhap";
    /// Bộ tiêu chí chấm điểm.
    pub const PACK: &str = "bo-tieu-chi";
}

/// The home page.
pub const HOME: &str = "/";
/// Start a review.
pub const REVIEW: &str = "/ban-kiem-diem";
/// Start a commitment.
pub const COMMITMENT: &str = "/ban-cam-ket";
/// The drafts on this device.
pub const DRAFTS: &str = "/ban-nhap";
/// The cell app's list of workspaces.
pub const CELL: &str = "/chi-bo";

/// The committee app's list of committees.
pub const COMMITTEE: &str = "/dang-uy";

/// The id of the last step of every document: the review page.
pub const REVIEW_STEP: &str = "xem-lai";
/// The id of Mẫu 01's first step.
pub const REPORT_FIRST_STEP: &str = kiemdiem_core::templates::IDENTITY;

/// The address of a step of a member's document. A cell's Mẫu 01 lives in its workspace,
/// which a document does not name: it opens at the cell app's list.
pub fn doc(kind: DocKind, id: &str, step: &str) -> String {
    match kind {
        DocKind::Review => format!("{REVIEW}/{id}/{step}"),
        DocKind::Commitment => format!("{COMMITMENT}/{id}/{step}"),
        DocKind::CellReview => CELL.to_owned(),
    }
}

/// The base of a document's steps (`/ban-kiem-diem/<id>`).
pub fn doc_base(kind: DocKind, id: &str) -> String {
    doc(kind, id, "").trim_end_matches('/').to_owned()
}

/// A document of this device, printed.
pub fn print_doc(id: &str) -> String {
    format!("/{}/{}/{id}", seg::PRINT, seg::PRINT_DOC)
}

/// A member's review as the cell keeps it, with the cell's opinion, printed.
pub fn print_cell_member(ws: &str, member: &str) -> String {
    format!("/{}/{}/{ws}/{}/{member}", seg::PRINT, seg::CELL, seg::MEMBER)
}

/// A cell's roster and summary, printed.
pub fn print_roster(ws: &str) -> String {
    format!("/{}/{}/{ws}/{}", seg::PRINT, seg::CELL, seg::ROSTER)
}

/// A member's review from a committee's copy of the cell's bundle, printed with the cell's
/// opinion (the bundle is handed over in session storage).
pub fn print_committee_member(cell: &str, member: &str) -> String {
    format!("/{}/{}/{cell}/{}/{member}", seg::PRINT, seg::COMMITTEE, seg::MEMBER)
}

/// A committee's summary, printed (the report is handed over in session storage).
pub fn print_committee_report(c: &str) -> String {
    format!("/{}/{}/{}/{c}", seg::PRINT, seg::COMMITTEE, seg::REPORT)
}

/// The screens of one committee workspace.
pub mod committee {
    use super::{seg, COMMITTEE};

    /// The overview, and the base of the committee's other screens.
    pub fn workspace(c: &str) -> String {
        format!("{COMMITTEE}/{c}")
    }
    /// Hồ sơ đảng ủy.
    pub fn profile(c: &str) -> String {
        format!("{COMMITTEE}/{c}/{}", seg::PROFILE)
    }
    /// Nhập gói của chi bộ.
    pub fn import(c: &str) -> String {
        format!("{COMMITTEE}/{c}/{}", seg::IMPORT)
    }
    /// Xuất tệp.
    pub fn export(c: &str) -> String {
        format!("{COMMITTEE}/{c}/{}", seg::EXPORT)
    }
    /// Bộ tiêu chí chấm điểm.
    pub fn pack(c: &str) -> String {
        format!("{COMMITTEE}/{c}/{}", seg::PACK)
    }
    /// One cell, with the committee's decisions.
    pub fn cell(c: &str, cell: &str) -> String {
        format!("{COMMITTEE}/{c}/{}/{cell}", seg::CELL)
    }
}

/// The screens of one cell workspace.
pub mod cell {
    use super::{seg, CELL};

    /// The roster, and the base of the workspace's other screens.
    pub fn workspace(ws: &str) -> String {
        format!("{CELL}/{ws}")
    }
    /// Hồ sơ chi bộ.
    pub fn profile(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::PROFILE)
    }
    /// Kiểm tra quy định.
    pub fn rules(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::RULES)
    }
    /// Tổng hợp.
    pub fn summary(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::SUMMARY)
    }
    /// Xuất tệp.
    pub fn export(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::EXPORT)
    }
    /// One member's page.
    pub fn member(ws: &str, member: &str) -> String {
        format!("{CELL}/{ws}/{}/{member}", seg::MEMBER)
    }
    /// The meeting view, at the first member the cell has not yet proposed a level for.
    pub fn meeting(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::MEETING)
    }
    /// The meeting view, at one member.
    pub fn meeting_member(ws: &str, member: &str) -> String {
        format!("{}/{member}", meeting(ws))
    }
    /// The base of Mẫu 01's steps.
    pub fn report_base(ws: &str) -> String {
        format!("{CELL}/{ws}/{}", seg::REPORT)
    }
    /// A step of Mẫu 01.
    pub fn report(ws: &str, step: &str) -> String {
        format!("{}/{step}", report_base(ws))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_addresses_the_apps_answer() {
        assert_eq!(doc(DocKind::Review, "a", REVIEW_STEP), "/ban-kiem-diem/a/xem-lai");
        assert_eq!(doc_base(DocKind::Commitment, "a"), "/ban-cam-ket/a");
        assert_eq!(doc(DocKind::CellReview, "a", "x"), "/chi-bo");
        assert_eq!(print_doc("a"), "/in/van-ban/a");
        assert_eq!(print_cell_member("w", "m"), "/in/chi-bo/w/dang-vien/m");
        assert_eq!(print_roster("w"), "/in/chi-bo/w/danh-sach");
        assert_eq!(cell::member("w", "m"), "/chi-bo/w/dang-vien/m");
        assert_eq!(cell::report("w", REPORT_FIRST_STEP), "/chi-bo/w/bao-cao/thong-tin");
        assert_eq!(cell::profile("w"), "/chi-bo/w/ho-so");
        assert_eq!(cell::meeting_member("w", "m"), "/chi-bo/w/hoi-nghi/m");
        assert_eq!(committee::cell("c", "w"), "/dang-uy/c/chi-bo/w");
        assert_eq!(committee::import("c"), "/dang-uy/c/nhap");
        assert_eq!(print_committee_member("w", "m"), "/in/dang-uy/w/dang-vien/m");
    }
}
