"""`export --format docx|ics|html`: Word for the agenda pack, iCalendar feeds, and the public programme page."""
from __future__ import annotations

import sys
from datetime import UTC
from pathlib import Path

from handlers.cli.common import CliError, find_person, parse_now
from handlers.files.docx_writer import write_matters, write_programme
from handlers.files.html_writer import page_file_name, render_panel_page
from handlers.files.ics_writer import panel_feed, person_feed
from handlers.files.programme_data import view_for


def write_docx(store, args, panels) -> int:
    if not args.out:
        raise CliError("--format docx writes a file: give it one with --out FILE.docx")
    if args.what == "meetings":
        raise CliError("--format docx writes the programme (--what items) or the outstanding matters (--what matters)")
    panel = one_panel(panels)
    today = parse_now(args.as_at, store).date()
    try:
        if args.what == "matters":
            write_matters(args.out, panel.name, store.matters(panel.id, status="open"),
                          store.matter_position_dates(panel.id), as_at=today)
        else:
            write_programme(args.out, view_for(store, panel, as_at=today, draft=args.draft))
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def write_html(store, args, panels) -> int:
    """One page per panel in the --out folder, each with its calendar file beside it for the subscribe link."""
    if not args.out:
        raise CliError("--format html writes one page per panel: give a folder with --out DIR")
    if not panels:
        raise CliError("no panels yet (import a programme first)")
    folder = Path(args.out)
    now = parse_now(args.as_at, store)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for panel in panels:
            name = page_file_name(panel.name)
            view = view_for(store, panel, as_at=now.date(), draft=args.draft, since=now.date())
            (folder / f"{name}.ics").write_bytes(panel_feed(store, panel, now.astimezone(UTC)))
            (folder / f"{name}.html").write_text(render_panel_page(view, f"{name}.ics"), encoding="utf-8")
            print(f"Wrote {folder / name}.html", file=sys.stderr)
    except OSError as exc:
        raise CliError(f"cannot write to {args.out}: {exc.strerror}") from exc
    return 0


def write_ics(store, args, panels) -> int:
    now = store.clock().astimezone(UTC)
    person = find_person(store, args.person) if args.person else None
    panel = None if person else one_panel(panels)
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


def one_panel(panels):
    if len(panels) != 1:
        raise CliError("say which panel with --panel NAME" if panels else "no panels yet (import a programme first)")
    return panels[0]
