"""Word page and table layout an agenda pack needs: A4 landscape, en-GB, repeated headers, unsplit rows, page numbers."""
from __future__ import annotations

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

A4_LONG, A4_SHORT = Cm(29.7), Cm(21.0)
MARGIN = Cm(1.8)
LANGUAGE = "en-GB"
HEADER_FILL = "D9E2F3"  # a pale blue band councils use for header rows; black text on it stays readable


def new_document(landscape: bool = True):
    """An empty A4 document in British English with Arial 10pt, the page numbered 'Page n of m' in the footer."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        style = document.styles[name]
        style.font.name, style.font.size, style.font.color.rgb = "Arial", Pt(size), RGBColor(0, 0, 0)
        _plain_font(style)
        style.paragraph_format.space_before, style.paragraph_format.space_after = Pt(12), Pt(4)
    _set_language(document)
    _page_numbers(section)
    return document


def usable_width(document) -> int:
    section = document.sections[0]
    return section.page_width - section.left_margin - section.right_margin


def add_table(document, columns: list[str], weights: list[float], caption: str = ""):
    """A grid table with a repeating bold header row, fixed column widths in proportion to `weights`."""
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = _widths(usable_width(document), weights)
    _fixed_layout(table, sum(widths))
    for column, width in zip(table.columns, widths):
        column.width = width
    header = table.rows[0]
    for cell, name in zip(header.cells, columns):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        shade(cell, HEADER_FILL)
    keep_row_whole(header)
    _row_property(header, "w:tblHeader")
    if caption:
        _caption(table, caption)
    set_widths(header, widths)
    table._scrutiny_widths = widths
    return table


def add_row(table, values: list[str]):
    """A row that is never split across pages, its cells as wide as the header's."""
    row = table.add_row()
    for cell, value in zip(row.cells, values):
        write_cell(cell, value)
    keep_row_whole(row)
    set_widths(row, table._scrutiny_widths)
    return row


def write_cell(cell, value: str, italic: bool = False) -> None:
    """A cell's lines as separate paragraphs (as councils type several reports into one cell)."""
    lines = (value or "").split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    first.add_run(lines[0]).italic = italic or None
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).italic = italic or None


def merge_down(rows: list, column: int) -> None:
    """Merge a column's cells down these rows (Word's vMerge): the first keeps its text, the rest continue it."""
    if len(rows) < 2:
        return
    rows[0]._tr.tc_lst[column].vMerge = "restart"
    for row in rows[1:]:
        row._tr.tc_lst[column].vMerge = "continue"


def keep_row_whole(row) -> None:
    _row_property(row, "w:cantSplit")


def set_widths(row, widths: list[int]) -> None:
    for cell, width in zip(row.cells, widths):
        cell.width = width


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def _widths(total: int, weights: list[float]) -> list[int]:
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


def _fixed_layout(table, total: int) -> None:
    """Fixed layout (set by autofit=False) with the table's total width, so Word keeps the widths we give."""
    props = table._tbl.tblPr
    width = props.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        props.insert(1, width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(total / 635)))  # EMU -> twentieths of a point


def _row_property(row, tag: str) -> None:
    props = row._tr.get_or_add_trPr()
    if props.find(qn(tag)) is None:
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        props.append(element)


def _caption(table, text: str) -> None:
    """tblCaption: the table's name for screen readers (Word's Alt Text title)."""
    element = OxmlElement("w:tblCaption")
    element.set(qn("w:val"), text)
    table._tbl.tblPr.append(element)


def _plain_font(style) -> None:
    """Headings name a theme font, which outranks the font we set; drop the theme so Arial is used everywhere."""
    fonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts is not None and fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def _set_language(document) -> None:
    """en-GB in the document defaults and every style, so Word spell-checks in British English."""
    document.core_properties.language = LANGUAGE
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _lang(run_props)
    for style in styles.findall(qn("w:style")):
        props = style.find(qn("w:rPr"))
        if props is not None and props.find(qn("w:lang")) is not None:
            _lang(props)


def _lang(run_props) -> None:
    lang = run_props.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_props.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE if attr == "w:val" else lang.get(qn(attr)) or LANGUAGE)


def _page_numbers(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Page ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text.strip() == code else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
