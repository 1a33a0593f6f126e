"""`minutes`: propose outstanding matters and future items from a meeting's minutes; --apply records them."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.replies import short_day
from handlers.cli.common import CliError, find_panel, store_for, with_db
from handlers.files import FileReadError
from handlers.files.text_reader import read_text


def register(sub) -> None:
    cmd = sub.add_parser("minutes", **with_db(help="turn minutes into outstanding matters and future items"))
    cmd.add_argument("file")
    cmd.add_argument("--panel", help="the panel the minutes belong to (its meetings date 'next meeting')")
    cmd.add_argument("--meeting", help="date of the meeting minuted, e.g. 2017-11-07 (default: read from the minutes)")
    cmd.add_argument("--apply", action="store_true", help="record the proposals (default: only show them)")
    cmd.set_defaults(run=run_minutes)


def run_minutes(args) -> int:
    try:
        text = read_text(args.file)
    except FileReadError as exc:
        raise CliError(str(exc)) from exc
    meeting = _meeting_date(args.meeting)
    store = store_for(args, create=args.apply) if args.apply or args.db or args.panel else None
    panel = _panel(store, args.panel, args.apply) if store else None
    programme = [m.date for m in store.meetings(panel.id, include_cancelled=False)] if panel else []
    reading = read_minutes(text, meeting, programme)
    if not reading.proposals:
        print("No actions found in these minutes (nothing resolved to come back, no promises made).")
        return 0
    when = f" of {short_day(reading.meeting)}" if reading.meeting else ""
    print(f"From the minutes{when}, {len(reading.proposals)} proposed:")
    for n, p in enumerate(reading.proposals, 1):
        due = short_day(p.due) if p.due else p.due_text
        extras = "; ".join(x for x in (f"due {due}" if due else "", f"item: {p.item}" if p.item else "",
                                       "also a possible future item" if p.programme else "") if x)
        print(f"{n}. {p.subject} — {p.lead or 'no lead named'} ({extras})")
        if p.source:
            print(f"   “{_clip(p.source)}”")
    if args.apply:
        counts = store.apply_minutes(panel.id, reading.proposals, actor="minutes")
        print(f"Recorded {counts['matters']} outstanding matters and {counts['items']} future items for {panel.name}"
              + (f"; {counts['already']} were already recorded." if counts["already"] else "."))
    else:
        print("Nothing recorded: run again with --apply to record them.")
    return 0


def _clip(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _meeting_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--meeting {text!r} is not an ISO date (try 2017-11-07)") from None


def _panel(store, name: str | None, required: bool):
    if name:
        return store.add_panel(name, actor="minutes") if required and not store.panel_named(name) else find_panel(store, name)
    panels = store.panels()
    if len(panels) == 1:
        return panels[0]
    if required:
        raise CliError("say which panel the minutes belong to with --panel NAME")
    return None
