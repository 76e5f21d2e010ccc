//! The canonical JSON of a payload and its digest: what the envelope's `sha256` covers, so
//! that reformatting a file is not a change and editing its content is.

use std::fmt::Write as _;

use serde_json::Value as Json;
use sha2::{Digest, Sha256};

/// JSON with object keys sorted and no insignificant space: the bytes the digest covers,
/// whatever order or layout the file uses.
///
/// serde_json keeps objects in a `BTreeMap` (its `preserve_order` feature is off in this
/// workspace, and the test below fails if a dependency turns it on), so its compact output
/// is already sorted at every depth, in the byte order of the keys.
pub fn canonical_json(value: &Json) -> String {
    value.to_string()
}

/// Feeds the serialiser's output straight into the hash, in blocks: a committee's bundles
/// are megabytes of JSON, and building the canonical text first, or hashing each of the
/// serialiser's many small writes, doubled the time of an import.
struct HashWriter {
    hash: Sha256,
    block: Vec<u8>,
}

const BLOCK: usize = 16 * 1024;

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.block.extend_from_slice(bytes);
        if self.block.len() >= BLOCK {
            self.hash.update(&self.block);
            self.block.clear();
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Hex SHA-256 of the canonical JSON of a value.
pub fn digest(value: &Json) -> String {
    let mut writer = HashWriter { hash: Sha256::new(), block: Vec::with_capacity(BLOCK + 1024) };
    // Writing a `Value` into a sink that never fails cannot fail.
    let _ = serde_json::to_writer(&mut writer, value);
    writer.hash.update(&writer.block);
    let hash = writer.hash.finalize();
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
        // The digest covers exactly those bytes.
        let hash = Sha256::digest(canonical_json(&v).as_bytes());
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest(&v), hex);
        // And across the blocks the hash is fed in.
        let long = Json::Array((0..5000).map(|i| Json::String(format!("dòng {i}"))).collect());
        let hash = Sha256::digest(canonical_json(&long).as_bytes());
        let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest(&long), hex);
    }
}
