"""Word documents: every table in order, merged cells read once, a cell's paragraphs kept as separate lines.

Councils often end the table and list possible future or standing items as paragraphs under a heading;
those paragraphs come back as one-cell rows after the table, led by the heading, so nothing is lost."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from bot.programme.table import section_of_text
from handlers.files.errors import FileReadError


def read_docx(path: Path) -> list[list[list[str]]]:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise FileReadError(f"{path.name} is not a readable Word document ({type(exc).__name__})") from exc
    preamble: list[list[str]] = []  # headings above the first table: they may name the panel
    tables: list[list[list[str]]] = [preamble]
    collecting: list[list[str]] | None = None
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph) and len(tables) == 1 and _is_heading(block) and block.text.strip():
            preamble.append([" ".join(block.text.split())])
        if isinstance(block, Table):
            tables.append(_rows(block))
            collecting = None
            continue
        if not isinstance(block, Paragraph):
            continue
        text = " ".join(block.text.split())
        if not text:
            continue
        if section_of_text(text) and (_is_heading(block) or len(text) < 40):
            collecting = [[text]]
            tables.append(collecting)
        elif _is_heading(block):
            collecting = None
        elif collecting is not None:
            collecting.append([text])
    return tables


def _rows(table: Table) -> list[list[str]]:
    rows, above = [], []
    for row in table.rows:
        cells, seen = [], []
        for index, cell in enumerate(row.cells):
            merged_across = any(cell._tc is tc for tc in seen)
            merged_down = index < len(above) and above[index] is cell._tc
            cells.append("" if merged_across or merged_down else _cell_text(cell))
            seen.append(cell._tc)
        above = seen
        rows.append(cells)
    return rows


def _cell_text(cell) -> str:
    lines = [" ".join(p.text.split()) for p in cell.paragraphs]
    return "\n".join(line for line in lines if line)


def _is_heading(paragraph: Paragraph) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower().startswith(("heading", "title")):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs) and len(paragraph.text) < 80
