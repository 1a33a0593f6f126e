"""What the subcommands share: opening the store, reading --now and --as, failing politely."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, time
from zoneinfo import ZoneInfo

from store import StoreError, open_store

LONDON = ZoneInfo("Europe/London")


class CliError(Exception):
    """A problem with what was asked for: printed as one line, exit status 2."""


def with_db(**kwargs) -> dict:
    """Parser keyword arguments that add the --db option every subcommand takes."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", help="database file (default: $SCRUTINY_DB or ./scrutiny.db)")
    return {"parents": [parent], **kwargs}


def db_path(args) -> str:
    return args.db or os.environ.get("SCRUTINY_DB") or "scrutiny.db"


def store_for(args, create: bool, clock=None):
    try:
        store = open_store(db_path(args), create=create)
    except StoreError as exc:
        raise CliError(str(exc)) from exc
    if clock:
        store.clock = clock
    return store


def parse_now(text: str | None, store=None) -> datetime:
    """--now as an aware datetime (a bare date means 9am London); the demo database has its own 'today'."""
    if not text:
        demo = store.setting("demo_now") if store else None
        return datetime.fromisoformat(demo) if demo else datetime.now(LONDON)
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--now {text!r} is not an ISO date or date-time (try 2021-09-01 or 2021-09-01T09:00)") from None
    if len(text.strip()) == 10:
        value = datetime.combine(value.date(), time(9, 0))
    return value if value.tzinfo else value.replace(tzinfo=LONDON)


def find_person(store, name: str):
    person = store.person_named(name)
    if person:
        return person
    hits = store.find_people(name)
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise CliError(f"--as {name!r} could be {', '.join(p.name for p in hits)}; say which")
    raise CliError(f"no person called {name!r} in the database (add them with `scrutiny-bot people add`)")


def find_panel(store, name: str | None):
    if not name:
        return None
    panel = store.panel_named(name)
    if panel is None:
        known = ", ".join(p.name for p in store.panels()) or "none yet"
        raise CliError(f"no panel called {name!r} (known: {known})")
    return panel


def fail(message: str) -> int:
    print(f"scrutiny-bot: {message}", file=sys.stderr)
    return 2
