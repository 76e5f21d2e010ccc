//! The .xlsx writer: lays out the core's tables ([`kiemdiem_core::sheet`]) with
//! rust_xlsxwriter: a bold, wrapped header row, the header and the first two columns
//! frozen, each column's width, and typed cells.

use kiemdiem_core::sheet::{Cell, Sheet};
use rust_xlsxwriter::{Format, FormatAlign, Workbook, XlsxError};

/// The workbook of `sheets`, one sheet each, as the bytes of an .xlsx file.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
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
