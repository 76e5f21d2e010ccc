//! The browser's WebCrypto, as this app calls it: the signatures of files
//! ([`crate::files::sign`]) and the key of the drafts' lock ([`crate::persist::lock`]).
//! Nothing here keeps a key: callers decide where keys live.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// The browser's WebCrypto, offered only to pages served over https or from this machine.
pub fn subtle() -> Option<SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    subtle.dyn_into::<SubtleCrypto>().ok()
}

/// A plain object of text fields (an algorithm's parameters).
pub fn object(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        set(&o, k, &JsValue::from_str(v));
    }
    o
}

/// Sets one field of an object.
pub fn set(o: &Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(name), value);
}

/// A key's usages, as WebCrypto takes them.
pub fn usages(names: &[&str]) -> JsValue {
    names.iter().map(|n| JsValue::from_str(n)).collect::<Array>().into()
}

/// Waits for a WebCrypto promise; `None` when it was refused or failed.
pub async fn call(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// The bytes of an ArrayBuffer or a typed array.
pub fn bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

/// `N` random bytes from the browser's generator; `None` where it is refused.
pub fn random<const N: usize>() -> Option<[u8; N]> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let mut out = [0u8; N];
    crypto.get_random_values_with_u8_array(&mut out).ok()?;
    Some(out)
}

/// Text as Unicode's composed form (NFC): a passphrase typed with one Vietnamese keyboard
/// ("ậ" as one character) and with another (as "a" and two marks) is the same passphrase.
pub fn composed(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFC").into()
}

/// `bits` bits derived from `passphrase` by PBKDF2-HMAC-SHA256 with `salt` and
/// `iterations` rounds (the passphrase taken as [`composed`] text); `None` where the browser
/// cannot.
pub async fn pbkdf2(passphrase: &str, salt: &[u8], iterations: u32, bits: u32) -> Option<Vec<u8>> {
    let subtle = subtle()?;
    let raw: Object = Uint8Array::from(composed(passphrase).as_bytes()).into();
    let base = call(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages(&["deriveBits"]))).await?;
    let base: CryptoKey = base.dyn_into().ok()?;
    let algorithm = object(&[("name", "PBKDF2"), ("hash", "SHA-256")]);
    set(&algorithm, "salt", &Uint8Array::from(salt).into());
    set(&algorithm, "iterations", &JsValue::from_f64(f64::from(iterations)));
    let derived = call(subtle.derive_bits_with_object(&algorithm, &base, bits)).await?;
    Some(bytes(&derived))
}

/// The key of the drafts' lock or of a key backup ([`kiemdiem_core::seal`]), derived from
/// `passphrase` with `salt` and `iterations` rounds.
pub async fn seal_key(passphrase: &str, salt: &[u8], iterations: u32) -> Option<kiemdiem_core::seal::SealKey> {
    kiemdiem_core::seal::SealKey::from_bytes(&pbkdf2(passphrase, salt, iterations, 256).await?)
}
