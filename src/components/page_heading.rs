//! The `<h1>` of a screen, which also sets the document title.
//!
//! Every page uses it exactly once; [`super::focus::FocusHeadingOnNavigate`] finds it by its
//! id to move focus there after navigation.

use leptos::prelude::*;

/// The id of the current page's heading.
pub const PAGE_HEADING_ID: &str = "tieu-de-trang";

/// The app's name, appended to every document title.
pub const APP_NAME: &str = "Kiểm điểm đảng viên";

/// A page heading: `<PageHeading title="Bản nháp trên máy này"/>`.
#[component]
pub fn PageHeading(#[prop(into)] title: String) -> impl IntoView {
    document().set_title(&format!("{title} · {APP_NAME}"));
    view! { <h1 id=PAGE_HEADING_ID tabindex="-1">{title}</h1> }
}
