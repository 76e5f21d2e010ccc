//! The cell app (Chi bộ: thu nhận và tổng hợp), served under `/chi-bo` as a wasm of its
//! own: the cell secretary's journey J3 (domain PRODUCT.md). It renders and edits the pure
//! model of [`kiemdiem_core::cell`]; the collective review (Mẫu 01) uses the same form
//! engine as the member's review.

pub mod pages;
pub mod store;
pub mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::app_banners::AppBanners;
use crate::components::focus::FocusHeadingOnNavigate;
use crate::routes::seg;
use crate::store::Store;
use pages::{
    export::ExportPage, home::CellHome, member::MemberPage, other_app::OtherApp, profile::ProfilePage,
    report::ReportPage, roster::RosterPage, rules::RulesPage, summary::SummaryPage,
};
use store::CellStore;

/// Addresses of the cell app (see [`crate::routes`]).
pub mod paths {
    pub use crate::routes::cell::*;
    /// The list of workspaces.
    pub const HOME: &str = crate::routes::CELL;
}

/// The whole cell app. Mounted by `src/bin/cell.rs`.
#[component]
pub fn CellApp() -> impl IntoView {
    kiemdiem_core::templates::include_cell_forms();
    // The documents store keeps the collective review (Mẫu 01) like any draft.
    Store::provide();
    CellStore::provide();
    if crate::components::focus::arrived_from_other_app() {
        // Arriving from a link of the member's app is a navigation like any other.
        request_animation_frame(crate::components::focus::focus_page_heading);
    }
    view! {
        <Router>
            <FocusHeadingOnNavigate/>
            <a class="skip-link" href="#noi-dung">"Bỏ qua, đến nội dung chính"</a>
            <header class="site-header">
                <a href=crate::routes::HOME class="brand">
                    <span class="brand-mark" aria-hidden="true">"★"</span>
                    <span class="brand-name">"Kiểm điểm đảng viên"</span>
                </a>
                <span class="site-section">"Chi bộ"</span>
            </header>
            <main id="noi-dung" class="site-main">
                <AppBanners unreadable_href=paths::HOME/>
                <Routes fallback=OtherApp>
                    <Route path=StaticSegment(seg::CELL) view=CellHome/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws")) view=RosterPage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::PROFILE)) view=ProfilePage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::RULES)) view=RulesPage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::SUMMARY)) view=SummaryPage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::EXPORT)) view=ExportPage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::MEMBER), ParamSegment("member")) view=MemberPage/>
                    <Route path=(StaticSegment(seg::CELL), ParamSegment("ws"), StaticSegment(seg::REPORT), ParamSegment("step")) view=ReportPage/>
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
