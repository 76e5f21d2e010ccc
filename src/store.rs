//! The documents on this device, shared by every screen.
//!
//! One small interface (`list`, `get`, `put`, `remove`) so that the screens never care
//! where documents live. `Store::provide` puts it in the Leptos context; `use_store` takes
//! it out.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::domain::document::Document;

/// See the module documentation.
#[derive(Clone, Copy)]
pub struct Store {
    docs: RwSignal<BTreeMap<String, Document>>,
}

impl Store {
    /// Creates the store and provides it to every component below.
    pub fn provide() -> Store {
        let store = Store { docs: RwSignal::new(BTreeMap::new()) };
        provide_context(store);
        store
    }

    /// Every document, most recently changed first (reactive).
    pub fn list(&self) -> Vec<Document> {
        let mut all: Vec<Document> = self.docs.with(|d| d.values().cloned().collect());
        all.sort_by(|a, b| b.updated.cmp(&a.updated));
        all
    }

    /// One document by id (reactive).
    pub fn get(&self, id: &str) -> Option<Document> {
        self.docs.with(|d| d.get(id).cloned())
    }

    /// One document by id, without subscribing the caller to later changes.
    pub fn get_untracked(&self, id: &str) -> Option<Document> {
        self.docs.with_untracked(|d| d.get(id).cloned())
    }

    /// Adds or replaces a document.
    pub fn put(&self, doc: Document) {
        self.docs.update(|d| {
            d.insert(doc.id.clone(), doc);
        });
    }

    pub fn remove(&self, id: &str) {
        self.docs.update(|d| {
            d.remove(id);
        });
    }
}

/// The store provided by the app.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
