"""What the engine takes in (a message in context) and gives back (a reply, maybe changes)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from bot import changes as ch
from bot.days.deadlines import LONDON
from bot.models import Item, Matter, Meeting, Panel, Person


class Programme(Protocol):
    """The read side of the store, as the engine needs it (store.Store implements it)."""

    def panels(self) -> list[Panel]: ...
    def people(self) -> Sequence[Person]: ...
    def meetings(self, panel_id: int, start: date | None = None, end: date | None = None,
                 include_cancelled: bool = True) -> list[Meeting]: ...
    def meeting(self, meeting_id: int) -> Meeting | None: ...
    def next_meeting(self, panel_id: int, on_or_after: date) -> Meeting | None: ...
    def items(self, panel_id: int, kind: str | None = None, include_withdrawn: bool = False) -> list[Item]: ...
    def items_at(self, meeting_id: int) -> list[Item]: ...
    def item(self, item_id: int) -> Item | None: ...
    def items_led_by(self, person_id: int, panel_id: int | None = None, since: date | None = None) -> list[Item]: ...
    def item_titles(self, panel_id: int, include_withdrawn: bool = False) -> dict[int, str]: ...
    def search_items(self, panel_id: int, query: str, limit: int = 20) -> list[Item]: ...
    def matters(self, panel_id: int, status: str | None = "open") -> list[Matter]: ...
    def nudge_days(self, panel_id: int) -> tuple[int, ...]: ...
    def matter_subjects(self, panel_id: int) -> dict[int, str]: ...
    def unanswered(self, since: date | None = None, panel_id: int | None = None) -> list: ...
    def undoable(self, actor: str) -> list[str]: ...


@dataclass(frozen=True)
class Option:
    """One answer to a pending question, with what to do if it is chosen."""

    label: str
    text: str
    changes: tuple = ()


@dataclass(frozen=True)
class Pending:
    question: str
    options: tuple[Option, ...]
    panel_id: int | None = None
    follow: str = ""  # for a question answered by a date: the request to re-read with the answer in place of {when}

    def dumps(self) -> str:
        return json.dumps({
            "question": self.question, "panel_id": self.panel_id, "follow": self.follow,
            "options": [{"label": o.label, "text": o.text, "changes": json.loads(ch.dumps(o.changes))}
                        for o in self.options],
        })

    @classmethod
    def loads(cls, text: str | None) -> Pending | None:
        if not text:
            return None
        data = json.loads(text)
        options = tuple(Option(o["label"], o["text"], ch.loads(json.dumps(o["changes"]))) for o in data["options"])
        return cls(data["question"], options, data.get("panel_id"), data.get("follow", ""))


@dataclass(frozen=True)
class Context:
    programme: Programme
    now: datetime  # timezone-aware
    asker: Person | None = None
    panel: Panel | None = None
    pending: Pending | None = None
    channel: str | None = None  # the Slack channel the message came from, if any
    classifier: object | None = None  # the trained intent model, loaded once at start-up

    @property
    def today(self) -> date:
        return self.now.astimezone(LONDON).date()


@dataclass(frozen=True)
class Reply:
    text: str
    changes: tuple = ()
    ask: Pending | None = None  # a question to remember for this user
    meeting: Meeting | None = None  # set when the reply is about one meeting (Slack lays it out)
    items: tuple[Item, ...] = field(default=())
    unanswered: str = ""  # set when the bot could not answer for sure: its best guesses, kept for the corpus
    request: tuple = ()  # something only the outside world can do (connect to ModernGov); the adapter carries it out
