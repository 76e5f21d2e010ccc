//! The committee app (Đảng ủy: tổng hợp các chi bộ), served under `/dang-uy` as a wasm of
//! its own: journey J4 (domain PRODUCT.md). It renders and edits the pure model of
//! [`kiemdiem_core::committee`]: import the cells' bundles, see every cell and member,
//! decide the final levels with the rules and the cap checked at the committee's scope,
//! and send out decisions, the report and criteria packs.

pub mod pages;
pub mod store;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::app_banners::AppBanners;
use crate::components::focus::FocusHeadingOnNavigate;
use crate::routes::seg;
use pages::{
    cell::CellPage, export::ExportPage, home::CommitteeHome, import::ImportPage, other_app::OtherApp,
    overview::OverviewPage, pack::PackPage, profile::ProfilePage,
};
use store::CommitteeStore;

/// Addresses of the committee app (see [`crate::routes`]).
pub mod paths {
    pub use crate::routes::committee::*;
    /// The list of committees.
    pub const HOME: &str = crate::routes::COMMITTEE;
}

/// The whole committee app. Mounted by `src/bin/committee.rs`.
#[component]
pub fn CommitteeApp() -> impl IntoView {
    CommitteeStore::provide();
    if crate::components::focus::arrived_from_other_app() {
        request_animation_frame(crate::components::focus::focus_page_heading);
    }
    let c = || ParamSegment("c");
    view! {
        <Router>
            <FocusHeadingOnNavigate/>
            <a class="skip-link" href="#noi-dung">"Bỏ qua, đến nội dung chính"</a>
            <header class="site-header">
                <a href=crate::routes::HOME class="brand">
                    <span class="brand-mark" aria-hidden="true">"★"</span>
                    <span class="brand-name">"Kiểm điểm đảng viên"</span>
                </a>
                <span class="site-section">"Đảng ủy"</span>
            </header>
            <main id="noi-dung" class="site-main">
                <AppBanners unreadable_href=paths::HOME/>
                <Routes fallback=OtherApp>
                    <Route path=StaticSegment(seg::COMMITTEE) view=CommitteeHome/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c()) view=OverviewPage/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c(), StaticSegment(seg::PROFILE)) view=ProfilePage/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c(), StaticSegment(seg::IMPORT)) view=ImportPage/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c(), StaticSegment(seg::EXPORT)) view=ExportPage/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c(), StaticSegment(seg::PACK)) view=PackPage/>
                    <Route path=(StaticSegment(seg::COMMITTEE), c(), StaticSegment(seg::CELL), ParamSegment("cell")) view=CellPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    "Dữ liệu chỉ được lưu trong trình duyệt trên máy này. Ứng dụng không gửi "
                    "gì lên mạng: chỉ những tệp đồng chí tự xuất ra mới rời khỏi máy."
                </p>
            </footer>
        </Router>
    }
}
