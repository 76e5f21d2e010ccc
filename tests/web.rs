//! Browser tier: components and browser-side code in a real headless Chromium, run by
//! `cargo test --target wasm32-unknown-unknown --test web` (wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code: a failed unwrap is a failed test")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Yields to the browser's event loop once (a macrotask), so that effects and the
/// router's rendering can run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
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
    use kiemdiem::store::Store;
    use kiemdiem_core::document::Document;
    use kiemdiem_core::templates::{self, review_2025::ids};

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
    use kiemdiem::persist::keys::Key;
    use kiemdiem::persist::{local, SaveStatus};
    use kiemdiem::store::{Store, APP_VERSION};
    use kiemdiem_core::document::Document;
    use kiemdiem_core::file;
    use kiemdiem_core::ids::DocId;
    use kiemdiem_core::record::{record_text, split_record, RecordHead};

    fn clear() {
        let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        s.clear().unwrap();
    }

    fn sample(id: &str) -> Document {
        let mut d = Document::new(id, "2025/2B", 2025, kiemdiem::clock::now());
        d.set_text("full_name", "Nguyễn Văn An");
        d
    }

    fn key(id: &str) -> String {
        Key::Doc(id.into()).text()
    }

    fn id(id: &str) -> DocId {
        DocId::from(id)
    }

    /// What another tab (or another device's import) writes: a record of its own revision.
    fn write_as_other_tab(doc: &Document, rev: u64) -> String {
        let text =
            record_text(RecordHead { rev, mine: true }, &file::to_storage_text(&file::wrap(doc, APP_VERSION).unwrap()));
        local::write(&key(&doc.id), &text).unwrap();
        text
    }

    #[wasm_bindgen_test]
    fn local_storage_reads_back_what_it_wrote() {
        clear();
        assert_eq!(local::probe(), Ok(()));
        local::write(&key("s-1"), "ấ text").unwrap();
        assert_eq!(local::read(&key("s-1")).as_deref(), Some("ấ text"));
        assert_eq!(local::entries_under("kiemdiem/doc/"), vec![(key("s-1"), "ấ text".to_owned())]);
        local::remove(&key("s-1"));
        assert!(local::entries_under("kiemdiem/doc/").is_empty());
    }

    #[wasm_bindgen_test]
    fn the_store_loads_drafts_and_quarantines_what_it_cannot_read() {
        clear();
        write_as_other_tab(&sample("s-2"), 5);
        let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        s.set_item("kiemdiem/doc/broken", "{not json").unwrap();
        // An entry of an earlier version of the app (a plain envelope) is read as it was.
        s.set_item(&key("old"), &file::to_storage_text(&file::wrap(&sample("old"), APP_VERSION).unwrap())).unwrap();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            assert_eq!(store.list().len(), 2);
            assert_eq!(store.get_untracked(&id("s-2")).unwrap().text("full_name"), "Nguyễn Văn An");
            assert!(store.get_untracked(&id("old")).is_some());
            let q = store.quarantine.get_untracked();
            assert_eq!(q.len(), 1);
            assert!(q[0].message.contains("dòng 1"), "{}", q[0].message);
            // Quarantine never deletes by itself.
            assert_eq!(s.get_item("kiemdiem/doc/broken").unwrap().as_deref(), Some("{not json"));
            // A write gives every record a revision.
            store.update(&id("old"), |d| d.set_text("full_name", "Lê Văn Cũ"));
            store.flush();
            let (head, _) = split_record(&local::read(&key("old")).unwrap()).to_owned();
            assert!(head.rev > 0 && head.mine);
        });
    }

    #[wasm_bindgen_test]
    fn a_save_never_lands_on_a_revision_this_tab_has_not_seen() {
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
            let their_text = write_as_other_tab(&theirs, u64::MAX - 1);
            store.update(&id("s-3"), |d| d.set_text("full_name", "Bản của thẻ này"));
            store.flush();
            assert_eq!(local::read(&key("s-3")), Some(their_text));
            assert!(store.in_conflict(&id("s-3")));
            store.resolve(&id("s-3"), true);
            assert!(local::read(&key("s-3")).unwrap().contains("Bản của thẻ này"));
            assert!(!store.in_conflict(&id("s-3")));
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
            local::write(&key("s-4"), newer).unwrap();
            store.update(&id("s-4"), |d| d.set_text("full_name", "Sửa ở thẻ cũ"));
            store.flush();
            assert_eq!(local::read(&key("s-4")).as_deref(), Some(newer));
            assert!(
                matches!(store.status.get_untracked(), SaveStatus::Failed(ref why) if why.contains("phiên bản mới hơn"))
            );
            assert!(!store.in_conflict(&id("s-4")), "no choice is offered that could overwrite it");
            // The edit is still on screen (in memory).
            assert_eq!(store.get_untracked(&id("s-4")).unwrap().text("full_name"), "Sửa ở thẻ cũ");
        });
    }

    #[wasm_bindgen_test]
    fn a_delete_never_removes_an_entry_this_tab_cannot_read() {
        clear();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            store.put(sample("s-6"));
            store.flush();
            // Another tab (a newer app) rewrote the entry in a form this one cannot read.
            let newer = r#"{"format":"kiemdiem","format_version":9,"kind":"review","id":"s-6"}"#;
            local::write(&key("s-6"), newer).unwrap();
            let _ = store.remove(&DocId::from("s-6"));
            assert_eq!(local::read(&key("s-6")).as_deref(), Some(newer), "never deleted");
            assert!(
                store.quarantine.get_untracked().iter().any(|q| q.newer && q.text == newer),
                "listed as unreadable"
            );
        });
    }

    #[wasm_bindgen_test]
    fn an_import_never_replaces_an_edit_and_undo_never_restores_over_a_newer_version() {
        use kiemdiem::store::{ImportOutcome, Restored};
        clear();
        let owner = leptos::prelude::Owner::new();
        owner.with(|| {
            let store = Store::provide();
            let original = sample("s-5");
            assert_eq!(store.import(original.clone(), false, "a.json"), Ok(ImportOutcome::Added));
            // Only ever from files: a newer file replaces it.
            let mut newer = original.clone();
            newer.updated += chrono::Duration::hours(1);
            newer.set_text("unit", "Sở A");
            assert_eq!(store.import(newer.clone(), false, "b.json"), Ok(ImportOutcome::Updated));
            // Edited here: an even newer file is kept beside it.
            store.update(&id("s-5"), |d| d.set_text("unit", "Sở của tôi"));
            let mut newest = newer.clone();
            newest.updated += chrono::Duration::hours(1);
            assert!(matches!(store.import(newest, false, "c.json"), Ok(ImportOutcome::Copied(_))));
            assert_eq!(store.get_untracked(&id("s-5")).unwrap().text("unit"), "Sở của tôi");
            assert_eq!(store.list().len(), 2);
            // Undo after a re-import keeps the re-imported version.
            let gone = store.remove(&id("s-5")).unwrap();
            assert_eq!(store.import(original.clone(), false, "a.json"), Ok(ImportOutcome::Added));
            assert!(matches!(store.restore(gone), Restored::AsCopy(_)));
            assert_eq!(store.get_untracked(&id("s-5")), Some(original));
            assert_eq!(store.list().len(), 3);
        });
    }
}

/// The cell store keeps a workspace and one record per member in local storage and its
/// reviews in IndexedDB: a new store (a reload) reads them back; a review an earlier
/// version kept in local storage moves to IndexedDB; an entry it cannot read is listed and
/// left in place; removing a member removes their review.
#[wasm_bindgen_test]
async fn cell_store_keeps_workspaces_and_reviews_and_never_deletes_a_bad_entry() {
    use kiemdiem::cell::store::{CellStore, Loaded};
    use kiemdiem::store::Store;
    use kiemdiem_core::cell::model::Workspace;
    use kiemdiem_core::document::Document;
    use kiemdiem_core::ids::{DocId, WorkspaceId};
    use kiemdiem_core::intake::Item;
    use kiemdiem_core::templates::review_2025::ids;

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage.set_item("kiemdiem/cell/hong", "{ không phải JSON").unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").unwrap();
    let owner = Owner::new();
    owner.set();
    Store::provide();
    let store = CellStore::provide();
    until("the reviews read", || store.loaded.get_untracked() == Loaded::Ready).await;
    let ws_id = WorkspaceId::from("ws-web");
    let mut ws = Workspace::new(ws_id.clone(), 2025, now);
    ws.profile.cell = "Chi bộ 3".into();
    store.create(ws);
    let mut doc = Document::new("doc-web", "2025/2B", 2025, now);
    doc.set_text(ids::FULL_NAME, "Nguyễn Văn An");
    let outcomes = store
        .import(&ws_id, vec![Item::Doc { label: "a.json".into(), doc: doc.clone(), changed: false }])
        .await
        .unwrap();
    assert_eq!(outcomes.len(), 1);
    // An earlier version's review in local storage, of another workspace: moved at start.
    let mut old = Document::new("doc-old", "2025/2B", 2025, now);
    old.set_text(ids::FULL_NAME, "Lê Văn Cũ");
    let old_text = kiemdiem_core::file::to_storage_text(&kiemdiem_core::file::wrap(&old, "test").unwrap());
    storage.set_item("kiemdiem/cell/ws-cu/r/doc-old", &old_text).unwrap();
    store.update(&ws_id, |w| w.members[0].comment = "Gương mẫu".into());
    kiemdiem::persist::use_hub().flush();
    let member_id = store.get(&ws_id).unwrap().members[0].id.clone();
    assert!(storage.get_item(&format!("kiemdiem/cell/ws-web/m/{member_id}")).unwrap().unwrap().contains("Gương mẫu"));

    // A reload: a fresh store reads everything back.
    let again = Owner::new();
    again.set();
    Store::provide();
    let reloaded = CellStore::provide();
    until("the reviews read again", || reloaded.loaded.get_untracked() == Loaded::Ready).await;
    let ws = reloaded.get(&ws_id).expect("the workspace is back");
    assert_eq!(ws.members.len(), 1);
    assert_eq!(ws.members[0].comment, "Gương mẫu");
    assert_eq!(reloaded.review(&ws_id, &DocId::from("doc-web")), Some(doc));
    assert_eq!(reloaded.review(&WorkspaceId::from("ws-cu"), &DocId::from("doc-old")), Some(old), "moved to IndexedDB");
    assert_eq!(storage.get_item("kiemdiem/cell/ws-cu/r/doc-old").unwrap(), None, "and out of local storage");
    assert_eq!(storage.get_item("kiemdiem/cell/ws-web/r/doc-web").unwrap(), None, "reviews are not in local storage");
    let bad = reloaded.unreadable.get_untracked();
    assert_eq!(bad.len(), 1);
    assert!(bad[0].message.contains("bị hỏng (chỗ hỏng ở dòng 1)"), "{}", bad[0].message);
    assert_eq!(storage.get_item("kiemdiem/cell/hong").unwrap().as_deref(), Some("{ không phải JSON"));

    // Removing the member removes their stored review too.
    reloaded.update(&ws_id, |w| w.members.clear());
    kiemdiem::persist::use_hub().flush();
    assert_eq!(storage.get_item(&format!("kiemdiem/cell/ws-web/m/{member_id}")).unwrap(), None);
    until("the review gone", || reloaded.review(&ws_id, &DocId::from("doc-web")).is_none()).await;
    let (_, reviews) = kiemdiem::cell::store::read_workspace(&ws_id).await.unwrap();
    assert!(reviews.is_empty(), "gone from IndexedDB too");
    reloaded.remove(&WorkspaceId::from("ws-cu"));
    storage.clear().unwrap();
}

/// Two tabs on one workspace (two stores on one storage, neither hearing the other): edits
/// to different members never clash; the same member edited in both ends in a choice.
#[wasm_bindgen_test]
fn two_cell_stores_editing_different_members_never_clash() {
    use kiemdiem::cell::store::CellStore;
    use kiemdiem::store::Store;
    use kiemdiem_core::cell::model::{Member, Workspace};
    use kiemdiem_core::ids::WorkspaceId;

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2025-12-01T08:00:00+07:00").unwrap();
    let tab = || {
        // A root of its own, as a page is: its own hub, its own stores.
        let owner = Owner::new_root(None);
        owner.set();
        Store::provide();
        (owner, CellStore::provide(), kiemdiem::persist::use_hub())
    };
    let (_a_owner, a, a_hub) = tab();
    let ws_id = WorkspaceId::from("ws-2");
    let mut ws = Workspace::new(ws_id.clone(), 2025, now);
    ws.members = ["m1", "m2"].iter().map(|id| Member::by_hand(*id, format!("Đồng chí {id}"))).collect();
    a.create(ws);
    let (_b_owner, b, b_hub) = tab();
    a.update(&ws_id, |w| w.members[0].comment = "Ý kiến của A".into());
    a_hub.flush();
    b.update(&ws_id, |w| w.members[1].comment = "Ý kiến của B".into());
    b_hub.flush();
    assert!(b_hub.conflicts.get_untracked().is_empty(), "different members never clash");
    let (_c_owner, c, _) = tab();
    let back = c.get(&ws_id).unwrap();
    assert_eq!((back.members[0].comment.as_str(), back.members[1].comment.as_str()), ("Ý kiến của A", "Ý kiến của B"));

    // The same member in both: B has not seen A's write, so B asks.
    a.update(&ws_id, |w| w.members[0].comment = "A lần hai".into());
    a_hub.flush();
    b.update(&ws_id, |w| w.members[0].comment = "B lần hai".into());
    b_hub.flush();
    assert_eq!(b_hub.conflicts.get_untracked().len(), 1);
    assert!(storage.get_item("kiemdiem/cell/ws-2/m/m1").unwrap().unwrap().contains("A lần hai"));
    let key = b_hub.conflicts.get_untracked().keys().next().cloned().unwrap();
    b_hub.resolve(&key, false);
    assert_eq!(b.get(&ws_id).unwrap().members[0].comment, "A lần hai");
    storage.clear().unwrap();
}

/// A committee whose disk is full is told to make room, not that the browser failed
/// (src/persist/idb.rs): the browser's reason is read from the error itself, whatever the
/// release build prints for errors.
#[wasm_bindgen_test]
fn a_full_disk_is_told_apart_from_other_refusals() {
    use kiemdiem::persist::idb::{classify, IdbError};
    let named = |name: &str| web_sys::DomException::new_with_message_and_name("refused", name).unwrap();
    let full = rexie::Error::IdbError(idb::Error::DomException(named("QuotaExceededError")));
    assert_eq!(classify(&full), IdbError::Full);
    let put = rexie::Error::IdbError(idb::Error::UpdateFailed(named("QuotaExceededError").into()));
    assert_eq!(classify(&put), IdbError::Full, "a put refused at once");
    let other = rexie::Error::IdbError(idb::Error::DomException(named("InvalidStateError")));
    assert_eq!(classify(&other), IdbError::Failed);
    assert_eq!(classify(&rexie::Error::TransactionAbortFailed), IdbError::Failed);
}

/// The member's use-cases (src/member/actions.rs), without a page: a review and a
/// commitment start from what is on this device and say what they carried; a form the app
/// does not have starts nothing; files into the drafts are reported document by document.
mod member_actions {
    use super::*;
    use kiemdiem::member::actions::{self, ReviewStart};
    use kiemdiem::store::Store;
    use kiemdiem_core::document::Document;
    use kiemdiem_core::file;
    use kiemdiem_core::ids::DocId;
    use kiemdiem_core::templates::review_2025::ids;

    fn last_year() -> Document {
        let mut d = Document::new("last-year", "2025/2B", 2024, kiemdiem::clock::now());
        d.set_text(ids::FULL_NAME, "Nguyễn Văn An");
        d
    }

    #[wasm_bindgen_test]
    fn a_review_and_a_commitment_start_from_what_is_on_this_device() {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
        let owner = Owner::new();
        owner.with(|| {
            let store = Store::provide();
            store.put(last_year());
            let unknown = ReviewStart { template: "2019/X".into(), year: 2025, ..Default::default() };
            assert_eq!(actions::start_review(store, &unknown), None);
            assert_eq!(store.list().len(), 1, "nothing kept for a form the app does not have");

            let start = ReviewStart {
                template: "2025/2B".into(),
                year: 2025,
                last_review: Some(DocId::from("last-year")),
                ..Default::default()
            };
            let started = actions::start_review(store, &start).expect("started");
            let doc = store.get_untracked(&started.id).expect("kept");
            assert_eq!((doc.template.as_str(), doc.year, doc.text(ids::FULL_NAME)), ("2025/2B", 2025, "Nguyễn Văn An"));
            assert!(started.href.starts_with(&format!("/ban-kiem-diem/{}/", started.id)), "{}", started.href);
            assert!(started.note.as_deref().is_some_and(|n| n.contains("mục III")), "{:?}", started.note);

            let c = actions::start_commitment(store, 2026, Some(&last_year()), None);
            let doc = store.get_untracked(&c.id).expect("kept");
            assert_eq!((doc.template.as_str(), doc.year), (actions::COMMITMENT_TEMPLATE, 2026));
            assert_eq!(c.href, format!("/ban-cam-ket/{}/thong-tin", c.id));
            assert!(c.note.as_deref().is_some_and(|n| n.contains("bản kiểm điểm năm 2024")), "{:?}", c.note);
        });
    }

    #[wasm_bindgen_test]
    fn files_into_the_drafts_are_reported_document_by_document() {
        web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
        let owner = Owner::new();
        owner.with(|| {
            let store = Store::provide();
            let err = actions::read_review_file("hong.json", b"{").unwrap_err();
            assert!(err.contains("\"hong.json\""), "{err}");
            let mut other = last_year();
            other.id = DocId::from("other");
            let backup = file::wrap_backup(&[last_year(), other], "b", kiemdiem::clock::now(), "test");
            let lines = actions::import_file(store, "sao-luu.json", file::to_file_text(&backup).as_bytes());
            assert_eq!(lines.len(), 3, "{lines:?}");
            assert!(lines[0].note && lines[0].text.starts_with("Tệp sao lưu \"sao-luu.json\" có 2 văn bản"));
            assert!(lines[1..].iter().all(|l| l.ok && l.text.contains("đã thêm")), "{lines:?}");
            assert_eq!(store.list().len(), 2);
            let again = actions::import_file(store, "broken.json", b"not json");
            assert!(!again[0].ok && again[0].text.contains("\"broken.json\""), "{again:?}");
            assert_eq!(store.list().len(), 2, "a refused file changes nothing");
            let (name, text, count) = actions::backup_file(store);
            assert!(name.starts_with("kiem-diem-sao-luu-") && name.ends_with(".json"), "{name}");
            assert_eq!(count, 2);
            let back = actions::import_file(store, &name, text.as_bytes());
            assert!(back[1..].iter().all(|l| l.ok && l.text.contains("đã có trên máy")), "{back:?}");
        });
    }
}

/// The cell's and the committee's use-cases (src/cell/actions.rs, src/committee/actions.rs)
/// without a page, and the committee's store over IndexedDB: a member's file goes into a
/// workspace, the bundle made from it goes into a committee beside a broken file (refused,
/// named, nothing else changed), and a reload reads the cell back from IndexedDB.
#[wasm_bindgen_test]
async fn a_members_file_goes_up_from_the_cell_to_the_committee_and_stays_there() {
    use kiemdiem::cell::{actions as cell_actions, store::CellStore};
    use kiemdiem::committee::{
        actions as committee_actions,
        store::{Cells, CommitteeStore},
    };
    use kiemdiem::store::Store;
    use kiemdiem_core::cell::intake::read_cell_file;
    use kiemdiem_core::cell::model::Workspace;
    use kiemdiem_core::document::Document;
    use kiemdiem_core::file;
    use kiemdiem_core::ids::WorkspaceId;
    use kiemdiem_core::templates::review_2025::ids;

    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let now = kiemdiem::clock::now();
    let owner = Owner::new_root(None);
    owner.set();
    let docs = Store::provide();
    let cell = CellStore::provide();
    until("the reviews read", || cell.loaded.get_untracked() == kiemdiem::cell::store::Loaded::Ready).await;
    let ws_id = WorkspaceId::from("ws-len");
    let mut ws = Workspace::new(ws_id.clone(), 2025, now);
    ws.profile.cell = "Chi bộ 3".into();
    ws.profile.party_committee = "Đảng ủy phường Ba Đình".into();
    cell.create(ws);

    let mut review = Document::new("review-an", "2025/2B", 2025, now);
    review.set_text(ids::FULL_NAME, "Nguyễn Văn An");
    let text = file::to_file_text(&file::wrap(&review, "test").unwrap());
    let report = cell_actions::take_files(cell, docs, &ws_id, 1, read_cell_file("an.json", text.as_bytes())).await;
    assert!(report.summary.starts_with("Đã xử lý 1 tệp: 1 nhận mới"), "{}", report.summary);
    assert_eq!(cell.get(&ws_id).unwrap().members.len(), 1);

    let report_id = cell_actions::ensure_report(cell, docs, &ws_id).expect("Mẫu 01 started");
    assert_eq!(cell_actions::ensure_report(cell, docs, &ws_id), Some(report_id), "started once");
    let (name, bundle) = cell_actions::bundle_file(cell, docs, &ws_id).expect("the bundle");
    assert!(name.ends_with(".json"), "{name}");
    let again = cell_actions::open_file(cell, &name, bundle.as_bytes()).await;
    assert!(again[0].contains("đã có trên máy này"), "the same workspace is not opened twice: {again:?}");
    let broken = cell_actions::open_file(cell, "hong.json", b"{").await;
    assert!(broken[0].contains("\"hong.json\""), "{broken:?}");
    let wrong_year = cell_actions::read_pack_for(2025, "bo.json", b"{").unwrap_err();
    assert!(wrong_year.contains("\"bo.json\""), "{wrong_year}");
    // A pack handed to members is named by its committee and year, never with a dangling dash.
    let (pack_name, pack_text) = cell_actions::pack_file(&kiemdiem_core::pack::Pack::blank("", 2025));
    assert_eq!(pack_name, "bo-tieu-chi-2025.json");
    assert!(pack_text.contains("\"year\": 2025"), "{pack_text}");
    // Last year's Mẫu 01 fills this year's section III.
    let last = Document::new("mau-01-2024", kiemdiem_core::templates::cell_2025::ID, 2024, now);
    let said = cell_actions::carry_last_year(cell, docs, &ws_id, &last, "cu.json");
    assert!(said.starts_with("Tệp \"cu.json\" (gói chi bộ năm 2024): đã điền"), "{said}");
    // A member's file chosen on the page goes through the same reader.
    let mut second = Document::new("review-binh", "2025/2B", 2025, now);
    second.set_text(ids::FULL_NAME, "Trần Thị Bình");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file::to_file_text(
        &file::wrap(&second, "test").unwrap(),
    )));
    let chosen = web_sys::File::new_with_str_sequence(&parts, "binh.json").unwrap();
    let report = cell_actions::import_files(cell, docs, &ws_id, vec![chosen], |_, _| {}).await;
    assert!(report.summary.starts_with("Đã xử lý 1 tệp: 1 nhận mới"), "{}", report.summary);
    assert_eq!(cell.get(&ws_id).unwrap().members.len(), 2);

    let committee = CommitteeStore::provide();
    let c = committee.create(2025);
    kiemdiem::persist::use_hub().flush();
    let as_file = |name: &str, text: &str| {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        web_sys::File::new_with_str_sequence(&parts, name).unwrap()
    };
    let files = vec![as_file(&name, &bundle), as_file("hong.json", "{")];
    let report = committee_actions::import_files(committee, &c, files, |_, _, _| {}).await;
    assert_eq!(report.summary, "Đã xử lý 2 tệp: 1 tệp được nhận hoặc đã có, 1 tệp không nhận.");
    assert!(!report.lines[0].ok && report.lines[0].text.contains("\"hong.json\""), "{:?}", report.lines);
    assert!(report.lines[1].ok, "{:?}", report.lines);

    // A reload: a new page's store reads the committee from local storage and its cell
    // from IndexedDB.
    let again = Owner::new_root(None);
    again.set();
    let reloaded = CommitteeStore::provide();
    assert!(reloaded.get(&c).is_some(), "the committee is back");
    let _ = reloaded.cells(&c);
    until(
        "the cell read back from IndexedDB",
        || matches!(reloaded.cells(&c), Cells::Ready(list) if list.len() == 1 && list[0].members.len() == 1),
    )
    .await;
    let Cells::Ready(list) = reloaded.cells(&c) else { unreachable!() };
    let head = reloaded.get(&c).unwrap();
    let (file_name, text) =
        committee_actions::decision_file(&head, &list, &Default::default(), Some(&ws_id)).expect("a decision file");
    assert!(file_name.ends_with(".json") && text.contains("\"ws-len\""), "{file_name}");
    let none = committee_actions::decision_file(&head, &list, &Default::default(), Some(&WorkspaceId::from("x")));
    assert_eq!(none.unwrap_err(), "Hãy chọn một chi bộ trong danh sách.");
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
}

/// The committee's criteria pack without a page (src/committee/actions.rs): a blank pack is
/// not exported while its issuer and criteria are missing; a pack file of another year is
/// taken with its cap settings and says so; a broken file is refused by name.
#[wasm_bindgen_test]
async fn the_committee_starts_opens_and_checks_its_criteria_pack() {
    use kiemdiem::committee::actions::{self, PackExport};
    use kiemdiem::committee::store::CommitteeStore;
    use kiemdiem_core::file;
    use kiemdiem_core::pack::{wrap_pack, Group, Pack, PackCap, PackForm};

    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let owner = Owner::new_root(None);
    owner.set();
    let store = CommitteeStore::provide();
    let c = store.create(2025);
    assert_eq!(actions::export_pack(store, &c).await, None, "no pack yet");

    assert!(actions::start_pack(store, &c).starts_with("Đã bắt đầu bộ tiêu chí mới cho Mẫu 2B."));
    let blank = store.get_untracked(&c).unwrap().profile.pack.unwrap();
    assert_eq!(blank.forms.keys().copied().collect::<Vec<_>>(), vec![PackForm::Member]);
    let Some(PackExport::Unfinished(why)) = actions::export_pack(store, &c).await else { panic!("refused") };
    assert!(why.starts_with("Chưa xuất tệp: bộ tiêu chí còn 5 điều cần sửa"), "{why}");

    let mut pack = Pack::blank("Đảng ủy phường Ba Đình", 2024);
    pack.issuer.number = "05-HD/ĐU".into();
    pack.issuer.date = "10/11/2024".into();
    for (group, max) in [(Group::General, "30"), (Group::Results, "70")] {
        let row = &mut pack.criteria_mut(PackForm::Member, group).unwrap()[0];
        row.title = "Tiêu chí".into();
        row.max = max.into();
    }
    pack.cap = Some(PackCap { groups: vec!["Lãnh đạo".into(), "Đảng viên khác".into()], percent: 25 });
    let text = file::to_file_text(&wrap_pack(&pack, "p-1", kiemdiem::clock::now(), "test"));
    let said = actions::open_pack(store, &c, "bo.json", text.as_bytes()).unwrap();
    assert!(said.starts_with("Đã mở Bộ tiêu chí của Đảng ủy phường Ba Đình (05-HD/ĐU, 10/11/2024)."), "{said}");
    assert!(said.contains("nhóm so sánh: Lãnh đạo, Đảng viên khác"), "{said}");
    assert!(said.ends_with("còn hồ sơ đảng ủy là năm 2025; hãy sửa năm nếu cần."), "{said}");
    let profile = store.get_untracked(&c).unwrap().profile;
    assert_eq!(profile.pack, Some(pack));
    assert!(profile.raised && profile.separate_leaders);

    let refused = actions::open_pack(store, &c, "hong.json", b"{").unwrap_err();
    assert!(refused.contains("\"hong.json\""), "{refused}");
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
}

/// Issue 31, item 9: a bundle signed with the device's key names that key as its signer,
/// the same key on every signature; a minute moved in its export time breaks the signature.
#[wasm_bindgen_test]
async fn a_signed_bundle_names_the_device_and_a_changed_time_breaks_it() {
    use kiemdiem::files::sign;
    use kiemdiem_core::cell::export::wrap_bundle;
    use kiemdiem_core::cell::model::Workspace;
    use kiemdiem_core::committee::file::read_bundle_file;
    use kiemdiem_core::file;
    use kiemdiem_core::file::signature::{fingerprint, Signer};

    let at = chrono::DateTime::parse_from_rfc3339("2025-12-10T08:00:00+07:00").unwrap();
    let mut ws = Workspace::new("3c9e1f20-0000-4000-8000-000000000001", 2025, at);
    ws.profile.cell = "Chi bộ 3".into();
    let text = file::to_file_text(&wrap_bundle(
        &ws,
        None,
        &Default::default(),
        kiemdiem_core::cell::summary::Summary::default(),
        at,
        "test",
    ));
    let signed = sign::sign_text(text.clone()).await;
    assert!(signed.starts_with(text.trim_end().trim_end_matches('}').trim_end()), "the file is kept byte for byte");
    assert!(signed.contains("\"signature\""), "{signed}");
    let (b, edited) = read_bundle_file("goi.json", signed.as_bytes()).expect("a signed bundle reads");
    let Signer::Key(key) = sign::signer(&b.signature, edited).await else { panic!("signed by the device") };
    assert_eq!(Some(fingerprint(&key)), sign::device_fingerprint().await, "the device's own key");
    let again = sign::sign_text(text.clone()).await;
    let (b2, _) = read_bundle_file("goi.json", again.as_bytes()).unwrap();
    assert_eq!(sign::signer(&b2.signature, false).await, Signer::Key(key), "one key per device");

    let forged =
        signed.replacen("\"updated\": \"2025-12-10T08:00:00+07:00\"", "\"updated\": \"2025-12-10T08:01:00+07:00\"", 1);
    assert_ne!(forged, signed);
    let (b, edited) = read_bundle_file("goi.json", forged.as_bytes()).expect("still a bundle");
    assert_eq!(sign::signer(&b.signature, edited).await, Signer::Broken);
}
