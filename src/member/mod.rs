//! The member's wing: the app's two wasm entries, in the frame every app shares
//! ([`AppShell`]):
//!
//! - [`App`] (`src/main.rs`): the home page and the drafts on this device;
//! - [`EditorApp`] (`src/bin/editor.rs`): starting a review or a commitment, and the editor
//!   of one document at `/<kind>/<document>/<step>`.
//!
//! Two entries, so that neither first load carries the other's screens (issue 14: a member
//! on a cheap phone). Going from one to the other reloads the page (`assets/boot.js` picks
//! the entry by the address), after every draft is written (`pagehide`). A document is
//! started and written in the same entry, so that even when the browser refuses storage
//! (everything in memory) a new document never crosses a reload.

pub mod pages;

use leptos::prelude::*;

use crate::components::shell::AppShell;
use crate::member::pages::{
    commitment::CommitmentPage, drafts::DraftsPage, editor::EditorPage, home::HomePage, not_found::NotFoundPage,
    review::ReviewPage,
};
use crate::routes::{self as paths, seg};
use crate::store::Store;

/// The screens of [`App`].
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Drafts,
    NotFound,
}

const ROUTES: crate::nav::Table<Screen> = &[(&[], Screen::Home), (&[seg::DRAFTS], Screen::Drafts)];

/// The screens of [`EditorApp`].
#[derive(Clone, Copy, PartialEq)]
enum EditorScreen {
    Review,
    Commitment,
    Editor,
    NotFound,
}

/// The routes of [`EditorApp`]; `assets/boot.js` sends these addresses to it.
const EDITOR_ROUTES: crate::nav::Table<EditorScreen> = &[
    (&[seg::REVIEW], EditorScreen::Review),
    (&[seg::COMMITMENT], EditorScreen::Commitment),
    (&[seg::REVIEW, ":id", ":step"], EditorScreen::Editor),
    (&[seg::COMMITMENT, ":id", ":step"], EditorScreen::Editor),
];

/// The member app's front: the home page and the drafts. Mounted by `main.rs`; tests mount
/// it too.
#[component]
pub fn App() -> impl IntoView {
    Store::provide();
    let screen = crate::nav::provide(ROUTES, Screen::NotFound);
    view! {
        <AppShell unreadable_href=paths::DRAFTS>
            {move || match screen.get() {
                Screen::Home => view! { <HomePage/> }.into_any(),
                Screen::Drafts => view! { <DraftsPage/> }.into_any(),
                Screen::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </AppShell>
    }
}

/// Starting and writing a document, a wasm entry of its own.
#[component]
pub fn EditorApp() -> impl IntoView {
    Store::provide();
    let screen = crate::nav::provide(EDITOR_ROUTES, EditorScreen::NotFound);
    view! {
        <AppShell unreadable_href=paths::DRAFTS>
            {move || match screen.get() {
                EditorScreen::Review => view! { <ReviewPage/> }.into_any(),
                EditorScreen::Commitment => view! { <CommitmentPage/> }.into_any(),
                EditorScreen::Editor => view! { <EditorPage/> }.into_any(),
                EditorScreen::NotFound => view! { <NotFoundPage/> }.into_any(),
            }}
        </AppShell>
    }
}
