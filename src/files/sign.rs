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

use js_sys::{Object, Reflect, Uint8Array};
use kiemdiem_core::file::signature::{self, Check, Signer, ToVerify};
use kiemdiem_core::file::Envelope;
use kiemdiem_core::key_backup::KeyBackup;
use kiemdiem_core::seal::{ITERATIONS, SALT_LEN};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CryptoKey;

use crate::persist::idb;
use crate::webcrypto::{bytes, call, object, random, seal_key, set, subtle, usages};

/// Where the key pair is kept in the keys' store.
const DEVICE_KEY: &str = "device";

/// The device's key: the private half (to sign) and the public half's bytes (to put in
/// files and show as a fingerprint).
#[derive(Clone)]
struct DeviceKey {
    private: CryptoKey,
    public: Vec<u8>,
    /// Made with a backup, or restored from one.
    backed_up: bool,
}

thread_local! {
    static CACHED: RefCell<Option<DeviceKey>> = const { RefCell::new(None) };
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
            backed_up: Reflect::get(&pair, &JsValue::from_str("backedUp"))
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
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
            DeviceKey { private, public, backed_up: false }
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

/// The fingerprint of the key this device keeps, without making one (for print).
pub async fn kept_fingerprint() -> Option<String> {
    if let Some(k) = CACHED.with(|c| c.borrow().clone()) {
        return Some(signature::fingerprint(&signature::to_hex(&k.public)));
    }
    let kept = idb::key(DEVICE_KEY).await.ok().flatten().filter(|v| v.is_object())?;
    let public = bytes(&Reflect::get(&kept, &JsValue::from_str("publicRaw")).ok()?);
    (!public.is_empty()).then(|| signature::fingerprint(&signature::to_hex(&public)))
}

/// This device's signing key, as its export page tells of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyState {
    /// The fingerprint the receivers read.
    pub fingerprint: String,
    /// A backup of it was made (the key was made with one, or restored from one).
    pub backed_up: bool,
}

/// The device's key (made now if there is none yet); `None` when the browser cannot sign.
pub async fn key_state() -> Option<KeyState> {
    subtle()?;
    let key = device_key().await?;
    Some(KeyState { fingerprint: signature::fingerprint(&signature::to_hex(&key.public)), backed_up: key.backed_up })
}

const NO_CRYPTO: &str =
    "Trình duyệt này không có chức năng mã hoá (trang cần được mở qua https). Đồng chí hãy dùng trình duyệt khác.";

/// Keeps `pkcs8` (a private key the app read once) as this device's key, in a copy the
/// browser will not let anyone read back, and signs with it from now on.
async fn keep_key(pkcs8: &[u8], public: Vec<u8>) -> Result<(), String> {
    let subtle = subtle().ok_or(NO_CRYPTO)?;
    let algorithm = object(&[("name", "ECDSA"), ("namedCurve", "P-256")]);
    let data: Object = Uint8Array::from(pkcs8).into();
    let private: CryptoKey = call(subtle.import_key_with_object("pkcs8", &data, &algorithm, false, &usages(&["sign"])))
        .await
        .and_then(|k| k.dyn_into().ok())
        .ok_or("Trình duyệt không nhận khoá trong tệp sao lưu.")?;
    let kept = Object::new();
    set(&kept, "privateKey", &private);
    set(&kept, "publicRaw", &Uint8Array::from(public.as_slice()));
    set(&kept, "backedUp", &JsValue::TRUE);
    idb::put_key(DEVICE_KEY, &kept).await.map_err(|e| format!("Chưa lưu được khoá trên máy này: {}", e.message()))?;
    CACHED.with(|c| *c.borrow_mut() = Some(DeviceKey { private, public, backed_up: true }));
    Ok(())
}

/// Makes a new key for this device with its backup sealed by `passphrase` (issue 31, item
/// 9): the only moment the private key is readable. The new key replaces the device's;
/// returns the backup file's text and the new fingerprint.
pub async fn new_key_with_backup(passphrase: &str) -> Result<(String, String), String> {
    let subtle = subtle().ok_or(NO_CRYPTO)?;
    let algorithm = object(&[("name", "ECDSA"), ("namedCurve", "P-256")]);
    let pair =
        call(subtle.generate_key_with_object(&algorithm, true, &usages(&["sign", "verify"]))).await.ok_or(NO_CRYPTO)?;
    let field =
        |name: &str| Reflect::get(&pair, &JsValue::from_str(name)).ok().and_then(|k| k.dyn_into::<CryptoKey>().ok());
    let (Some(private), Some(public_key)) = (field("privateKey"), field("publicKey")) else {
        return Err(NO_CRYPTO.into());
    };
    let pkcs8 = call(subtle.export_key("pkcs8", &private)).await.map(|v| bytes(&v)).ok_or(NO_CRYPTO)?;
    let public = call(subtle.export_key("raw", &public_key)).await.map(|v| bytes(&v)).ok_or(NO_CRYPTO)?;
    let (Some(salt), Some(nonce)) = (random::<SALT_LEN>(), random()) else { return Err(NO_CRYPTO.into()) };
    let key = seal_key(passphrase, &salt, ITERATIONS).await.ok_or(NO_CRYPTO)?;
    let backup = KeyBackup::new(&public, &pkcs8, &key, &salt, ITERATIONS, nonce);
    keep_key(&pkcs8, public).await?;
    Ok((backup.text(), backup.fingerprint))
}

/// Makes the key of `backup` this device's key, when `passphrase` opens it; returns its
/// fingerprint. A wrong passphrase changes nothing.
pub async fn restore_key(backup: &KeyBackup, passphrase: &str) -> Result<String, String> {
    let key = seal_key(passphrase, &backup.salt_bytes(), backup.iterations).await.ok_or(NO_CRYPTO)?;
    let pkcs8 = backup.open(&key).ok_or(
        "Mật khẩu không mở được tệp sao lưu này. Đồng chí hãy nhập lại đúng mật khẩu đã đặt khi tạo tệp (chú ý chữ hoa, chữ thường và dấu tiếng Việt).",
    )?;
    keep_key(&pkcs8, backup.public_bytes()).await?;
    Ok(backup.fingerprint.clone())
}
