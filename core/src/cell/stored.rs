//! How a cell's workspace is kept in the browser's storage: not as one record but as a
//! head (the profile and the link to Mẫu 01) and one record per member (the member with
//! the cell's columns: comment, proposed level, votes), so that two tabs working on
//! different members never write the same record. Members' reviews are records of their
//! own too.
//!
//! [`assemble`] makes the [`Workspace`] the screens and the rules work on; [`split`] says
//! which records an edit of that workspace changes.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{Member, Workspace};
use crate::file::{self, Envelope, FileError, FileKind};
use crate::ids::MemberId;

/// One member's record: the member and their place in the roster's order of arrival.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoredMember {
    /// The roster's order: never renumbered, so that adding or removing a member does not
    /// rewrite the others' records.
    pub position: u32,
    /// When this record last changed.
    #[serde(with = "crate::time::rfc3339")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "DateTime<FixedOffset>"))]
    pub updated: DateTime<FixedOffset>,
    /// The member.
    pub member: Member,
}

/// A workspace's head: the workspace without its members.
pub fn head_of(ws: &Workspace) -> Workspace {
    Workspace { members: Vec::new(), ..ws.clone() }
}

/// The workspace made of its head and its members' records (in any order). Its `updated`
/// is the latest of theirs.
///
/// Members are placed by position in a table rather than sorted: positions are handed out
/// one after another (see [`split`]), so the table is about as long as the roster, and no
/// sort is compiled in for it. A position far beyond the roster's length (a record edited
/// by hand) goes after the others rather than growing the table.
pub fn assemble<'a>(head: &Workspace, members: impl IntoIterator<Item = &'a StoredMember>) -> Workspace {
    let list: Vec<&StoredMember> = members.into_iter().collect();
    let window = list.len().saturating_mul(2).saturating_add(64);
    let mut table: Vec<Vec<&StoredMember>> = vec![Vec::new(); window];
    let mut beyond = Vec::new();
    for m in &list {
        match table.get_mut(m.position as usize) {
            Some(slot) => slot.push(m),
            None => beyond.push(m),
        }
    }
    let mut ws = head.clone();
    ws.updated = list.iter().map(|m| m.updated).fold(head.updated, DateTime::max);
    // A head kept whole by an earlier version still lists members: those that already have
    // a record of their own are taken from the record.
    ws.members.retain(|m| !list.iter().any(|s| s.member.id == m.id));
    ws.members.extend(table.into_iter().flatten().chain(beyond.into_iter().copied()).map(|m| m.member.clone()));
    ws
}

/// The records an edit of a workspace changes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Changes {
    /// The new head, if the profile or the link to Mẫu 01 changed.
    pub head: Option<Workspace>,
    /// Members' records to write (new or changed).
    pub put: Vec<StoredMember>,
    /// Members whose records go (by member id).
    pub removed: Vec<MemberId>,
}

impl Changes {
    /// Whether the edit changed nothing.
    pub fn is_empty(&self) -> bool {
        self.head.is_none() && self.put.is_empty() && self.removed.is_empty()
    }
}

/// What changes when the workspace whose records are `head` and `stored` (by member id)
/// becomes `new`, at `now`. Members keep their positions; a new member comes after all.
/// A head still holding members (as kept before members had records of their own) moves
/// them into records.
pub fn split(
    head: Option<&Workspace>,
    stored: &BTreeMap<MemberId, StoredMember>,
    new: &Workspace,
    now: DateTime<FixedOffset>,
) -> Changes {
    let new_head = head_of(new);
    let head_changed = match head {
        None => true,
        Some(old) => !old.members.is_empty() || Workspace { updated: new_head.updated, ..head_of(old) } != new_head,
    };
    let mut next = stored.values().map(|m| m.position.saturating_add(1)).max().unwrap_or(0);
    let mut put = Vec::new();
    for m in &new.members {
        match stored.get(&m.id) {
            Some(old) if old.member == *m => {}
            Some(old) => put.push(StoredMember { position: old.position, updated: now, member: m.clone() }),
            None => {
                put.push(StoredMember { position: next, updated: now, member: m.clone() });
                next = next.saturating_add(1);
            }
        }
    }
    let removed = stored.keys().filter(|id| !new.members.iter().any(|m| &m.id == *id)).cloned().collect();
    Changes { head: head_changed.then_some(Workspace { updated: now, ..new_head }), put, removed }
}

/// The envelope of a member's record, as storage keeps it (never exported).
pub fn wrap_member(ws: &Workspace, m: &StoredMember, app_version: &str) -> Envelope<StoredMember> {
    file::envelope(FileKind::CellMember, None, &m.member.id, ws.created, m.updated, m.clone(), app_version)
}

/// Reads a member's record from storage.
pub fn read_member(bytes: &[u8]) -> Result<StoredMember, FileError> {
    let (value, kind, migrated_from) = file::head(bytes)?;
    if kind != FileKind::CellMember {
        return Err(FileError::KindMismatch);
    }
    let env: Envelope<StoredMember> = file::typed(value, migrated_from)?;
    if env.document.member.id != env.id.as_str() {
        return Err(FileError::KindMismatch);
    }
    Ok(env.document)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::model::Member;
    use crate::level::Level;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).expect("valid time")
    }

    fn ws(members: &[&str]) -> Workspace {
        let mut w = Workspace::new("w", 2025, t("2025-12-01T08:00:00+07:00"));
        w.members = members.iter().map(|id| Member::by_hand(*id, format!("Đồng chí {id}"))).collect();
        w
    }

    fn stored(w: &Workspace) -> BTreeMap<MemberId, StoredMember> {
        w.members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let position = u32::try_from(i).expect("small");
                (m.id.clone(), StoredMember { position, updated: w.updated, member: m.clone() })
            })
            .collect()
    }

    #[test]
    fn an_edit_of_one_member_writes_that_member_only() {
        let before = ws(&["a", "b", "c"]);
        let mut after = before.clone();
        after.members[1].proposed = Some(Level::Good);
        let now = t("2025-12-02T08:00:00+07:00");
        let c = split(Some(&head_of(&before)), &stored(&before), &after, now);
        assert_eq!(c.head, None, "the head is not touched");
        assert_eq!(c.removed, Vec::<MemberId>::new());
        assert_eq!(c.put.len(), 1);
        assert_eq!((c.put[0].position, c.put[0].member.id.as_str(), c.put[0].updated), (1, "b", now));
    }

    #[test]
    fn adding_and_removing_members_never_renumbers_the_others() {
        let before = ws(&["a", "b", "c"]);
        let mut after = before.clone();
        after.members.remove(0);
        after.members.push(Member::by_hand("d", "Đồng chí d".into()));
        let c = split(Some(&head_of(&before)), &stored(&before), &after, t("2025-12-02T08:00:00+07:00"));
        assert_eq!(c.removed, vec![MemberId::from("a")]);
        assert_eq!(c.put.iter().map(|m| (m.member.id.as_str(), m.position)).collect::<Vec<_>>(), vec![("d", 3)]);
        assert_eq!(c.head, None);
    }

    #[test]
    fn a_profile_edit_writes_the_head_only() {
        let before = ws(&["a"]);
        let mut after = before.clone();
        after.profile.cell = "Chi bộ 3".into();
        let now = t("2025-12-02T08:00:00+07:00");
        let c = split(Some(&head_of(&before)), &stored(&before), &after, now);
        let head = c.head.expect("head changed");
        assert!(head.members.is_empty());
        assert_eq!((head.profile.cell.as_str(), head.updated), ("Chi bộ 3", now));
        assert!(c.put.is_empty());
        // Only `updated` differing is no change.
        let mut touched = before.clone();
        touched.updated = now;
        assert!(split(Some(&head_of(&before)), &stored(&before), &touched, now).is_empty());
    }

    #[test]
    fn a_workspace_kept_whole_moves_its_members_into_records() {
        let legacy = ws(&["a", "b"]);
        let now = t("2025-12-02T08:00:00+07:00");
        let c = split(Some(&legacy), &BTreeMap::new(), &legacy, now);
        assert!(c.head.as_ref().is_some_and(|h| h.members.is_empty()));
        assert_eq!(
            c.put.iter().map(|m| (m.member.id.as_str(), m.position)).collect::<Vec<_>>(),
            vec![("a", 0), ("b", 1)]
        );
    }

    #[test]
    fn assembling_orders_by_position_and_takes_the_latest_time() {
        let w = ws(&["a", "b", "c"]);
        let mut records: Vec<StoredMember> = stored(&w).into_values().collect();
        records.reverse();
        records[0].updated = t("2026-01-01T00:00:00+07:00");
        let back = assemble(&head_of(&w), &records);
        assert_eq!(back.members.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), vec!["a", "b", "c"]);
        assert_eq!(back.updated, t("2026-01-01T00:00:00+07:00"));
        let mut member = wrap_member(&w, &records[0], "0.1.0");
        let text = file::to_storage_text(&member);
        assert_eq!(read_member(text.as_bytes()), Ok(records[0].clone()));
        member.id = "other".into();
        assert_eq!(read_member(file::to_storage_text(&member).as_bytes()), Err(FileError::KindMismatch));
    }
}
