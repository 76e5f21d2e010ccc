//! The optional passphrase lock on a member's drafts, for a shared office computer (issue 31,
//! item 10). [`kiemdiem_core::seal`] says what is stored; this module holds the key for the
//! visit and is the one place that seals and opens entries ([`super::collection`] calls it
//! on every read and write of a kind of record that is sealed).
//!
//! The key is derived from the passphrase by the browser (PBKDF2, see
//! [`crate::webcrypto::pbkdf2`]) once per visit, and kept for the visit in this tab's session
//! storage (`kiemdiem/unlocked`): moving between the home page, the editor and the print
//! views reloads the page and must not ask again; closing the tab forgets it, and "Khoá lại
//! ngay" forgets it at once. The drafts themselves never exist in clear in storage while
//! the lock is on.

use std::cell::RefCell;

use kiemdiem_core::seal::{self, Lock, SealKey, ITERATIONS, SALT_LEN};

use super::keys;
use super::local::{self, WriteError};
use crate::webcrypto;

thread_local! {
    static KEY: RefCell<Option<SealKey>> = const { RefCell::new(None) };
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The lock kept on this device, if the drafts are locked.
pub fn lock() -> Option<Lock> {
    local::read(keys::LOCK).as_deref().and_then(Lock::read)
}

/// Whether the drafts are locked on this device.
pub fn is_on() -> bool {
    local::read(keys::LOCK).is_some()
}

/// The key of this visit, when the drafts are locked and were opened in this tab.
pub fn key() -> Option<SealKey> {
    if let Some(k) = KEY.with(|k| k.borrow().clone()) {
        return Some(k);
    }
    let lock = lock()?;
    let kept = session()?.get_item(keys::UNLOCKED).ok().flatten()?;
    let key = SealKey::from_hex(&kept).filter(|k| lock.admits(k))?;
    KEY.with(|k| *k.borrow_mut() = Some(key.clone()));
    Some(key)
}

/// Whether the page must ask for the passphrase before it shows any draft.
pub fn needs_unlock() -> bool {
    is_on() && key().is_none()
}

fn keep(key: SealKey) {
    if let Some(s) = session() {
        let _ = s.set_item(keys::UNLOCKED, &key.to_hex());
    }
    KEY.with(|k| *k.borrow_mut() = Some(key));
}

/// Forgets the key in this tab ("Khoá lại ngay"); the page should reload.
pub fn forget() {
    KEY.with(|k| *k.borrow_mut() = None);
    if let Some(s) = session() {
        let _ = s.remove_item(keys::UNLOCKED);
    }
}

/// The entry to store for a record's `envelope` under `place`: sealed while this tab holds
/// the key, as it is otherwise. `Err` when a sealed entry cannot be made (no random
/// numbers): nothing is then written in clear.
pub fn seal_entry(place: &str, envelope: String) -> Result<String, String> {
    let Some(key) = key() else { return Ok(envelope) };
    let nonce = webcrypto::random().ok_or("trình duyệt không cho tạo khoá ngẫu nhiên để khoá bản nháp")?;
    Ok(seal::seal(&key, nonce, place, &envelope))
}

/// The plain envelope of a sealed entry; `None` without the key, or with another.
pub fn open_entry(place: &str, entry: &str) -> Option<String> {
    seal::open(&key()?, place, entry)
}

/// Opens the drafts with `passphrase` for this visit. `Err` says why not, in words for the
/// passphrase field.
pub async fn unlock(passphrase: &str) -> Result<(), String> {
    let lock = lock().ok_or("Bản nháp trên máy này không còn khoá. Đồng chí hãy tải lại trang.")?;
    let salt = lock.salt_bytes().unwrap_or_default();
    let key = derive(passphrase, &salt, lock.iterations).await?;
    if !lock.admits(&key) {
        return Err("Mật khẩu không đúng. Đồng chí hãy nhập lại (chú ý chữ hoa, chữ thường và dấu tiếng Việt).".into());
    }
    keep(key);
    Ok(())
}

/// Makes a lock from a new `passphrase`, keeps it on this device and its key for this visit.
/// The records are still to be sealed: the caller writes each again.
pub async fn start(passphrase: &str) -> Result<(), String> {
    let (Some(salt), Some(nonce)) = (webcrypto::random::<SALT_LEN>(), webcrypto::random()) else {
        return Err(NO_CRYPTO.into());
    };
    let key = derive(passphrase, &salt, ITERATIONS).await?;
    let lock = Lock::new(&key, &salt, nonce);
    local::write(keys::LOCK, &lock.text()).map_err(|e| match e {
        WriteError::Full => "Bộ nhớ của trình duyệt trên máy này đã đầy nên chưa khoá được.".to_owned(),
        WriteError::Other(why) => format!("Chưa khoá được vì {why}."),
    })?;
    keep(key);
    Ok(())
}

/// Stops sealing in this tab (records are then written in clear); [`finish_removal`] once
/// every record is, or [`resume`] when one could not be.
pub fn suspend() -> Option<SealKey> {
    let key = key();
    // Out of the session too, or the next write would find it there and seal again.
    forget();
    key
}

/// Seals again with `key` after a removal that could not finish.
pub fn resume(key: SealKey) {
    keep(key);
}

/// Removes the lock, once every record is written in clear.
pub fn finish_removal() {
    local::remove(keys::LOCK);
    forget();
}

const NO_CRYPTO: &str =
    "Trình duyệt này không có chức năng mã hoá (trang cần được mở qua https). Đồng chí hãy dùng trình duyệt khác.";

async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<SealKey, String> {
    webcrypto::seal_key(passphrase, salt, iterations).await.ok_or_else(|| NO_CRYPTO.into())
}

/// Sends this tab to `unlock_at` (the page that asks for the passphrase), which comes back
/// to this address once the drafts are open ([`after_unlock`]).
pub fn ask_elsewhere(unlock_at: &str) {
    let Some(w) = web_sys::window() else { return };
    if let (Some(s), Ok(here)) = (session(), w.location().pathname()) {
        let _ = s.set_item(keys::AFTER_UNLOCK, &here);
    }
    let _ = w.location().replace(unlock_at);
}

/// Where to go once the passphrase was given: the address that sent this tab to ask for it
/// (once), or this page again.
pub fn after_unlock() {
    let Some(w) = web_sys::window() else { return };
    let back = session().and_then(|s| {
        let back = s.get_item(keys::AFTER_UNLOCK).ok().flatten();
        let _ = s.remove_item(keys::AFTER_UNLOCK);
        back
    });
    // Only an address of this site.
    match back.filter(|b| b.starts_with('/') && !b.starts_with("//")) {
        Some(path) => {
            let _ = w.location().assign(&path);
        }
        None => super::wipe::reload(),
    }
}
