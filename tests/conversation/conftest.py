"""A helper to talk to the engine on the demo programme as a named person."""
from __future__ import annotations

import pytest

from handlers.converse import converse
from tests.conftest import FIXED_NOW


class Talk:
    def __init__(self, store, now=FIXED_NOW):
        self.store = store
        self.now = now

    def __call__(self, text: str, who: str | None = "Earl Piggott-Smith", channel: str | None = None) -> str:
        person = self.store.person_named(who) if who else None
        key = f"person:{person.id}" if person else "anonymous"
        return converse(self.store, text, person, key, self.now, channel=channel).text

    @property
    def panel(self):
        return self.store.panels()[0]

    def item(self, title_part: str, include_withdrawn: bool = True):
        hits = [i for i in self.store.items(self.panel.id, include_withdrawn=include_withdrawn)
                if title_part.lower() in i.title.lower()]
        assert len(hits) == 1, f"{title_part!r} matched {[i.title for i in hits]}"
        return hits[0]


@pytest.fixture
def talk(demo_store):
    return Talk(demo_store)
