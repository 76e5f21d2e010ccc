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

mod form {
    use super::*;
    use kiemdiem::components::form::field::{FieldView, Slot};
    use kiemdiem::components::form::Editor;
    use kiemdiem::domain::document::Document;
    use kiemdiem::domain::templates::{self, review_2025::ids};
    use kiemdiem::store::Store;

    /// Mounts one field of a fresh 2B review and returns the container.
    fn mount_field(id: &'static str) -> web_sys::HtmlElement {
        let doc = document();
        let container: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
        doc.body().unwrap().append_child(&container).unwrap();
        leptos::mount::mount_to(container.clone(), move || {
            let store = Store::provide();
            let t = templates::get("2025/2B").unwrap();
            let d = Document::new(format!("test-{id}"), t.id, 2025, kiemdiem::clock::now());
            store.put(d.clone());
            Editor::provide(t, d, store);
            let field = t.field(id).unwrap();
            let step = t.step_of_field(id).unwrap().id;
            view! { <FieldView field=field at=Slot::Field(id) step=step/> }
        })
        .forget();
        container
    }

    fn fire(target: &web_sys::EventTarget, name: &str) {
        target.dispatch_event(&web_sys::Event::new(name).unwrap()).unwrap();
    }

    #[wasm_bindgen_test]
    async fn a_bad_value_shows_its_message_tied_to_the_input() {
        let root = mount_field(ids::BIRTH_DATE);
        let input: web_sys::HtmlInputElement = root.query_selector("#f-birth_date").unwrap().unwrap().unchecked_into();
        let label = root.query_selector("label").unwrap().unwrap();
        assert_eq!(label.get_attribute("for").as_deref(), Some("f-birth_date"));
        assert_eq!(label.text_content().unwrap(), "Ngày sinh");

        input.set_value("31/02/1980");
        fire(&input, "input");
        fire(&input, "change");
        let error = root.query_selector("#e-birth_date").unwrap().unwrap();
        until("the error message", || !error.text_content().unwrap_or_default().is_empty()).await;
        assert!(error.text_content().unwrap().contains("Không có ngày này"));
        assert_eq!(error.get_attribute("aria-live").as_deref(), Some("polite"));
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        assert!(described.split(' ').any(|id| id == "e-birth_date"), "{described}");
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));

        input.set_value("05/01/1980");
        fire(&input, "input");
        until("the message to clear", || error.text_content().unwrap_or_default().is_empty()).await;
        assert_eq!(input.get_attribute("aria-invalid"), None);
    }

    #[wasm_bindgen_test]
    async fn rows_are_added_removed_and_restored() {
        let root = mount_field(ids::SHORTCOMINGS);
        let add: web_sys::HtmlElement = root.query_selector("#f-shortcomings").unwrap().unwrap().unchecked_into();
        add.click();
        add.click();
        until("two rows", || root.query_selector_all(".row-item").unwrap().length() == 2).await;
        let first: web_sys::HtmlTextAreaElement =
            root.query_selector("#f-shortcomings\\.0\\.text").unwrap().unwrap().unchecked_into();
        first.set_value("Chậm nộp báo cáo");
        fire(&first, "input");

        let remove: web_sys::HtmlElement =
            root.query_selector("button[aria-label='Xoá dòng 1']").unwrap().unwrap().unchecked_into();
        remove.click();
        until("one row", || root.query_selector_all(".row-item").unwrap().length() == 1).await;
        let status = root.query_selector(".rows-status").unwrap().unwrap();
        assert!(status.text_content().unwrap().contains("Đã xoá dòng 1."));

        let undo: web_sys::HtmlElement = root.query_selector("#undo-shortcomings").unwrap().unwrap().unchecked_into();
        undo.click();
        until("two rows again", || root.query_selector_all(".row-item").unwrap().length() == 2).await;
        let restored: web_sys::HtmlTextAreaElement =
            root.query_selector("#f-shortcomings\\.0\\.text").unwrap().unwrap().unchecked_into();
        assert_eq!(restored.value(), "Chậm nộp báo cáo");
    }
}

mod storage {
    use super::*;
    use kiemdiem::domain::document::Document;
    use kiemdiem::domain::file;
    use kiemdiem::storage as st;
    use kiemdiem::store::{SaveStatus, Store, APP_VERSION};

    fn clear() {
        let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        s.clear().unwrap();
    }

    fn sample(id: &str) -> Document {
        let mut d = Document::new(id.into(), "2025/2B", 2025, kiemdiem::clock::now());
        d.set_text("full_name", "Nguyễn Văn An");
        d
    }

    #[wasm_bindgen_test]
    fn a_written_envelope_reads_back_from_local_storage() {
        clear();
        assert_eq!(st::probe(), Ok(()));
        let env = file::wrap(&sample("s-1"), APP_VERSION).unwrap();
        let text = st::write(&env).unwrap();
        assert_eq!(st::read(&st::key_of("s-1")), Some(text.clone()));
        assert_eq!(st::entries(), vec![(st::key_of("s-1"), text.clone())]);
        let file::Payload::Document(back) = file::read(text.as_bytes()).unwrap().value else { panic!() };
        assert_eq!(back, sample("s-1").clone_with_times(&back));
        st::remove(&st::key_of("s-1"));
        assert!(st::entries().is_empty());
    }

    #[wasm_bindgen_test]
    fn the_store_loads_drafts_and_quarantines_what_it_cannot_read() {
        clear();
        let env = file::wrap(&sample("s-2"), APP_VERSION).unwrap();
        st::write(&env).unwrap();
        let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        s.set_item("kiemdiem/doc/broken", "{not json").unwrap();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            assert_eq!(store.list().len(), 1);
            assert_eq!(store.get_untracked("s-2").unwrap().text("full_name"), "Nguyễn Văn An");
            let q = store.quarantine.get_untracked();
            assert_eq!(q.len(), 1);
            assert!(q[0].message.contains("dòng 1"), "{}", q[0].message);
            // Quarantine never deletes by itself.
            assert_eq!(s.get_item("kiemdiem/doc/broken").unwrap().as_deref(), Some("{not json"));
        });
    }

    #[wasm_bindgen_test]
    fn a_save_never_overwrites_an_entry_another_tab_changed() {
        clear();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            store.put(sample("s-3"));
            store.flush();
            assert!(matches!(store.status.get_untracked(), SaveStatus::Saved(_)));
            // Another tab writes its own version behind this tab's back.
            let mut theirs = sample("s-3");
            theirs.set_text("full_name", "Bản của thẻ khác");
            let their_text = st::write(&file::wrap(&theirs, APP_VERSION).unwrap()).unwrap();
            store.update("s-3", |d| d.set_text("full_name", "Bản của thẻ này"));
            store.flush();
            assert_eq!(st::read(&st::key_of("s-3")), Some(their_text));
            assert!(store.conflicts.get_untracked().contains_key("s-3"));
            store.resolve("s-3", true);
            assert!(st::read(&st::key_of("s-3")).unwrap().contains("Bản của thẻ này"));
        });
    }

    #[wasm_bindgen_test]
    fn an_entry_written_by_a_newer_app_is_never_written_over() {
        clear();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            store.put(sample("s-4"));
            store.flush();
            // A newer version of the app, in another tab, rewrites the entry in its format.
            let newer = r#"{"format":"kiemdiem","format_version":9,"kind":"review","id":"s-4"}"#;
            let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
            s.set_item(&st::key_of("s-4"), newer).unwrap();
            store.update("s-4", |d| d.set_text("full_name", "Sửa ở thẻ cũ"));
            store.flush();
            assert_eq!(st::read(&st::key_of("s-4")).as_deref(), Some(newer));
            assert!(matches!(store.status.get_untracked(), SaveStatus::Failed(ref why) if why.contains("phiên bản mới hơn")));
            assert!(store.conflicts.get_untracked().is_empty(), "no choice is offered that could overwrite it");
            // The edit is still on screen (in memory).
            assert_eq!(store.get_untracked("s-4").unwrap().text("full_name"), "Sửa ở thẻ cũ");
        });
    }
}


/// The cell store keeps a workspace and its reviews in the browser's storage: a new store
/// (a reload) reads them back; an entry it cannot read is listed and left in place.
#[wasm_bindgen_test]
fn cell_store_keeps_workspaces_and_reviews_and_never_deletes_a_bad_entry() {
    use kiemdiem::cell::store::CellStore;
    use kiemdiem::domain::cell::model::Workspace;
    use kiemdiem::domain::document::Document;
    use kiemdiem::domain::templates::review_2025::ids;

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("kiemdiem/cell/hong", "{ không phải JSON").unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").unwrap();
    let owner = Owner::new();
    owner.set();
    let store = CellStore::provide();
    let mut ws = Workspace::new("ws-web".into(), 2025, now);
    ws.profile.cell = "Chi bộ 3".into();
    store.create(ws);
    let mut doc = Document::new("doc-web".into(), "2025/2B", 2025, now);
    doc.set_text(ids::FULL_NAME, "Nguyễn Văn An");
    let outcomes = store.import("ws-web", vec![("a.json".into(), Ok(doc.clone()))]);
    assert_eq!(outcomes.len(), 1);
    store.update("ws-web", |w| w.members[0].comment = "Gương mẫu".into());
    store.flush();

    // A reload: a fresh store reads everything back.
    let again = Owner::new();
    again.set();
    let reloaded = CellStore::provide();
    let ws = reloaded.get("ws-web").expect("the workspace is back");
    assert_eq!(ws.members.len(), 1);
    assert_eq!(ws.members[0].comment, "Gương mẫu");
    assert_eq!(reloaded.review("ws-web", "doc-web"), Some(doc));
    let bad = reloaded.unreadable.get_untracked();
    assert_eq!(bad.len(), 1);
    assert!(bad[0].1.contains("lỗi cú pháp JSON"), "{}", bad[0].1);
    assert_eq!(storage.get_item("kiemdiem/cell/hong").unwrap().as_deref(), Some("{ không phải JSON"));
    storage.clear().unwrap();
}
