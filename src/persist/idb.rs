//! IndexedDB, through rexie: where what does not fit in local storage's 5 MB is kept.
//!
//! - A committee's cells' bundles (3,986 reviews are tens of megabytes). Each cell is two
//!   values under the key `<committee>/<cell>`: the bundle as the cell sent it, and the
//!   committee's entry made from it ([`kiemdiem_core::committee::entry`]). Both are written
//!   in one transaction, so a cell is never half there.
//! - A cell's members' reviews, one value per review under `<workspace>/<document>` (the
//!   review's envelope, as a file of it would be). What one import or one bundle brings is
//!   written in one transaction, so a workspace never holds half a bundle.
//!
//! Other tabs learn of a write through a small mark in local storage
//! ([`super::keys::Key::CommitteeCells`], [`super::keys::Key::CellReviews`]), which the
//! [`super::Hub`] already listens to.

use std::cell::RefCell;
use std::rc::Rc;

use rexie::{KeyRange, ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::hub::{Hub, Part, SaveStatus};
use super::keys::Key;
use super::local;
use crate::clock;

const DB: &str = "kiemdiem";
/// 2: the cells' reviews moved here from local storage. 3: the device's signing key.
const VERSION: u32 = 3;
/// The committees' entries, one per cell, as JSON text.
const ENTRIES: &str = "committee-entries";
/// The cells' bundles, as the files' text.
const BUNDLES: &str = "committee-bundles";
/// The cells' members' reviews, as their envelopes' text.
const CELL_REVIEWS: &str = "cell-reviews";
/// The device's signing key ([`crate::files::sign`]): the browser's own key objects, the
/// private one never readable.
const KEYS: &str = "keys";

/// Why IndexedDB refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdbError {
    /// The browser offers no IndexedDB here (some private modes, a policy).
    Unavailable,
    /// The browser's storage for this site is full.
    Full,
    /// Any other refusal.
    Failed,
}

impl IdbError {
    /// What the user reads.
    pub fn message(&self) -> &'static str {
        match self {
            IdbError::Unavailable => "Trình duyệt này không cho lưu dữ liệu lớn, có thể do đang ở chế độ riêng tư. Hãy mở ứng dụng trong cửa sổ thường.",
            IdbError::Full => "Bộ nhớ của trình duyệt dành cho trang này đã đầy. Hãy xoá bớt dữ liệu không dùng (ví dụ đảng ủy năm cũ) rồi nhập lại.",
            IdbError::Failed => "Trình duyệt từ chối lưu dữ liệu. Hãy tải lại trang rồi thử lại.",
        }
    }
}

/// A full disk is the one refusal the user can act on (free space, or export and remove
/// older cells). The browser says so in the error's name, which idb keeps in the variants
/// below: the request's and the transaction's error events, and a refused `put`.
pub fn classify(e: &rexie::Error) -> IdbError {
    use idb::Error as E;
    let js: Option<&JsValue> = match e {
        rexie::Error::IdbError(E::DomException(d)) => Some(d.as_ref()),
        rexie::Error::IdbError(
            E::UpdateFailed(v) | E::AddFailed(v) | E::TransactionCommitError(v) | E::TransactionAbortError(v),
        ) => Some(v),
        _ => None,
    };
    let name = js.and_then(|v| js_sys::Reflect::get(v, &JsValue::from_str("name")).ok()).and_then(|n| n.as_string());
    if name.as_deref() == Some("QuotaExceededError") {
        IdbError::Full
    } else {
        IdbError::Failed
    }
}

/// Why a transaction that ended without committing was aborted. The browser gives the
/// reason on the transaction, which rexie does not hand back: when what was being written
/// would not fit in what the browser grants this site, the disk is taken for full.
async fn aborted(writing: usize) -> IdbError {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else { return IdbError::Failed };
    let Ok(promise) = manager.estimate() else { return IdbError::Failed };
    let Ok(estimate) = wasm_bindgen_futures::JsFuture::from(promise).await else { return IdbError::Failed };
    let number = |key: &str| js_sys::Reflect::get(&estimate, &JsValue::from_str(key)).ok().and_then(|v| v.as_f64());
    match (number("usage"), number("quota")) {
        (Some(usage), Some(quota)) if usage + writing as f64 >= quota => IdbError::Full,
        _ => IdbError::Failed,
    }
}

type Closer = Box<dyn FnOnce()>;

thread_local! {
    static OPEN: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
    static RAW: RefCell<Option<Rc<idb::Database>>> = const { RefCell::new(None) };
    /// How to close each connection this page opened.
    static CLOSERS: RefCell<Vec<Closer>> = const { RefCell::new(Vec::new()) };
}

fn close_raw() {
    if let Some(db) = RAW.with(|o| o.borrow_mut().take()) {
        db.close();
    }
}

fn close_rexie() {
    if let Some(db) = OPEN.with(|o| o.borrow_mut().take()) {
        if let Ok(db) = Rc::try_unwrap(db) {
            db.close();
        }
    }
}

/// The same database through idb itself, for the writes whose refusal must be told apart
/// (rexie does not hand back the transaction, where the browser says why it aborted).
/// Opened after rexie has made the stores, at the same version: no upgrade.
async fn raw() -> Result<Rc<idb::Database>, IdbError> {
    if let Some(db) = RAW.with(|o| o.borrow().clone()) {
        return Ok(db);
    }
    db().await?;
    let factory = idb::Factory::new().map_err(|_| IdbError::Unavailable)?;
    let opened =
        factory.open(DB, Some(VERSION)).map_err(|_| IdbError::Unavailable)?.await.map_err(|_| IdbError::Unavailable)?;
    let db = Rc::new(yielding(opened));
    RAW.with(|o| *o.borrow_mut() = Some(db.clone()));
    on_delete(close_raw);
    Ok(db)
}

async fn db() -> Result<Rc<Rexie>, IdbError> {
    if let Some(db) = OPEN.with(|o| o.borrow().clone()) {
        return Ok(db);
    }
    let built = Rexie::builder(DB)
        .version(VERSION)
        .add_object_store(ObjectStore::new(ENTRIES))
        .add_object_store(ObjectStore::new(BUNDLES))
        .add_object_store(ObjectStore::new(CELL_REVIEWS))
        .add_object_store(ObjectStore::new(KEYS))
        .build()
        .await
        .map_err(|_| IdbError::Unavailable)?;
    let db = Rc::new(built);
    OPEN.with(|o| *o.borrow_mut() = Some(db.clone()));
    on_delete(close_rexie);
    Ok(db)
}

/// The key of one cell of one committee.
pub fn cell_key(committee: &str, cell: &str) -> String {
    format!("{committee}/{cell}")
}

/// Every key under `<owner>/` (one committee's cells, one workspace's reviews).
fn range(owner: &str) -> Result<KeyRange, IdbError> {
    KeyRange::bound(&format!("{owner}/").into(), &format!("{owner}/\u{ffff}").into(), None, None)
        .map_err(|_| IdbError::Failed)
}

/// Writes cells (key, entry text, bundle text) in one transaction: all or none.
pub async fn put_cells(cells: &[(String, String, String)]) -> Result<(), IdbError> {
    let db = db().await?;
    let write = async {
        let tx = db.transaction(&[ENTRIES, BUNDLES], TransactionMode::ReadWrite)?;
        let entries = tx.store(ENTRIES)?;
        let bundles = tx.store(BUNDLES)?;
        for (key, entry, bundle) in cells {
            let key = JsValue::from_str(key);
            entries.put(&JsValue::from_str(entry), Some(&key)).await?;
            bundles.put(&JsValue::from_str(bundle), Some(&key)).await?;
        }
        tx.done().await.map(|r| r.is_committed())
    };
    settled(write.await, cells.iter().map(|(_, e, b)| e.len() + b.len()).sum()).await
}

/// What a write transaction came to: committed, or why not. A refusal whose reason the
/// browser does not name (an aborted transaction, an error event without a name) is
/// taken for a full disk when what was being written would not fit in what the browser
/// grants this site.
async fn settled(result: Result<bool, rexie::Error>, writing: usize) -> Result<(), IdbError> {
    match result {
        Ok(true) => Ok(()),
        Ok(false) => Err(aborted(writing).await),
        Err(e) => match classify(&e) {
            IdbError::Failed => Err(aborted(writing).await),
            other => Err(other),
        },
    }
}

/// Rewrites the entries of cells (key, entry text) whose bundles are already kept.
pub async fn put_entries(cells: &[(String, String)]) -> Result<(), IdbError> {
    let db = db().await?;
    let tx = db.transaction(&[ENTRIES], TransactionMode::ReadWrite).map_err(|e| classify(&e))?;
    let entries = tx.store(ENTRIES).map_err(|e| classify(&e))?;
    for (key, entry) in cells {
        entries.put(&JsValue::from_str(entry), Some(&JsValue::from_str(key))).await.map_err(|e| classify(&e))?;
    }
    tx.done().await.map(|_| ()).map_err(|e| classify(&e))
}

/// Every entry of one committee: (key, text).
pub async fn entries(committee: &str) -> Result<Vec<(String, String)>, IdbError> {
    let db = db().await?;
    let tx = db.transaction(&[ENTRIES], TransactionMode::ReadOnly).map_err(|e| classify(&e))?;
    let store = tx.store(ENTRIES).map_err(|e| classify(&e))?;
    let keys = store.get_all_keys(Some(range(committee)?), None).await.map_err(|e| classify(&e))?;
    let values = store.get_all(Some(range(committee)?), None).await.map_err(|e| classify(&e))?;
    Ok(keys.into_iter().zip(values).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
}

/// One cell's bundle, as the cell sent it.
pub async fn bundle(key: &str) -> Result<Option<String>, IdbError> {
    let db = db().await?;
    let tx = db.transaction(&[BUNDLES], TransactionMode::ReadOnly).map_err(|e| classify(&e))?;
    let store = tx.store(BUNDLES).map_err(|e| classify(&e))?;
    Ok(store.get(JsValue::from_str(key)).await.map_err(|e| classify(&e))?.and_then(|v| v.as_string()))
}

/// Removes cells (both values) in one transaction.
pub async fn delete_cells(keys: &[String]) -> Result<(), IdbError> {
    let db = db().await?;
    let tx = db.transaction(&[ENTRIES, BUNDLES], TransactionMode::ReadWrite).map_err(|e| classify(&e))?;
    for name in [ENTRIES, BUNDLES] {
        let store = tx.store(name).map_err(|e| classify(&e))?;
        for key in keys {
            store.delete(JsValue::from_str(key)).await.map_err(|e| classify(&e))?;
        }
    }
    tx.done().await.map(|_| ()).map_err(|e| classify(&e))
}

/// The key of one review of one cell's workspace.
pub fn review_key(workspace: &str, doc: &str) -> String {
    format!("{workspace}/{doc}")
}

/// Changes one workspace's reviews in one transaction, all or none: `put` (key, text) are
/// written, `delete` are removed, and with `only_these` every other review of the
/// workspace goes too (a bundle replaces the workspace's reviews whole).
pub async fn change_reviews(
    workspace: &str,
    put: &[(String, String)],
    delete: &[String],
    only_these: bool,
) -> Result<(), IdbError> {
    let db = raw().await?;
    let failed = |_| IdbError::Failed;
    let tx = db.transaction(&[CELL_REVIEWS], idb::TransactionMode::ReadWrite).map_err(failed)?;
    // The transaction as the browser's object, to read why it was aborted: a full disk
    // is only told there (the quota is checked when the transaction commits).
    let js: JsValue = tx.into();
    let tx = idb::Transaction::try_from(js.clone()).map_err(failed)?;
    let write = async {
        let store = tx.object_store(CELL_REVIEWS)?;
        let mut gone: Vec<String> = delete.to_vec();
        if only_these {
            let lower = JsValue::from_str(&format!("{workspace}/"));
            let upper = JsValue::from_str(&format!("{workspace}/\u{ffff}"));
            let range = idb::KeyRange::bound(&lower, &upper, None, None)?;
            let kept = store.get_all_keys(Some(range.into()), None)?.await?;
            gone.extend(kept.into_iter().filter_map(|k| k.as_string()).filter(|k| !put.iter().any(|(p, _)| p == k)));
        }
        for key in &gone {
            store.delete(JsValue::from_str(key))?.await?;
        }
        for (key, text) in put {
            store.put(&JsValue::from_str(text), Some(&JsValue::from_str(key)))?.await?;
        }
        Ok::<(), idb::Error>(())
    };
    let wrote = write.await;
    let done = tx.await;
    match (wrote, done) {
        (Ok(()), Ok(r)) if r.is_committed() => Ok(()),
        _ => Err(reason(&js)),
    }
}

/// Why a transaction did not commit, from the browser's own error on it.
fn reason(tx: &JsValue) -> IdbError {
    let name = js_sys::Reflect::get(tx, &JsValue::from_str("error"))
        .ok()
        .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string());
    if name.as_deref() == Some("QuotaExceededError") {
        IdbError::Full
    } else {
        IdbError::Failed
    }
}

/// Every review of one workspace, or of every workspace (`None`): (key, text). Read
/// through idb alone, without making the stores (none yet: no review yet), so that the
/// print views, which only read, carry no rexie.
pub async fn reviews(workspace: Option<&str>) -> Result<Vec<(String, String)>, IdbError> {
    let failed = |_| IdbError::Failed;
    let db = match RAW.with(|o| o.borrow().clone()) {
        Some(db) => db,
        None => {
            let factory = idb::Factory::new().map_err(|_| IdbError::Unavailable)?;
            // No version: the database as it is (an empty one of version 1 when new, which
            // the next write upgrades).
            let opened =
                factory.open(DB, None).map_err(|_| IdbError::Unavailable)?.await.map_err(|_| IdbError::Unavailable)?;
            if !opened.store_names().iter().any(|n| n == CELL_REVIEWS) {
                opened.close();
                return Ok(Vec::new());
            }
            let db = Rc::new(yielding(opened));
            RAW.with(|o| *o.borrow_mut() = Some(db.clone()));
            on_delete(close_raw);
            db
        }
    };
    let tx = db.transaction(&[CELL_REVIEWS], idb::TransactionMode::ReadOnly).map_err(failed)?;
    let store = tx.object_store(CELL_REVIEWS).map_err(failed)?;
    let query = || -> Result<Option<idb::Query>, IdbError> {
        match workspace {
            None => Ok(None),
            Some(w) => {
                let lower = JsValue::from_str(&format!("{w}/"));
                let upper = JsValue::from_str(&format!("{w}/\u{ffff}"));
                Ok(Some(idb::KeyRange::bound(&lower, &upper, None, None).map_err(failed)?.into()))
            }
        }
    };
    let keys = store.get_all_keys(query()?, None).map_err(failed)?.await.map_err(failed)?;
    let values = store.get_all(query()?, None).map_err(failed)?.await.map_err(failed)?;
    Ok(keys.into_iter().zip(values).filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?))).collect())
}

/// The value kept under `key` in the keys' store.
pub async fn key(key: &str) -> Result<Option<JsValue>, IdbError> {
    let db = raw().await?;
    let failed = |_| IdbError::Failed;
    let tx = db.transaction(&[KEYS], idb::TransactionMode::ReadOnly).map_err(failed)?;
    let store = tx.object_store(KEYS).map_err(failed)?;
    store.get(JsValue::from_str(key)).map_err(failed)?.await.map_err(failed)
}

/// Keeps `value` (any object the browser can clone, a key pair included) under `key`.
pub async fn put_key(key: &str, value: &JsValue) -> Result<(), IdbError> {
    let db = raw().await?;
    let failed = |_| IdbError::Failed;
    let tx = db.transaction(&[KEYS], idb::TransactionMode::ReadWrite).map_err(failed)?;
    let store = tx.object_store(KEYS).map_err(failed)?;
    store.put(value, Some(&JsValue::from_str(key))).map_err(failed)?.await.map_err(failed)?;
    match tx.await {
        Ok(r) if r.is_committed() => Ok(()),
        _ => Err(IdbError::Failed),
    }
}

/// Closes this page's connections and removes the whole database: every committee's cells,
/// every cell's reviews and the device's signing key. `blocked` is called when another tab
/// still holds it open (a print view, say); the removal then waits until that tab closes it.
/// Through the browser's own call, so that the member's pages, which offer the removal but
/// keep nothing here, carry neither idb nor rexie.
pub async fn delete_everything(blocked: impl FnOnce() + 'static) -> Result<(), IdbError> {
    for close in CLOSERS.with(|c| std::mem::take(&mut *c.borrow_mut())) {
        close();
    }
    let factory = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).ok_or(IdbError::Unavailable)?;
    let request = factory.delete_database(DB).map_err(|_| IdbError::Failed)?;
    let mut blocked = Some(blocked);
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || resolve.call0(&JsValue::NULL));
        let failed = Closure::once_into_js(move || reject.call0(&JsValue::NULL));
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
        if let Some(b) = blocked.take() {
            request.set_onblocked(Some(Closure::once_into_js(b).unchecked_ref()));
        }
    });
    wasm_bindgen_futures::JsFuture::from(done).await.map(|_| ()).map_err(|_| IdbError::Failed)
}

/// Registers how to close a connection this page opened, for [`delete_everything`].
fn on_delete(close: impl FnOnce() + 'static) {
    CLOSERS.with(|c| c.borrow_mut().push(Box::new(close)));
}

/// A connection that lets go when another tab removes or upgrades the database, so that
/// "Xoá mọi dữ liệu" in another tab is never left waiting on this one.
fn yielding(mut db: idb::Database) -> idb::Database {
    db.on_version_change(move |_| close_raw());
    db
}

/// Tells other tabs that a workspace's reviews changed.
pub fn announce_reviews(workspace: &str) {
    let _ = local::write(&Key::CellReviews(workspace.into()).text(), &clock::now_ms().to_string());
}

/// Tells other tabs that a committee's cells changed.
pub fn announce(committee: &str) {
    let _ = local::write(&Key::CommitteeCells(committee.into()).text(), &clock::now_ms().to_string());
}

/// Hands another tab's change of a committee's cells (or of a workspace's reviews, with
/// `reviews`) to `reload`.
struct Mark(Rc<dyn Fn(String)>, bool);

impl Mark {
    fn owner(&self, key: &str) -> Option<String> {
        match Key::parse(key) {
            Some(Key::CommitteeCells(c)) if !self.1 => Some(c.to_string()),
            Some(Key::CellReviews(ws)) if self.1 => Some(ws.to_string()),
            _ => None,
        }
    }
}

impl Part for Mark {
    fn owns(&self, key: &str) -> bool {
        self.owner(key).is_some()
    }
    fn flush(&self) -> Option<SaveStatus> {
        None
    }
    fn pending(&self) -> bool {
        false
    }
    fn remote(&self, key: &str, _: Option<String>) {
        if let Some(owner) = self.owner(key) {
            (self.0)(owner);
        }
    }
    fn resolve(&self, _: &str, _: bool) {}
}

/// Calls `reload` with a committee's id whenever another tab changed its cells.
pub fn on_other_tab(hub: Hub, reload: impl Fn(String) + 'static) {
    hub.register(Rc::new(Mark(Rc::new(reload), false)));
}

/// Calls `reload` with a workspace's id whenever another tab changed its reviews.
pub fn on_other_tab_reviews(hub: Hub, reload: impl Fn(String) + 'static) {
    hub.register(Rc::new(Mark(Rc::new(reload), true)));
}
