//! The cell's side of the one reader of files ([`crate::intake`]): besides members' files
//! it takes cell bundles (last year's, to carry Mẫu 01's shortcomings forward), with the
//! same messages as every other import path.

use super::file::{read_cell, BundleRead, CellPayload};
use crate::file::Payload;
use crate::intake::{self, Item};

/// One item of a file brought into a cell's workspace.
#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per file read, moved once: boxing would only add an indirection"
)]
pub enum CellItem {
    /// A member's document, or why it was refused.
    Member(Item),
    /// The superior committee's final levels for this cell.
    Decision {
        /// The file's name.
        label: String,
        /// What the file held.
        file: crate::decision::DecisionFile,
        /// When the committee made it.
        decided: chrono::DateTime<chrono::FixedOffset>,
        /// Who signed it: what the app verifies before the cell takes it.
        signature: crate::file::signature::Check,
    },
    /// A cell bundle.
    Bundle {
        /// The file's name.
        label: String,
        /// What it held.
        bundle: BundleRead,
        /// Its content no longer matches its check code: changed after export.
        changed: bool,
    },
}

/// Whether every id a bundle brings can be kept (see [`crate::ids::is_valid`]).
pub(crate) fn bundle_ids_valid(b: &BundleRead) -> bool {
    let ws = &b.workspace;
    let docs = b.reviews.iter().chain(b.collective.iter()).flatten().map(|r| r.value.id.as_str());
    crate::ids::is_valid(&ws.id)
        && ws
            .members
            .iter()
            .all(|m| crate::ids::is_valid(&m.id) && m.review.as_ref().is_none_or(|r| crate::ids::is_valid(r)))
        && ws.collective.as_ref().is_none_or(|c| crate::ids::is_valid(c))
        && docs.into_iter().all(crate::ids::is_valid)
}

/// Reads any file given to the cell's import into its items.
pub fn read_cell_file(name: &str, bytes: &[u8]) -> Vec<CellItem> {
    let refused = |message: String| vec![CellItem::Member(Item::Refused { label: name.to_owned(), message })];
    match read_cell(bytes) {
        Err(e) => refused(e.message(name)),
        Ok(read) => match read.value {
            CellPayload::Member(Payload::Document(doc)) => {
                vec![CellItem::Member(intake::check(name.to_owned(), doc, read.changed))]
            }
            CellPayload::Member(Payload::Backup(items)) => {
                intake::backup_items(name, items.into_iter().map(|r| r.map(|r| (r.value, r.changed))))
                    .into_iter()
                    .map(CellItem::Member)
                    .collect()
            }
            CellPayload::Decision(..) if read.changed => refused(format!(
                    "Tệp \"{name}\" là quyết định xếp loại nhưng đã bị sửa sau khi đảng ủy xuất (mã kiểm tra không khớp), nên không nhập. Hãy đề nghị đảng ủy gửi lại tệp gốc."
            )),
            CellPayload::Decision(file, decided, signature) => {
                vec![CellItem::Decision { label: name.to_owned(), file, decided, signature }]
            }
            CellPayload::Bundle(bundle) if !bundle_ids_valid(&bundle) => refused(crate::intake::bad_id(name)),
            CellPayload::Bundle(bundle) => {
                vec![CellItem::Bundle { label: name.to_owned(), bundle, changed: read.changed }]
            }
            CellPayload::Workspace(_) => refused(format!(
                "Tệp \"{name}\" là dữ liệu trình duyệt tự lưu, không phải tệp xuất từ ứng dụng. Hãy chọn tệp bản kiểm điểm (.json) mà đảng viên đã xuất và gửi cho chi bộ."
            )),
        },
    }
}

/// What the cell is told of the files it took: the totals, and the words of each kind of
/// file that is not a member's review. Here, beside the reader, so they are tested
/// natively and every screen says them alike.
pub mod words {
    use crate::cell::import::Outcome;
    use crate::decision::FinalLevels;

    /// "Đã xử lý 12 tệp: 10 nhận mới, 1 cập nhật, 0 trùng hoặc đã có bản mới hơn, 1 không
    /// nhận." `refused_notes` counts the refused files that were not members' reviews.
    pub fn summary<'a>(
        files: usize,
        outcomes: impl Iterator<Item = &'a Outcome> + Clone,
        refused_notes: usize,
    ) -> String {
        let count = |pick: fn(&Outcome) -> bool| outcomes.clone().filter(|o| pick(o)).count();
        format!(
            "Đã xử lý {files} tệp: {} nhận mới, {} cập nhật, {} trùng hoặc đã có bản mới hơn, {} không nhận.",
            count(|o| matches!(o, Outcome::Added | Outcome::Attached)),
            count(|o| matches!(o, Outcome::Updated)),
            count(|o| matches!(o, Outcome::Duplicate | Outcome::KeptNewer)),
            count(|o| matches!(o, Outcome::Refused(_))) + refused_notes,
        )
    }

    /// A member's file taken (`changed`: its check code did not match its content).
    pub fn member_taken(name: &str, outcome: &Outcome, changed: bool) -> String {
        let note = if changed { format!(" {}", crate::intake::CHANGED_NOTE) } else { String::new() };
        format!("Tệp \"{name}\": {}.{note}", outcome.label().to_lowercase())
    }

    /// A committee's decision taken.
    pub fn decision_taken(name: &str, finals: &FinalLevels) -> String {
        format!(
            "Tệp \"{name}\": đã nhận quyết định xếp loại của {} ({} đảng viên{}). Mức cấp ủy quyết định hiện bên cạnh mức chi bộ đề xuất.",
            finals.committee,
            finals.members.len(),
            finals.cell_level.map(|l| format!("; chi bộ: {}", l.label())).unwrap_or_default()
        )
    }

    /// A decision file whose signature does not match it: changed after the committee
    /// made it.
    pub fn decision_forged(name: &str) -> String {
        format!(
            "Tệp \"{name}\": CẢNH BÁO: chữ ký của đảng ủy không khớp với nội dung, tệp đã bị sửa sau khi đảng ủy xuất, nên không nhập. Hãy đề nghị đảng ủy gửi lại tệp gốc."
        )
    }

    /// The decision the cell already keeps, chosen again.
    pub fn decision_same(name: &str) -> String {
        format!("Tệp \"{name}\": chi bộ đã có đúng quyết định này, không có gì thay đổi.")
    }

    /// A decision chosen while the workspace is gone (removed in another tab).
    pub fn decision_no_workspace(name: &str) -> String {
        format!(
            "Tệp \"{name}\" chưa được nhận: hồ sơ chi bộ này không còn trên máy. Hãy mở lại hồ sơ chi bộ rồi nhập tệp."
        )
    }

    /// Last year's bundle of the cell, but without a Mẫu 01 to carry from.
    pub fn last_year_without_report(name: &str, last_year: i32) -> String {
        format!("Tệp \"{name}\" là gói chi bộ năm {last_year} nhưng không có báo cáo của chi bộ, nên không có gì để điền vào mục III.")
    }

    /// A bundle that is not this cell's last year's: it is opened on the first screen.
    pub fn bundle_elsewhere(name: &str, title: &str, last_year: i32) -> String {
        format!(
            "Tệp \"{name}\" là gói của {title}. Ở đây chỉ nhận bản kiểm điểm của đảng viên và gói chi bộ năm {last_year} (để điền mục III). Để mở gói này, hãy về trang danh sách chi bộ."
        )
    }

    /// A decision given to the first screen, which opens only bundles.
    pub fn decision_on_first_screen(name: &str) -> String {
        format!("Tệp \"{name}\" là quyết định xếp loại của đảng ủy. Hãy mở chi bộ của mình rồi nhập tệp này ở trang danh sách đảng viên, mục \"Nhập tệp\".")
    }

    /// A member's review given to the first screen, which opens only bundles.
    pub fn review_on_first_screen(name: &str) -> String {
        format!("Tệp \"{name}\" không phải gói chi bộ. Bản kiểm điểm của đảng viên được nhập trong trang của từng chi bộ, mục \"Đảng viên\".")
    }

    /// A member's file not taken because the browser refused to keep the reviews (`why`,
    /// a full sentence): nothing of the import was kept.
    pub fn review_not_kept(name: &str, why: &str) -> String {
        format!("Tệp \"{name}\": chưa nhận vì trình duyệt chưa lưu được. {why} Trên máy này không có gì thay đổi.")
    }

    /// A criteria pack of another year than the cell's.
    pub fn pack_of_another_year(name: &str, pack_year: i32, year: i32) -> String {
        format!("Tệp \"{name}\" là bộ tiêu chí năm {pack_year}, còn chi bộ đang tổng hợp năm {year}. Hãy chọn bộ tiêu chí của năm {year}.")
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_cell_is_told_each_file_by_name_and_the_totals() {
            let outcomes = [Outcome::Added, Outcome::Attached, Outcome::Updated, Outcome::Refused("x".into())];
            assert_eq!(
                summary(5, outcomes.iter(), 1),
                "Đã xử lý 5 tệp: 2 nhận mới, 1 cập nhật, 0 trùng hoặc đã có bản mới hơn, 2 không nhận."
            );
            assert_eq!(member_taken("an.json", &Outcome::Added, false), "Tệp \"an.json\": đã nhận.");
            assert!(member_taken("an.json", &Outcome::Updated, true).ends_with(crate::intake::CHANGED_NOTE));
            assert!(bundle_elsewhere("g.json", "Chi bộ 5", 2024).contains("gói chi bộ năm 2024"));
            assert!(pack_of_another_year("b.json", 2024, 2025).ends_with("Hãy chọn bộ tiêu chí của năm 2025."));
            for m in [
                decision_on_first_screen("q.json"),
                review_on_first_screen("a.json"),
                last_year_without_report("g.json", 2024),
            ] {
                assert!(m.starts_with("Tệp \""), "{m}");
            }
        }
    }
}
