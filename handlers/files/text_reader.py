"""Minutes as plain text: a .txt file as it is, a .docx file's paragraphs and table rows in order."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml import etree

from handlers.files.errors import FileReadError


def read_text(path: str | Path) -> str:
    path = Path(path)
    if not path.is_file():
        raise FileReadError(f"no file at {path}")
    if path.suffix.lower() == ".docx":
        return _docx_text(path)
    if path.suffix.lower() not in {".txt", ".text", ".md", ""}:
        raise FileReadError(f"{path.name}: I read minutes from .txt or .docx files, not {path.suffix}")
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise FileReadError(f"{path.name} is not a text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _docx_text(path: Path) -> str:
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise FileReadError(f"{path.name} is not a readable Word document ({type(exc).__name__})") from exc
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += ["\t".join(c.text for c in row.cells) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines)
