//! RFC 3339 times in files, read by a small strict parser of our own: chrono's general
//! parser (every format chrono knows) is the largest piece of chrono in the app, and files
//! only ever hold `2026-01-05T14:32:00+07:00` (with an optional fraction of a second).
//!
//! Use on a field: `#[serde(with = "crate::time::rfc3339")]`, or
//! `rfc3339::option` for an `Option`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat};

/// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
pub fn parse(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<u32> {
        let part = b.get(from..from + len)?;
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !(at(4, b'-') && at(7, b'-') && matches!(b.get(10), Some(b'T' | b't')) && at(13, b':') && at(16, b':')) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(num(0, 4)?).ok()?, num(5, 2)?, num(8, 2)?)?;
    let mut i = 19;
    let mut nanos = 0u32;
    if at(i, b'.') {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = num(i + 1, digits)? * 10u32.pow(9 - u32::try_from(digits).ok()?);
        i += 1 + digits;
    }
    let time = NaiveTime::from_hms_nano_opt(num(11, 2)?, num(14, 2)?, num(17, 2)?, nanos)?;
    let offset = match b.get(i)? {
        b'Z' | b'z' if b.len() == i + 1 => 0,
        sign @ (b'+' | b'-') if b.len() == i + 6 && at(i + 3, b':') => {
            let secs = i32::try_from(num(i + 1, 2)? * 3600 + num(i + 4, 2)? * 60).ok()?;
            if *sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    let offset = FixedOffset::east_opt(offset)?;
    NaiveDateTime::new(date, time).and_local_timezone(offset).single()
}

/// Writes a time as files hold it: seconds, a fraction only when there is one.
/// For `skip_serializing_if`: a count that is still zero is left out of a file.
pub fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A time as files write it (RFC 3339, with the writer's offset).
pub fn format(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// A time as screens and messages show it: "05/01/2026 14:30", at the writer's offset.
pub fn display(t: DateTime<FixedOffset>) -> String {
    use chrono::{Datelike, Timelike};
    format!("{:02}/{:02}/{} {:02}:{:02}", t.day(), t.month(), t.year(), t.hour(), t.minute())
}

/// `#[serde(with = "…::rfc3339")]` for `DateTime<FixedOffset>` fields.
pub mod rfc3339 {
    use chrono::{DateTime, FixedOffset};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes the time as [`super::format`] does.
    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format(t))
    }

    /// Reads an RFC 3339 time with its offset, refusing anything else in Vietnamese.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(d)?;
        super::parse(&text).ok_or_else(|| D::Error::custom(format!("thời điểm không đúng dạng RFC 3339: {text}")))
    }

    /// The same for `Option<DateTime<FixedOffset>>`.
    pub mod option {
        use chrono::{DateTime, FixedOffset};
        use serde::{de::Error, Deserialize, Deserializer, Serializer};

        /// Writes the time, or `null`.
        pub fn serialize<S: Serializer>(t: &Option<DateTime<FixedOffset>>, s: S) -> Result<S::Ok, S::Error> {
            match t {
                Some(t) => s.serialize_str(&super::super::format(t)),
                None => s.serialize_none(),
            }
        }

        /// Reads an RFC 3339 time, or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => super::super::parse(&text)
                    .map(Some)
                    .ok_or_else(|| D::Error::custom(format!("thời điểm không đúng dạng RFC 3339: {text}"))),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_writes_and_agrees_with_chrono() {
        for s in [
            "2026-01-05T14:32:00+07:00",
            "2026-01-05T14:32:00Z",
            "2026-11-22T10:55:22.232482123+07:00",
            "2025-12-31T23:59:59.5-03:30",
            "2024-02-29T00:00:00+00:00",
        ] {
            let ours = parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(Some(ours), DateTime::parse_from_rfc3339(s).ok(), "{s}");
            assert_eq!(parse(&format(&ours)), Some(ours));
        }
        assert_eq!(format(&parse("2026-01-05T14:32:00+07:00").expect("valid")), "2026-01-05T14:32:00+07:00");
    }

    #[test]
    fn refuses_anything_else() {
        for s in [
            "",
            "2026-01-05",
            "2026-01-05 14:32:00+07:00",
            "2026-02-30T00:00:00Z",
            "2026-01-05T24:00:00Z",
            "2026-01-05T14:32:00",
            "2026-01-05T14:32:00+0700",
            "2026-01-05T14:32:00.Z",
            "2026-01-05T14:32:00.1234567890Z",
            "2026-01-05T14:32:00+07:00x",
            "２026-01-05T14:32:00Z",
            "2026-01-05T14:32:00+25:00",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }
}
