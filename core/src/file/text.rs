//! The text of an envelope: pretty for a file a person may open, compact for the
//! browser's storage. Both are printed from the same JSON value.

use serde::Serialize;
use serde_json::Value as Json;

use super::envelope::Envelope;

/// The text of a file: pretty-printed UTF-8, Vietnamese unescaped, a final newline. The
/// envelope's fields come in reading order (`format` first, `sha256` last); every other
/// object has its keys sorted. Printed from the JSON value that storage and the digest
/// already build, so the app carries one serializer per type, not two.
pub fn to_file_text<T: Serialize>(env: &Envelope<T>) -> String {
    let mut text = String::new();
    pretty(&serde_json::to_value(env).unwrap_or_default(), 0, &mut text);
    text.push('\n');
    text
}

/// The fields of an envelope, in the order a person reads them.
const ENVELOPE_ORDER: [&str; 10] =
    ["format", "format_version", "app_version", "kind", "template", "id", "created", "updated", "document", "sha256"];

fn pretty(value: &Json, depth: usize, out: &mut String) {
    let pad = |out: &mut String, depth: usize| (0..depth).for_each(|_| out.push_str("  "));
    match value {
        Json::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            if map.contains_key("sha256") && map.contains_key("document") {
                crate::order::sort_by_key(&mut keys, |k| {
                    ENVELOPE_ORDER.iter().position(|o| o == k).unwrap_or(usize::MAX)
                });
            } else {
                crate::order::sort_by_key(&mut keys, |k| *k);
            }
            out.push_str("{\n");
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                out.push_str(&Json::String(k.clone()).to_string());
                out.push_str(": ");
                pretty(&map[k], depth + 1, out);
            }
            out.push('\n');
            pad(out, depth);
            out.push('}');
        }
        Json::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                pretty(v, depth + 1, out);
            }
            out.push('\n');
            pad(out, depth);
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The envelope as JSON: what the browser's storage keeps (compact, keys sorted).
pub fn to_storage_value<T: Serialize>(env: &Envelope<T>) -> Json {
    serde_json::to_value(env).unwrap_or_default()
}

/// The exact text stored for an envelope (as `gloo-storage` writes [`to_storage_value`]).
pub fn to_storage_text<T: Serialize>(env: &Envelope<T>) -> String {
    serde_json::to_string(&to_storage_value(env)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::file::samples::{file, sample};
    use crate::file::wrap;

    #[test]
    fn export_is_pretty_utf8_with_vietnamese_unescaped() {
        let text = file(&sample());
        assert!(text.starts_with("{\n  \"format\": \"kiemdiem\",\n  \"format_version\": 1,"), "{text}");
        assert!(text.contains("\"full_name\": \"Nguyễn Văn An\""));
        assert!(text.contains("\"template\": {\n    \"id\": \"2025/2B\",\n    \"revision\": 1\n  }"));
        assert!(text
            .trim_end()
            .ends_with(&format!("\"sha256\": \"{}\"\n}}", wrap(&sample(), "0.1.0").expect("wraps").sha256)));
        assert!(text.contains("\"none\": [\n      \"A.IV\"\n    ]"), "{text}");
        assert!(text.contains("\"created\": \"2026-01-05T14:32:00+07:00\""));
        assert!(text.ends_with("}\n"));
        assert!(!text.contains("\\u"));
    }
}
