//! The browser's local storage (through gloo-storage), and nothing else: texts under keys.
//! Every call here is fallible: storage can be switched off, full, or shared with another
//! tab. What the texts mean is the business of [`super::collection`].

use std::cell::Cell;

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use super::keys;

/// Why a write was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// QuotaExceededError: the browser's storage for this site is full.
    Full,
    /// Any other refusal, with the browser's name for it.
    Other(String),
}

/// The storage, unless the browser refuses it (some private modes, a policy): then why.
fn web_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("không có cửa sổ trình duyệt")?;
    // gloo's `raw()` panics where storage is refused; ask the window first.
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err("trình duyệt không có bộ nhớ cục bộ".into()),
        Err(e) => Err(error_name(&e).unwrap_or_else(|| "bị từ chối truy cập".into())),
    }
}

fn error_name(e: &wasm_bindgen::JsValue) -> Option<String> {
    e.dyn_ref::<web_sys::DomException>().map(|d| d.name())
}

/// Whether this tab may keep data: Ok, or why not. A storage that is merely full still
/// counts as usable (reads work; each failed write is reported when it happens).
pub fn probe() -> Result<(), String> {
    let s = web_storage()?;
    match s.set_item(keys::PROBE, "1") {
        Ok(()) => {
            let _ = s.remove_item(keys::PROBE);
            Ok(())
        }
        Err(e) if error_name(&e).as_deref() == Some("QuotaExceededError") => Ok(()),
        Err(e) => Err(error_name(&e).unwrap_or_else(|| "không ghi được".into())),
    }
}

/// Every entry whose key starts with `prefix` and passes `wanted`: (key, text). Only the
/// wanted entries' texts are read.
pub fn entries_where(prefix: &str, wanted: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    let Ok(s) = web_storage() else { return Vec::new() };
    keys_under(prefix)
        .into_iter()
        .filter(|k| wanted(k))
        .filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// Every key that starts with `prefix`, without reading the texts.
pub fn keys_under(prefix: &str) -> Vec<String> {
    let Ok(s) = web_storage() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

/// Every entry whose key starts with `prefix`: (key, text).
pub fn entries_under(prefix: &str) -> Vec<(String, String)> {
    entries_where(prefix, |_| true)
}

/// The text of one entry.
pub fn read(key: &str) -> Option<String> {
    web_storage().ok()?.get_item(key).ok().flatten()
}

thread_local! {
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// From now on this page writes nothing: every record was just removed ("Xoá mọi dữ liệu"
/// here or in another tab), and what is still in memory must not come back as the page
/// leaves.
pub fn stop_writing() {
    STOPPED.with(|s| s.set(true));
}

/// Whether [`stop_writing`] was called.
pub fn stopped() -> bool {
    STOPPED.with(Cell::get)
}

/// Writes a text under a key; the entry before the write is untouched if it fails.
pub fn write(key: &str, text: &str) -> Result<(), WriteError> {
    if stopped() {
        return Err(WriteError::Other("dữ liệu trên máy này vừa được xoá".into()));
    }
    let s = web_storage().map_err(WriteError::Other)?;
    s.set_item(key, text).map_err(|e| match error_name(&e).as_deref() {
        Some("QuotaExceededError") => WriteError::Full,
        other => WriteError::Other(other.unwrap_or("không ghi được").to_owned()),
    })
}

/// Whether `chars` more characters (keys and texts together, as the browser counts them)
/// fit in storage now: a probe of that size is written and removed at once. What must be
/// written whole (a cell's workspace from a bundle) asks first, so that it is never left
/// half-written.
pub fn has_room(chars: usize) -> bool {
    const PROBE: &str = "kiemdiem/room";
    let fits = write(PROBE, &"x".repeat(chars.saturating_sub(PROBE.len()))).is_ok();
    remove(PROBE);
    fits
}

/// Removes every entry whose key starts with `prefix`, in local and in session storage.
pub fn remove_under(prefix: &str) {
    let Some(w) = web_sys::window() else { return };
    for s in [w.local_storage(), w.session_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        let n = s.length().unwrap_or(0);
        let keys: Vec<String> =
            (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}

/// Removes an entry.
pub fn remove(key: &str) {
    if let Ok(s) = web_storage() {
        let _ = s.remove_item(key);
    }
}

/// Asks the browser to keep this site's data (navigator.storage.persist) and calls back
/// with its answer, or `None` where the browser does not offer the question.
pub fn request_persistence(answer: impl FnOnce(Option<bool>) + 'static) {
    let Some(manager) = web_sys::window().and_then(|w| storage_manager(&w.navigator())) else {
        answer(None);
        return;
    };
    let Ok(promise) = manager.persist() else {
        answer(None);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise).await;
        answer(result.ok().and_then(|v| v.as_bool()));
    });
}

/// `navigator.storage`, absent in old browsers and some private modes.
fn storage_manager(nav: &web_sys::Navigator) -> Option<web_sys::StorageManager> {
    let value = js_sys::Reflect::get(nav, &"storage".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        None
    } else {
        Some(value.unchecked_into())
    }
}
