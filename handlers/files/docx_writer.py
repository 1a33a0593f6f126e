"""Word documents in the layout councils put in agenda packs: the programme, or the schedule of outstanding matters."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from bot.models import Item, Matter, Meeting, Panel
from bot.replies import month_list, short_day

PROGRAMME_COLUMNS = ["Date of Meeting", "Agenda Publication", "Item Description", "Lead Report Author"]
FUTURE_COLUMNS = ["Item Description", "Lead Report Author", "Timing", "Notes"]
STANDING_COLUMNS = ["Item Description", "Lead Report Author", "Frequency", "Months", "Notes"]
MATTER_COLUMNS = ["Date of meeting", "Subject", "Lead member/officer", "Current position"]


def write_programme(path: str | Path, panel: Panel, meetings: list[Meeting], items: list[Item],
                    published: dict[int, object]) -> None:
    """Title, panel, one row per item (the meeting's date on its first row), then future and standing items."""
    document = _document(f"{panel.name} Work Programme", "Scrutiny Work Programme")
    live = [i for i in items if i.status != "withdrawn"]
    with_priority = any(i.priority for i in live if i.kind == "scheduled")
    with_reports = any(i.last_reported for i in live)
    reports_column = ["Date(s) of Last Report"] if with_reports else []
    columns = PROGRAMME_COLUMNS + (["Council Plan Priority"] if with_priority else []) + ["Notes"] + reports_column
    rows = []
    for meeting in meetings:
        if meeting.status == "cancelled":
            continue
        at = [i for i in live if i.kind == "scheduled" and i.meeting_id == meeting.id]
        first = [short_day(meeting.date), short_day(published[meeting.id])]
        if not at:
            rows.append(first + [""] * (len(columns) - 2))
        for n, item in enumerate(at):
            rows.append((first if n == 0 else ["", ""]) + [item.title, _leads(item)] +
                        ([item.priority] if with_priority else []) + [item.notes] +
                        ([_reports(item)] if with_reports else []))
    _table(document, columns, rows)
    future = [i for i in live if i.kind == "future" or (i.kind == "scheduled" and i.meeting_id is None)]
    if future:
        document.add_heading("Possible Future Items", level=2)
        _table(document, FUTURE_COLUMNS + reports_column,
               [[i.title, _leads(i), i.window or "date tbc", i.notes] + ([_reports(i)] if with_reports else [])
                for i in future])
    standing = [i for i in live if i.kind == "standing"]
    if standing:
        document.add_heading("Standing Items", level=2)
        _table(document, STANDING_COLUMNS + reports_column,
               [[i.title, _leads(i), i.frequency, month_list(i.months).removeprefix("in "), i.notes] +
                ([_reports(i)] if with_reports else []) for i in standing])
    document.save(str(path))


def write_matters(path: str | Path, panel: Panel, matters: list[Matter]) -> None:
    """The schedule of outstanding matters: date of meeting, subject, lead, current position."""
    document = _document(f"{panel.name}", "Schedule of Outstanding Matters")
    rows = []
    for m in matters:
        due = short_day(m.due) if m.due else m.due_text
        position = "; ".join(x for x in (m.position, f"due {due}" if due else "",
                                         "closed" if m.status == "closed" else "") if x)
        rows.append([short_day(m.raised_on) if m.raised_on else "", m.subject, m.lead, position])
    _table(document, MATTER_COLUMNS, rows)
    document.save(str(path))


def _document(panel_line: str, title: str):
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(title, level=0)
    document.add_heading(panel_line, level=1)
    return document


def _table(document, columns: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, columns):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = value or ""


def _leads(item: Item) -> str:
    return " / ".join(item.leads)


def _reports(item: Item) -> str:
    return ", ".join(short_day(d) for d in item.last_reported)
