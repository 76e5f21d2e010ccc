//! The member app's shell: header, routes (from [`crate::routes`]), footer.
//! `leptos_router` keeps the user where they were on reload and on the back button.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

use crate::components::app_banners::AppBanners;
use crate::components::focus::FocusHeadingOnNavigate;
use crate::pages::{
    commitment::CommitmentPage, drafts::DraftsPage, editor::EditorPage, home::HomePage, not_found::NotFoundPage,
    review::ReviewPage,
};
use crate::routes::{self as paths, seg};
use crate::store::Store;

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
                <AppBanners unreadable_href=paths::DRAFTS/>
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment("") view=HomePage/>
                    <Route path=StaticSegment(seg::REVIEW) view=ReviewPage/>
                    <Route path=(StaticSegment(seg::REVIEW), ParamSegment("id"), ParamSegment("step")) view=EditorPage/>
                    <Route path=StaticSegment(seg::COMMITMENT) view=CommitmentPage/>
                    <Route path=(StaticSegment(seg::COMMITMENT), ParamSegment("id"), ParamSegment("step")) view=EditorPage/>
                    <Route path=StaticSegment(seg::DRAFTS) view=DraftsPage/>
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
