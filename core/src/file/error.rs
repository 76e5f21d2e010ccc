//! Why a file or a stored draft could not be read, and what the user reads about it.

use super::envelope::FORMAT_VERSION;

/// Why a file or a stored draft could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the kind of file allows ([`MAX_FILE_BYTES`], [`MAX_BUNDLE_BYTES`]).
    ///
    /// [`MAX_FILE_BYTES`]: crate::file::MAX_FILE_BYTES
    /// [`MAX_BUNDLE_BYTES`]: crate::file::MAX_BUNDLE_BYTES
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The largest size read for this kind of file.
        limit: usize,
    },
    /// The file holds nothing (a download cut off before it began, a file saved empty).
    Empty,
    /// Not UTF-8 text: probably not a JSON file at all.
    NotUtf8 {
        /// The offset of the first byte that is not valid UTF-8.
        at: usize,
    },
    /// Not valid JSON: a file cut short or edited by hand.
    Syntax {
        /// The line of the error, from 1.
        line: usize,
        /// The column of the error, from 1.
        column: usize,
    },
    /// JSON, but not this app's (no `"format": "kiemdiem"`).
    NotOurs,
    /// Written by a newer version of the app, in a format this one cannot read.
    Newer {
        /// The file's format version.
        version: u64,
    },
    /// A kind of file this version does not know (from a newer app).
    UnknownKind {
        /// The `kind` written in the file.
        kind: String,
    },
    /// Written on a template this version does not have.
    UnknownTemplate {
        /// The template id written in the file.
        id: String,
    },
    /// A field is missing, unknown or of the wrong type.
    Invalid {
        /// serde's wording, which names the field (shown as a technical detail).
        detail: String,
    },
    /// A cell's file (bundle, workspace or collective review) where only a member's files
    /// are read.
    CellFile,
    /// A superior committee's criteria pack where a document is expected.
    PackFile,
    /// A committee's file (its decision or its report), for the committee's workspace or a
    /// cell's.
    CommitteeFile,
    /// The template's kind and the file's kind disagree (a review template in a
    /// commitment file…).
    KindMismatch,
    /// A control character or a direction mark in one of the file's texts
    /// ([`crate::chars`]).
    Hidden {
        /// The key the text sits under.
        key: String,
        /// The character.
        c: char,
    },
}

impl FileError {
    /// What the user reads: names the file, the problem and what to do.
    pub fn message(&self, file: &str) -> String {
        match self {
            FileError::Hidden { key, c } => crate::chars::refused(file, key, *c),
            FileError::TooLarge { bytes, limit } => format!(
                "Tệp \"{file}\" nặng {} MB, vượt giới hạn {} MB của loại tệp này. Hãy kiểm tra lại: tệp xuất từ ứng dụng thường chỉ vài chục KB.",
                crate::score::Points::from_tenths(u16::try_from((bytes * 10).div_ceil(1_048_576)).unwrap_or(u16::MAX)),
                limit / 1_048_576
            ),
            FileError::Empty => format!(
                "Tệp \"{file}\" trống, không có nội dung. Có thể tệp tải về chưa xong hoặc được lưu nhầm; hãy xin lại tệp gốc."
            ),
            FileError::NotUtf8 { .. } => format!(
                "Tệp \"{file}\" không phải tệp văn bản xuất từ ứng dụng (có thể là ảnh, tệp Word hoặc tệp nén). Hãy chọn đúng tệp .json mà ứng dụng đã xuất."
            ),
            FileError::Syntax { line, .. } => format!(
                "Tệp \"{file}\" bị hỏng (chỗ hỏng ở dòng {line}): tệp có thể đã bị sửa tay hoặc tải về chưa hết. Hãy xin lại tệp gốc."
            ),
            FileError::NotOurs => format!(
                "Tệp \"{file}\" không phải tệp của ứng dụng Kiểm điểm đảng viên (thiếu dòng \"format\": \"kiemdiem\"). Hãy chọn tệp đã xuất từ ứng dụng."
            ),
            FileError::Newer { version } => format!(
                "Tệp \"{file}\" được tạo bởi phiên bản mới hơn của ứng dụng (định dạng số {version}; phiên bản này đọc được đến số {FORMAT_VERSION}). Hãy tải lại trang để cập nhật ứng dụng rồi nhập lại."
            ),
            FileError::UnknownKind { kind } => format!(
                "Tệp \"{file}\" chứa loại dữ liệu \"{kind}\" mà phiên bản này chưa đọc được. Hãy tải lại trang để cập nhật ứng dụng, hoặc chọn tệp khác."
            ),
            FileError::UnknownTemplate { id } => format!(
                "Tệp \"{file}\" được viết theo mẫu \"{id}\" mà phiên bản này chưa có. Hãy tải lại trang để cập nhật ứng dụng rồi nhập lại."
            ),
            // serde's English wording stays out of the message: it speaks of types, not of
            // the file. It is kept in the error for tests and debugging.
            FileError::Invalid { .. } => format!(
                "Tệp \"{file}\" có nội dung thiếu hoặc không đúng như tệp xuất từ ứng dụng nên không đọc được. Tệp có thể đã bị sửa tay; hãy xin lại tệp gốc."
            ),
            FileError::CellFile => format!(
                "Tệp \"{file}\" là hồ sơ của chi bộ (gói chi bộ hoặc báo cáo của chi bộ). Hãy mở tệp này ở trang \"Chi bộ: thu nhận và tổng hợp\"."
            ),
            FileError::PackFile => format!(
                "Tệp \"{file}\" là bộ tiêu chí chấm điểm của cấp ủy cấp trên, không phải bản kiểm điểm hay bản cam kết, nên không nhập vào đây được."
            ),
            FileError::CommitteeFile => format!(
                "Tệp \"{file}\" là văn bản của đảng ủy (quyết định xếp loại hoặc báo cáo), không phải bản kiểm điểm hay bản cam kết. Quyết định xếp loại được nhập ở trang \"Chi bộ\"; báo cáo được mở ở trang \"Đảng ủy\"."
            ),
            FileError::KindMismatch => format!(
                "Tệp \"{file}\" có loại tài liệu không khớp với mẫu ghi trong tệp; tệp có thể đã bị sửa tay. Hãy xin lại tệp gốc."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::MAX_FILE_BYTES;

    #[test]
    fn messages_name_the_file_and_say_what_to_do() {
        let m = FileError::Syntax { line: 3, column: 8 }.message("kiem-diem-2025-an.json");
        assert!(m.contains("\"kiem-diem-2025-an.json\""));
        assert!(m.contains("dòng 3"));
        for e in [
            FileError::Empty,
            FileError::NotUtf8 { at: 3 },
            FileError::Syntax { line: 1, column: 0 },
            FileError::Invalid { detail: "data did not match any variant of untagged enum Value".into() },
        ] {
            let m = e.message("a.json");
            for jargon in ["UTF", "byte", "JSON", "cột", "variant", "enum", "Chi tiết kỹ thuật"] {
                assert!(!m.contains(jargon), "{m}");
            }
            assert!(m.contains("\"a.json\"") && m.to_lowercase().contains("hãy"), "{m}");
        }
        assert!(FileError::Newer { version: 2 }.message("x.json").contains("tải lại trang"));
        assert!(FileError::TooLarge { bytes: 6 * 1024 * 1024, limit: MAX_FILE_BYTES }
            .message("x.json")
            .contains("6 MB"));
        assert!(FileError::TooLarge { bytes: 5 * 1024 * 1024 + 1, limit: MAX_FILE_BYTES }
            .message("x.json")
            .contains("5,1 MB"));
    }
}
