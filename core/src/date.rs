//! Dates as Vietnamese documents and forms write them.
//!
//! Party documents print the place-and-date line as "ngày 05 tháng 01 năm 2026": the day
//! and the month carry a leading zero (README §10.4: HD 36's own example pads the month,
//! the state rule pads days under 10 and months 1–2; padding every day and month below 10
//! satisfies both). Form fields show and accept dd/mm/yyyy.

use chrono::{Datelike, NaiveDate};

/// The date as it is written in a document body or date line: `ngày 05 tháng 01 năm 2026`.
pub fn document_date(date: NaiveDate) -> String {
    format!("ngày {:02} tháng {:02} năm {}", date.day(), date.month(), date.year())
}

/// The date as a form field shows it: `05/01/2026`.
pub fn field_date(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Why a typed date was refused, in words a member understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing typed.
    Empty,
    /// Not three numbers separated by `/`, `-` or `.`.
    Shape,
    /// Three numbers, but no such day (31/02, month 13…).
    NoSuchDay,
}

impl DateError {
    /// The message shown beside the field.
    pub fn message(&self) -> &'static str {
        match self {
            DateError::Empty => "Chưa nhập ngày.",
            DateError::Shape => "Ngày phải có dạng ngày/tháng/năm, ví dụ 05/01/1980.",
            DateError::NoSuchDay => "Không có ngày này trong lịch; hãy kiểm tra ngày và tháng.",
        }
    }
}

/// Reads a date typed as `dd/mm/yyyy`; `5/1/1980`, `05-01-1980` and `05.01.1980` are
/// accepted too, because that is how people type on a phone keyboard.
pub fn parse_field_date(text: &str) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let [d, m, y] = parts.as_slice() else {
        return Err(DateError::Shape);
    };
    let all_digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(d) && all_digits(m) && all_digits(y)) || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return Err(DateError::Shape);
    }
    let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>()) else {
        return Err(DateError::Shape);
    };
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDay)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn document_date_pads_day_and_month() {
        assert_eq!(document_date(d(2026, 1, 5)), "ngày 05 tháng 01 năm 2026");
        assert_eq!(document_date(d(2018, 2, 20)), "ngày 20 tháng 02 năm 2018");
        assert_eq!(document_date(d(2025, 12, 31)), "ngày 31 tháng 12 năm 2025");
    }

    #[test]
    fn field_date_is_dd_mm_yyyy() {
        assert_eq!(field_date(d(1980, 1, 5)), "05/01/1980");
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_field_date("05/01/1980"), Ok(d(1980, 1, 5)));
        assert_eq!(parse_field_date(" 5/1/1980 "), Ok(d(1980, 1, 5)));
        assert_eq!(parse_field_date("05-01-1980"), Ok(d(1980, 1, 5)));
        assert_eq!(parse_field_date("05.01.1980"), Ok(d(1980, 1, 5)));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(parse_field_date(""), Err(DateError::Empty));
        assert_eq!(parse_field_date("1980-01-05x"), Err(DateError::Shape));
        assert_eq!(parse_field_date("05/01/80"), Err(DateError::Shape));
        assert_eq!(parse_field_date("31/02/2020"), Err(DateError::NoSuchDay));
        assert_eq!(parse_field_date("00/01/2020"), Err(DateError::NoSuchDay));
        assert_eq!(parse_field_date("５/01/2020"), Err(DateError::Shape));
    }
}
