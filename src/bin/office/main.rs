//! The Word and Excel writer: a wasm of its own, loaded only when a user asks for a file
//! ("Tải bản Word (.docx)", "Tải bảng Excel (.xlsx)"), so that no app's first load carries
//! docx-rs or rust_xlsxwriter. `assets/boot.js` imports it on demand
//! (`window.kiemdiemOffice`); `src/office.rs` calls it with text the apps already make (a
//! bundle, a report, a document) and gets the file's bytes back. It draws no page.

mod excel;
mod word;

use kiemdiem::print::source::{self, Which};
use kiemdiem_core::committee::report::Report;
use kiemdiem_core::sheet::{self, Sheet};
use wasm_bindgen::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
}

/// What to say when the app handed over something unreadable (a bug, not the user's).
const UNREADABLE: &str = "dữ liệu chuyển sang không đọc được; hãy tải lại trang rồi thử lại";

/// The cell's workbook (the roster and the summary) from its bundle's text, or a message.
#[wasm_bindgen]
pub fn bundle_xlsx(bundle: &str) -> Result<Vec<u8>, JsValue> {
    kiemdiem_core::templates::know_cell_forms();
    let sheets = sheet::cell_sheets_of_bundle(bundle.as_bytes()).map_err(|_| JsValue::from_str(UNREADABLE))?;
    xlsx(&sheets)
}

/// The committee's workbook from its report (JSON of the core's `Report`), or a message.
#[wasm_bindgen]
pub fn report_xlsx(report: &str) -> Result<Vec<u8>, JsValue> {
    let report: Report = serde_json::from_str(report).map_err(|_| JsValue::from_str(UNREADABLE))?;
    xlsx(&sheet::report_sheets(&report))
}

fn xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, JsValue> {
    // rust_xlsxwriter's errors name a limit of Excel's (a sheet's size, a name's length).
    excel::workbook(sheets).map_err(|e| JsValue::from_str(&format!("không tạo được tệp Excel ({e})")))
}

/// The document a print view shows (`kind`, `a`, `b`: the parts of
/// `kiemdiem::print::source::Which`) as a Word file in the print view's layout, with the
/// print toolbar's margins in mm; found in storage as the view found it (a promise: a
/// cell's reviews are read from IndexedDB).
#[wasm_bindgen]
pub async fn document_docx(
    kind: &str,
    a: &str,
    b: &str,
    top: u32,
    bottom: u32,
    left: u32,
    right: u32,
) -> Result<Vec<u8>, JsValue> {
    kiemdiem_core::templates::include_cell_forms();
    let which = Which::from_parts(kind, a, b).ok_or_else(|| JsValue::from_str(UNREADABLE))?;
    let printed = source::printed_of(&which).await.map_err(|m| JsValue::from_str(&m))?;
    word::document(&printed, [top, bottom, left, right]).map_err(|e| JsValue::from_str(&e))
}
