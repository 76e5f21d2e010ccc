//! The cell app (Chi bộ: thu nhận và tổng hợp), served under `/chi-bo` as a wasm of its
//! own: the cell secretary's journey J3 (domain PRODUCT.md). It renders and edits the pure
//! model of [`crate::domain::cell`]; the collective review (Mẫu 01) uses the same form
//! engine as the member's review.

pub mod pages;
pub mod store;
pub mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::focus::FocusHeadingOnNavigate;
use crate::store::Store;
use pages::{home::CellHome, member::MemberPage, other_app::OtherApp, profile::ProfilePage, report::ReportPage, roster::RosterPage, rules::RulesPage, summary::SummaryPage, export::ExportPage};
use store::CellStore;

/// Addresses of the cell app.
pub mod paths {
    pub const HOME: &str = "/chi-bo";

    /// The roster of a workspace, and the base of its other screens.
    pub fn workspace(id: &str) -> String {
        format!("{HOME}/{id}")
    }
}

/// The whole cell app. Mounted by `src/bin/cell.rs`.
#[component]
pub fn CellApp() -> impl IntoView {
    crate::domain::templates::include_cell_forms();
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
                <a href="/" class="brand">
                    <span class="brand-mark" aria-hidden="true">"★"</span>
                    <span class="brand-name">"Kiểm điểm đảng viên"</span>
                </a>
                <span class="site-section">"Chi bộ"</span>
            </header>
            <main id="noi-dung" class="site-main">
                <Routes fallback=OtherApp>
                    <Route path=path!("/chi-bo") view=CellHome/>
                    <Route path=path!("/chi-bo/:ws") view=RosterPage/>
                    <Route path=path!("/chi-bo/:ws/ho-so") view=ProfilePage/>
                    <Route path=path!("/chi-bo/:ws/quy-dinh") view=RulesPage/>
                    <Route path=path!("/chi-bo/:ws/tong-hop") view=SummaryPage/>
                    <Route path=path!("/chi-bo/:ws/xuat") view=ExportPage/>
                    <Route path=path!("/chi-bo/:ws/dang-vien/:member") view=MemberPage/>
                    <Route path=path!("/chi-bo/:ws/bao-cao/:step") view=ReportPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    "Dữ liệu chỉ được lưu trong trình duyệt trên máy này. Ứng dụng không gửi "
                    "gì lên mạng: chỉ những tệp bạn tự xuất ra mới rời khỏi máy."
                </p>
            </footer>
        </Router>
    }
}
