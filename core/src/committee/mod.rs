//! Đảng ủy: the committee above the cells (journey J4, domain PRODUCT.md). It receives the
//! cells' bundles, sees every cell and member in one place, decides the final levels (QĐ 366
//! Điều 12, Bước 3: "Cấp có thẩm quyền quyết định xếp loại chất lượng"), checks the rules
//! and the cap at its own scope, and sends out a decision file per cell and a report up.
//!
//! A committee of 84 cells and 3,986 members is the size this is built for: each bundle is
//! reduced once, at import, to a [`entry::CellEntry`] (one row per member with what the
//! committee's checks need), so that a change of decision re-checks the whole committee
//! without reading a single review again.

pub mod check;
pub mod decision;
pub mod entry;
pub mod file;
pub mod import;
pub mod model;
pub mod report;

#[cfg(test)]
mod tests;
