//! A typed view of a member's review document: the numbers and answers the classification
//! rules need, read from the fields of the 2025 review templates.

use super::codes::{Discipline, YesNo};
use super::document::Document;
use super::level::Level;
use super::rules::{Assessment, Conduct, RemedyStatus, Remit, TaskCounts, UnitResults};
use super::score::Points;
use super::template::MAX_COUNT;
use super::templates::review_2025::{ids, TARGETS_MISSED};

/// The fields the classification rules read. While any of them is invalid the rules would
/// judge figures the member did not mean, so no verdict is shown ([`crate::validate::verdict_waits_on`]).
pub const RULE_INPUTS: [&str; 17] = [
    ids::GENERAL_POINTS,
    ids::RESULTS_POINTS,
    ids::TASKS_ASSIGNED,
    ids::TASKS_ON_TIME,
    ids::TASKS_LATE,
    ids::TASKS_NOT_DONE,
    ids::TASKS_EXCEEDED,
    ids::UNITS_COMPLETED,
    ids::UNITS_LATE,
    ids::UNITS_EXCEEDED,
    ids::UNITS_COUNT,
    ids::UNITS_FAILED,
    ids::CONFIDENCE_VOTE,
    ids::LOW_CONFIDENCE,
    ids::SOCIO_ECONOMIC_TARGETS,
    ids::CORRUPTION_IN_REMIT,
    ids::CORRUPTION_SELF_HANDLED,
];

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

/// A leader's units (Mẫu 2A), when every figure needed was given: the three shares and
/// the two counts, and the low-confidence share when a confidence vote was held.
pub fn unit_results(doc: &Document) -> Option<UnitResults> {
    let share = |id: &str| Points::parse(doc.text(id), 100).ok();
    let low_confidence = if YesNo::is_yes(doc.text(ids::CONFIDENCE_VOTE)) {
        Some(share(ids::LOW_CONFIDENCE)?)
    } else if doc.text(ids::CONFIDENCE_VOTE).is_empty() {
        return None;
    } else {
        None
    };
    Some(UnitResults {
        completed: share(ids::UNITS_COMPLETED)?,
        late: share(ids::UNITS_LATE)?,
        exceeded: share(ids::UNITS_EXCEEDED)?,
        units: parse_count(doc.text(ids::UNITS_COUNT))?,
        units_failed: parse_count(doc.text(ids::UNITS_FAILED))?,
        low_confidence,
    })
}

/// A leader's remit beyond the units' figures (Mẫu 2A): each answer read on its own, an
/// unanswered question taken as "no".
pub fn remit(doc: &Document) -> Remit {
    let corruption = YesNo::is_yes(doc.text(ids::CORRUPTION_IN_REMIT));
    Remit {
        targets_missed: doc.text(ids::SOCIO_ECONOMIC_TARGETS) == TARGETS_MISSED,
        corruption,
        corruption_self_handled: corruption && YesNo::is_yes(doc.text(ids::CORRUPTION_SELF_HANDLED)),
    }
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
    let leader = doc.template.ends_with("/2A");
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
        leader,
        units: if leader { unit_results(doc) } else { None },
        remit: if leader { remit(doc) } else { Remit::default() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leaders_units_are_read_when_every_figure_is_there() {
        let t = chrono::DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").expect("time");
        let mut d = Document::new("a", "2025/2A", 2025, t);
        for (id, v) in [
            (ids::UNITS_COMPLETED, "100"),
            (ids::UNITS_LATE, "5,5"),
            (ids::UNITS_EXCEEDED, "30"),
            (ids::UNITS_COUNT, "4"),
            (ids::UNITS_FAILED, "0"),
            (ids::CONFIDENCE_VOTE, "khong"),
        ] {
            d.set_text(id, v);
        }
        let u = unit_results(&d).expect("complete");
        assert_eq!((u.late, u.low_confidence), (Points::from_tenths(55), None));
        assert!(assessment(&d).leader && assessment(&d).units.is_some());
        d.set_text(ids::CONFIDENCE_VOTE, "co");
        assert!(unit_results(&d).is_none(), "a vote was held: its share is needed");
        d.set_text(ids::LOW_CONFIDENCE, "12");
        assert_eq!(unit_results(&d).and_then(|u| u.low_confidence), Some(Points::from_tenths(120)));
        d.template = "2025/2B".into();
        assert!(!assessment(&d).leader && assessment(&d).units.is_none());
    }

    #[test]
    fn a_leaders_remit_is_read_question_by_question_and_the_self_handling_only_with_a_case() {
        let t = chrono::DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").expect("time");
        let mut d = Document::new("a", "2025/2A", 2025, t);
        assert_eq!(remit(&d), Remit::default(), "unanswered: no case");
        d.set_text(ids::SOCIO_ECONOMIC_TARGETS, "khong_ap_dung");
        d.set_text(ids::CORRUPTION_SELF_HANDLED, "co");
        assert_eq!(remit(&d), Remit::default(), "not applicable, and no case to have handled");
        d.set_text(ids::SOCIO_ECONOMIC_TARGETS, TARGETS_MISSED);
        d.set_text(ids::CORRUPTION_IN_REMIT, "co");
        assert_eq!(remit(&d), Remit { targets_missed: true, corruption: true, corruption_self_handled: true });
        d.template = "2025/2B".into();
        assert_eq!(assessment(&d).remit, Remit::default(), "asked of leaders only");
    }
}
