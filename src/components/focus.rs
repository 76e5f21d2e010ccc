//! Moves keyboard and screen-reader focus to the new page's heading after each navigation,
//! so that a user who follows a link hears where they arrived instead of staying on a link
//! that no longer exists.
//!
//! Use once, inside the `<Router>`. The first render is left alone: on a fresh load the
//! browser already starts at the top of the page.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::page_heading::PAGE_HEADING_ID;

/// See the module documentation.
#[component]
pub fn FocusHeadingOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // The new route renders in this same tick; wait a frame so its heading exists.
            request_animation_frame(focus_page_heading);
        }
        path
    });
}

/// Focuses the current page's `<h1>`, if there is one.
pub fn focus_page_heading() {
    let heading = document().get_element_by_id(PAGE_HEADING_ID);
    if let Some(el) = heading.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = el.focus();
    }
}
