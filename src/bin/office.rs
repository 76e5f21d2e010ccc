//! The Word and Excel writer: a wasm of its own, loaded only when a user asks for a file
//! ("Tải bảng Excel (.xlsx)"), so that no app's first load carries rust_xlsxwriter.
//! `assets/boot.js` imports it on demand (`window.kiemdiemOffice`); `src/office.rs` calls
//! it. It draws no page: it lays out the tables the core built
//! ([`kiemdiem_core::sheet`]) and hands back the file's bytes.

use kiemdiem_core::committee::report::Report;
use kiemdiem_core::sheet::{self, Cell, Sheet};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};
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
    write(sheets).map_err(|e| JsValue::from_str(&format!("không tạo được tệp Excel ({e})")))
}

fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let count = Format::new().set_num_format("0").set_align(FormatAlign::Top);
    // Excel shows the decimal separator of the user's locale: "93,5" on a Vietnamese system.
    let score = Format::new().set_num_format("0.0").set_align(FormatAlign::Top);
    let share = Format::new().set_num_format("0.0%").set_align(FormatAlign::Top);
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name.as_str())?;
        for (c, title) in sheet.header.iter().enumerate() {
            let c = c as u16;
            ws.write_string_with_format(0, c, title, &header)?;
            ws.set_column_width(c, sheet.widths.get(usize::from(c)).copied().unwrap_or(12.0))?;
        }
        // The header row and the first two columns (number and name) stay in view.
        ws.set_freeze_panes(1, 2.min(sheet.header.len() as u16))?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) => {
                        ws.write_string_with_format(r, c, t, &text)?;
                    }
                    Cell::Count(n) => {
                        ws.write_number_with_format(r, c, f64::from(*n), &count)?;
                    }
                    Cell::Score(tenths) => {
                        ws.write_number_with_format(r, c, f64::from(*tenths) / 10.0, &score)?;
                    }
                    Cell::Share { part, whole } => {
                        let v = if *whole == 0 { 0.0 } else { f64::from(*part) / f64::from(*whole) };
                        ws.write_number_with_format(r, c, v, &share)?;
                    }
                }
            }
        }
    }
    book.save_to_buffer()
}
