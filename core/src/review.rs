//! A typed view of a member's review document: the numbers and answers the classification
//! rules need, read from the fields of the 2025 review templates.

use super::codes::{Discipline, YesNo};
use super::document::Document;
use super::level::Level;
use super::rules::{Assessment, Conduct, RemedyStatus, TaskCounts};
use super::score::Points;
use super::template::MAX_COUNT;
use super::templates::review_2025::ids;

/// The total of the two criteria groups, when both are valid.
pub fn total(doc: &Document) -> Option<Points> {
    let general = Points::parse(doc.text(ids::GENERAL_POINTS), 30).ok()?;
    let results = Points::parse(doc.text(ids::RESULTS_POINTS), 70).ok()?;
    Some(general.plus(results))
}

/// The task counts, when all five are whole numbers.
pub fn task_counts(doc: &Document) -> Option<TaskCounts> {
    let n = |id: &str| parse_count(doc.text(id));
    Some(TaskCounts {
        assigned: n(ids::TASKS_ASSIGNED)?,
        on_time: n(ids::TASKS_ON_TIME)?,
        late: n(ids::TASKS_LATE)?,
        not_done: n(ids::TASKS_NOT_DONE)?,
        exceeded: n(ids::TASKS_EXCEEDED)?,
    })
}

/// A whole number as typed in a count field (at most [`MAX_COUNT`]).
pub fn parse_count(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() || t.len() > 6 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|&n| n <= MAX_COUNT)
}

/// What the rules need to know of a review.
pub fn assessment(doc: &Document) -> Assessment {
    let earlier = if doc.is_none("A.III") {
        Vec::new()
    } else {
        doc.rows(ids::EARLIER_SHORTCOMINGS)
            .iter()
            .map(|r| RemedyStatus::from_value(r.get(ids::EARLIER_STATUS).map(String::as_str).unwrap_or("")))
            .collect()
    };
    Assessment {
        total: total(doc),
        proposed: Level::from_code(doc.text(ids::PROPOSED_LEVEL)),
        tasks: task_counts(doc),
        conduct: Conduct {
            disciplined: Discipline::disciplined(doc.text(ids::DISCIPLINE)),
            degradation_concluded: YesNo::is_yes(doc.text(ids::DEGRADATION)),
            self_remedied: YesNo::is_yes(doc.text(ids::SELF_REMEDIED)),
        },
        earlier,
    }
}
