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
}

impl PackError {
    /// What the user reads: names the file, each problem and what to do.
    pub fn message(&self, file: &str) -> String {
        match self {
            PackError::File(e) => e.message(file),
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

/// Reads a pack file: the envelope strictly, then the pack's own checks.
pub fn read_pack(bytes: &[u8]) -> Result<Read<Pack>, PackError> {
    let (value, kind, migrated_from) = head(bytes).map_err(PackError::File)?;
    if kind != FileKind::CriteriaPack {
        return Err(PackError::File(FileError::KindMismatch));
    }
    let env: Envelope<Pack> = typed(value, migrated_from).map_err(PackError::File)?;
    let changed = serde_json::to_value(&env.document).map(|v| digest(&v)).unwrap_or_default() != env.sha256;
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
    fn a_sound_pack_reads_back_and_flags_an_edit() {
        let text = file::to_file_text(&wrap_pack(&sample(), "p-1", now(), "0.1.0"));
        let read = read_pack(text.as_bytes()).expect("reads");
        assert_eq!(read.value, sample());
        assert!(!read.changed);
        let edited = text.replace("Nhiệm vụ đột xuất", "Nhiệm vụ khác");
        assert!(read_pack(edited.as_bytes()).expect("still reads").changed);
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
