//! Hội nghị kiểm điểm của chi bộ: the order in which the meeting takes its members, and how
//! far it has come. The meeting view walks this order; the counter reads [`progress`].
//!
//! QĐ 366 Điều 7 [C]: "người đứng đầu kiểm điểm trước, cấp phó và các thành viên kiểm điểm
//! sau". The app knows who leads from the form (Mẫu 2A is the leaders' form, HD 43 Mục 2),
//! not who heads whom, so leaders come first in the roster's order, which the secretary
//! keeps; then everyone else.

use super::model::Line;

/// The indices into `lines` of the members the meeting considers, in the meeting's order.
/// Members exempt from the review (QĐ 366 Điều 5) are not considered.
pub fn order(lines: &[Line]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].status.is_exempt()).collect();
    // A stable sort keeps the roster's order within each group.
    crate::order::sort_by_key(&mut order, |&i| !is_leader(&lines[i]));
    order
}

/// Whether the member reviews on the leaders' form (Mẫu 2A).
pub fn is_leader(line: &Line) -> bool {
    line.form == "Mẫu 2A"
}

/// How far the meeting has come: (members with the cell's proposed level, members to
/// consider). "Đã xét 7/23" reads it.
pub fn progress(lines: &[Line]) -> (usize, usize) {
    let considered = lines.iter().filter(|l| !l.status.is_exempt());
    let total = considered.clone().count();
    (considered.filter(|l| l.member.proposed.is_some()).count(), total)
}
