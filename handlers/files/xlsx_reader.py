"""Excel workbooks: every sheet is a table; merged cells keep their text in the first cell only."""
from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

from lxml import etree
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from handlers.files.errors import FileReadError


def read_xlsx(path: Path) -> list[list[list[str]]]:
    try:
        book = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise FileReadError(f"{path.name} is not a readable Excel workbook ({type(exc).__name__})") from exc
    tables = []
    for sheet in book.worksheets:
        rows = [[_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        tables.append(rows)
    return tables


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    return str(value).strip()
