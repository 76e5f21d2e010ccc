//! Chữ ký của tệp: who made a cell's bundle, a committee's decision file or criteria pack.
//!
//! The sender signs with a key made in its browser (WebCrypto ECDSA P-256 with SHA-256,
//! the private key never leaving the browser); the public key travels inside the file. The
//! receiver pins the key of its first file from a sender and is warned when a later one is
//! unsigned or signed by another key ([`judge`]). Nothing is sent anywhere.
//!
//! What is signed: the envelope without its payload and without the signature, as
//! canonical JSON ([`signed_bytes`]). The envelope's `sha256` stands for the payload, and
//! every reader recomputes it, so a changed byte of the payload breaks the digest and a
//! changed byte of the envelope (its times, its kind, the digest itself) breaks the
//! signature. Verification is the app's (WebCrypto); this crate only says what to verify.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::envelope::{Envelope, FileKind, TemplateRef};

/// The one algorithm: ECDSA on P-256 with SHA-256, the signature as r‖s (WebCrypto's).
pub const ALGORITHM: &str = "ECDSA-P256-SHA256";

/// A file's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Always `ECDSA-P256-SHA256`.
    pub algorithm: String,
    /// The signer's public key: the uncompressed P-256 point (65 bytes), in hex.
    pub key: String,
    /// The signature, r‖s (64 bytes), in hex.
    pub value: String,
}

/// The envelope's fields a signature covers (the payload through its digest).
#[derive(Serialize)]
struct Signed<'a> {
    format: &'a str,
    format_version: u32,
    app_version: &'a str,
    kind: FileKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    template: &'a Option<TemplateRef>,
    id: &'a str,
    #[serde(with = "crate::time::rfc3339")]
    created: DateTime<FixedOffset>,
    #[serde(with = "crate::time::rfc3339")]
    updated: DateTime<FixedOffset>,
    sha256: &'a str,
}

/// The bytes the signature of `env` covers. `env.sha256` must be the digest of its payload
/// (the readers check it before trusting a signature).
pub fn signed_bytes<T>(env: &Envelope<T>) -> Vec<u8> {
    let signed = Signed {
        format: &env.format,
        format_version: env.format_version,
        app_version: &env.app_version,
        kind: env.kind,
        template: &env.template,
        id: &env.id,
        created: env.created,
        updated: env.updated,
        sha256: &env.sha256,
    };
    // Field order is fixed by the struct: the bytes are the same for every writer.
    serde_json::to_vec(&signed).unwrap_or_default()
}

/// What a receiver checks: the key, the bytes signed, and the signature, as bytes. `None`
/// when the signature is not of the one algorithm or its hex is broken (then the file is
/// as good as unsigned, and [`Check::Malformed`] says so).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToVerify {
    /// The public key (65 bytes).
    pub key: Vec<u8>,
    /// The bytes signed.
    pub message: Vec<u8>,
    /// r‖s (64 bytes).
    pub value: Vec<u8>,
}

/// How a file's signature stands, before pinning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// No signature (a file of an earlier version of the app, or made by hand).
    Unsigned,
    /// A signature that cannot be read: wrong algorithm, broken hex, wrong length.
    Malformed,
    /// To be verified by the app.
    Verify(ToVerify),
}

/// What to verify for `env`.
pub fn check<T>(env: &Envelope<T>) -> Check {
    let Some(sig) = &env.signature else { return Check::Unsigned };
    let (Some(key), Some(value)) = (from_hex(&sig.key), from_hex(&sig.value)) else { return Check::Malformed };
    if sig.algorithm != ALGORITHM || key.len() != 65 || key[0] != 4 || value.len() != 64 {
        return Check::Malformed;
    }
    Check::Verify(ToVerify { key, message: signed_bytes(env), value })
}

/// What to verify for any file's text, read for its envelope alone (the payload skipped):
/// for a file whose reader does not keep its envelope, a criteria pack.
pub fn check_text(bytes: &[u8]) -> Check {
    serde_json::from_slice::<Envelope<serde::de::IgnoredAny>>(bytes).map_or(Check::Malformed, |env| check(&env))
}

/// The signature of `env` made of the signer's key and r‖s (both bytes).
pub fn signature(key: &[u8], value: &[u8]) -> Signature {
    Signature { algorithm: ALGORITHM.to_owned(), key: to_hex(key), value: to_hex(value) }
}

/// Hex of bytes, lower case.
pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Bytes of lower-case hex (as written); `None` for anything else, so that a file's key and
/// signature have one spelling only.
pub fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return None;
    }
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok()).collect()
}

/// The short fingerprint of a public key (hex) that a secretary can read aloud on the
/// phone: 16 digits in four groups, e.g. "0412 9981 3307 5526". Taken from the key's
/// SHA-256, so two keys differ in it but for one chance in 10^16.
pub fn fingerprint(key_hex: &str) -> String {
    let hash = Sha256::digest(key_hex.to_ascii_lowercase().as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&hash[..8]);
    let n = u64::from_be_bytes(first) % 10_000_000_000_000_000;
    let digits = format!("{n:016}");
    [&digits[0..4], &digits[4..8], &digits[8..12], &digits[12..16]].join(" ")
}

/// Who made a file, after the app verified its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signer {
    /// No signature, or one that cannot be read.
    Unsigned,
    /// The signature holds: the signer's key (hex).
    Key(String),
    /// A signature that does not match the file: changed after it was signed.
    Broken,
}

impl Signer {
    /// The signer of a file from its [`Check`] and, for [`Check::Verify`], the app's answer.
    pub fn of(check: &Check, verified: bool) -> Signer {
        match check {
            Check::Unsigned | Check::Malformed => Signer::Unsigned,
            Check::Verify(v) if verified => Signer::Key(to_hex(&v.key)),
            Check::Verify(_) => Signer::Broken,
        }
    }
}

/// The receiver's judgement of a file against the key it pinned for that sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// Signed by the pinned key.
    Known,
    /// The first signed file from this sender: its key is pinned from now on.
    First(String),
    /// Unsigned, and no key pinned yet: nothing to compare with.
    UnsignedNew,
    /// Unsigned, although the sender's earlier files were signed.
    UnsignedKnown,
    /// Signed by another key than the pinned one: another device, or someone else. The
    /// receiver confirms the new fingerprint with the sender before trusting it.
    OtherKey {
        /// The key pinned for the sender (hex).
        pinned: String,
        /// The key this file is signed with (hex).
        now: String,
    },
    /// The signature does not match the file.
    Broken,
}

impl Trust {
    /// Whether the receiver must be warned loudly.
    pub fn warns(&self) -> bool {
        matches!(self, Trust::UnsignedKnown | Trust::OtherKey { .. } | Trust::Broken)
    }

    /// The key to pin after this file, given the one pinned before: a first key is pinned,
    /// a warning never changes the pin (only the receiver's confirmation does).
    pub fn pin_after(&self, pinned: Option<&str>) -> Option<String> {
        match self {
            Trust::First(key) => Some(key.clone()),
            _ => pinned.map(str::to_owned),
        }
    }

    /// One sentence for the receiver, naming the sender and both fingerprints where they
    /// differ; `None` when nothing needs saying beyond the fingerprint.
    pub fn in_words(&self, sender: &str) -> Option<String> {
        match self {
            Trust::Known | Trust::UnsignedNew => None,
            Trust::First(key) => Some(format!(
                "Đã ghi nhận chữ ký của {sender}, mã nhận diện {}; các tệp sau của {sender} sẽ được so với mã này.",
                fingerprint(key)
            )),
            Trust::UnsignedKnown => Some(format!(
                "CẢNH BÁO: tệp này không có chữ ký, trong khi các tệp trước của {sender} đều có. Tệp có thể không do {sender} làm ra. Hãy hỏi lại {sender} trước khi dùng."
            )),
            Trust::OtherKey { pinned, now } => Some(format!(
                "CẢNH BÁO: tệp này được ký bằng một khoá khác (mã nhận diện {}) với khoá đã biết của {sender} (mã {}). Có thể {sender} đã đổi máy, cũng có thể tệp do người khác làm ra. Hãy gọi điện hỏi {sender} đọc mã nhận diện mới; chỉ khi trùng khớp mới bấm xác nhận.",
                fingerprint(now),
                fingerprint(pinned)
            )),
            Trust::Broken => Some(format!(
                "CẢNH BÁO: chữ ký của tệp không khớp với nội dung: tệp đã bị sửa sau khi {sender} ký. Hãy xin {sender} gửi lại tệp gốc."
            )),
        }
    }
}

/// Judges a file's signer against the key pinned for its sender.
pub fn judge(pinned: Option<&str>, signer: &Signer) -> Trust {
    match (pinned, signer) {
        (_, Signer::Broken) => Trust::Broken,
        (None, Signer::Unsigned) => Trust::UnsignedNew,
        (Some(_), Signer::Unsigned) => Trust::UnsignedKnown,
        (None, Signer::Key(k)) => Trust::First(k.clone()),
        (Some(p), Signer::Key(k)) if p.eq_ignore_ascii_case(k) => Trust::Known,
        (Some(p), Signer::Key(k)) => Trust::OtherKey { pinned: p.to_owned(), now: k.clone() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_reads_back_and_refuses_what_is_not_hex() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(from_hex(&to_hex(&bytes)), Some(bytes.to_vec()));
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex("zz"), None);
        assert_eq!(from_hex("é1"), None);
        assert_eq!(from_hex("AB"), None, "one spelling only");
    }

    #[test]
    fn a_fingerprint_is_sixteen_digits_in_four_groups_and_tells_keys_apart() {
        let a = fingerprint(&"04".repeat(65));
        assert_eq!(a.len(), 19);
        assert!(a.split(' ').all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())));
        assert_ne!(a, fingerprint(&"05".repeat(65)));
        assert_eq!(a, fingerprint(&"04".repeat(65).to_uppercase()));
    }

    #[test]
    fn the_first_key_is_pinned_and_every_later_difference_warns() {
        let k = "04aa".to_owned();
        let other = "04bb".to_owned();
        assert_eq!(judge(None, &Signer::Key(k.clone())), Trust::First(k.clone()));
        assert_eq!(judge(Some(&k), &Signer::Key(k.clone())), Trust::Known);
        assert_eq!(
            judge(Some(&k), &Signer::Key(other.clone())),
            Trust::OtherKey { pinned: k.clone(), now: other.clone() }
        );
        assert_eq!(judge(Some(&k), &Signer::Unsigned), Trust::UnsignedKnown);
        assert_eq!(judge(None, &Signer::Unsigned), Trust::UnsignedNew);
        assert_eq!(judge(Some(&k), &Signer::Broken), Trust::Broken);
        assert_eq!(judge(None, &Signer::Broken), Trust::Broken);
        for t in [Trust::UnsignedKnown, Trust::OtherKey { pinned: k.clone(), now: other.clone() }, Trust::Broken] {
            assert!(t.warns());
            assert_eq!(t.pin_after(Some(&k)), Some(k.clone()), "a warning never moves the pin");
            assert!(t.in_words("Chi bộ 3").is_some_and(|w| w.starts_with("CẢNH BÁO")));
        }
        assert_eq!(Trust::First(k.clone()).pin_after(None), Some(k.clone()));
        assert!(!Trust::Known.warns() && !Trust::First(k).warns() && !Trust::UnsignedNew.warns());
    }
}
