"""Reminder fixtures: a panel with leads, an officer and meetings, an in-memory sender, and a calendar walker."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.changes import AddItem, AddMatter
from handlers.nudges.sweep import sweep

PANEL = "Health Scrutiny Panel"


class FakeSender:
    """Records every post; knows a few Slack users by email."""

    def __init__(self, users_by_email: dict[str, str] | None = None):
        self.users = users_by_email or {}
        self.posts: list[tuple[str, dict]] = []
        self.lookups: list[str] = []

    def find_user(self, email: str) -> str | None:
        self.lookups.append(email)
        return self.users.get(email)

    def open_dm(self, user_id: str) -> str:
        return "D" + user_id

    def post(self, channel: str, message: dict) -> None:
        self.posts.append((channel, message))

    def find_posted(self, channel: str, keys: list[str]) -> bool:
        wanted = set(keys)
        return any(set(m["metadata"]["event_payload"]["keys"].split()) & wanted for c, m in self.posts if c == channel)

    def texts_to(self, channel: str) -> list[str]:
        return [m["text"] for c, m in self.posts if c == channel]


@dataclass
class Walk:
    sent: list[tuple[datetime, str]] = field(default_factory=list)
    outcomes: list[tuple[datetime, str, str]] = field(default_factory=list)

    def sent_keys(self) -> list[str]:
        return [k for _, k in self.sent]

    def when(self, prefix: str) -> list[datetime]:
        return [t for t, k in self.sent if k.startswith(prefix)]


def walk(store, sender, start: datetime, end: datetime, step: timedelta = timedelta(hours=1),
         events: dict[datetime, Callable[[], None]] | None = None) -> Walk:
    """Sweep at every step from start to end (a fixed clock each time), running each event once when its time comes."""
    pending = sorted((events or {}).items())
    out = Walk()
    t = start
    while t < end:
        while pending and pending[0][0] <= t:
            store.clock = lambda at=pending[0][0]: at
            pending.pop(0)[1]()
        store.clock = lambda at=t: at
        report = sweep(store, sender, t)
        out.sent += [(t, k) for k in report.keys("sent")]
        out.outcomes += [(t, k, s) for k, s in report.outcomes.items()]
        t += step
    return out


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture
def panel_store(fresh_store):
    """One panel, channel CHEALTH, officer Olive (UOLIVE), leads Lee (ULEE), Max (UMAX) and Nia (no Slack id)."""
    s = fresh_store
    panel = s.add_panel(PANEL)
    s.link_channel(panel.id, "CHEALTH", "test")
    s.add_person("Olive Officer", email="olive@example.org", slack_id="UOLIVE", role="scrutiny-officer",
                 panel_id=panel.id)
    s.add_person("Lee Lead", email="lee@example.org", slack_id="ULEE", role="report-author", panel_id=panel.id)
    s.add_person("Max Author", email="max@example.org", slack_id="UMAX", role="report-author", panel_id=panel.id)
    s.add_person("Nia Noslack", email="nia@example.org", role="report-author", panel_id=panel.id)
    return s


def add_meeting(store, day: date):
    panel = store.panel_named(PANEL)
    return store.add_meeting(panel.id, day, time(18, 0))


def add_item(store, meeting, title: str, *leads: str):
    return store.add_item(AddItem(meeting.panel_id, title, meeting.id, "scheduled", tuple(leads)))


def add_matter(store, subject: str, lead: str, due_text: str = "next meeting"):
    panel = store.panel_named(PANEL)
    return store.add_matter(AddMatter(panel.id, subject, lead, None, due_text, date(2021, 7, 20)))


def states(store) -> dict[str, str]:
    return dict(store.db.execute("SELECT key, state FROM reminders").fetchall())


