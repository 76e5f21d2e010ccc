//! Characters that change how a text reads without being seen: control characters and
//! the marks that reverse or isolate the direction of writing. A name holding a right-to-left
//! override can make one cell pose as another ("Chi bộ Khu phố 3" drawn from other
//! letters), and a control character makes a .docx Word cannot open. The app's forms never
//! write them, so a text holding one was pasted from elsewhere or made by hand: the forms
//! say so at typing, and every file that carries one is refused, naming the field.
//! Zero-width characters only hide differences between two names: they are removed from
//! names, and ignored when names are compared.

/// Whether `c` is a control character or a direction mark. `paragraphs`: a text of
/// several lines, where a line break and a tab are the text's own.
pub fn hidden(c: char, paragraphs: bool) -> bool {
    match c {
        '\n' | '\r' | '\t' => !paragraphs,
        c if c.is_control() => true,
        // Embeddings and overrides, isolates, and the marks of direction.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => true,
        _ => false,
    }
}

/// Whether `c` takes no room on screen and only hides a difference between two texts.
pub fn zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// The first hidden character of `text`, if any (see [`hidden`]).
pub fn first_hidden(text: &str, paragraphs: bool) -> Option<char> {
    text.chars().find(|c| hidden(*c, paragraphs))
}

/// `text` without its zero-width characters (for names).
pub fn without_zero_width(text: &str) -> String {
    text.chars().filter(|c| !zero_width(*c)).collect()
}

/// `text` as it may be quoted in a sentence: without hidden or zero-width characters, so
/// that a name the app did not write (a file's name, given by the device) cannot reverse
/// the sentence around it.
pub fn shown(text: &str) -> String {
    text.chars().filter(|c| !hidden(*c, false) && !zero_width(*c)).collect()
}

/// What a hidden character is, in words, for a message.
pub fn in_words(c: char) -> &'static str {
    if c.is_control() {
        "ký tự điều khiển không nhìn thấy trên màn hình"
    } else {
        "ký tự ẩn làm đảo chiều chữ (chữ hiện ra khác với nội dung thật)"
    }
}

/// The first string of a file's JSON holding a hidden character (line breaks and tabs
/// allowed, as in paragraphs), with the key it sits under and the string itself.
pub fn first_hidden_in(value: &serde_json::Value) -> Option<(String, char)> {
    fn walk(value: &serde_json::Value, key: &str) -> Option<(String, char)> {
        match value {
            serde_json::Value::String(s) => first_hidden(s, true).map(|c| (key.to_owned(), c)),
            serde_json::Value::Array(items) => items.iter().find_map(|v| walk(v, key)),
            serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| walk(v, k)),
            _ => None,
        }
    }
    walk(value, "")
}

/// The field a key of a file names, in words: a form's field by its label, or what the
/// app's files call it.
pub fn field_in_words(key: &str) -> String {
    if let Some(label) = crate::templates::field_label(key) {
        return format!("mục \"{label}\"");
    }
    match key {
        "name" => "mục \"Họ và tên\" (hoặc tên chi bộ)".to_owned(),
        "cell" => "tên chi bộ".to_owned(),
        "party_committee" => "tên đảng bộ cấp trên".to_owned(),
        "committee" | "organisation" => "tên cấp ủy".to_owned(),
        "comment" => "nhận xét của chi bộ".to_owned(),
        "label" => "tên bản nháp".to_owned(),
        "title" => "tên tiêu chí".to_owned(),
        _ => "một mục trong tệp".to_owned(),
    }
}

/// The message for file `file` refused for a hidden character `c` under `key`.
pub fn refused(file: &str, key: &str, c: char) -> String {
    format!(
        "Tệp \"{file}\": {} có {}, thường do tệp bị sửa bằng chương trình khác. Tệp không được nhận; hãy đề nghị người gửi xuất lại tệp từ ứng dụng.",
        field_in_words(key),
        in_words(c)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_file_name_quoted_in_a_sentence_cannot_reverse_it() {
        assert_eq!(shown("goi\u{202E}nosj.json"), "goinosj.json");
        assert_eq!(shown("Chi bộ\u{200B} 3\u{2066}.json"), "Chi bộ 3.json");
        assert_eq!(shown("gói chi bộ 3.json"), "gói chi bộ 3.json");
    }

    use super::*;

    #[test]
    fn control_and_direction_characters_are_found_and_zero_width_removed() {
        assert_eq!(first_hidden("Chi bộ \u{202E}3 ốhp uhK", false), Some('\u{202E}'));
        assert_eq!(first_hidden("Nguyễn Văn\u{0007} An", false), Some('\u{0007}'));
        assert_eq!(first_hidden("dòng một\ndòng hai\tcột", true), None);
        assert_eq!(first_hidden("một dòng\n", false), Some('\n'));
        assert_eq!(first_hidden("Nguyễn Văn An", false), None);
        assert_eq!(without_zero_width("Nguyễn\u{200B} Văn\u{FEFF} An"), "Nguyễn Văn An");
        let json: serde_json::Value =
            serde_json::json!({"document": {"workspace": {"profile": {"cell": "Chi bộ \u{2067}3"}}}});
        assert_eq!(first_hidden_in(&json), Some(("cell".to_owned(), '\u{2067}')));
        let m = refused("goi.json", "cell", '\u{2067}');
        assert!(m.starts_with("Tệp \"goi.json\": mục \"Chi bộ\" có ký tự ẩn làm đảo chiều chữ"), "{m}");
    }

    // proptest is a native dev-dependency: the wasm lint of the tests leaves this out.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any name with a control or direction character inserted anywhere is refused;
        /// any zero-width character inserted is removed.
        #[test]
        fn a_name_with_a_hidden_character_is_refused_or_cleaned(
            name in "[a-zA-Zàáạảãăắằẳẵặâấầẩẫậđèéẹẻẽêếềểễệìíịỉĩòóọỏõôốồổỗộơớờởỡợùúụủũưứừửữựỳýỵỷỹ ]{1,40}",
            at in 0usize..40,
            pick in 0usize..9,
        ) {
            let bad = ['\u{202E}', '\u{202D}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200F}', '\u{0000}', '\u{001B}'][pick];
            let zw = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'][pick % 5];
            let cut = name.char_indices().map(|(i, _)| i).nth(at.min(name.chars().count())).unwrap_or(name.len());
            let (a, b) = name.split_at(cut);
            proptest::prop_assert_eq!(first_hidden(&format!("{a}{bad}{b}"), false), Some(bad));
            proptest::prop_assert_eq!(without_zero_width(&format!("{a}{zw}{b}")), name.clone());
        }
    }
}
