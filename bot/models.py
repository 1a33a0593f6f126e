"""Frozen value objects for panels, meetings, items, matters and people."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

ROLES = ("chair", "vice-chair", "scrutiny-officer", "report-author", "member")
EDITOR_ROLES = frozenset({"chair", "vice-chair", "scrutiny-officer"})
KINDS = ("scheduled", "future", "standing")
ITEM_STATUSES = ("planned", "submitted", "considered", "deferred", "withdrawn")
MEETING_STATUSES = ("confirmed", "provisional", "cancelled")


@dataclass(frozen=True)
class DeadlineRule:
    """When reports are due: N working days before publication (or the meeting), at a time."""

    working_days: int = 5
    before: str = "publication"  # or "meeting"
    at: time = time(10, 0)


@dataclass(frozen=True)
class Panel:
    id: int
    name: str
    slack_channel: str | None = None
    rule: DeadlineRule = field(default_factory=DeadlineRule)


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str | None = None
    slack_id: str | None = None
    roles: tuple[tuple[int, str], ...] = ()  # (panel_id, role)

    def roles_on(self, panel_id: int | None) -> set[str]:
        return {r for p, r in self.roles if panel_id is None or p == panel_id}

    def is_councillor(self, panel_id: int | None) -> bool:
        """Named 'Cllr X' or sitting on the panel as chair, vice-chair or member."""
        titled = self.name.split()[0].lower().rstrip(".") in {"cllr", "councillor"} if self.name.split() else False
        return titled or bool(self.roles_on(panel_id) & {"chair", "vice-chair", "member"})

    def can_edit(self, panel_id: int | None) -> bool:
        return bool(self.roles_on(panel_id) & EDITOR_ROLES)

    def may_mark_submitted(self, item: Item) -> bool:
        """A report's own lead may mark it submitted; so may the panel's editors."""
        return self.can_edit(item.panel_id) or self.id in item.lead_ids

    def may_close(self, matter: Matter) -> bool:
        """Only the panel's editors close or update an outstanding matter; its lead tells them it is done."""
        return self.can_edit(matter.panel_id)


@dataclass(frozen=True)
class Meeting:
    id: int
    panel_id: int
    date: date
    time: time | None = None
    venue: str = ""
    status: str = "confirmed"
    agenda_published: date | None = None  # typed or imported; overrides the rule
    report_deadline: datetime | None = None  # set by hand; overrides the panel rule


@dataclass(frozen=True)
class Item:
    id: int
    panel_id: int
    title: str
    kind: str = "scheduled"
    status: str = "planned"
    meeting_id: int | None = None
    meeting_date: date | None = None
    leads: tuple[str, ...] = ()
    lead_ids: tuple[int, ...] = ()
    notes: str = ""
    priority: str = ""
    requested_by: str = ""
    window: str = ""  # "date tbc", "April/May 2024"
    frequency: str = ""  # "Annually", "Quarterly"
    months: tuple[int, ...] = ()
    last_reported: tuple[date, ...] = ()

    @property
    def still_to_come(self) -> bool:
        """A report owed for a meeting: planned or deferred there, not yet in, withdrawn or considered."""
        return self.meeting_id is not None and self.status in {"planned", "deferred"}

    @property
    def lead_text(self) -> str:
        return join_names(self.leads) or "lead not named"


@dataclass(frozen=True)
class Matter:
    id: int
    panel_id: int
    subject: str
    raised_on: date | None = None
    lead: str = ""
    lead_id: int | None = None
    due: date | None = None
    due_text: str = ""  # "next meeting", "March 2025"
    position: str = ""
    status: str = "open"


def join_names(names: tuple[str, ...] | list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True)
class Unanswered:
    """A message the bot could not answer for sure, kept so the corpus can learn from it."""

    text: str
    who: str
    at: datetime
    guess: str
    panel_id: int | None = None
