//! The browser's local storage, and nothing else: where drafts are kept between visits.
//!
//! Each document is one entry, `kiemdiem/doc/<id>`, holding its file envelope (compact), so
//! a full or broken entry never touches another. Every call here is fallible: storage can be
//! switched off, full, or shared with another tab.

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::domain::document::Document;
use crate::domain::file::{self, Envelope};

/// The prefix of every document entry.
pub const DOC_PREFIX: &str = "kiemdiem/doc/";
const PROBE_KEY: &str = "kiemdiem/probe";

/// The entry key of a document.
pub fn key_of(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

/// The document id of an entry key, if it is one of ours.
pub fn id_of(key: &str) -> Option<&str> {
    key.strip_prefix(DOC_PREFIX)
}

/// Why a write was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// QuotaExceededError: the browser's storage for this site is full.
    Full,
    Other(String),
}

fn web_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("không có cửa sổ trình duyệt")?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
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
    match s.set_item(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = s.remove_item(PROBE_KEY);
            Ok(())
        }
        Err(e) if error_name(&e).as_deref() == Some("QuotaExceededError") => Ok(()),
        Err(e) => Err(error_name(&e).unwrap_or_else(|| "không ghi được".into())),
    }
}

/// Every document entry: (key, raw text).
pub fn entries() -> Vec<(String, String)> {
    let Ok(s) = web_storage() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(DOC_PREFIX)).collect();
    keys.into_iter().filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v))).collect()
}

/// The raw text of one entry.
pub fn read(key: &str) -> Option<String> {
    web_storage().ok()?.get_item(key).ok().flatten()
}

/// Writes a document's envelope and returns the text stored; the entry before the write is
/// untouched if it fails.
pub fn write(env: &Envelope<Document>) -> Result<String, WriteError> {
    let value = file::to_storage_value(env);
    let text = serde_json::to_string(&value).unwrap_or_default();
    LocalStorage::set(key_of(&env.id), &value).map(|()| text).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js) if js.name == "QuotaExceededError" => WriteError::Full,
        other => WriteError::Other(other.to_string()),
    })
}

/// Every entry whose key starts with `prefix`: (key, raw text).
pub fn entries_under(prefix: &str) -> Vec<(String, String)> {
    let Ok(s) = web_storage() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    keys.into_iter().filter_map(|k| s.get_item(&k).ok().flatten().map(|v| (k, v))).collect()
}

/// Writes a text under a key; the entry before the write is untouched if it fails.
pub fn write_text(key: &str, text: &str) -> Result<(), WriteError> {
    let s = web_storage().map_err(WriteError::Other)?;
    s.set_item(key, text).map_err(|e| match error_name(&e).as_deref() {
        Some("QuotaExceededError") => WriteError::Full,
        other => WriteError::Other(other.unwrap_or("không ghi được").to_owned()),
    })
}

/// Removes an entry (a document or a quarantined entry).
pub fn remove(key: &str) {
    if let Ok(s) = web_storage() {
        let _ = s.remove_item(key);
    }
}

/// Asks the browser to keep this site's data (navigator.storage.persist) and calls back
/// with its answer, or `None` where the browser does not offer the question.
pub fn request_persistence(answer: impl FnOnce(Option<bool>) + 'static) {
    let Some(manager) = web_sys::window().and_then(|w| {
        let nav = w.navigator();
        js_sys_storage(&nav)
    }) else {
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
fn js_sys_storage(nav: &web_sys::Navigator) -> Option<web_sys::StorageManager> {
    let value = js_sys::Reflect::get(nav, &"storage".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        None
    } else {
        Some(value.unchecked_into())
    }
}
