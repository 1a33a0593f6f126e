"""Reading programme tables out of .csv, .xlsx and .docx files, and writing .docx and .ics files."""
from __future__ import annotations

from pathlib import Path

from handlers.files.errors import FileReadError

READERS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".docx": "docx"}


def read_tables(path: str | Path) -> list[list[list[str]]]:
    """Every table in the file as rows of cell text; FileReadError (one line, fit to show) when it cannot be read."""
    path = Path(path)
    kind = READERS.get(path.suffix.lower())
    if kind is None:
        raise FileReadError(f"{path.name}: I can read .csv, .xlsx and .docx files, not {path.suffix or 'this file'}")
    if not path.is_file():
        raise FileReadError(f"no file at {path}")
    if kind == "csv":
        from handlers.files.csv_reader import read_csv
        return read_csv(path)
    if kind == "xlsx":
        from handlers.files.xlsx_reader import read_xlsx
        return read_xlsx(path)
    from handlers.files.docx_reader import read_docx
    return read_docx(path)


__all__ = ["FileReadError", "read_tables"]
