//! The application shell: header, routes, footer.
//!
//! Routes use Vietnamese ASCII slugs so that a link read aloud or typed by hand makes sense.
//! `leptos_router` keeps the user where they were on reload and on the back button.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::app_banners::AppBanners;
use crate::components::focus::FocusHeadingOnNavigate;
use crate::pages::{
    commitment::CommitmentPage, drafts::DraftsPage, editor::EditorPage,
    home::HomePage, not_found::NotFoundPage, review::ReviewPage,
};
use crate::store::Store;

/// Paths of the app's screens, in one place so that links and routes cannot drift apart.
pub mod paths {
    pub const HOME: &str = "/";
    pub const REVIEW: &str = "/ban-kiem-diem";
    pub const COMMITMENT: &str = "/ban-cam-ket";
    pub const CELL: &str = "/chi-bo";
    pub const DRAFTS: &str = "/ban-nhap";
}

/// The whole app. Mounted by `main.rs`; tests mount it too.
#[component]
pub fn App() -> impl IntoView {
    Store::provide();
    view! {
        <Router>
            <FocusHeadingOnNavigate/>
            <a class="skip-link" href="#noi-dung">"Bỏ qua, đến nội dung chính"</a>
            <header class="site-header">
                <a href=paths::HOME class="brand">
                    <span class="brand-mark" aria-hidden="true">"★"</span>
                    <span class="brand-name">"Kiểm điểm đảng viên"</span>
                </a>
            </header>
            <main id="noi-dung" class="site-main">
                <AppBanners/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/ban-kiem-diem") view=ReviewPage/>
                    <Route path=path!("/ban-kiem-diem/:id/:step") view=EditorPage/>
                    <Route path=path!("/ban-cam-ket") view=CommitmentPage/>
                    <Route path=path!("/ban-cam-ket/:id/:step") view=EditorPage/>
                    <Route path=path!("/ban-nhap") view=DraftsPage/>
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
