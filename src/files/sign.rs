//! The device's signing key, and the browser's WebCrypto under every signature: a cell
//! signs its bundles, a committee its decision files and criteria packs
//! ([`kiemdiem_core::file::signature`] says what is signed and how a receiver judges it).
//!
//! The key pair is made once per browser (ECDSA P-256), its private half not extractable:
//! no script, this app's included, can read it, only ask the browser to sign with it. It is
//! kept in IndexedDB, which keeps such objects as they are, across versions of the app.
//! "Xoá mọi dữ liệu" removes it with everything else: the next file is signed by a new key,
//! which the receiver is asked to confirm.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect, Uint8Array};
use kiemdiem_core::file::signature::{self, Check, Signer, ToVerify};
use kiemdiem_core::file::Envelope;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::persist::idb;

/// Where the key pair is kept in the keys' store.
const DEVICE_KEY: &str = "device";

/// The device's key: the private half (to sign) and the public half's bytes (to put in
/// files and show as a fingerprint).
#[derive(Clone)]
struct DeviceKey {
    private: CryptoKey,
    public: Vec<u8>,
}

thread_local! {
    static CACHED: RefCell<Option<DeviceKey>> = const { RefCell::new(None) };
}

/// The browser's WebCrypto, offered only to pages served over https or from this machine.
fn subtle() -> Option<SubtleCrypto> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &JsValue::from_str("subtle")).ok()?;
    subtle.dyn_into::<SubtleCrypto>().ok()
}

fn object(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn usages(names: &[&str]) -> JsValue {
    names.iter().map(|n| JsValue::from_str(n)).collect::<Array>().into()
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

fn bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

/// The device's key: the one kept, or a new one made and kept.
async fn device_key() -> Option<DeviceKey> {
    if let Some(k) = CACHED.with(|c| c.borrow().clone()) {
        return Some(k);
    }
    let kept = idb::key(DEVICE_KEY).await.ok().flatten().filter(|v| v.is_object());
    let key = match kept {
        Some(pair) => DeviceKey {
            private: Reflect::get(&pair, &JsValue::from_str("privateKey")).ok()?.dyn_into().ok()?,
            public: bytes(&Reflect::get(&pair, &JsValue::from_str("publicRaw")).ok()?),
        },
        None => {
            let subtle = subtle()?;
            let algorithm = object(&[("name", "ECDSA"), ("namedCurve", "P-256")]);
            let pair = call(subtle.generate_key_with_object(&algorithm, false, &usages(&["sign", "verify"]))).await?;
            let private: CryptoKey = Reflect::get(&pair, &JsValue::from_str("privateKey")).ok()?.dyn_into().ok()?;
            let public_key: CryptoKey = Reflect::get(&pair, &JsValue::from_str("publicKey")).ok()?.dyn_into().ok()?;
            // A public key is always readable, whatever `extractable` says.
            let raw = call(subtle.export_key("raw", &public_key)).await?;
            let public = bytes(&raw);
            let kept = Object::new();
            let _ = Reflect::set(&kept, &JsValue::from_str("privateKey"), &private);
            let _ = Reflect::set(&kept, &JsValue::from_str("publicRaw"), &Uint8Array::from(public.as_slice()));
            // Not kept (storage refused): this page still signs, the next makes another key.
            let _ = idb::put_key(DEVICE_KEY, &kept).await;
            DeviceKey { private, public }
        }
    };
    CACHED.with(|c| *c.borrow_mut() = Some(key.clone()));
    Some(key)
}

/// Signs `env` with the device's key. `false` when the browser cannot sign (no WebCrypto
/// on a page not served over https); the file then goes unsigned and the receiver is told.
pub async fn sign<T>(env: &mut Envelope<T>) -> bool {
    let (Some(subtle), Some(key)) = (subtle(), device_key().await) else { return false };
    let algorithm = object(&[("name", "ECDSA"), ("hash", "SHA-256")]);
    let message = signature::signed_bytes(env);
    let Some(value) = call(subtle.sign_with_object_and_u8_array(&algorithm, &key.private, &message)).await else {
        return false;
    };
    env.signature = Some(signature::signature(&key.public, &bytes(&value)));
    true
}

/// A file's text (any envelope: a bundle, a decision file, a criteria pack) signed with the
/// device's key; the text as it was when the browser cannot sign. The signature goes in as
/// the envelope's last field, the rest of the text byte for byte as it was.
pub async fn sign_text(text: String) -> String {
    let Ok(mut env) = serde_json::from_str::<Envelope<serde::de::IgnoredAny>>(&text) else { return text };
    if env.signature.is_some() || !sign(&mut env).await {
        return text;
    }
    let (Some(sig), Some(end)) = (env.signature, text.rfind('}')) else { return text };
    let Ok(sig) = serde_json::to_string(&sig) else { return text };
    let body = text[..end].trim_end();
    format!("{body},\n  \"signature\": {sig}\n}}{}", &text[end + 1..])
}

/// The fingerprint of this device's key, as the receivers see it (made now if there is
/// none yet); `None` when the browser cannot sign.
pub async fn device_fingerprint() -> Option<String> {
    subtle()?;
    let key = device_key().await?;
    Some(signature::fingerprint(&signature::to_hex(&key.public)))
}

/// Whether the signature holds.
async fn verify(v: &ToVerify) -> bool {
    let Some(subtle) = subtle() else { return false };
    let algorithm = object(&[("name", "ECDSA"), ("namedCurve", "P-256")]);
    let data: Object = Uint8Array::from(v.key.as_slice()).into();
    let Some(key) = call(subtle.import_key_with_object("raw", &data, &algorithm, false, &usages(&["verify"]))).await
    else {
        return false;
    };
    let Ok(key) = key.dyn_into::<CryptoKey>() else { return false };
    let algorithm = object(&[("name", "ECDSA"), ("hash", "SHA-256")]);
    call(subtle.verify_with_object_and_u8_array_and_u8_array(&algorithm, &key, &v.value, &v.message))
        .await
        .and_then(|ok| ok.as_bool())
        .unwrap_or(false)
}

/// Who signed a file, from its check; a file whose content was changed after export
/// (`changed`) has no signer whatever its signature says.
pub async fn signer(check: &Check, changed: bool) -> Signer {
    match check {
        Check::Verify(_) if changed => Signer::Broken,
        Check::Verify(v) => Signer::of(check, verify(v).await),
        other => Signer::of(other, false),
    }
}
