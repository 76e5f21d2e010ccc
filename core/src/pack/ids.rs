//! The lists a document keeps of its pack's sub-criteria, one per group: each row the
//! criterion's title, its maximum and the points given.

/// Nhóm tiêu chí chung, by sub-criterion.
pub const GENERAL_ROWS: &str = "pack_general";
/// Nhóm tiêu chí về kết quả thực hiện nhiệm vụ, by sub-criterion.
pub const RESULTS_ROWS: &str = "pack_results";
/// Column: the sub-criterion.
pub const TITLE: &str = "title";
/// Column: its maximum, as printed ("7,5").
pub const MAX: &str = "max";
/// Column: the points given, as typed.
pub const POINTS: &str = "points";
