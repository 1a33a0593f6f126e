"""`export --format docx|ics`: the programme or outstanding matters as Word, meetings and deadlines as iCalendar."""
from __future__ import annotations

import sys
from datetime import UTC

from bot.deadlines import publication_of
from handlers.cli.common import CliError, find_person
from handlers.files.docx_writer import write_matters, write_programme
from handlers.files.ics_writer import panel_feed, person_feed


def write_docx(store, args, panels) -> int:
    if not args.out:
        raise CliError("--format docx writes a file: give it one with --out FILE.docx")
    if args.what == "meetings":
        raise CliError("--format docx writes the programme (--what items) or the outstanding matters (--what matters)")
    panel = _one_panel(panels)
    try:
        if args.what == "matters":
            write_matters(args.out, panel, store.matters(panel.id, status="open"))
        else:
            meetings = store.meetings(panel.id)
            write_programme(args.out, panel, meetings, store.items(panel.id), {m.id: publication_of(m) for m in meetings})
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def write_ics(store, args, panels) -> int:
    now = store.clock().astimezone(UTC)
    person = find_person(store, args.person) if args.person else None
    panel = None if person else _one_panel(panels)
    if args.link:
        token = store.feed_token(panel.id if panel else None, person.id if person else None, actor="export")
        print(f"{args.link.rstrip('/')}/feeds/{token}.ics")
        return 0
    data = person_feed(store, person, panels, now) if person else panel_feed(store, panel, now)
    if args.out:
        try:
            with open(args.out, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror}") from exc
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0


def _one_panel(panels):
    if len(panels) != 1:
        raise CliError("say which panel with --panel NAME" if panels else "no panels yet (import a programme first)")
    return panels[0]
