"""CSV (or tab-separated) files: one table, delimiter sniffed, UTF-8 or Windows-1252."""
from __future__ import annotations

import csv
from pathlib import Path

from handlers.files.errors import FileReadError


def read_csv(path: Path) -> list[list[list[str]]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise FileReadError(f"{path.name} is not a text file, so not a CSV table")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 decodes almost anything, so this is a safety net only
        raise FileReadError(f"{path.name}: cannot read its text encoding")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    try:
        rows = list(csv.reader(text.splitlines(keepends=True), dialect))
    except csv.Error as exc:
        raise FileReadError(f"{path.name} is not a readable CSV table ({exc})") from exc
    return [[[_unneutralise(cell.strip()) for cell in row] for row in rows]]


def _unneutralise(cell: str) -> str:
    """A leading apostrophe before a formula character is how spreadsheets (and our export) keep it text."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell
