//! Focus after navigation.
//!
//! After each navigation focus moves to the new page's heading, so that a keyboard or
//! screen-reader user hears where they arrived instead of staying on a link that no longer
//! exists. A link that means to land on one field (e.g. "Sửa" on the review page) asks for
//! it first with [`FocusRequest::request`].
//!
//! Use `<FocusHeadingOnNavigate/>` once, inside the `<Router>`. The first render is left
//! alone: on a fresh load the browser already starts at the top of the page.

use crate::nav::use_location;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::page_heading::PAGE_HEADING_ID;

/// The element to focus after the next navigation, instead of the page heading.
#[derive(Clone, Copy)]
pub struct FocusRequest(RwSignal<Option<String>>);

impl FocusRequest {
    /// Focus the element with this DOM id after the next navigation.
    pub fn request(&self, dom_id: String) {
        self.0.set(Some(dom_id));
    }
}

/// The app's focus request.
pub fn use_focus_request() -> FocusRequest {
    expect_context::<FocusRequest>()
}

/// See the module documentation.
#[component]
pub fn FocusHeadingOnNavigate() -> impl IntoView {
    let request = FocusRequest(RwSignal::new(None));
    provide_context(request);
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            // The new route renders in this same tick; wait a frame so its elements exist.
            request_animation_frame(move || match request.0.try_update(Option::take).flatten() {
                Some(id) => {
                    if !focus_element(&id) {
                        focus_page_heading();
                    }
                }
                None => focus_page_heading(),
            });
        }
        path
    });
}

/// Focuses the element with this id; false when there is none.
pub fn focus_element(id: &str) -> bool {
    let el = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match el {
        Some(el) => {
            let _ = el.focus();
            true
        }
        None => false,
    }
}

/// Focuses the current page's `<h1>`, if there is one.
pub fn focus_page_heading() {
    focus_element(PAGE_HEADING_ID);
}
