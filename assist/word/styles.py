"""The Word document's look and the raw WordprocessingML that python-docx has no API for: page
numbers (a PAGE field), header rows that repeat on every page, the protective marking in header
and footer, and text made safe for XML. Plain python-docx; no Flask."""

from __future__ import annotations

import re

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

# A style the reader knows: lines such as "Rests on: F1, F3" under an item, or "Nothing
# recorded.", which belong to the item before them or to no item at all.
DETAIL_STYLE = "Assist Detail"
# The title block and sign-off: about the document, not part of the assessment.
META_TABLE_STYLE = "Table Grid"
FONT = "Arial"

# Characters XML 1.0 forbids (Word refuses a file holding one), plus the non-characters.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


_INDENTED_LINE = re.compile(r"\n[ \t]+")


def safe(text) -> str:
    """Text as Word can hold it: XML-illegal control characters removed, tabs kept, and a
    wrapped line's indentation (from Markdown) dropped."""
    if text is None:
        return ""
    return _INDENTED_LINE.sub("\n", _ILLEGAL_XML.sub("", str(text)))


def set_widths(table, widths_cm):
    """Column widths in centimetres; Word reads them from every cell, LibreOffice from the grid."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def set_up(document, marking: str, draft: str = ""):
    """Fonts, margins, the detail style, and the marking and page number on every page; and
    ``draft`` ("Draft – not yet signed off") under the marking on every page, when it is one."""
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    _east_asian_font(normal)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        style = styles[name]
        style.font.name = FONT
        style.font.color.rgb = RGBColor(0x0B, 0x0C, 0x0C)
        _east_asian_font(style)
    styles["Title"].font.size = Pt(24)
    styles["Heading 1"].font.size = Pt(18)
    styles["Heading 2"].font.size = Pt(14)
    detail = styles.add_style(DETAIL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    detail.base_style = normal
    detail.font.size = Pt(10)
    detail.font.color.rgb = RGBColor(0x50, 0x5A, 0x5F)
    detail.paragraph_format.space_after = Pt(6)
    for section in document.sections:
        # python-docx's template is US Letter; councils and courts in England print on A4.
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(header.add_run(safe(marking)))
        if draft:
            # On every printed page until sign-off, not on the first alone. On the marking's
            # line: a taller header moves every page's break, and LibreOffice has dropped the
            # rest of a table that a moved break split before a landscape page.
            _bold(header.add_run(f"    {safe(draft)}"))
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _bold(footer.add_run(safe(marking)))
        footer.add_run("    Page ")
        add_field(footer, "PAGE", "1")
        footer.add_run(" of ")
        add_field(footer, "NUMPAGES", "1")


def turn_page(document, landscape: bool):
    """Carry on in a new section on a landscape (or portrait) page, unless the page is already
    that way round. The header and footer (marking, page numbers) carry on from the last one."""
    current = document.sections[-1]
    if (current.orientation == WD_ORIENT.LANDSCAPE) == landscape:
        return
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long_side, short_side = Cm(29.7), Cm(21)
    if landscape:
        section.page_width, section.page_height = long_side, short_side
    else:
        section.page_width, section.page_height = short_side, long_side


def _bold(run):
    run.bold = True
    return run


def _east_asian_font(style):
    """Word keeps a separate font for some scripts; without this it falls back to Calibri."""
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    # The default template's headings name theme fonts, which win over the names above.
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)


def add_field(paragraph, instruction: str, placeholder: str):
    """A field Word fills in when it lays out the page (PAGE, NUMPAGES)."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(code)
    run._r.append(separate)
    paragraph.add_run(placeholder)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


def repeat_header_row(row):
    """Mark a table's first row as a header that Word repeats on every page it spans."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def shade(cell, fill="F3F2F1"):
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


_TWIPS_PER_CM = 567


def append_rows(table, rows, widths_cm, detail_style_id=None):
    """Data rows built straight as WordprocessingML: python-docx's add_row and cell setters cost
    about 3 ms a row, which made a 300-fact chronology take a second. A cell's value is its text,
    or a tuple of its text and detail lines ("Rests on: F1"), each a paragraph in the detail
    style (``detail_style_id``)."""
    tbl = table._tbl
    widths = [str(round(width * _TWIPS_PER_CM)) for width in widths_cm]
    for grid_column, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_column.set(qn("w:w"), width)
    sub = etree.SubElement
    for values in rows:
        tr = sub(tbl, qn("w:tr"))
        sub(sub(tr, qn("w:trPr")), qn("w:cantSplit"))
        for value, width in zip(values, widths, strict=True):
            tc = sub(tr, qn("w:tc"))
            tc_width = sub(sub(tc, qn("w:tcPr")), qn("w:tcW"))
            tc_width.set(qn("w:w"), width)
            tc_width.set(qn("w:type"), "dxa")
            text, *details = value if isinstance(value, tuple) else (value,)
            _add_text(sub(sub(tc, qn("w:p")), qn("w:r")), text)
            for detail in details:
                paragraph = sub(tc, qn("w:p"))
                sub(sub(paragraph, qn("w:pPr")), qn("w:pStyle")).set(qn("w:val"), detail_style_id)
                _add_text(sub(paragraph, qn("w:r")), detail)


def _add_text(run, value):
    """Text into a run: line breaks as <w:br/>, tabs as <w:tab/>."""
    sub = etree.SubElement
    for number, line in enumerate(safe(value).split("\n")):
        if number:
            sub(run, qn("w:br"))
        for part_number, part in enumerate(line.split("\t")):
            if part_number:
                sub(run, qn("w:tab"))
            if part:
                text = sub(run, qn("w:t"))
                text.text = part
                text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def end_quietly(document):
    """Word needs a paragraph after a closing table; make it a point high with no spacing, so it
    never spills on to a blank last page."""
    last = document.paragraphs[-1] if document.paragraphs else None
    if last is None or last.text or last._p.getprevious() is None:
        return
    if last._p.getprevious().tag != qn("w:tbl"):
        return
    last.paragraph_format.space_before = last.paragraph_format.space_after = Pt(0)
    last.paragraph_format.line_spacing = Pt(1)
    last.add_run().font.size = Pt(1)
