//! How one record is kept in the browser's storage: the file envelope of what it holds,
//! preceded by two facts about this device's copy that files never carry.
//!
//! ```json
//! {"rev":1732350000123,"mine":true,"entry":{ …the envelope, compact… }}
//! ```
//!
//! - `rev`, the revision: every write sets a new one, so a tab can tell that another tab
//!   wrote since it last read, and never writes over a revision it has not seen. A new
//!   record starts at the writer's clock in milliseconds rather than at 1, so that a record
//!   deleted and made again never repeats a revision another tab remembers.
//! - `mine`: whether the last change was made by the user on this device (an edit) rather
//!   than taken from a file. An import may replace a copy that only ever came from files,
//!   never one the user has edited here.
//!
//! The head is written first and in a fixed layout, so that the revision of a record is
//! read without parsing the envelope. Entries written before records had a head (plain
//! envelopes) are still read: they count as revision 0, edited here.

/// What the storage keeps about a record besides its envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordHead {
    /// The revision of the record (see the module documentation).
    pub rev: u64,
    /// The last change was made by the user on this device.
    pub mine: bool,
}

/// The head given to entries written before records had one.
pub const LEGACY_HEAD: RecordHead = RecordHead { rev: 0, mine: true };

/// The text stored for a record: its head, then the envelope's compact JSON text.
pub fn record_text(head: RecordHead, envelope: &str) -> String {
    format!("{{\"rev\":{},\"mine\":{},\"entry\":{envelope}}}", head.rev, head.mine)
}

/// Splits a stored text into its head and the envelope's text. A text without a head (an
/// entry of an earlier version of the app) is all envelope, with [`LEGACY_HEAD`].
pub fn split_record(text: &str) -> (RecordHead, &str) {
    parse(text).unwrap_or((LEGACY_HEAD, text))
}

fn parse(text: &str) -> Option<(RecordHead, &str)> {
    let rest = text.strip_prefix("{\"rev\":")?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let rev = rest[..digits].parse().ok()?;
    let rest = rest[digits..].strip_prefix(",\"mine\":")?;
    let (mine, rest) = match rest.strip_prefix("true") {
        Some(r) => (true, r),
        None => (false, rest.strip_prefix("false")?),
    };
    let entry = rest.strip_prefix(",\"entry\":")?.strip_suffix('}')?;
    Some((RecordHead { rev, mine }, entry))
}

/// The revision to write after `seen` (the revision this tab last read or wrote, `None`
/// when there is no record), at `now_ms` on the writer's clock.
pub fn next_rev(seen: Option<u64>, now_ms: u64) -> u64 {
    match seen {
        Some(rev) => rev.saturating_add(1).max(now_ms),
        None => now_ms.max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_its_head_and_envelope() {
        let env = r#"{"app_version":"0.1.0","document":{"a":"}"},"format":"kiemdiem"}"#;
        let text = record_text(RecordHead { rev: 1_732_350_000_123, mine: false }, env);
        assert_eq!(text, format!("{{\"rev\":1732350000123,\"mine\":false,\"entry\":{env}}}"));
        assert_eq!(split_record(&text), (RecordHead { rev: 1_732_350_000_123, mine: false }, env));
        let mine = record_text(RecordHead { rev: 7, mine: true }, env);
        assert_eq!(split_record(&mine), (RecordHead { rev: 7, mine: true }, env));
    }

    #[test]
    fn an_entry_of_an_earlier_version_is_all_envelope() {
        let legacy = r#"{"app_version":"0.1.0","format":"kiemdiem"}"#;
        assert_eq!(split_record(legacy), (LEGACY_HEAD, legacy));
        // Anything that is not exactly our head is handed whole to the envelope reader,
        // which says what is wrong with it. (A record cut short after its head reaches the
        // reader cut short, and is refused there.)
        for odd in ["", "{", "{\"rev\":", "{\"rev\":x", "{\"rev\":1,\"mine\":maybe,\"entry\":{}}"] {
            assert_eq!(split_record(odd), (LEGACY_HEAD, odd), "{odd}");
        }
    }

    #[test]
    fn revisions_always_move_forward() {
        assert_eq!(next_rev(None, 5_000), 5_000);
        assert_eq!(next_rev(None, 0), 1);
        assert_eq!(next_rev(Some(0), 5_000), 5_000, "a legacy entry's next revision is the clock");
        assert_eq!(next_rev(Some(9_000), 5_000), 9_001, "a clock behind another tab's still moves forward");
        assert_eq!(next_rev(Some(u64::MAX), 5), u64::MAX);
    }
}
