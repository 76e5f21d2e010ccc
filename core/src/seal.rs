//! A member's drafts locked with a passphrase, for a shared office computer (issue 31,
//! item 10): what is stored, and how it is opened.
//!
//! The key comes from the passphrase by PBKDF2-HMAC-SHA256 with [`ITERATIONS`] rounds and a
//! random salt (the browser's WebCrypto derives it: this crate only seals and opens). Each
//! draft's envelope is sealed with AES-256-GCM under a fresh random nonce, the storage key
//! as associated data, so that a sealed entry moved under another draft's key does not open.
//! The record's head (revision, origin) stays in clear: a tab still tells that another tab
//! wrote since it read, without the key.
//!
//! A sealed envelope is stored as a JSON string, `"kiemdiem-khoa:1:<base64 of nonce ‖
//! ciphertext ‖ tag>"`, in the place of the envelope. The [`Lock`] (salt, rounds, and a
//! sealed check text) tells a passphrase that opens the drafts from one that does not,
//! before any draft is touched.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use crate::file::signature::{from_hex, to_hex};

/// Length of the key, in bytes (AES-256).
pub const KEY_LEN: usize = 32;
/// Length of a nonce, in bytes.
pub const NONCE_LEN: usize = 12;
/// Length of the salt, in bytes.
pub const SALT_LEN: usize = 16;
/// PBKDF2-HMAC-SHA256 rounds: OWASP's figure for that hash (2023). The browser derives the
/// key in about half a second on a cheap phone, once per visit.
pub const ITERATIONS: u32 = 600_000;
/// The shortest passphrase taken, in characters.
pub const MIN_PASSPHRASE: usize = 8;

const MARK: &str = "kiemdiem-khoa:1:";
/// What the lock's check seals (at [`CHECK_PLACE`]).
const CHECK_TEXT: &str = "kiemdiem";
const CHECK_PLACE: &str = "kiemdiem/lock";

/// The key derived from the passphrase. Never stored where the drafts are.
#[derive(Clone, PartialEq, Eq)]
pub struct SealKey([u8; KEY_LEN]);

impl SealKey {
    /// A key from its bytes; `None` unless there are exactly [`KEY_LEN`].
    pub fn from_bytes(bytes: &[u8]) -> Option<SealKey> {
        bytes.try_into().ok().map(SealKey)
    }

    /// The key in hex (kept for the visit, in the tab's session storage).
    pub fn to_hex(&self) -> String {
        to_hex(&self.0)
    }

    /// A key from [`SealKey::to_hex`].
    pub fn from_hex(hex: &str) -> Option<SealKey> {
        SealKey::from_bytes(&from_hex(hex)?)
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.0.into())
    }
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(…)")
    }
}

/// Whether a stored envelope is sealed.
pub fn is_sealed(entry: &str) -> bool {
    entry.strip_prefix('"').is_some_and(|e| e.starts_with(MARK))
}

/// The sealed entry of `plain`, kept under `place` (the storage key), with a fresh random
/// `nonce` (never used twice with one key).
pub fn seal(key: &SealKey, nonce: [u8; NONCE_LEN], place: &str, plain: &str) -> String {
    let sealed =
        key.cipher().encrypt(Nonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: place.as_bytes() });
    // Encryption with a valid key and nonce only fails on inputs longer than GCM allows
    // (64 GB): no draft comes near it.
    let body = sealed.unwrap_or_default();
    let mut bytes = Vec::with_capacity(NONCE_LEN + body.len());
    bytes.extend_from_slice(&nonce);
    bytes.extend_from_slice(&body);
    format!("\"{MARK}{}\"", STANDARD.encode(bytes))
}

/// The plain text of a sealed entry kept under `place`; `None` when the key is not the one
/// it was sealed with, the entry was moved from another place, or a byte of it changed.
pub fn open(key: &SealKey, place: &str, entry: &str) -> Option<String> {
    let b64 = entry.strip_prefix('"')?.strip_prefix(MARK)?.strip_suffix('"')?;
    let bytes = STANDARD.decode(b64).ok()?;
    if bytes.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = bytes.split_at(NONCE_LEN);
    let plain = key.cipher().decrypt(Nonce::from_slice(nonce), Payload { msg: body, aad: place.as_bytes() }).ok()?;
    String::from_utf8(plain).ok()
}

/// What the device keeps of the lock (`kiemdiem/lock`): how to derive the key from a
/// passphrase, and a check that tells the right passphrase from a wrong one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    /// Always 1.
    pub version: u32,
    /// The salt, in hex.
    pub salt: String,
    /// PBKDF2 rounds.
    pub iterations: u32,
    /// [`CHECK_TEXT`] sealed with the key.
    pub check: String,
}

impl Lock {
    /// The lock of a key derived with `salt` and [`ITERATIONS`].
    pub fn new(key: &SealKey, salt: &[u8], nonce: [u8; NONCE_LEN]) -> Lock {
        Lock {
            version: 1,
            salt: to_hex(salt),
            iterations: ITERATIONS,
            check: seal(key, nonce, CHECK_PLACE, CHECK_TEXT),
        }
    }

    /// Whether `key` is the one the drafts are sealed with.
    pub fn admits(&self, key: &SealKey) -> bool {
        open(key, CHECK_PLACE, &self.check).as_deref() == Some(CHECK_TEXT)
    }

    /// The salt's bytes.
    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        from_hex(&self.salt)
    }

    /// The stored text.
    pub fn text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A lock from its stored text; `None` when it is not one this version reads.
    pub fn read(text: &str) -> Option<Lock> {
        serde_json::from_str::<Lock>(text).ok().filter(|l| l.version == 1 && l.salt_bytes().is_some())
    }
}

/// What is wrong with a new passphrase and its repetition, for the field's message; `None`
/// when it can be taken.
pub fn passphrase_problem(passphrase: &str, again: &str) -> Option<String> {
    let n = passphrase.chars().count();
    if n < MIN_PASSPHRASE {
        Some(format!("Mật khẩu cần ít nhất {MIN_PASSPHRASE} ký tự (hiện có {n})."))
    } else if passphrase != again {
        Some("Hai lần nhập mật khẩu không giống nhau. Đồng chí hãy nhập lại ô thứ hai.".to_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> SealKey {
        SealKey([b; KEY_LEN])
    }

    const PLACE: &str = "kiemdiem/doc/abc";

    #[test]
    fn a_sealed_draft_opens_with_its_key_at_its_place_only() {
        let text = r#"{"format":"kiemdiem","name":"Nguyễn Văn A"}"#;
        let sealed = seal(&key(1), [7; NONCE_LEN], PLACE, text);
        assert!(is_sealed(&sealed));
        assert!(!sealed.contains("Nguyễn"), "the name must not be readable in storage");
        assert_eq!(open(&key(1), PLACE, &sealed).as_deref(), Some(text));
        assert_eq!(open(&key(2), PLACE, &sealed), None, "another passphrase's key");
        assert_eq!(open(&key(1), "kiemdiem/doc/other", &sealed), None, "moved under another draft");
        assert!(!is_sealed(text));
    }

    #[test]
    fn the_lock_tells_the_right_key() {
        let lock = Lock::new(&key(3), &[9; SALT_LEN], [1; NONCE_LEN]);
        let back = Lock::read(&lock.text()).expect("reads back");
        assert!(back.admits(&key(3)));
        assert!(!back.admits(&key(4)));
        assert_eq!(back.salt_bytes(), Some(vec![9; SALT_LEN]));
        assert_eq!(back.iterations, ITERATIONS);
        assert_eq!(Lock::read("{}"), None);
    }

    #[test]
    fn the_key_travels_in_hex() {
        let k = key(0xab);
        assert_eq!(SealKey::from_hex(&k.to_hex()), Some(k));
        assert_eq!(SealKey::from_hex("abcd"), None);
    }

    #[test]
    fn passphrases_are_long_enough_and_repeated() {
        assert!(passphrase_problem("ngắn", "ngắn").is_some_and(|m| m.contains("ít nhất 8")));
        assert!(passphrase_problem("chi bộ số 3", "chi bo so 3").is_some_and(|m| m.contains("không giống")));
        assert_eq!(passphrase_problem("chi bộ số 3", "chi bộ số 3"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Any changed byte of a sealed draft is caught: it does not open.
            #[test]
            fn one_changed_byte_does_not_open(text in ".{0,200}", at in any::<prop::sample::Index>(), flip in 1u8..=255) {
                let sealed = seal(&key(5), [2; NONCE_LEN], PLACE, &text);
                let mut bytes = sealed.into_bytes();
                let i = at.index(bytes.len());
                bytes[i] ^= flip;
                if let Ok(changed) = String::from_utf8(bytes) {
                    prop_assert_ne!(open(&key(5), PLACE, &changed), Some(text));
                }
            }
        }
    }
}
