//! ASCII file names for exported documents, so that every mail client, phone and file
//! system keeps them intact.

use crate::template::DocKind;

/// An ASCII file name for a document: `kiem-diem-2025-nguyen-van-an.json`.
pub fn file_name(kind: DocKind, year: i32, person: &str) -> String {
    let prefix = match kind {
        DocKind::Review => "kiem-diem",
        DocKind::Commitment => "cam-ket",
        DocKind::CellReview => "chi-bo",
    };
    let person = slug(person);
    if person.is_empty() {
        format!("{prefix}-{year}.json")
    } else {
        format!("{prefix}-{year}-{person}.json")
    }
}

/// The ASCII form of Vietnamese text for file names: lower case, diacritics removed, `đ` as
/// `d`, anything else that is not a letter or digit as a single `-`. A table of the
/// Vietnamese letters is enough here and keeps the app small.
pub fn slug(text: &str) -> String {
    // Both cases are listed, so that no Unicode case table is needed.
    const GROUPS: [(&str, char); 7] = [
        ("àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ", 'a'),
        ("èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ", 'e'),
        ("ìíịỉĩÌÍỊỈĨ", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ", 'o'),
        ("ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ", 'u'),
        ("ỳýỵỷỹỲÝỴỶỸ", 'y'),
        ("đĐ", 'd'),
    ];
    let mut out = String::new();
    for c in text.chars() {
        let base = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase())
        } else {
            GROUPS.iter().find(|(set, _)| set.contains(c)).map(|&(_, b)| b)
        };
        match base {
            Some(b) => out.push(b),
            None if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            None => {}
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed.chars().take(60).collect::<String>().trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_ascii() {
        assert_eq!(file_name(DocKind::Review, 2025, "Nguyễn Văn An"), "kiem-diem-2025-nguyen-van-an.json");
        assert_eq!(file_name(DocKind::Commitment, 2026, "Đặng Thị Ánh Tuyết"), "cam-ket-2026-dang-thi-anh-tuyet.json");
        assert_eq!(file_name(DocKind::Review, 2025, "  "), "kiem-diem-2025.json");
        assert_eq!(slug("Lê  Hữu--Phước (Bí thư)"), "le-huu-phuoc-bi-thu");
        assert_eq!(slug("ĐẶNG THỊ ÁNH TUYẾT"), "dang-thi-anh-tuyet");
        assert!(slug(&"ỹ".repeat(200)).len() <= 60);
    }
}
