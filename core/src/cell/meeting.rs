//! Hội nghị kiểm điểm của chi bộ: the order in which the meeting takes its members, and how
//! far it has come. The meeting view walks this order; the counter reads [`progress`].
//!
//! QĐ 366 Điều 7 [C]: "người đứng đầu kiểm điểm trước, cấp phó và các thành viên kiểm điểm
//! sau". The roster records each member's post in the cell ([`super::model::CellPost`]):
//! the bí thư first, then the phó bí thư, then the chi ủy viên; then the other leaders (Mẫu
//! 2A), whose heads the app does not know; then everyone else. Within each group the
//! roster's order, which the secretary keeps.

use super::model::Line;

/// The indices into `lines` of the members the meeting considers, in the meeting's order.
/// Members exempt from the review (QĐ 366 Điều 5) are not considered.
pub fn order(lines: &[Line]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].status.is_exempt()).collect();
    // A stable sort keeps the roster's order within each group; `CellPost` sorts the head
    // first and "no post" last. Among members of the same post the roster's order stands;
    // among those with none, Mẫu 2A comes first.
    crate::order::sort_by_key(&mut order, |&i| {
        let post = lines[i].member.post;
        (post, post.is_none() && !is_leader(&lines[i]))
    });
    order
}

/// Whether the member counts with the leaders: reviewed on Mẫu 2A, or holding a post in the
/// cell with no review file ([`Line::is_leader`]).
pub fn is_leader(line: &Line) -> bool {
    line.is_leader()
}

/// How far the meeting has come: (members with the cell's proposed level, members to
/// consider). "Đã xét 7/23" reads it.
pub fn progress(lines: &[Line]) -> (usize, usize) {
    let considered = lines.iter().filter(|l| !l.status.is_exempt());
    let total = considered.clone().count();
    (considered.filter(|l| l.member.proposed.is_some()).count(), total)
}
