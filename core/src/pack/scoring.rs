//! Scoring a document by a pack: its sub-criteria listed in the document, and the groups'
//! totals written into the two points of Part B, so that every rule reads them as before.

use super::ids;
use super::model::{Group, Pack, PackForm};
use crate::pack_ref::PackRef;
use crate::score::Points;

/// Where a document keeps what its pack lists for one field of the form, as guidance shown
/// with the field (one item a line).
pub fn guide_id(field: &str) -> String {
    format!("pack_guide.{field}")
}

/// Where a document keeps a printed text its pack supplies: `subtitle` or `signature`.
pub fn text_id(which: &str) -> String {
    format!("pack_text.{which}")
}

/// The list of a group in a document.
pub fn rows_id(group: Group) -> &'static str {
    match group {
        Group::General => ids::GENERAL_ROWS,
        Group::Results => ids::RESULTS_ROWS,
    }
}

/// Scores `doc` by `pack`: records the pack and lists its sub-criteria for the document's
/// form, keeping points already given to a criterion of the same title. `Err` says, in
/// Vietnamese, why the pack cannot score this document.
pub fn apply(doc: &mut crate::document::Document, pack: &Pack) -> Result<(), String> {
    let form =
        PackForm::of_template(&doc.template).ok_or_else(|| "Văn bản này không chấm theo bộ tiêu chí.".to_owned())?;
    if pack.year != doc.year {
        return Err(format!(
            "{} là bộ tiêu chí năm {}, còn bản kiểm điểm này là năm {}. Hãy chọn bộ tiêu chí năm {}.",
            pack.title(),
            pack.year,
            doc.year,
            doc.year
        ));
    }
    let criteria = pack.forms.get(&form).ok_or_else(|| {
        format!(
            "{} không có tiêu chí cho {}. Hãy xin đúng bộ tiêu chí, hoặc chấm hai nhóm như mẫu.",
            pack.title(),
            form.label()
        )
    })?;
    let sha256 = pack.digest();
    for group in [Group::General, Group::Results] {
        let before = doc.rows(rows_id(group)).to_vec();
        let rows = criteria
            .group(group)
            .iter()
            .map(|c| {
                let points = before
                    .iter()
                    .find(|r| r.get(ids::TITLE) == Some(&c.title))
                    .and_then(|r| r.get(ids::POINTS).cloned())
                    .unwrap_or_default();
                let max = c.max_points().map(|p| p.to_string()).unwrap_or_default();
                crate::document::row(&[
                    (ids::TITLE, c.title.as_str()),
                    (ids::MAX, max.as_str()),
                    (ids::POINTS, points.as_str()),
                ])
            })
            .collect();
        doc.set_rows(rows_id(group), rows);
    }
    // Printed texts whose wording the app could not confirm, as the committee words them.
    for (which, text) in [("subtitle", &criteria.subtitle), ("signature", &criteria.signature)] {
        if text.trim().is_empty() {
            doc.values.remove(&text_id(which));
        } else {
            doc.set_text(&text_id(which), text.trim());
        }
    }
    // The pack's items under the three groups of Nghị quyết 04 guide section I.1.
    use crate::templates::review_2025::ids as rv;
    let nq04 = pack.nq04.clone().unwrap_or_default();
    for (field, items) in [
        (rv::NQ04_POLITICAL, &nq04.political),
        (rv::NQ04_ETHICS, &nq04.ethics),
        (rv::NQ04_SELF_EVOLUTION, &nq04.self_evolution),
    ] {
        let text: Vec<&str> = items.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).collect();
        if text.is_empty() {
            doc.values.remove(&guide_id(field));
        } else {
            doc.set_text(&guide_id(field), text.join("\n"));
        }
    }
    doc.pack = Some(PackRef {
        organisation: pack.issuer.organisation.clone(),
        number: pack.issuer.number.clone(),
        sha256,
        example: pack.example,
    });
    sync_totals(doc);
    Ok(())
}

/// Stops scoring `doc` by a pack: the two group totals stay as they were, to edit by hand.
pub fn remove(doc: &mut crate::document::Document) {
    doc.pack = None;
    doc.values.remove(ids::GENERAL_ROWS);
    doc.values.remove(ids::RESULTS_ROWS);
    doc.values.retain(|k, _| !k.starts_with("pack_guide.") && !k.starts_with("pack_text."));
}

/// The points of one sub-criterion, if they are valid for its maximum.
pub fn row_points(row: &crate::document::Row) -> Option<Points> {
    let max = Points::parse(row.get(ids::MAX).map(String::as_str).unwrap_or(""), 100).ok()?;
    Points::parse(row.get(ids::POINTS).map(String::as_str).unwrap_or(""), 100).ok().filter(|p| *p <= max)
}

/// The total of a group, when every sub-criterion has valid points.
pub fn group_total(doc: &crate::document::Document, group: Group) -> Option<Points> {
    let rows = doc.rows(rows_id(group));
    if rows.is_empty() {
        return None;
    }
    rows.iter().map(row_points).try_fold(Points::from_tenths(0), |sum, p| p.map(|p| sum.plus(p)))
}

/// Writes the groups' totals into the two points of Part B, so that every rule reads them
/// as before; a group not fully scored leaves its points empty.
pub fn sync_totals(doc: &mut crate::document::Document) {
    if doc.pack.is_none() {
        return;
    }
    use crate::templates::review_2025::ids as rv;
    for (group, id) in [(Group::General, rv::GENERAL_POINTS), (Group::Results, rv::RESULTS_POINTS)] {
        let total = group_total(doc, group).map(|p| p.to_string()).unwrap_or_default();
        doc.set_text(id, total);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::samples::{now, sample};
    use crate::pack::Nq04Items;

    #[test]
    fn a_pack_scores_a_document_and_its_totals_feed_part_b() {
        use crate::document::Document;
        use crate::templates::review_2025::ids as rv;
        let mut doc = Document::new("d", "2025/2B", 2025, now());
        apply(&mut doc, &sample()).expect("2B is in the pack");
        assert_eq!(doc.rows(ids::GENERAL_ROWS).len(), 3);
        assert!(doc.pack.as_ref().is_some_and(|p| p.example && p.number == "01-HD/VD" && p.sha256.len() == 64));
        assert_eq!(doc.text(rv::GENERAL_POINTS), "", "nothing scored yet");
        let score = |doc: &mut Document, id: &str, values: &[&str]| {
            let mut rows = doc.rows(id).to_vec();
            for (r, v) in rows.iter_mut().zip(values) {
                r.insert(ids::POINTS.into(), (*v).into());
            }
            doc.set_rows(id, rows);
            sync_totals(doc);
        };
        score(&mut doc, ids::GENERAL_ROWS, &["9,5", "10", "8"]);
        assert_eq!(doc.text(rv::GENERAL_POINTS), "27,5");
        score(&mut doc, ids::RESULTS_ROWS, &["38", "20", "11"]);
        assert_eq!(doc.text(rv::RESULTS_POINTS), "", "11 is over the maximum of 10");
        score(&mut doc, ids::RESULTS_ROWS, &["38", "20", "7,5"]);
        assert_eq!(doc.text(rv::RESULTS_POINTS), "65,5");
        // Applying the pack again keeps the points given.
        apply(&mut doc, &sample()).expect("again");
        assert_eq!(doc.text(rv::RESULTS_POINTS), "65,5");
        // A form the pack does not cover is refused, saying so.
        let mut leader = Document::new("l", "2025/2A", 2025, now());
        assert!(apply(&mut leader, &sample()).is_err_and(|m| m.contains("Mẫu 2A")));
        // Nghị quyết 04 items become guidance for section I.1, one item a line; a subtitle
        // the pack words replaces the app's unconfirmed one in print.
        let mut with_items = sample();
        if let Some(f) = with_items.forms.get_mut(&PackForm::Member) {
            f.subtitle = "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)".into();
        }
        with_items.nq04 =
            Some(Nq04Items { political: vec!["Phai nhạt lý tưởng".into(), " ".into()], ..Nq04Items::default() });
        apply(&mut doc, &with_items).expect("again");
        assert_eq!(doc.text(&guide_id(rv::NQ04_POLITICAL)), "Phai nhạt lý tưởng");
        assert_eq!(doc.text(&guide_id(rv::NQ04_ETHICS)), "");
        assert_eq!(doc.text(&text_id("subtitle")), "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)");
        assert_eq!(doc.text(&text_id("signature")), "");
        remove(&mut doc);
        assert!(doc.pack.is_none() && doc.rows(ids::GENERAL_ROWS).is_empty());
        assert_eq!(doc.text(&guide_id(rv::NQ04_POLITICAL)), "", "the guidance goes with the pack");
        assert_eq!(doc.text(rv::GENERAL_POINTS), "27,5", "the totals stay, to edit by hand");
    }
}
