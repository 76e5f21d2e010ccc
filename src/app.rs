//! The member app's shell: header, routes (from [`crate::routes`]), footer.
//! [`crate::nav`] keeps the user where they were on reload and on the back button.

use leptos::prelude::*;

use crate::components::app_banners::AppBanners;
use crate::components::focus::FocusHeadingOnNavigate;
use crate::pages::{
    commitment::CommitmentPage, drafts::DraftsPage, editor::EditorPage, home::HomePage, not_found::NotFoundPage,
    review::ReviewPage,
};
use crate::routes::{self as paths, seg};
use crate::store::Store;

/// The member app's screens.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Home,
    Review,
    ReviewStep,
    Commitment,
    CommitmentStep,
    Drafts,
    NotFound,
}

const ROUTES: crate::nav::Table<Screen> = &[
    (&[], Screen::Home),
    (&[seg::REVIEW], Screen::Review),
    (&[seg::REVIEW, ":id", ":step"], Screen::ReviewStep),
    (&[seg::COMMITMENT], Screen::Commitment),
    (&[seg::COMMITMENT, ":id", ":step"], Screen::CommitmentStep),
    (&[seg::DRAFTS], Screen::Drafts),
];

/// The whole app. Mounted by `main.rs`; tests mount it too.
#[component]
pub fn App() -> impl IntoView {
    Store::provide();
    let screen = crate::nav::provide(ROUTES, Screen::NotFound);
    view! {
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
                {move || match screen.get() {
                    Screen::Home => view! { <HomePage/> }.into_any(),
                    Screen::Review => view! { <ReviewPage/> }.into_any(),
                    Screen::ReviewStep | Screen::CommitmentStep => view! { <EditorPage/> }.into_any(),
                    Screen::Commitment => view! { <CommitmentPage/> }.into_any(),
                    Screen::Drafts => view! { <DraftsPage/> }.into_any(),
                    Screen::NotFound => view! { <NotFoundPage/> }.into_any(),
                }}
            </main>
            <footer class="site-footer">
                <p>
                    "Dữ liệu chỉ được lưu trong trình duyệt trên máy này. Ứng dụng không gửi "
                    "gì lên mạng: chỉ những tệp đồng chí tự xuất ra mới rời khỏi máy."
                </p>
            </footer>
    }
}
