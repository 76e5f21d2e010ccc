//! The frame of every app but the print views, and its start-up: the skip link, the header
//! (with the app's section: "Chi bộ", "Đảng ủy"), the page's banners, the main region and
//! the footer that says where the data stays. One frame, so the apps look and behave
//! alike, and focus moves to the new heading after every navigation, also when the page
//! was just loaded from another app's link.

use leptos::prelude::*;

use crate::components::app_banners::AppBanners;
use crate::components::focus::{focus_page_heading, FocusHeadingOnNavigate};

/// `<AppShell section=… unreadable_href=…>screen</AppShell>`. `section` names the app
/// beside the brand (none for the member's app); `unreadable_href` is where the banner of
/// an unreadable stored entry sends the user to deal with it.
#[component]
pub fn AppShell(
    #[prop(optional)] section: Option<&'static str>,
    #[prop(into)] unreadable_href: String,
    /// When the screens wait for something before they draw (the cell's reviews read
    /// from IndexedDB): the heading to focus exists once this is true.
    #[prop(optional, into)]
    ready: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    if crate::nav::arrived_from_other_app() {
        // Arriving from another app's link is a navigation like any other.
        match ready {
            None => request_animation_frame(focus_page_heading),
            Some(ready) => {
                Effect::new(move |done: Option<bool>| {
                    if done != Some(true) && ready.get() {
                        request_animation_frame(focus_page_heading);
                        return true;
                    }
                    done.unwrap_or(false)
                });
            }
        }
    }
    view! {
        <FocusHeadingOnNavigate/>
        <a class="skip-link" href="#noi-dung">"Bỏ qua, đến nội dung chính"</a>
        <header class="site-header">
            <a href=crate::routes::HOME class="brand">
                <span class="brand-mark" aria-hidden="true">"★"</span>
                <span class="brand-name">"Kiểm điểm đảng viên"</span>
            </a>
            {section.map(|s| view! { <span class="site-section">{s}</span> })}
        </header>
        <main id="noi-dung" class="site-main">
            <AppBanners unreadable_href=unreadable_href/>
            {children()}
        </main>
        <footer class="site-footer">
            <p>
                "Dữ liệu chỉ được lưu trong trình duyệt trên máy này. Ứng dụng không gửi "
                "gì lên mạng: chỉ những tệp đồng chí tự xuất ra mới rời khỏi máy."
            </p>
        </footer>
    }
}
