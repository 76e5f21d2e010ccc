//! What a document records of the criteria pack it was scored with. A leaf of its own, so
//! that the document model does not read the pack module (which reads documents).

use serde::{Deserialize, Serialize};

/// What a document records of the pack it was scored with: who issued it, its number, and
/// its check code, so that a cell can tell members scored with another pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PackRef {
    /// The issuing organisation.
    pub organisation: String,
    /// The document's number.
    pub number: String,
    /// The pack's check code (SHA-256 of the canonical JSON of its content).
    pub sha256: String,
    /// A made-up pack (see [`crate::pack::Pack::example`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

impl PackRef {
    /// "Đảng ủy phường Ba Đình (05-HD/ĐU)", and "ví dụ" for an example pack.
    pub fn title(&self) -> String {
        let example =
            if self.example { " — bộ tiêu chí ví dụ, không phải văn bản chính thức" } else { "" };
        format!("{} ({}){example}", self.organisation, self.number)
    }
}
