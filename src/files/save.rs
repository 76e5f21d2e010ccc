//! Saving a file to the user's device ("Xuất tệp"): the only way data leaves the app.

use wasm_bindgen::{JsCast, JsValue};

use crate::store::APP_VERSION;
use kiemdiem_core::document::Document;
use kiemdiem_core::file;
use kiemdiem_core::templates;

/// Offers `text` as a download named `name`. Errors are the browser's, for a message.
pub fn save_text(name: &str, text: &str) -> Result<(), String> {
    save_typed(name, text, "application/json;charset=utf-8")
}

/// Offers `text` as a download of the given media type.
pub fn save_typed(name: &str, text: &str, media_type: &str) -> Result<(), String> {
    save_parts(name, &js_sys::Array::of1(&JsValue::from_str(text)), media_type)
}

/// Offers `bytes` (a Word or Excel file) as a download of the given media type.
pub fn save_bytes(name: &str, bytes: &js_sys::Uint8Array, media_type: &str) -> Result<(), String> {
    save_parts(name, &js_sys::Array::of1(bytes), media_type)
}

fn save_parts(name: &str, parts: &js_sys::Array, media_type: &str) -> Result<(), String> {
    let fail = |e: JsValue| e.as_string().unwrap_or_else(|| "trình duyệt từ chối tải tệp".into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("không có trang")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Exports one document as its file (`kiem-diem-2025-nguyen-van-an.json`).
pub fn export_document(doc: &Document) -> Result<String, String> {
    let (name, text) = document_file(doc)?;
    save_text(&name, &text)?;
    Ok(name)
}

/// One document's file name and text, as [`export_document`] saves them.
pub fn document_file(doc: &Document) -> Result<(String, String), String> {
    let env = file::wrap(doc, APP_VERSION).ok_or("văn bản theo mẫu mà phiên bản này chưa có")?;
    let kind = templates::get(&doc.template).map(|t| t.kind).ok_or("mẫu không rõ")?;
    let name = file::file_name(kind, doc.year, doc.text(templates::review_2025::ids::FULL_NAME));
    Ok((name, file::to_file_text(&env)))
}

/// A JSON file as the browser's share sheet takes it.
fn shared_file(name: &str, text: &str) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

fn share_data(file: &web_sys::File) -> js_sys::Object {
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(file));
    data
}

/// The navigator's method of this name, if the browser has it.
fn navigator_method(name: &str) -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let method = js_sys::Reflect::get(&navigator, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, method))
}

/// Whether this browser can hand a file to another app (Web Share with files: most phones).
pub fn can_share_files() -> bool {
    let Some((navigator, can_share)) = navigator_method("canShare") else { return false };
    let Some(probe) = shared_file("thu.json", "{}") else { return false };
    can_share.call1(&navigator, &share_data(&probe)).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Hands `text` as the file `name` to the share sheet, for a chat app to send. `Ok(false)`
/// when the user closed the sheet without choosing.
pub async fn share_file(name: &str, text: &str) -> Result<bool, String> {
    let refused = || "trình duyệt không cho gửi tệp; hãy dùng nút tải tệp".to_owned();
    let (navigator, share) = navigator_method("share").ok_or_else(refused)?;
    let file = shared_file(name, text).ok_or_else(refused)?;
    let promise = share.call1(&navigator, &share_data(&file)).map_err(|_| refused())?;
    let promise = promise.dyn_into::<js_sys::Promise>().map_err(|_| refused())?;
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        Err(e) if e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "AbortError") => Ok(false),
        Err(_) => Err(refused()),
    }
}
