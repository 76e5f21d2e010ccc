//! Browser tier: components and browser-side code in a real headless Chromium, run by
//! `cargo test --target wasm32-unknown-unknown --test web` (wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Yields to the browser's event loop once (a macrotask), so that effects and the
/// router's rendering can run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `cond` holds, checking after each turn of the event loop; fails after 500
/// turns so that a broken app cannot hang the suite.
async fn until(what: &str, mut cond: impl FnMut() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        tick().await;
    }
    panic!("timed out waiting for: {what}");
}

/// Mounts the whole app into a fresh container and returns the container.
fn mount_app() -> web_sys::HtmlElement {
    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), kiemdiem::App).forget();
    container
}

#[wasm_bindgen_test]
async fn app_mounts_with_header_main_and_footer() {
    let root = mount_app();
    until("a page heading", || root.query_selector("h1").unwrap().is_some()).await;
    assert!(root.query_selector("header.site-header").unwrap().is_some());
    assert!(root.query_selector("main#noi-dung").unwrap().is_some());
    let footer = root.query_selector("footer").unwrap().unwrap();
    assert!(footer.text_content().unwrap().contains("trên máy này"));
    // Exactly one page heading, whatever route the test page happens to be on.
    assert_eq!(root.query_selector_all("h1").unwrap().length(), 1);
}

#[wasm_bindgen_test]
fn page_heading_sets_the_title_and_can_take_focus() {
    use kiemdiem::components::focus::focus_page_heading;
    use kiemdiem::components::page_heading::PageHeading;

    let doc = document();
    let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), || view! { <PageHeading title="Thử tiêu đề"/> }).forget();

    assert_eq!(doc.title(), "Thử tiêu đề · Kiểm điểm đảng viên");
    let heading = container.query_selector("h1").unwrap().unwrap();
    assert_eq!(heading.get_attribute("tabindex").as_deref(), Some("-1"));
    focus_page_heading();
    let active = doc.active_element().unwrap();
    assert_eq!(active.id(), kiemdiem::components::page_heading::PAGE_HEADING_ID);
}
