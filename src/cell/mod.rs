//! The cell app (Chi bộ: thu nhận và tổng hợp), served under `/chi-bo` as a wasm of its
//! own: the cell secretary's journey J3 (domain PRODUCT.md). It renders and edits the pure
//! model of [`kiemdiem_core::cell`]; the collective review (Mẫu 01) uses the same form
//! engine as the member's review.

pub mod pages;
pub mod store;

use leptos::prelude::*;

use crate::components::shell::AppShell;
use crate::routes::seg;
use crate::store::Store;
use pages::{
    export::ExportPage, home::CellHome, meeting::MeetingPage, member::MemberPage, other_app::OtherApp,
    profile::ProfilePage, report::ReportPage, roster::RosterPage, rules::RulesPage, summary::SummaryPage,
};
use store::CellStore;

/// The cell app's screens.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Roster,
    Profile,
    Rules,
    Summary,
    Export,
    Member,
    Meeting,
    Report,
    Other,
}

const ROUTES: crate::nav::Table<Screen> = &[
    (&[seg::CELL], Screen::Home),
    (&[seg::CELL, ":ws"], Screen::Roster),
    (&[seg::CELL, ":ws", seg::PROFILE], Screen::Profile),
    (&[seg::CELL, ":ws", seg::RULES], Screen::Rules),
    (&[seg::CELL, ":ws", seg::SUMMARY], Screen::Summary),
    (&[seg::CELL, ":ws", seg::EXPORT], Screen::Export),
    (&[seg::CELL, ":ws", seg::MEMBER, ":member"], Screen::Member),
    (&[seg::CELL, ":ws", seg::MEETING], Screen::Meeting),
    (&[seg::CELL, ":ws", seg::MEETING, ":member"], Screen::Meeting),
    (&[seg::CELL, ":ws", seg::REPORT, ":step"], Screen::Report),
];

/// The cell's first screen alone, [`CellHomeApp`]'s only route. `assets/boot.js` sends
/// `/chi-bo` to it when the browser keeps data, so that a secretary's first visit does not
/// download every workspace screen (issue 14).
const HOME_ROUTES: crate::nav::Table<Screen> = &[(&[seg::CELL], Screen::Home)];

/// Addresses of the cell app (see [`crate::routes`]).
pub mod paths {
    pub use crate::routes::cell::*;
    /// The list of workspaces.
    pub const HOME: &str = crate::routes::CELL;
}

/// The cell's first screen (the workspaces on this device, a new one, one opened from a
/// bundle), a wasm entry of its own (`src/bin/cell_home.rs`). Every workspace's address
/// belongs to [`CellApp`]: going there loads it, after the new workspace is written.
/// When the browser refuses storage a new workspace could not cross that reload, so
/// `assets/boot.js` then starts [`CellApp`], which has this screen too.
#[component]
pub fn CellHomeApp() -> impl IntoView {
    cell_app(HOME_ROUTES, |screen| match screen {
        Screen::Home => view! { <CellHome/> }.into_any(),
        _ => view! { <OtherApp/> }.into_any(),
    })
}

/// The whole cell app. Mounted by `src/bin/cell.rs`.
#[component]
pub fn CellApp() -> impl IntoView {
    cell_app(ROUTES, |screen| match screen {
        Screen::Home => view! { <CellHome/> }.into_any(),
        Screen::Roster => view! { <RosterPage/> }.into_any(),
        Screen::Profile => view! { <ProfilePage/> }.into_any(),
        Screen::Rules => view! { <RulesPage/> }.into_any(),
        Screen::Summary => view! { <SummaryPage/> }.into_any(),
        Screen::Export => view! { <ExportPage/> }.into_any(),
        Screen::Member => view! { <MemberPage/> }.into_any(),
        Screen::Meeting => view! { <MeetingPage/> }.into_any(),
        Screen::Report => view! { <ReportPage/> }.into_any(),
        Screen::Other => view! { <OtherApp/> }.into_any(),
    })
}

/// The frame of both entries, with `page` drawing the screen of the address: each entry
/// passes only the screens it has, so the other screens stay out of its wasm.
fn cell_app(routes: crate::nav::Table<Screen>, page: fn(Screen) -> AnyView) -> impl IntoView {
    kiemdiem_core::templates::include_cell_forms();
    // The documents store keeps the collective review (Mẫu 01) like any draft.
    Store::provide();
    CellStore::provide();
    let screen = crate::nav::provide(routes, Screen::Other);
    view! {
        <AppShell section="Chi bộ" unreadable_href=paths::HOME>
            {move || page(screen.get())}
        </AppShell>
    }
}
