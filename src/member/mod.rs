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

pub mod actions;
pub mod pages;

use leptos::prelude::*;

use crate::components::lock::UnlockPage;
use crate::components::shell::AppShell;
use crate::member::pages::{
    commitment::CommitmentPage, drafts::DraftsPage, editor::EditorPage, home::HomePage, not_found::NotFoundPage,
    review::ReviewPage,
};
use crate::routes::{MemberDoc, MemberRoute, Route};
use crate::store::Store;

/// The screens of the member's app. A change of address redraws the page only when it
/// shows another screen, not when only a parameter (the step) changes.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Drafts,
    Review,
    Commitment,
    Editor,
    NotFound,
}

fn screen(route: Option<&MemberRoute>) -> Screen {
    match route {
        Some(MemberRoute::Home) => Screen::Home,
        Some(MemberRoute::Drafts) => Screen::Drafts,
        Some(MemberRoute::Start(MemberDoc::Review)) => Screen::Review,
        Some(MemberRoute::Start(MemberDoc::Commitment)) => Screen::Commitment,
        Some(MemberRoute::Step(..)) => Screen::Editor,
        None => Screen::NotFound,
    }
}

/// The routes of the front ([`App`]); the others are [`EditorApp`]'s (`assets/apps.json`).
fn front(route: &MemberRoute) -> bool {
    matches!(route, MemberRoute::Home | MemberRoute::Drafts)
}

/// The screen of the address, for one entry.
fn use_screen(owns: fn(&MemberRoute) -> bool) -> Memo<Screen> {
    let route = crate::nav::provide::<MemberRoute>(owns);
    Memo::new(move |_| route.with(|r| screen(r.as_ref().filter(|r| owns(r)))))
}

/// The member app's front: the home page and the drafts. Mounted by `main.rs`; tests mount
/// it too.
#[component]
pub fn App() -> impl IntoView {
    // Nothing of the drafts is read before the passphrase is given (`UnlockPage`).
    let locked = crate::persist::lock::needs_unlock();
    if !locked {
        Store::provide();
    }
    let screen = use_screen(front);
    view! {
        <AppShell unreadable_href=MemberRoute::Drafts.href()>
            {move || if locked { view! { <UnlockPage/> }.into_any() } else { match screen.get() {
                Screen::Home => view! { <HomePage/> }.into_any(),
                Screen::Drafts => view! { <DraftsPage/> }.into_any(),
                _ => view! { <NotFoundPage/> }.into_any(),
            }}}
        </AppShell>
    }
}

/// Starting and writing a document, a wasm entry of its own.
#[component]
pub fn EditorApp() -> impl IntoView {
    // The passphrase is asked on the front (its `UnlockPage`), which comes back here after:
    // the editor does not carry that page's weight.
    let locked = crate::persist::lock::needs_unlock();
    if locked {
        crate::persist::lock::ask_elsewhere(&MemberRoute::Drafts.href());
    } else {
        Store::provide();
    }
    let screen = use_screen(|r| !front(r));
    view! {
        <AppShell unreadable_href=MemberRoute::Drafts.href()>
            {move || if locked { ().into_any() } else { match screen.get() {
                Screen::Review => view! { <ReviewPage/> }.into_any(),
                Screen::Commitment => view! { <CommitmentPage/> }.into_any(),
                Screen::Editor => view! { <EditorPage/> }.into_any(),
                _ => view! { <NotFoundPage/> }.into_any(),
            }}}
        </AppShell>
    }
}
