//! The current time and a new document id, from the browser. The domain never reads a
//! clock itself: callers pass it what this module returns.

use chrono::{DateTime, FixedOffset, Local, NaiveDate};

/// Now, with the device's UTC offset (e.g. +07:00).
pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// Today on the device's calendar.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A new random id (UUID v4), of the type the caller needs: a document's, a workspace's,
/// a member's (or a plain string, for a backup).
pub fn new_id<T: From<String>>() -> T {
    T::from(uuid::Uuid::new_v4().to_string())
}

/// Milliseconds since 1970 on the device's clock (for storage revisions).
pub fn now_ms() -> u64 {
    u64::try_from(Local::now().timestamp_millis()).unwrap_or(0)
}
