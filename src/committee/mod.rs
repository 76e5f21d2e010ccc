//! The committee app (Đảng ủy: tổng hợp các chi bộ), served under `/dang-uy` as a wasm of
//! its own: journey J4 (domain PRODUCT.md). It renders and edits the pure model of
//! [`kiemdiem_core::committee`]: import the cells' bundles, see every cell and member,
//! decide the final levels with the rules and the cap checked at the committee's scope,
//! and send out decisions, the report and criteria packs.

pub mod actions;
pub mod pages;
pub mod store;

use leptos::prelude::*;

use crate::components::shell::AppShell;
use crate::routes::{CommitteeRoute, Route};
use pages::{
    cell::CellPage, export::ExportPage, home::CommitteeHome, import::ImportPage, other_app::OtherApp,
    overview::OverviewPage, pack::PackPage, profile::ProfilePage,
};
use store::CommitteeStore;

/// The committee app's screens.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Overview,
    Profile,
    Import,
    Export,
    Cell,
    Other,
}

fn screen(route: &CommitteeRoute) -> Screen {
    match route {
        CommitteeRoute::Home => Screen::Home,
        CommitteeRoute::Overview(_) => Screen::Overview,
        CommitteeRoute::Profile(_) => Screen::Profile,
        CommitteeRoute::Import(_) => Screen::Import,
        CommitteeRoute::Export(_) => Screen::Export,
        CommitteeRoute::Cell(..) => Screen::Cell,
        CommitteeRoute::Pack(_) => Screen::Other,
    }
}

/// The criteria pack form ([`pages::pack`]) is a wasm of its own (`src/bin/pack.rs`): it is
/// as large as the rest of the committee's screens together, and a clerk opens it once a
/// year, so the committee's first load does not carry it.
fn is_pack(route: &CommitteeRoute) -> bool {
    matches!(route, CommitteeRoute::Pack(_))
}

/// The whole committee app. Mounted by `src/bin/committee.rs`.
#[component]
pub fn CommitteeApp() -> impl IntoView {
    let route = crate::nav::provide::<CommitteeRoute>(|r| !is_pack(r));
    let screen = Memo::new(move |_| route.with(|r| r.as_ref().map_or(Screen::Other, screen)));
    view! {
        <CommitteeShell setup=pages::overview::provide_figures>
            {move || match screen.get() {
                Screen::Home => view! { <CommitteeHome/> }.into_any(),
                Screen::Overview => view! { <OverviewPage/> }.into_any(),
                Screen::Profile => view! { <ProfilePage/> }.into_any(),
                Screen::Import => view! { <ImportPage/> }.into_any(),
                Screen::Export => view! { <ExportPage/> }.into_any(),
                Screen::Cell => view! { <CellPage/> }.into_any(),
                Screen::Other => view! { <OtherApp/> }.into_any(),
            }}
        </CommitteeShell>
    }
}

/// The pack form's screens.
#[derive(Clone, Copy, PartialEq)]
enum PackScreen {
    Pack,
    Other,
}

/// The committee's criteria pack form, a wasm of its own. Mounted by `src/bin/pack.rs`;
/// every other address of the committee loads the committee app.
#[component]
pub fn PackApp() -> impl IntoView {
    let route = crate::nav::provide::<CommitteeRoute>(is_pack);
    let screen =
        Memo::new(
            move |_| if route.with(|r| r.as_ref().is_some_and(is_pack)) { PackScreen::Pack } else { PackScreen::Other },
        );
    view! {
        <CommitteeShell setup=|| {}>
            {move || match screen.get() {
                PackScreen::Pack => view! { <PackPage/> }.into_any(),
                PackScreen::Other => view! { <OtherApp/> }.into_any(),
            }}
        </CommitteeShell>
    }
}

/// What both committee entries share: the store, and the frame around the screen.
/// `setup` provides what the entry's screens share once the store is there (the committee
/// app's figures); a function, so the pack form's wasm never carries the overview.
#[component]
fn CommitteeShell(setup: fn(), children: Children) -> impl IntoView {
    // Bundles carry the cells' Mẫu 01: known by name and kind, never shown as a form here.
    kiemdiem_core::templates::know_cell_forms();
    CommitteeStore::provide();
    setup();
    view! {
        <AppShell section="Đảng ủy" unreadable_href=CommitteeRoute::Home.href()>
            {children()}
        </AppShell>
    }
}
