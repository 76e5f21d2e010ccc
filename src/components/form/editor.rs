//! The state of one open document: the working copy, its live validation, and which
//! problems the user has been shown. `Editor::provide` at the top of an editor page;
//! `use_editor` in any widget below.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::clock;
use crate::store::Store;
use kiemdiem_core::document::Document;
use kiemdiem_core::finding::Finding;
use kiemdiem_core::ids::DocId;
use kiemdiem_core::review;
use kiemdiem_core::rules;
use kiemdiem_core::template::{DocKind, Step, Template};
use kiemdiem_core::validate::{validate, Problem};

/// Findings a screen adds to the template's own rules, e.g. the cell's rule that every
/// member is classified before the cell (for Mẫu 01). Provide it before the editor.
#[derive(Clone, Copy)]
pub struct ExtraFindings(pub Signal<Vec<Finding>>);

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct Editor {
    pub template: &'static Template,
    /// The document, as the store holds it now (another tab's change shows up here too).
    pub doc: Memo<Document>,
    id: StoredValue<DocId>,
    /// Every validation problem of the working copy, recomputed on each edit.
    pub problems: Memo<Vec<Problem>>,
    /// The classification rules' findings (reviews only).
    pub findings: Memo<Vec<Finding>>,
    /// Field paths the user has changed and left: their format errors show at once.
    pub touched: RwSignal<BTreeSet<String>>,
    /// Steps whose problems are shown (left once, or a finish was attempted).
    pub revealed: RwSignal<BTreeSet<&'static str>>,
    store: Store,
}

impl Editor {
    /// Opens `doc` for editing and provides the editor to the widgets below.
    pub fn provide(template: &'static Template, doc: Document, store: Store) -> Editor {
        let today: NaiveDate = clock::today();
        let id = StoredValue::new(doc.id.clone());
        // If the document leaves the store (deleted in another tab), the last version stays
        // on screen; the store's notice says what happened.
        let doc = Memo::new(move |previous: Option<&Document>| {
            id.with_value(|id| store.get(id)).or_else(|| previous.cloned()).unwrap_or_else(|| doc.clone())
        });
        let problems = Memo::new(move |_| doc.with(|d| validate(template, d, today)));
        let extra = use_context::<ExtraFindings>();
        let findings = Memo::new(move |_| {
            let mut out = if template.kind == DocKind::Review {
                doc.with(|d| rules::check(&review::assessment(d)))
            } else {
                Vec::new()
            };
            if let Some(ExtraFindings(more)) = extra {
                out.extend(more.get());
            }
            out
        });
        let editor = Editor {
            template,
            doc,
            id,
            problems,
            findings,
            touched: RwSignal::new(BTreeSet::new()),
            revealed: RwSignal::new(BTreeSet::new()),
            store,
        };
        provide_context(editor);
        editor
    }

    /// Changes the working copy and saves it. Any change makes a finished document a
    /// draft again: it must pass the checks once more.
    pub fn edit(&self, change: impl FnOnce(&mut Document)) {
        let id = self.id.get_value();
        // Another tab may have deleted the document while it is open here: what is typed
        // brings it back rather than being dropped.
        let mut doc = self.store.get_untracked(&id).unwrap_or_else(|| self.doc.get_untracked());
        change(&mut doc);
        doc.updated = clock::now();
        doc.finished = None;
        self.store.put(doc);
    }

    /// Marks the document finished and saves it at once.
    pub fn finish(&self) {
        let id = self.id.get_value();
        self.store.update(&id, |d| d.finished = Some(clock::now()));
        self.store.flush();
    }

    /// The document's id.
    pub fn id(&self) -> DocId {
        self.id.get_value()
    }

    pub fn store(&self) -> Store {
        self.store
    }

    /// The problem of one field path, if the user should see it now (reactive).
    pub fn visible_problem(&self, path: &str, step: &'static str) -> Option<String> {
        let shown = self.revealed.with(|r| r.contains(step)) || self.touched.with(|t| t.contains(path));
        if !shown {
            return None;
        }
        self.problems.with(|ps| ps.iter().find(|p| p.field == path).map(|p| p.message.clone()))
    }

    /// The step a problem belongs to.
    pub fn step_of(&self, path: &str) -> Option<&'static Step> {
        let top = path.split('.').next().unwrap_or(path);
        self.template.step_of_field(top)
    }

    /// How many problems a step has (reactive).
    pub fn problems_in(&self, step: &'static str) -> usize {
        self.problems.with(|ps| ps.iter().filter(|p| self.step_of(&p.field).is_some_and(|s| s.id == step)).count())
    }

    /// Shows the problems of every step.
    pub fn reveal_all(&self) {
        self.revealed.update(|r| r.extend(self.template.steps.iter().map(|s| s.id)));
    }
}

/// The editor of the document being edited.
pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
