//! The document model: what a member or a cell types into a form, keyed by the template's
//! field ids. Values are kept exactly as typed (even when invalid), so that nothing typed is
//! lost; validation reads them, it never rewrites them.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::ids::DocId;

/// One row of a list field (e.g. one earlier shortcoming): column id → text.
pub type Row = BTreeMap<String, String>;

/// The value of one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Value {
    /// What was typed in a text, date, number or choice field, exactly as typed.
    Text(String),
    /// The rows of a list field, in order.
    Rows(Vec<Row>),
}

/// A document being written: a review, a commitment or a cell's collective review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// A UUID, stable across exports and devices.
    pub id: DocId,
    /// The template id, e.g. `2025/2B`.
    pub template: String,
    /// The year under review (or of the commitment).
    pub year: i32,
    /// A name the user gave this draft on the drafts page (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// When the document was started, with the writer's UTC offset.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub created: DateTime<FixedOffset>,
    /// When the document last changed: decides which copy is newer on import.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    /// Field id → value.
    #[serde(default)]
    pub values: BTreeMap<String, Value>,
    /// Sections answered "Không có" (only sections the template marks optional).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub none: BTreeSet<String>,
    /// When the user finished the document after it passed validation.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::time::rfc3339::option")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<DateTime<FixedOffset>>"))]
    pub finished: Option<DateTime<FixedOffset>>,
    /// The superior committee's criteria pack Part B was scored with, if any
    /// ([`crate::pack`]); its sub-criteria and points are kept in the values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<crate::pack_ref::PackRef>,
}

impl Document {
    /// A new, empty document.
    pub fn new(id: impl Into<DocId>, template: &str, year: i32, now: DateTime<FixedOffset>) -> Document {
        Document {
            id: id.into(),
            template: template.to_owned(),
            year,
            label: String::new(),
            created: now,
            updated: now,
            values: BTreeMap::new(),
            none: BTreeSet::new(),
            finished: None,
            pack: None,
        }
    }

    /// The text of a field, or "" when it was never typed (or holds rows).
    pub fn text(&self, id: &str) -> &str {
        match self.values.get(id) {
            Some(Value::Text(t)) => t,
            _ => "",
        }
    }

    /// Sets the text of a field, replacing any value.
    pub fn set_text(&mut self, id: &str, text: impl Into<String>) {
        self.values.insert(id.to_owned(), Value::Text(text.into()));
    }

    /// The rows of a list field, or none.
    pub fn rows(&self, id: &str) -> &[Row] {
        match self.values.get(id) {
            Some(Value::Rows(r)) => r,
            _ => &[],
        }
    }

    /// Sets the rows of a list field, replacing any value.
    pub fn set_rows(&mut self, id: &str, rows: Vec<Row>) {
        self.values.insert(id.to_owned(), Value::Rows(rows));
    }

    /// This document with the creation and change times of `other` (for comparisons that
    /// ignore when things happened).
    pub fn clone_with_times(&self, other: &Document) -> Document {
        Document { created: other.created, updated: other.updated, ..self.clone() }
    }

    /// Whether a section was answered "Không có".
    pub fn is_none(&self, section_id: &str) -> bool {
        self.none.contains(section_id)
    }

    /// Answers a section "Không có" (`true`) or takes the answer back.
    pub fn set_none(&mut self, section_id: &str, none: bool) {
        if none {
            self.none.insert(section_id.to_owned());
        } else {
            self.none.remove(section_id);
        }
    }
}

/// A row from `(column, text)` pairs, for tests and carry-forward.
pub fn row(cells: &[(&str, &str)]) -> Row {
    cells.iter().map(|&(k, v)| (k.to_owned(), v.to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-01-05T14:32:00+07:00").expect("valid test time")
    }

    #[test]
    fn missing_values_read_as_empty() {
        let d = Document::new("id", "2025/2B", 2025, now());
        assert_eq!(d.text("full_name"), "");
        assert!(d.rows("shortcomings").is_empty());
    }

    #[test]
    fn json_is_plain_and_keeps_vietnamese() {
        let mut d = Document::new("id", "2025/2B", 2025, now());
        d.set_text("full_name", "Nguyễn Văn An");
        d.set_rows("shortcomings", vec![row(&[("text", "Chậm nộp báo cáo")])]);
        d.set_none("A.IV", true);
        let json = serde_json::to_string(&d).expect("serializes");
        assert!(json.contains(r#""full_name":"Nguyễn Văn An""#));
        assert!(json.contains(r#""shortcomings":[{"text":"Chậm nộp báo cáo"}]"#));
        assert!(json.contains(r#""created":"2026-01-05T14:32:00+07:00""#));
        let back: Document = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, d);
    }
}
