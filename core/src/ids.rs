//! Ids as types: a document's id, a cell workspace's and a member's are different things,
//! so a function that takes a workspace and a document (`review(ws, doc)`) cannot take them
//! swapped. Each is written in files and storage as the plain string it always was.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        // Inline: in the JSON Schema an id is the plain string it always was (no `$defs`
        // entry), so the committed schemas do not change.
        #[cfg_attr(not(target_arch = "wasm32"), schemars(inline))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_owned())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

/// Whether a text can be an id: what the app makes is a UUID, but a file may say anything,
/// and an id names a storage key (`kiemdiem/doc/<id>`), so it must be one non-empty path
/// segment of printable characters.
pub fn is_valid(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && !id.chars().any(|c| c == '/' || c.is_control() || c.is_whitespace())
}

id_type!(
    /// A document's id (a UUID): a member's review or commitment, or a cell's Mẫu 01.
    DocId
);
id_type!(
    /// A cell workspace's id (a UUID), stable across devices so that a bundle opened again
    /// finds its workspace.
    WorkspaceId
);
id_type!(
    /// A committee workspace's id (a UUID): one Party committee's review of one year.
    CommitteeId
);
id_type!(
    /// A member's id in a cell workspace (a UUID, or the id of the member's first review).
    MemberId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_strings_in_files() {
        let id = DocId::from("6f1c2a4e");
        assert_eq!(serde_json::to_string(&id).expect("json"), "\"6f1c2a4e\"");
        assert_eq!(serde_json::from_str::<DocId>("\"6f1c2a4e\"").expect("json"), id);
        assert_eq!(id, "6f1c2a4e");
        assert_eq!(&*id, "6f1c2a4e");
        assert_eq!(id.to_string(), "6f1c2a4e");
    }

    #[test]
    fn an_id_is_one_printable_path_segment() {
        assert!(is_valid("6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11"));
        for bad in ["", "a/b", "a b", "a\nb", &"x".repeat(101)] {
            assert!(!is_valid(bad), "{bad:?}");
        }
    }
}
