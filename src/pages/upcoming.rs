//! A screen whose feature is not built yet: says so plainly rather than showing a dead end.

use leptos::prelude::*;

use crate::app::paths;
use crate::components::page_heading::PageHeading;

/// `<Upcoming title="…" what="…"/>`: the heading of the future screen and what it will do.
#[component]
pub fn Upcoming(title: &'static str, what: &'static str) -> impl IntoView {
    view! {
        <PageHeading title=title/>
        <p>{what}</p>
        <p class="notice">"Phần này đang được xây dựng và sẽ có trong phiên bản tới."</p>
        <p><a href=paths::HOME>"Về trang chủ"</a></p>
    }
}
