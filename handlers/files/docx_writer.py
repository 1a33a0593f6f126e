"""Word documents in the layout councils put in agenda packs: the programme, or the schedule of outstanding matters."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.shared import Pt

from bot.models import Item, Matter
from bot.programme.view import CANCELLED, ProgrammeView, matter_position, meeting_lines, open_matters
from bot.replies import month_list, short_day
from handlers.files.docx_layout import add_row, add_table, merge_down, new_document, write_cell

# (column, relative width): dates narrow, item and notes wide, as seed 004's programme is laid out.
PROGRAMME_COLUMNS = [("Date of Meeting", 11), ("Agenda Publication", 11), ("Item Description", 30),
                     ("Lead Report Author", 17)]
PRIORITY_COLUMN = ("Council Plan Priority", 14)
NOTES_COLUMN = ("Notes", 26)
REPORTS_COLUMN = ("Date(s) of Last Report", 12)
FUTURE_COLUMNS = [("Item Description", 34), ("Lead Report Author", 18), ("Timing", 12), ("Notes", 30)]
STANDING_COLUMNS = [("Item Description", 32), ("Lead Report Author", 18), ("Frequency", 10), ("Months", 12),
                    ("Notes", 26)]
MATTER_COLUMNS = [("Date of meeting", 12), ("Subject", 34), ("Lead member/officer", 18), ("Current position", 36)]
NO_MATTERS = "There are no outstanding matters."


def write_programme(path: str | Path, view: ProgrammeView) -> None:
    """Title and status, membership, the meetings table (a meeting's date cells merged), then future and standing."""
    document = _titled(view.title, view.status_line, view.membership)
    columns = PROGRAMME_COLUMNS + ([PRIORITY_COLUMN] if view.with_priority else []) + [NOTES_COLUMN] + (
        [REPORTS_COLUMN] if view.with_reports else [])
    table = add_table(document, [c for c, _ in columns], [w for _, w in columns], caption="Scheduled meetings")
    for row in view.meetings:
        # A cancelled meeting has no agenda to publish, so its publication cell stays empty.
        dated = ["\n".join(meeting_lines(row.meeting)),
                 short_day(row.published) if row.published and not row.cancelled else ""]
        if row.cancelled:
            cells = add_row(table, dated + [""] * (len(columns) - 2)).cells
            write_cell(cells[2], CANCELLED, italic=True)
            continue
        rows = []
        for item in row.items or (None,):
            values = [item.title, _leads(item)] if item else ["", ""]
            if view.with_priority:
                values.append(item.priority if item else "")
            values.append(item.notes if item else "")
            if view.with_reports:
                values.append(_reports(item) if item else "")
            rows.append(add_row(table, (dated if not rows else ["", ""]) + values))
        for column in (0, 1):
            merge_down(rows, column)
    reports = [REPORTS_COLUMN] if view.with_reports else []
    if view.future:
        document.add_heading("Possible Future Items", level=2)
        _items_table(document, FUTURE_COLUMNS + reports, "Possible future items",
                     [[i.title, _leads(i), i.window or "date tbc", i.notes] for i in view.future], view)
    if view.standing:
        document.add_heading("Standing Items", level=2)
        _items_table(document, STANDING_COLUMNS + reports, "Standing items",
                     [[i.title, _leads(i), i.frequency, month_list(i.months).removeprefix("in "), i.notes]
                      for i in view.standing], view, view.standing)
    document.save(str(path))


def write_matters(path: str | Path, panel_name: str, matters: list[Matter], updated: dict[int, date],
                  as_at: date | None = None) -> None:
    """Date of meeting | Subject | Lead | Current position (with its date); closed ones left out."""
    status = f"as at {short_day(as_at)}" if as_at else ""
    document = _titled(f"{panel_name}: Schedule of Outstanding Matters", status, "")
    shown = open_matters(matters)
    if not shown:
        document.add_paragraph(NO_MATTERS)
    else:
        table = add_table(document, [c for c, _ in MATTER_COLUMNS], [w for _, w in MATTER_COLUMNS],
                          caption="Outstanding matters")
        for m in shown:
            add_row(table, [short_day(m.raised_on) if m.raised_on else "", m.subject, m.lead or "",
                            matter_position(m, updated.get(m.id))])
    document.save(str(path))


def _titled(title: str, status: str, membership: str):
    document = new_document(landscape=True)
    document.add_heading(title, level=1)
    if status:
        document.add_paragraph().add_run(status).bold = True
    if membership:
        document.add_paragraph(membership)
    document.paragraphs[-1].paragraph_format.space_after = Pt(8)
    return document


def _items_table(document, columns, caption: str, rows: list[list[str]], view: ProgrammeView, items=None) -> None:
    table = add_table(document, [c for c, _ in columns], [w for _, w in columns], caption=caption)
    items = items if items is not None else view.future
    for values, item in zip(rows, items):
        add_row(table, values + ([_reports(item)] if view.with_reports else []))


def _leads(item: Item) -> str:
    return " / ".join(item.leads)


def _reports(item: Item) -> str:
    return ", ".join(short_day(d) for d in item.last_reported)
