//! Tệp sao lưu khoá ký: the backup of a device's signing key, so that a cell or a committee
//! that changes computers keeps signing as itself (issue 31, item 9) instead of asking the
//! receiver to confirm a new fingerprint.
//!
//! The private key is readable only once, when it is made: the app then seals it with a key
//! derived from a passphrase the user chooses (PBKDF2, as the drafts' lock:
//! [`crate::seal`]) and the browser keeps only a copy it cannot read back. The backup holds
//! the public key in clear, so that the fingerprint it restores is shown before the
//! passphrase is asked.

use serde::{Deserialize, Serialize};

use crate::file::signature::{fingerprint, from_hex, to_hex};
use crate::seal::{self, SealKey, NONCE_LEN};

/// The backup's `format`.
pub const FORMAT: &str = "kiemdiem-khoa-ky";
/// Where the private key is sealed (the associated data of its seal).
const PLACE: &str = "kiemdiem/khoa-ky";
/// The largest backup read, in bytes: a real one is under 1 KB.
pub const MAX_BYTES: usize = 16 * 1024;

/// The backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyBackup {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always 1.
    pub version: u32,
    /// The public key (uncompressed P-256 point), in hex.
    pub public_key: String,
    /// Its fingerprint, as the receivers read it aloud.
    pub fingerprint: String,
    /// The salt of the passphrase's key, in hex.
    pub salt: String,
    /// PBKDF2 rounds.
    pub iterations: u32,
    /// The private key (PKCS #8) in hex, sealed with the passphrase's key.
    pub sealed: String,
}

impl KeyBackup {
    /// The backup of `pkcs8` (the private key) whose public half is `public`, sealed with
    /// `key` (derived from the passphrase with `salt` and `iterations`).
    pub fn new(
        public: &[u8],
        pkcs8: &[u8],
        key: &SealKey,
        salt: &[u8],
        iterations: u32,
        nonce: [u8; NONCE_LEN],
    ) -> KeyBackup {
        let public_key = to_hex(public);
        KeyBackup {
            format: FORMAT.to_owned(),
            version: 1,
            fingerprint: fingerprint(&public_key),
            public_key,
            salt: to_hex(salt),
            iterations,
            sealed: seal::seal(key, nonce, PLACE, &to_hex(pkcs8)),
        }
    }

    /// The file's text.
    pub fn text(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a backup file named `name`; `Err` says, in Vietnamese, what the file is not.
    pub fn read(name: &str, bytes: &[u8]) -> Result<KeyBackup, String> {
        let not = || {
            format!("Tệp \"{name}\" không phải tệp sao lưu khoá ký của ứng dụng. Đồng chí hãy chọn tệp có tên bắt đầu bằng \"khoa-ky\".")
        };
        if bytes.len() > MAX_BYTES {
            return Err(not());
        }
        let backup: KeyBackup = serde_json::from_slice(bytes).map_err(|_| not())?;
        let public = from_hex(&backup.public_key);
        let sound = backup.format == FORMAT
            && backup.version == 1
            && public.as_ref().is_some_and(|p| p.len() == 65)
            && backup.fingerprint == fingerprint(&backup.public_key)
            && from_hex(&backup.salt).is_some()
            && backup.iterations > 0
            && seal::is_sealed(&backup.sealed);
        if sound {
            Ok(backup)
        } else {
            Err(format!("Tệp \"{name}\" là tệp sao lưu khoá ký nhưng đã bị sửa hoặc hỏng nên không dùng được."))
        }
    }

    /// The salt's bytes.
    pub fn salt_bytes(&self) -> Vec<u8> {
        from_hex(&self.salt).unwrap_or_default()
    }

    /// The public key's bytes.
    pub fn public_bytes(&self) -> Vec<u8> {
        from_hex(&self.public_key).unwrap_or_default()
    }

    /// The private key (PKCS #8), when `key` is the passphrase's; `None` otherwise.
    pub fn open(&self, key: &SealKey) -> Option<Vec<u8>> {
        from_hex(&seal::open(key, PLACE, &self.sealed)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> SealKey {
        SealKey::from_bytes(&[b; 32]).expect("32 bytes")
    }

    fn backup() -> KeyBackup {
        KeyBackup::new(&[4; 65], &[7, 8, 9], &key(1), &[5; 16], 600_000, [3; NONCE_LEN])
    }

    #[test]
    fn a_backup_opens_with_its_passphrase_only() {
        let b = KeyBackup::read("khoa-ky.json", backup().text().as_bytes()).expect("reads back");
        assert_eq!(b.open(&key(1)), Some(vec![7, 8, 9]));
        assert_eq!(b.open(&key(2)), None);
        assert_eq!(b.fingerprint, fingerprint(&to_hex(&[4; 65])));
        assert_eq!(b.salt_bytes(), vec![5; 16]);
    }

    #[test]
    fn other_files_and_edited_backups_are_named() {
        let other = KeyBackup::read("goi.json", br#"{"format":"kiemdiem","kind":"cell-bundle"}"#).unwrap_err();
        assert!(other.contains("\"goi.json\" không phải tệp sao lưu khoá ký"), "{other}");
        let mut edited = backup();
        edited.fingerprint = "1111 2222 3333 4444".into();
        let err = KeyBackup::read("khoa-ky.json", edited.text().as_bytes()).unwrap_err();
        assert!(err.contains("đã bị sửa hoặc hỏng"), "{err}");
    }
}
