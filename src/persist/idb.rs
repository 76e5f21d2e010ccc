//! IndexedDB, through rexie: where a committee keeps its cells' bundles, which do not fit
//! in local storage (3,986 reviews are tens of megabytes). Each cell is two values under
//! the key `<committee>/<cell>`: the bundle as the cell sent it, and the committee's entry
//! made from it ([`kiemdiem_core::committee::entry`]). Both are written in one transaction,
//! so a cell is never half there.
//!
//! Other tabs learn of a write through a small mark in local storage
//! ([`super::keys::Key::CommitteeCells`]), which the [`super::Hub`] already listens to.

use std::cell::RefCell;
use std::rc::Rc;

use rexie::{KeyRange, ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

use super::hub::{Hub, Part, SaveStatus};
use super::keys::Key;
use super::local;
use crate::clock;

const DB: &str = "kiemdiem";
const VERSION: u32 = 1;
/// The committees' entries, one per cell, as JSON text.
const ENTRIES: &str = "committee-entries";
/// The cells' bundles, as the files' text.
const BUNDLES: &str = "committee-bundles";

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

thread_local! {
    static OPEN: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
}

async fn db() -> Result<Rc<Rexie>, IdbError> {
    if let Some(db) = OPEN.with(|o| o.borrow().clone()) {
        return Ok(db);
    }
    let built = Rexie::builder(DB)
        .version(VERSION)
        .add_object_store(ObjectStore::new(ENTRIES))
        .add_object_store(ObjectStore::new(BUNDLES))
        .build()
        .await
        .map_err(|_| IdbError::Unavailable)?;
    let db = Rc::new(built);
    OPEN.with(|o| *o.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The key of one cell of one committee.
pub fn cell_key(committee: &str, cell: &str) -> String {
    format!("{committee}/{cell}")
}

/// Every key of one committee.
fn range(committee: &str) -> Result<KeyRange, IdbError> {
    KeyRange::bound(&format!("{committee}/").into(), &format!("{committee}/\u{ffff}").into(), None, None)
        .map_err(|_| IdbError::Failed)
}

/// Writes cells (key, entry text, bundle text) in one transaction: all or none.
pub async fn put_cells(cells: &[(String, String, String)]) -> Result<(), IdbError> {
    let db = db().await?;
    let tx = db.transaction(&[ENTRIES, BUNDLES], TransactionMode::ReadWrite).map_err(|e| classify(&e))?;
    let entries = tx.store(ENTRIES).map_err(|e| classify(&e))?;
    let bundles = tx.store(BUNDLES).map_err(|e| classify(&e))?;
    for (key, entry, bundle) in cells {
        let key = JsValue::from_str(key);
        entries.put(&JsValue::from_str(entry), Some(&key)).await.map_err(|e| classify(&e))?;
        bundles.put(&JsValue::from_str(bundle), Some(&key)).await.map_err(|e| classify(&e))?;
    }
    match tx.done().await {
        Ok(r) if r.is_committed() => Ok(()),
        Ok(_) => Err(IdbError::Failed),
        Err(e) => Err(classify(&e)),
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

/// Tells other tabs that a committee's cells changed.
pub fn announce(committee: &str) {
    let _ = local::write(&Key::CommitteeCells(committee.into()).text(), &clock::now_ms().to_string());
}

/// Hands another tab's change of a committee's cells to `reload`.
struct Mark(Rc<dyn Fn(String)>);

impl Part for Mark {
    fn owns(&self, key: &str) -> bool {
        matches!(Key::parse(key), Some(Key::CommitteeCells(_)))
    }
    fn flush(&self) -> Option<SaveStatus> {
        None
    }
    fn pending(&self) -> bool {
        false
    }
    fn remote(&self, key: &str, _: Option<String>) {
        if let Some(Key::CommitteeCells(c)) = Key::parse(key) {
            (self.0)(c.to_string());
        }
    }
    fn resolve(&self, _: &str, _: bool) {}
}

/// Calls `reload` with a committee's id whenever another tab changed its cells.
pub fn on_other_tab(hub: Hub, reload: impl Fn(String) + 'static) {
    hub.register(Rc::new(Mark(Rc::new(reload))));
}
