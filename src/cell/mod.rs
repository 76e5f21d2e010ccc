//! The cell app (Chi bộ: thu nhận và tổng hợp), served under `/chi-bo` as a wasm of its
//! own: the cell secretary's journey J3 (domain PRODUCT.md). It renders and edits the pure
//! model of [`kiemdiem_core::cell`]; the collective review (Mẫu 01) uses the same form
//! engine as the member's review.

pub mod actions;
pub mod pages;
pub mod store;

use leptos::prelude::*;

use crate::components::shell::AppShell;
use crate::routes::{CellRoute, Route};
use crate::store::Store;
use pages::{
    export::ExportPage, home::CellHome, meeting::MeetingPage, member::MemberPage, minutes::MinutesPage,
    other_app::OtherApp, profile::ProfilePage, report::ReportPage, roster::RosterPage, rules::RulesPage,
    summary::SummaryPage,
};
use store::{CellStore, Loaded};

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
    Minutes,
    Report,
    Other,
}

fn screen(route: &CellRoute) -> Screen {
    match route {
        CellRoute::Home => Screen::Home,
        CellRoute::Roster(_) => Screen::Roster,
        CellRoute::Profile(_) => Screen::Profile,
        CellRoute::Rules(_) => Screen::Rules,
        CellRoute::Summary(_) => Screen::Summary,
        CellRoute::Export(_) => Screen::Export,
        CellRoute::Member(..) => Screen::Member,
        CellRoute::Meeting(..) => Screen::Meeting,
        CellRoute::Minutes(_) => Screen::Minutes,
        CellRoute::Report(..) => Screen::Report,
    }
}

/// The cell's first screen alone is [`CellHomeApp`]'s. `assets/boot.js` sends `/chi-bo`
/// to it when the browser keeps data, so that a secretary's first visit does not download
/// every workspace screen (issue 14).
fn home_only(route: &CellRoute) -> bool {
    *route == CellRoute::Home
}

/// The cell's first screen (the workspaces on this device, a new one, one opened from a
/// bundle), a wasm entry of its own (`src/bin/cell_home.rs`). Every workspace's address
/// belongs to [`CellApp`]: going there loads it, after the new workspace is written.
/// When the browser refuses storage a new workspace could not cross that reload, so
/// `assets/boot.js` then starts [`CellApp`], which has this screen too.
#[component]
pub fn CellHomeApp() -> impl IntoView {
    cell_app(home_only, |screen| match screen {
        Screen::Home => view! { <CellHome/> }.into_any(),
        _ => view! { <OtherApp/> }.into_any(),
    })
}

/// The whole cell app. Mounted by `src/bin/cell.rs`.
#[component]
pub fn CellApp() -> impl IntoView {
    cell_app(
        |_| true,
        |screen| match screen {
            Screen::Home => view! { <CellHome/> }.into_any(),
            Screen::Roster => view! { <RosterPage/> }.into_any(),
            Screen::Profile => view! { <ProfilePage/> }.into_any(),
            Screen::Rules => view! { <RulesPage/> }.into_any(),
            Screen::Summary => view! { <SummaryPage/> }.into_any(),
            Screen::Export => view! { <ExportPage/> }.into_any(),
            Screen::Member => view! { <MemberPage/> }.into_any(),
            Screen::Meeting => view! { <MeetingPage/> }.into_any(),
            Screen::Minutes => view! { <MinutesPage/> }.into_any(),
            Screen::Report => view! { <ReportPage/> }.into_any(),
            Screen::Other => view! { <OtherApp/> }.into_any(),
        },
    )
}

/// The frame of both entries, with `page` drawing the screen of the address: each entry
/// passes only the screens it has, so the other screens stay out of its wasm.
fn cell_app(owns: fn(&CellRoute) -> bool, page: fn(Screen) -> AnyView) -> impl IntoView {
    kiemdiem_core::templates::include_cell_forms();
    // The documents store keeps the collective review (Mẫu 01) like any draft.
    Store::provide();
    let store = CellStore::provide();
    let route = crate::nav::provide::<CellRoute>(owns);
    // Only another screen redraws the page, not another member or step on the same one.
    let screen = Memo::new(move |_| route.with(|r| r.as_ref().filter(|r| owns(r)).map_or(Screen::Other, screen)));
    view! {
        <AppShell section="Chi bộ" unreadable_href=CellRoute::Home.href()
            ready=Signal::derive(move || store.loaded.with(|l| *l != Loaded::Loading))>
            // The members' reviews are read from IndexedDB first: no screen shows a member
            // as not handed in while their review is being read.
            {move || match store.loaded.get() {
                Loaded::Loading => view! { <p class="muted" role="status">"Đang mở hồ sơ chi bộ…"</p> }.into_any(),
                Loaded::Ready => page(screen.get()),
                Loaded::Failed(why) => view! { <p class="banner error" role="alert">{why}</p>{page(screen.get())} }.into_any(),
            }}
        </AppShell>
    }
}
