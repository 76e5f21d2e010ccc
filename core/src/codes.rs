//! The codes a form stores for its choices, as types: a rule reads `YesNo::Yes`, not the
//! string `"co"`, and the template lists its choices from the same enums, so the two cannot
//! drift apart. The codes themselves are what files have always held.

/// Có / Không.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YesNo {
    /// Không.
    No,
    /// Có.
    Yes,
}

impl YesNo {
    /// Both, in the order the form shows them.
    pub const ALL: [YesNo; 2] = [YesNo::No, YesNo::Yes];

    /// The stored code.
    pub const fn code(self) -> &'static str {
        match self {
            YesNo::No => "khong",
            YesNo::Yes => "co",
        }
    }

    /// What the form shows.
    pub const fn label(self) -> &'static str {
        match self {
            YesNo::No => "Không",
            YesNo::Yes => "Có",
        }
    }

    /// Whether a stored value is "Có".
    pub fn is_yes(code: &str) -> bool {
        code == YesNo::Yes.code()
    }
}

/// Hình thức kỷ luật of a Party member in the year, lightest first; any form is "khiển
/// trách trở lên" for QĐ 366 Điều 11 khoản 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discipline {
    /// Không bị kỷ luật.
    None,
    /// Khiển trách.
    Reprimand,
    /// Cảnh cáo.
    Warning,
    /// Cách chức.
    Dismissal,
}

impl Discipline {
    /// Every answer, in the order the form shows them.
    pub const ALL: [Discipline; 4] =
        [Discipline::None, Discipline::Reprimand, Discipline::Warning, Discipline::Dismissal];

    /// The stored code.
    pub const fn code(self) -> &'static str {
        match self {
            Discipline::None => "khong",
            Discipline::Reprimand => "khien_trach",
            Discipline::Warning => "canh_cao",
            Discipline::Dismissal => "cach_chuc",
        }
    }

    /// What the form shows.
    pub const fn label(self) -> &'static str {
        match self {
            Discipline::None => "Không bị kỷ luật",
            Discipline::Reprimand => "Khiển trách",
            Discipline::Warning => "Cảnh cáo",
            Discipline::Dismissal => "Cách chức",
        }
    }

    /// Whether a stored value says the member was disciplined in the year. An empty answer
    /// is no discipline (the question is still to be answered, which validation says).
    pub fn disciplined(code: &str) -> bool {
        !code.is_empty() && code != Discipline::None.code()
    }
}

/// Where a shortcoming named at an earlier review stands (instruction of section III) [C].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemedyStatus {
    /// Đã được khắc phục.
    Remedied,
    /// Đang khắc phục.
    InProgress,
    /// Chưa được khắc phục.
    NotRemedied,
    /// The member has not said yet.
    Unknown,
}

impl RemedyStatus {
    /// The three answers, in the order the form shows them.
    pub const ANSWERS: [RemedyStatus; 3] =
        [RemedyStatus::Remedied, RemedyStatus::InProgress, RemedyStatus::NotRemedied];

    /// The stored code (empty for [`RemedyStatus::Unknown`]).
    pub const fn code(self) -> &'static str {
        match self {
            RemedyStatus::Remedied => "da_khac_phuc",
            RemedyStatus::InProgress => "dang_khac_phuc",
            RemedyStatus::NotRemedied => "chua_khac_phuc",
            RemedyStatus::Unknown => "",
        }
    }

    /// What the form shows [C].
    pub const fn label(self) -> &'static str {
        match self {
            RemedyStatus::Remedied => "Đã được khắc phục",
            RemedyStatus::InProgress => "Đang khắc phục",
            RemedyStatus::NotRemedied => "Chưa được khắc phục",
            RemedyStatus::Unknown => "",
        }
    }

    /// Reads a stored value.
    pub fn from_value(v: &str) -> RemedyStatus {
        RemedyStatus::ANSWERS.into_iter().find(|s| s.code() == v).unwrap_or(RemedyStatus::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_what_files_hold() {
        assert_eq!(YesNo::ALL.map(YesNo::code), ["khong", "co"]);
        assert!(YesNo::is_yes("co") && !YesNo::is_yes("khong") && !YesNo::is_yes(""));
        assert_eq!(Discipline::ALL.map(Discipline::code), ["khong", "khien_trach", "canh_cao", "cach_chuc"]);
        assert!(Discipline::disciplined("canh_cao"));
        assert!(!Discipline::disciplined("khong") && !Discipline::disciplined(""));
        for s in RemedyStatus::ANSWERS {
            assert_eq!(RemedyStatus::from_value(s.code()), s);
        }
        assert_eq!(RemedyStatus::from_value("?"), RemedyStatus::Unknown);
    }
}
