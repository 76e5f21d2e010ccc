#!/usr/bin/python3
"""Reads back a workbook the app wrote, with openpyxl (which shares no code with the
writer, rust_xlsxwriter), and prints what a user's Excel would find as JSON: each sheet's
name, frozen panes, column widths, and every cell's value, type and number format.

Usage: /usr/bin/python3 tests/office/read_xlsx.py FILE.xlsx
"""
import json
import sys

from openpyxl import load_workbook

book = load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    sheets.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "widths": {key: dim.width for key, dim in ws.column_dimensions.items()},
        "rows": [[{"value": c.value, "type": c.data_type, "format": c.number_format} for c in row]
                 for row in ws.iter_rows()],
    })
json.dump(sheets, sys.stdout, ensure_ascii=False, default=str)
