//! A pack as a file of its own kind in the app's envelope (`criteria_pack`): read strictly,
//! then checked, so that a cell never takes a pack whose maxima do not add up.

use super::check::PackProblem;
use super::model::Pack;
use crate::file::{self, digest, head, typed, Envelope, FileError, FileKind, Read};

/// Why a pack file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The file itself could not be read (see [`FileError`]), or is of another kind.
    File(FileError),
    /// The file was read but the pack cannot be used.
    Invalid(Vec<PackProblem>),
    /// The pack's content does not match its check code: changed after the committee
    /// exported it (an issuer renamed, a maximum raised). A pack is the committee's word:
    /// never taken changed.
    Changed {
        /// Who the pack says issued it, as changed.
        issuer: String,
    },
    /// Another of the app's files, genuine, chosen where a pack was asked for.
    OtherKind(FileKind),
}

impl PackError {
    /// What the user reads: names the file, each problem and what to do.
    pub fn message(&self, file: &str) -> String {
        match self {
            PackError::File(e) => e.message(file),
            PackError::Changed { issuer } => format!(
                "Tệp \"{file}\" là bộ tiêu chí {} nhưng nội dung đã bị sửa sau khi cấp ủy xuất (mã kiểm tra không khớp), nên không được dùng. Hãy đề nghị cấp ủy gửi lại đúng tệp đã xuất từ ứng dụng.",
                if issuer.trim().is_empty() { "chấm điểm".to_owned() } else { format!("của {}", issuer.trim()) }
            ),
            PackError::OtherKind(kind) => format!(
                "Tệp \"{file}\" là {}, không phải bộ tiêu chí chấm điểm. Ở đây hãy chọn tệp \"bo-tieu-chi-….json\" do cấp ủy cấp trên gửi.",
                kind_in_words(*kind)
            ),
            PackError::Invalid(problems) => format!(
                "Tệp \"{file}\" là bộ tiêu chí chấm điểm nhưng không dùng được: {}. Hãy đề nghị cấp ủy đã ban hành bộ tiêu chí kiểm tra và gửi lại tệp.",
                problems.iter().map(PackProblem::detail).collect::<Vec<_>>().join("; ")
            ),
        }
    }
}

impl Pack {
    /// The pack's check code: SHA-256 of the canonical JSON of its content, as recorded
    /// in the documents scored with it ([`crate::pack_ref::PackRef::sha256`]).
    pub fn digest(&self) -> String {
        serde_json::to_value(self).map(|v| digest(&v)).unwrap_or_default()
    }
}

/// What another of the app's files is, for a message where a pack was asked for.
fn kind_in_words(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Review => "bản kiểm điểm của một đảng viên",
        FileKind::Commitment => "bản cam kết của một đảng viên",
        FileKind::Backup => "tệp sao lưu các bản nháp",
        FileKind::CellReview => "báo cáo kiểm điểm của chi bộ (Mẫu 01)",
        FileKind::CellBundle => "gói hồ sơ của chi bộ",
        FileKind::CommitteeDecision => "quyết định xếp loại của đảng ủy",
        FileKind::CommitteeReport => "báo cáo kết quả xếp loại của đảng ủy",
        FileKind::CellWorkspace | FileKind::CellMember | FileKind::CommitteeWorkspace | FileKind::CommitteeCell => {
            "dữ liệu trình duyệt tự lưu, không phải tệp xuất từ ứng dụng"
        }
        FileKind::CriteriaPack => "bộ tiêu chí chấm điểm",
    }
}

/// Reads a pack file: the envelope strictly, its check code against its content (a
/// changed pack is refused), then the pack's own checks.
pub fn read_pack(bytes: &[u8]) -> Result<Read<Pack>, PackError> {
    let (value, kind, migrated_from) = head(bytes).map_err(PackError::File)?;
    if kind != FileKind::CriteriaPack {
        return Err(PackError::OtherKind(kind));
    }
    file::refuse_hidden(&value).map_err(PackError::File)?;
    // The digest of the pack as written in the file, before it is typed.
    let written = value.get("document").map(digest).unwrap_or_default();
    let env: Envelope<Pack> = typed(value, migrated_from).map_err(PackError::File)?;
    let changed = written != env.sha256;
    if changed {
        return Err(PackError::Changed { issuer: env.document.issuer.organisation.clone() });
    }
    let problems = env.document.problems();
    if !problems.is_empty() {
        return Err(PackError::Invalid(problems));
    }
    Ok(Read { value: env.document, kind, changed, migrated_from })
}

/// A pack's envelope, with the id `id`, made at `now`.
pub fn wrap_pack(
    pack: &Pack,
    id: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
    app_version: &str,
) -> Envelope<Pack> {
    file::envelope(FileKind::CriteriaPack, None, id, now, now, pack.clone(), app_version)
}

/// The pack file's name, `bo-tieu-chi-2025-dang-uy-phuong-ba-dinh.json`, or
/// `bo-tieu-chi-2025.json` when the organisation gives no letters: one rule for every
/// screen that exports a pack, so that no name ends in a dash.
pub fn pack_file_name(pack: &Pack) -> String {
    let organisation = file::slug(&pack.issuer.organisation);
    if organisation.is_empty() {
        format!("bo-tieu-chi-{}.json", pack.year)
    } else {
        format!("bo-tieu-chi-{}-{organisation}.json", pack.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::samples::{now, sample};
    use crate::pack::PackForm;

    #[test]
    fn a_sound_pack_reads_back_and_a_changed_one_is_refused() {
        let text = file::to_file_text(&wrap_pack(&sample(), "p-1", now(), "0.1.0"));
        let read = read_pack(text.as_bytes()).expect("reads");
        assert_eq!(read.value, sample());
        assert!(!read.changed);
        let edited = text.replace("Nhiệm vụ đột xuất", "Nhiệm vụ khác");
        let m = read_pack(edited.as_bytes()).expect_err("changed").message("bo.json");
        assert!(m.starts_with("Tệp \"bo.json\" là bộ tiêu chí") && m.contains("đã bị sửa sau khi cấp ủy xuất"), "{m}");
        // The issuer renamed (issue 31, item 6): refused too, naming who it now claims.
        let renamed = text.replace(&sample().issuer.organisation, "Đảng ủy giả");
        assert_ne!(renamed, text);
        let m = read_pack(renamed.as_bytes()).expect_err("renamed").message("bo.json");
        assert!(m.contains("của Đảng ủy giả") && m.contains("mã kiểm tra không khớp"), "{m}");
    }

    /// Issue 31, item 8: a genuine file of another kind is told what it is.
    #[test]
    fn a_genuine_file_of_another_kind_is_named_for_what_it_is() {
        let doc = crate::document::Document::new("d-1", "2025/2B", 2025, now());
        let review = file::to_file_text(&file::wrap(&doc, "0.1.0").expect("wraps"));
        let m = read_pack(review.as_bytes()).expect_err("a review").message("kd.json");
        assert!(m.contains("là bản kiểm điểm của một đảng viên, không phải bộ tiêu chí"), "{m}");
        assert!(!m.contains("sửa tay"), "{m}");
    }

    #[test]
    fn another_kind_of_file_is_not_a_pack_and_a_pack_is_not_a_review() {
        let text = file::to_file_text(&wrap_pack(&sample(), "p-1", now(), "0.1.0"));
        assert_eq!(file::read(text.as_bytes()).map(|_| ()), Err(FileError::PackFile));
        assert!(PackForm::of_template("2025/2A") == Some(PackForm::Leader));
        assert!(PackForm::of_template("2025/CK").is_none());
    }

    #[test]
    fn the_file_name_never_ends_in_a_dash() {
        let named = |organisation: &str| {
            let mut pack = sample();
            pack.issuer.organisation = organisation.into();
            pack_file_name(&pack)
        };
        assert_eq!(named("Đảng ủy phường Ba Đình"), "bo-tieu-chi-2025-dang-uy-phuong-ba-dinh.json");
        assert_eq!(named(""), "bo-tieu-chi-2025.json");
        assert_eq!(named("  (…) "), "bo-tieu-chi-2025.json");
        assert_eq!(named("Đảng ủy xã Hòa Bình (cũ)."), "bo-tieu-chi-2025-dang-uy-xa-hoa-binh-cu.json");
        let long = named(&"Đảng ủy khối cơ quan ".repeat(10));
        assert!(long.starts_with("bo-tieu-chi-2025-dang-uy-khoi-co-quan-"), "{long}");
        assert!(!long.contains("-.") && !long.contains("--"), "{long}");
    }
}
