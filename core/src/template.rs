//! Form templates as data (the schema of every form the app knows).
//!
//! One [`Template`] per official form and generation, e.g. `2025/2B`. A template lists the
//! wizard's steps, each step its sections with their official numbering and heading, and
//! each section its fields. The same template drives the field widgets, the wizard and its
//! progress, validation, the print view and the export, so a new generation of forms is a
//! new template, not new screens.
//!
//! Wording rule: a heading marked [`Wording::Official`] is verbatim from a confirmed source
//! (domain README, marker [C]); anything else says so through its marker and must never be
//! presented as official text. Hints are always our own words.

/// How sure we are that a text is the official wording (domain README §0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// [C] verbatim from a confirmed source.
    Official,
    /// [P] seen only in a secondary source or in part.
    Partial,
    /// [I] our inference (e.g. by analogy with the 2023 form); easy to correct here.
    Inferred,
    /// The app's own label for a part that is not on the paper form (e.g. the task
    /// counts the rules need). Never printed as a heading of the form.
    Ours,
}

impl Template {
    /// The printed texts of this form whose official wording is not confirmed (the print
    /// toolbar lists them, so that nobody mistakes them for the form's own words).
    pub fn unconfirmed_texts(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if !self.subtitle.is_empty() && matches!(self.subtitle_wording, Wording::Partial | Wording::Inferred) {
            out.push(self.subtitle);
        }
        for s in self.sections().filter(|s| s.printed) {
            if let Some(note) = s.note.filter(|_| matches!(s.note_wording, Wording::Partial | Wording::Inferred)) {
                out.push(note);
            }
        }
        out
    }

    /// The sections whose heading or note the editor shows without a confirmed official
    /// wording, as "II. Heading": the editor says so once per document and lists them on
    /// demand, instead of a warning under each.
    pub fn unconfirmed_sections(&self) -> Vec<String> {
        let unsure = |w: Wording| matches!(w, Wording::Partial | Wording::Inferred);
        self.sections()
            .filter(|s| unsure(s.wording) || (s.note.is_some() && unsure(s.note_wording)))
            .map(|s| if s.number.is_empty() { s.heading.to_owned() } else { format!("{} {}", s.number, s.heading) })
            .collect()
    }
}

/// What kind of document a template describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// Bản kiểm điểm, tự đánh giá, xếp loại cá nhân (Mẫu 2A / 2B / 2C).
    Review,
    /// Bản cam kết tu dưỡng, rèn luyện, phấn đấu.
    Commitment,
    /// Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng của tập thể (Mẫu 01).
    CellReview,
}

/// One official form of one generation.
#[derive(Debug, Clone)]
pub struct Template {
    /// Generation and code, e.g. `2025/2B`: what files record.
    pub id: &'static str,
    /// Revision of this template within its generation, raised when a heading or field
    /// changes (e.g. an [I] heading corrected against the official form).
    pub revision: u32,
    /// What kind of document the form is for.
    pub kind: DocKind,
    /// The form's short name, e.g. `Mẫu 2B`.
    pub name: &'static str,
    /// The official name from the list of HD 43 forms.
    pub official_name: &'static str,
    /// The code printed in the top corner, e.g. `Mẫu 02B-HD KĐ.ĐG 2025` ([P]).
    pub printed_code: &'static str,
    /// Who uses the form, in plain words, for the form chooser.
    pub audience: &'static str,
    /// The document title as printed.
    pub title: &'static str,
    /// The line under the title, e.g. `(Cá nhân không giữ chức vụ lãnh đạo, quản lý)`.
    pub subtitle: &'static str,
    /// How sure we are of the subtitle's wording.
    pub subtitle_wording: Wording,
    /// The wizard's steps, in form order.
    pub steps: Vec<Step>,
}

/// One step of the wizard: a screen with one or more sections.
#[derive(Debug, Clone)]
pub struct Step {
    /// Stable id, also the last part of the step's address.
    pub id: &'static str,
    /// The step's name in the progress list (our words, short).
    pub title: &'static str,
    /// The sections shown on this step, in form order.
    pub sections: Vec<Section>,
}

/// A numbered part of the form with its official heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// Stable id (e.g. `A.III`), also what a "Không có" answer records.
    pub id: &'static str,
    /// Official numbering as printed, e.g. `A.`, `I.`, `1.`.
    pub number: &'static str,
    /// The heading as printed, after the number.
    pub heading: &'static str,
    /// How sure we are of the heading's wording.
    pub wording: Wording,
    /// 1 for a part (A, B), 2 for a roman section, 3 for a numbered item.
    pub depth: u8,
    /// The form's own instruction or lead-in sentence, printed under the heading.
    pub note: Option<&'static str>,
    /// How sure we are of the note's wording (it can differ from the heading's).
    pub note_wording: Wording,
    /// What to write here, in our own words (never presented as official text).
    pub hint: Option<&'static str>,
    /// A section that may be answered "Không có": the form's "(nếu có)" sections, and
    /// section III for a member with no earlier shortcomings.
    pub optional: bool,
    /// False for the app's own parts that the paper form does not print.
    pub printed: bool,
    /// A live widget shown after the section's fields while editing.
    pub widget: Option<Widget>,
    /// The inputs of the section, in form order.
    pub fields: Vec<Field>,
}

/// Live widgets a section can ask for while editing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// The total of the two criteria groups and the band it falls in.
    ScoreTotal,
    /// The classification rules checked against the proposed level.
    RuleFindings,
}

/// One input of a section.
#[derive(Debug, Clone)]
pub struct Field {
    /// Key of the value in the document; stable across versions of the app.
    pub id: &'static str,
    /// The visible label.
    pub label: &'static str,
    /// What is typed, and its limits.
    pub kind: FieldKind,
    /// Whether finishing the document needs a value (for a list: at least one row).
    pub required: bool,
    /// A short help text under the label (our words).
    pub hint: Option<&'static str>,
}

/// The kinds of input the widgets know how to edit.
#[derive(Debug, Clone)]
pub enum FieldKind {
    /// One line of text, at most `max` characters.
    Text {
        /// The most characters (not bytes) the field takes.
        max: usize,
    },
    /// Paragraphs, at most `max` characters.
    LongText {
        /// The most characters (not bytes) the field takes; [`LONG_TEXT_MAX`] unless a
        /// template says otherwise.
        max: usize,
    },
    /// A date typed dd/mm/yyyy; `past` refuses dates after today (a birth date).
    Date {
        /// Whether the date must not be after today.
        past: bool,
    },
    /// Points with one decimal place, from 0 to `max`.
    Points {
        /// The group's maximum in whole points: 30 for the general criteria, 70 for the
        /// results (QĐ 366 Điều 10).
        max: u16,
    },
    /// A whole number of tasks, from 0 to [`MAX_COUNT`].
    Count,
    /// One of a few values, shown as radio buttons.
    Choice(Vec<Choice>),
    /// A list of rows with the given columns (e.g. earlier shortcomings), 0 to `max` rows.
    Rows {
        /// The fields of each row, in order.
        columns: Vec<Field>,
        /// The most rows the list takes (50 in the 2025 forms: far more than any review
        /// lists, few enough for the page and the print to stay readable).
        max: usize,
    },
}

/// The most characters of a paragraph field made by [`build::long`]: about eight printed
/// pages, more than any section of a review needs, and a bound on what one field may add to
/// a file.
pub const LONG_TEXT_MAX: usize = 20_000;

/// The largest number a [`FieldKind::Count`] takes: far above any member's tasks in a
/// year, low enough that sums and percentages never overflow.
pub const MAX_COUNT: u32 = 100_000;

/// One option of a [`FieldKind::Choice`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What the document stores.
    pub value: &'static str,
    /// What the user reads.
    pub label: &'static str,
}

impl DocKind {
    /// What the document is called in the app, e.g. in "Bản kiểm điểm năm 2025".
    pub fn label(self) -> &'static str {
        match self {
            DocKind::Review => "Bản kiểm điểm",
            DocKind::Commitment => "Bản cam kết",
            DocKind::CellReview => "Báo cáo kiểm điểm của chi bộ",
        }
    }
}

impl Template {
    /// Every section of every step, in form order.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.steps.iter().flat_map(|s| s.sections.iter())
    }

    /// Every top-level field (not the columns of rows), in form order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections().flat_map(|s| s.fields.iter())
    }

    /// The top-level field with this id, if the form has one.
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }

    /// The step with this id (the last part of a wizard address), if any.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The field's name in a list of things to fix: its label, preceded by its section's
    /// number and heading when another field has the same label (the commitment's four
    /// "Nội dung cam kết"), so that no two lines of the list read alike.
    pub fn place_of(&self, field_id: &str) -> String {
        let Some((section, field)) =
            self.sections().find_map(|s| s.fields.iter().find(|f| f.id == field_id).map(|f| (s, f)))
        else {
            return field_id.to_owned();
        };
        if self.fields().filter(|f| f.label == field.label).count() < 2 {
            return field.label.to_owned();
        }
        let heading =
            [section.number, section.heading].iter().filter(|t| !t.is_empty()).copied().collect::<Vec<_>>().join(" ");
        format!("{heading}: {}", field.label)
    }

    /// The step that holds a field, to send the user to it from the review page.
    pub fn step_of_field(&self, field_id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.sections.iter().any(|sec| sec.fields.iter().any(|f| f.id == field_id)))
    }
}

/// Short constructors so that templates read like the forms they describe.
pub mod build {
    use super::*;

    /// A required one-line text of at most `max` characters.
    pub fn text(id: &'static str, label: &'static str, max: usize) -> Field {
        Field { id, label, kind: FieldKind::Text { max }, required: true, hint: None }
    }

    /// A required paragraph field of at most [`LONG_TEXT_MAX`] characters.
    pub fn long(id: &'static str, label: &'static str) -> Field {
        Field { id, label, kind: FieldKind::LongText { max: LONG_TEXT_MAX }, required: true, hint: None }
    }

    /// A required date; `past` refuses dates after today.
    pub fn date(id: &'static str, label: &'static str, past: bool) -> Field {
        Field { id, label, kind: FieldKind::Date { past }, required: true, hint: None }
    }

    /// A required score of a criteria group, from 0 to `max`.
    pub fn points(id: &'static str, label: &'static str, max: u16) -> Field {
        Field { id, label, kind: FieldKind::Points { max }, required: true, hint: None }
    }

    /// A required whole number (task counts).
    pub fn count(id: &'static str, label: &'static str) -> Field {
        Field { id, label, kind: FieldKind::Count, required: true, hint: None }
    }

    /// A required choice among `(value, label)` pairs.
    pub fn choice(id: &'static str, label: &'static str, choices: &[(&'static str, &'static str)]) -> Field {
        let choices = choices.iter().map(|&(value, label)| Choice { value, label }).collect();
        Field { id, label, kind: FieldKind::Choice(choices), required: true, hint: None }
    }

    /// A list of rows; required means at least one row.
    pub fn rows(id: &'static str, label: &'static str, columns: Vec<Field>, max: usize) -> Field {
        Field { id, label, kind: FieldKind::Rows { columns, max }, required: true, hint: None }
    }

    impl Field {
        /// The same field, not required.
        pub fn optional(mut self) -> Field {
            self.required = false;
            self
        }

        /// The same field with a help text under its label.
        pub fn hint(mut self, hint: &'static str) -> Field {
            self.hint = Some(hint);
            self
        }
    }

    /// A section with an official heading.
    pub fn section(id: &'static str, number: &'static str, depth: u8, heading: &'static str) -> Section {
        Section {
            id,
            number,
            heading,
            wording: Wording::Official,
            depth,
            note: None,
            note_wording: Wording::Official,
            hint: None,
            optional: false,
            printed: true,
            widget: None,
            fields: Vec::new(),
        }
    }

    impl Section {
        /// The same section with a heading of this certainty.
        pub fn wording(mut self, wording: Wording) -> Section {
            self.wording = wording;
            self
        }

        /// The same section with the form's own instruction under its heading.
        pub fn note(mut self, note: &'static str) -> Section {
            self.note = Some(note);
            self
        }

        /// The same section with a note of this certainty.
        pub fn note_wording(mut self, wording: Wording) -> Section {
            self.note_wording = wording;
            self
        }

        /// The same section with our help text.
        pub fn hint(mut self, hint: &'static str) -> Section {
            self.hint = Some(hint);
            self
        }

        /// A "(nếu có)" section.
        pub fn optional(mut self) -> Section {
            self.optional = true;
            self
        }

        /// One of the app's own parts (task counts…): not printed as part of the form.
        pub fn ours(mut self) -> Section {
            self.wording = Wording::Ours;
            self.printed = false;
            self
        }

        /// The same section with a live widget after its fields.
        pub fn widget(mut self, widget: Widget) -> Section {
            self.widget = Some(widget);
            self
        }

        /// The same section with these fields.
        pub fn fields(mut self, fields: Vec<Field>) -> Section {
            self.fields = fields;
            self
        }
    }

    /// A step of the wizard.
    pub fn step(id: &'static str, title: &'static str, sections: Vec<Section>) -> Step {
        Step { id, title, sections }
    }
}
