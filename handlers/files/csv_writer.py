"""CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads dashes), and no cell Excel would run as a formula."""
from __future__ import annotations

import csv
import io

BOM = "\ufeff"
# OWASP's CSV injection advice: a cell starting with any of these may be read as a formula or split a row.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)": a leading apostrophe makes Excel show the text, not run it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(columns: list[str], rows: list[dict], bom: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n" if bom else "\n")
    writer.writeheader()
    writer.writerows({k: neutralise(v) for k, v in row.items()} for row in rows)
    return (BOM if bom else "") + buffer.getvalue()
