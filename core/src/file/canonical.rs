//! The canonical JSON of a payload and its digest: what the envelope's `sha256` covers, so
//! that reformatting a file is not a change and editing its content is.

use std::fmt::Write as _;

use serde_json::Value as Json;
use sha2::{Digest, Sha256};

/// JSON with object keys sorted and no insignificant space: the bytes the digest covers,
/// whatever order or layout the file uses.
pub fn canonical_json(value: &Json) -> String {
    fn write(value: &Json, out: &mut String) {
        match value {
            Json::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for (i, k) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Json::String(k.clone()).to_string());
                    out.push(':');
                    write(&map[k], out);
                }
                out.push('}');
            }
            Json::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(v, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

/// Hex SHA-256 of the canonical JSON of a value.
pub fn digest(value: &Json) -> String {
    let hash = Sha256::digest(canonical_json(value).as_bytes());
    let mut hex = String::with_capacity(64);
    for b in hash.iter() {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let v: Json = serde_json::from_str(r#"{"b":1,"a":{"d":[{"z":1,"y":"ấ"}],"c":null}}"#).expect("json");
        assert_eq!(canonical_json(&v), r#"{"a":{"c":null,"d":[{"y":"ấ","z":1}]},"b":1}"#);
    }
}
