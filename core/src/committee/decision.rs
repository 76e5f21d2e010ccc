//! The committee's side of Quyết định xếp loại: the decision file (see [`crate::decision`])
//! filled from the committee's entries and decisions, one cell's or every cell's, and its
//! file name.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::check::{cell_final, final_level};
use super::entry::CellEntry;
use super::model::{CellDecision, CommitteeProfile};
use crate::decision::{wrap_decision_file, CellFinal, DecisionFile, MemberFinal};
use crate::file::{self, Envelope};
use crate::ids::WorkspaceId;

/// The decision on one cell, as the committee's entries and decisions give it.
pub fn cell_final_of(entry: &CellEntry, decision: Option<&CellDecision>) -> CellFinal {
    CellFinal {
        cell: entry.cell.clone(),
        name: entry.title(),
        cell_level: cell_final(entry, decision),
        members: entry
            .members
            .iter()
            .map(|row| MemberFinal {
                id: row.id.clone(),
                name: row.name.clone(),
                level: if row.to_classify() { final_level(row, decision) } else { None },
            })
            .collect(),
        revision: decision.map_or(0, |d| d.revision),
        decided_at: Some(decision.and_then(|d| d.changed).map_or(entry.exported, |c| c.max(entry.exported))),
    }
}

/// The decision file's envelope for `entries` (one cell, or all), made at `now`.
pub fn wrap_decision<'a>(
    profile: &CommitteeProfile,
    entries: impl IntoIterator<Item = &'a CellEntry>,
    decisions: &BTreeMap<WorkspaceId, CellDecision>,
    id: &str,
    now: DateTime<FixedOffset>,
    app_version: &str,
) -> Envelope<DecisionFile> {
    let cells = entries.into_iter().map(|e| cell_final_of(e, decisions.get(&e.cell))).collect();
    let doc = DecisionFile {
        committee: profile.organisation.trim().to_owned(),
        level: profile.level,
        year: profile.year,
        cells,
    };
    wrap_decision_file(&doc, id, now, app_version)
}

/// "quyet-dinh-xep-loai-2025-chi-bo-3.json", or "…-2025-tat-ca-chi-bo.json" for all.
pub fn decision_file_name(year: i32, cell: Option<&str>) -> String {
    match cell.map(file::slug).filter(|s| !s.is_empty()) {
        Some(slug) => format!("quyet-dinh-xep-loai-{year}-{slug}.json"),
        None => format!("quyet-dinh-xep-loai-{year}-tat-ca-chi-bo.json"),
    }
}
