//! Files for Word and Excel, made by the office writer (`src/bin/office.rs`), a wasm of its
//! own that `assets/boot.js` fetches the first time one is asked for (and the service
//! worker keeps for offline use). Each call says in Vietnamese what went wrong, for the
//! page's message line.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The media type of a .docx file.
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The media type of an .xlsx file.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What to say when the writer cannot be started (e.g. offline before it was ever cached).
const NOT_LOADED: &str = "chưa mở được phần tạo tệp Word và Excel. Hãy kiểm tra kết nối mạng rồi thử lại";

/// The office writer's module, started once.
async fn writer() -> Result<JsValue, String> {
    let window = web_sys::window().ok_or(NOT_LOADED)?;
    let load = js_sys::Reflect::get(&window, &"kiemdiemOffice".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(NOT_LOADED)?;
    let promise = load.call0(&JsValue::NULL).map_err(|_| NOT_LOADED)?;
    JsFuture::from(js_sys::Promise::resolve(&promise)).await.map_err(|_| NOT_LOADED.to_owned())
}

/// Calls the writer's function `name` with `input` and returns the file's bytes.
async fn make(name: &str, input: &str) -> Result<js_sys::Uint8Array, String> {
    let module = writer().await?;
    let f = js_sys::Reflect::get(&module, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(NOT_LOADED)?;
    let out = f
        .call1(&JsValue::NULL, &JsValue::from_str(input))
        .map_err(|e| e.as_string().unwrap_or_else(|| "không tạo được tệp".to_owned()))?;
    out.dyn_into::<js_sys::Uint8Array>().map_err(|_| "không tạo được tệp".to_owned())
}

/// What the office writer makes a workbook of: the text of a file the app already makes,
/// so the workbook says what that file says.
pub enum Workbook {
    /// The cell's bundle (`goi-chi-bo-….json`): the roster and the summary.
    CellBundle(String),
    /// The committee's report, as JSON: its table of cells.
    CommitteeReport(String),
}

/// Makes the workbook and offers it as the download `file_name`.
pub async fn save_xlsx(file_name: &str, book: Workbook) -> Result<(), String> {
    let bytes = match book {
        Workbook::CellBundle(text) => make("bundle_xlsx", &text).await?,
        Workbook::CommitteeReport(json) => make("report_xlsx", &json).await?,
    };
    crate::files::save::save_bytes(file_name, &bytes, XLSX)
}

/// Writes the document a print view shows (`which`, as [`crate::print::source::Which`]'s
/// parts) as a Word file with the given margins (mm: top, bottom, left, right), and offers it
/// as the download `file_name`. The writer reads the document from storage as the view did:
/// nothing is converted to hand it over.
pub async fn save_docx(file_name: &str, which: &[String; 3], margins: [u32; 4]) -> Result<(), String> {
    let module = writer().await?;
    let f = js_sys::Reflect::get(&module, &"document_docx".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(NOT_LOADED)?;
    let args = js_sys::Array::new();
    for part in which {
        args.push(&JsValue::from_str(part));
    }
    for m in margins {
        args.push(&JsValue::from(m));
    }
    let promise =
        f.apply(&JsValue::NULL, &args).map_err(|e| e.as_string().unwrap_or_else(|| "không tạo được tệp".to_owned()))?;
    let out = JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| "không tạo được tệp".to_owned()))?;
    let bytes = out.dyn_into::<js_sys::Uint8Array>().map_err(|_| "không tạo được tệp".to_owned())?;
    crate::files::save::save_bytes(file_name, &bytes, DOCX)
}
