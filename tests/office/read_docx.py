#!/usr/bin/python3
"""Reads back a Word file the app wrote, with python-docx (which shares no code with the
writer, docx-rs), and prints what Word would find as JSON: the page setup, the body font,
the text of every paragraph in order (those inside tables included, cell by cell), which
paragraphs are numbered list items, and the tables.

Usage: /usr/bin/python3 tests/office/read_docx.py FILE.docx
"""
import json
import sys

from docx import Document
from docx.oxml.ns import qn

doc = Document(sys.argv[1])
section = doc.sections[0]
mm = lambda length: round(length.mm, 1) if length is not None else None


def paragraphs(container):
    """Paragraphs and table cells in document order."""
    for child in container.element.body.iterchildren() if hasattr(container, "element") and hasattr(container.element, "body") else container._element.iterchildren():
        if child.tag == qn("w:p"):
            yield child
        elif child.tag == qn("w:tbl"):
            for p in child.iter(qn("w:p")):
                yield p


def text_of(p):
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


items = [{"text": text_of(p), "numbered": p.find(qn("w:pPr")) is not None and p.find(qn("w:pPr")).find(qn("w:numPr")) is not None}
         for p in paragraphs(doc)]
normal = doc.styles["Normal"].font
defaults = doc.styles.element.find(qn("w:docDefaults"))
fonts = defaults.find(".//" + qn("w:rFonts")) if defaults is not None else None
size = defaults.find(".//" + qn("w:sz")) if defaults is not None else None
json.dump({
    "page": {"width": mm(section.page_width), "height": mm(section.page_height),
             "top": mm(section.top_margin), "bottom": mm(section.bottom_margin),
             "left": mm(section.left_margin), "right": mm(section.right_margin)},
    "font": fonts.get(qn("w:ascii")) if fonts is not None else normal.name,
    "size_pt": int(size.get(qn("w:val"))) / 2 if size is not None else None,
    "paragraphs": items,
    "tables": len(doc.tables),
}, sys.stdout, ensure_ascii=False)
