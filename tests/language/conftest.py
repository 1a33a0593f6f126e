"""A programme of another council for the language tests, and a helper to talk to it as someone."""
from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from bench.heldout import build
from handlers.converse import converse
from store import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "riverside.toml"
PROGRAMME = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))
NOW = datetime.fromisoformat(PROGRAMME["now"])


class Riverside:
    def __init__(self, store):
        self.store = store
        self.panel = store.panels()[0]

    def say(self, text: str, who: str | None = "Ruth Osei", now=NOW):
        person = self.store.person_named(who) if who else None
        return converse(self.store, text, person, f"person:{person.id}" if person else "anon", now)

    def item(self, title: str):
        return next(i for i in self.store.items(self.panel.id, include_withdrawn=True) if i.title == title)

    def titles(self, withdrawn: bool = False) -> dict:
        """The programme's items by title (withdrawn ones too when asked)."""
        return {i.title: i for i in self.store.items(self.panel.id, include_withdrawn=withdrawn)}

    def meeting_of(self, title: str) -> str:
        """The item's meeting day (ISO), or "future" when it has none."""
        day = self.item(title).meeting_date
        return day.isoformat() if day else "future"

    def snapshot(self):
        items = {i.id: i for i in self.store.items(self.panel.id, include_withdrawn=True)}
        meetings = {m.id: m for m in self.store.meetings(self.panel.id)}
        matters = {m.id: m for m in self.store.matters(self.panel.id, status=None)}
        return items, meetings, matters


@pytest.fixture
def riverside(tmp_path):
    build(tmp_path / "riverside.db", PROGRAMME)
    store = open_store(tmp_path / "riverside.db")
    yield Riverside(store)
    store.close()
