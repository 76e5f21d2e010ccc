//! The cell's workspace (chi bộ): its profile, the members' reviews it collected, the
//! cell's proposals and votes, the rules panel, the summary, and what it exports. Pure, like
//! the rest of the domain; the cell app (`crate::cell`) renders and edits it.

pub mod checks;
pub mod export;
pub mod file;
pub mod import;
pub mod intake;
pub mod meeting;
pub mod minutes;
pub mod model;
pub mod readiness;
pub mod stored;
pub mod summary;

#[cfg(test)]
mod tests;
