"""A programme table's header row: which column means what, and what the import does with every column."""
from __future__ import annotations

import re

from bot.programme.cells import cell_text

# Column meanings, most specific first: "Date of last report" is not the meeting date, "Lead Report Author" is a lead.
COLUMNS = [
    ("last_reported", re.compile(r"last (report|consider|seen|presented)|previous(ly)? (report|consider)|"
                                 r"date\(?s?\)? of last|last update", re.I)),
    ("requested_by", re.compile(r"request|suggest|source|origin|raised by|referred by|proposed by", re.I)),
    ("agenda", re.compile(r"agenda|publication|publish|despatch|dispatch", re.I)),
    ("deadline", re.compile(r"deadline|report due|reports? by", re.I)),
    ("lead", re.compile(r"lead|author|officer|member|responsib|presenter|contact|portfolio|who", re.I)),
    ("priority", re.compile(r"priorit|council plan|corporate plan|objective|theme", re.I)),
    ("notes", re.compile(r"note|follow[- ]?up|comment|action|purpose|outcome|scope|reason|detail|format|method", re.I)),
    ("meeting", re.compile(r"meeting|date|when|month|timing|committee date", re.I)),
    ("title", re.compile(r"item|issue|subject|description|topic|title|report|business|matter", re.I)),
    ("frequency", re.compile(r"frequen|how often|recurr", re.I)),
]


def map_header(row: list[str]) -> dict[str, int]:
    """Column meaning -> index, if this row reads as a programme header (an item column and a date or lead column)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        text = cell_text(cell)
        if re.search(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}\b", text):
            return {}  # a row with dates in it is a meeting, not a header
        if not text or len(text) > 60:
            continue
        for meaning, pattern in COLUMNS:
            if pattern.search(text) and meaning not in found:
                found[meaning] = index
                break
    if "title" in found and ("meeting" in found or "lead" in found) and len(found) >= 2:
        return _prefer_report_lead(row, found)
    return {}


_REPORT_LEAD = re.compile(r"\b(?:lead|author|officer|presenter)", re.I)


def _prefer_report_lead(row: list[str], found: dict[str, int]) -> dict[str, int]:
    """'Cabinet Member | Lead Officer': the officer writes the report; the member's column is kept in the notes."""
    lead = found.get("lead")
    if lead is None or _REPORT_LEAD.search(cell_text(row[lead])):
        return found
    taken = set(found.values())
    better = next((i for i, c in enumerate(row) if i not in taken and _REPORT_LEAD.search(cell_text(c))
                   and len(cell_text(c)) <= 60), None)
    return found if better is None else {**found, "lead": better}


# What the import does with a column it maps, for the preview.
USES = {"meeting": "meeting date (and any time or venue written with it)", "agenda": "agenda publication date",
        "title": "item", "lead": "lead (people named; job titles and organisations kept in the notes)",
        "priority": "council plan priority", "notes": "notes", "last_reported": "date(s) of last report",
        "requested_by": "requested by", "frequency": "frequency of a standing item"}
KEPT = "kept in the item's notes, labelled with the column name"
IGNORED = "ignored: no entries"


def extra_columns(header: list[str], columns: dict[str, int]) -> dict[int, str]:
    """Columns with no place of their own (Cabinet Member, Status, a report deadline): index -> label for the notes."""
    used = {i for meaning, i in columns.items() if meaning in USES}
    return {i: cell_text(name) or f"Column {i + 1}" for i, name in enumerate(header) if i not in used}


def column_uses(header: list[str], columns: dict[str, int], filled: set[int]) -> list[tuple[str, str]]:
    """(column name, what the import did with it) for every column of a header row."""
    meaning = {i: m for m, i in columns.items() if m in USES}
    out = []
    for i, name in enumerate(header):
        label = cell_text(name) or f"Column {i + 1}"
        if i in meaning:
            out.append((label, USES[meaning[i]]))
        elif i in filled:
            out.append((label, KEPT))
        elif cell_text(name):
            out.append((label, IGNORED))
    return out
