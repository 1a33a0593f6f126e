"""`export`: the programme, the outstanding matters or the meetings, as CSV, a Word document or an iCalendar feed."""
from __future__ import annotations

import sys

from bot.days.deadlines import publication_of, report_deadline
from handlers.cli import export_files
from handlers.cli.common import CliError, find_panel, store_for, with_db
from handlers.files.csv_writer import csv_text

ITEM_COLUMNS = ["panel", "meeting_date", "title", "lead", "kind", "status", "notes", "last_reported", "priority",
                "requested_by", "window", "frequency", "months"]
MATTER_COLUMNS = ["panel", "raised_at", "subject", "lead", "due", "position", "status"]
MEETING_COLUMNS = ["panel", "date", "time", "venue", "status", "agenda_published", "report_deadline"]


def register(sub) -> None:
    export = sub.add_parser("export", **with_db(help="write the programme out"))
    export.add_argument("--panel")
    export.add_argument("--what", choices=["items", "matters", "meetings"], default="items")
    export.add_argument("--format", choices=["csv", "docx", "ics", "html"], default="csv")
    export.add_argument("--person", help="with --format ics: only this person's report deadlines ('my deadlines')")
    export.add_argument("--link", metavar="BASE_URL",
                        help="with --format ics: print the feed's subscribable URL on the bot's HTTP server instead")
    export.add_argument("--out", help="file to write (default: standard output; a .docx needs --out; html: a folder)")
    export.add_argument("--draft", action="store_true", help="docx/html: mark the programme 'Draft' (default: 'as at' today)")
    export.add_argument("--as-at", metavar="DATE", help="docx/html: the date the programme is 'as at' (default: today)")
    export.add_argument("--no-bom", action="store_true", help="csv: no UTF-8 byte-order mark (for other programs, not Excel)")
    export.set_defaults(run=run_export)


def run_export(args) -> int:
    store = store_for(args, create=False)
    panel = find_panel(store, args.panel)
    panels = [panel] if panel else store.panels()
    if (args.person or args.link) and args.format != "ics":
        raise CliError("--person and --link go with --format ics (calendars)")
    if args.format in ("docx", "ics", "html"):
        return {"docx": export_files.write_docx, "ics": export_files.write_ics,
                "html": export_files.write_html}[args.format](store, args, panels)
    columns, rows = ROWS[args.what](store, panels)
    text = csv_text(columns, rows, bom=not args.no_bom)
    if args.out:
        try:
            with open(args.out, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror}") from exc
    else:
        sys.stdout.write(text)
    return 0


def item_rows(store, panels):
    rows = []
    for panel in panels:
        for i in store.items(panel.id, include_withdrawn=True):
            rows.append({
                "panel": panel.name, "meeting_date": i.meeting_date.isoformat() if i.meeting_date else "",
                "title": i.title, "lead": "; ".join(i.leads), "kind": i.kind, "status": i.status, "notes": i.notes,
                "last_reported": "; ".join(d.isoformat() for d in i.last_reported), "priority": i.priority,
                "requested_by": i.requested_by, "window": i.window, "frequency": i.frequency,
                "months": ",".join(str(m) for m in i.months),
            })
    return ITEM_COLUMNS, rows


def matter_rows(store, panels):
    rows = []
    for panel in panels:
        for m in store.matters(panel.id, status=None):
            rows.append({
                "panel": panel.name, "raised_at": m.raised_on.isoformat() if m.raised_on else "",
                "subject": m.subject, "lead": m.lead, "due": m.due.isoformat() if m.due else m.due_text,
                "position": m.position, "status": m.status,
            })
    return MATTER_COLUMNS, rows


def meeting_rows(store, panels):
    rows = []
    for panel in panels:
        for m in store.meetings(panel.id):
            rows.append({
                "panel": panel.name, "date": m.date.isoformat(), "time": m.time.strftime("%H:%M") if m.time else "",
                "venue": m.venue, "status": m.status, "agenda_published": publication_of(m).isoformat(),
                "report_deadline": report_deadline(m, panel.rule).isoformat(),
            })
    return MEETING_COLUMNS, rows


ROWS = {"items": item_rows, "matters": matter_rows, "meetings": meeting_rows}
