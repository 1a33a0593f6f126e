"""What a ModernGov site says, as plain values: committees, meetings, agenda items and their papers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class Committee:
    id: int
    title: str
    expired: bool = False
    deleted: bool = False
    category: str = ""


@dataclass(frozen=True)
class AgendaItem:
    title: str
    number: str = ""
    text: str = ""  # the agenda text, as plain text
    presenter: str = ""
    minutes: str = ""  # this item's minutes, as plain text ('' until published)
    papers: tuple[date, ...] = ()  # publication dates of its linked documents


@dataclass(frozen=True)
class RemoteMeeting:
    id: int
    date: date
    time: time | None = None
    status: str = "confirmed"  # confirmed | provisional | cancelled
    venue: str | None = None  # None: not known (the meetings list does not give it)
    agenda_published: bool = False
    minutes_published: bool = False
    items: tuple[AgendaItem, ...] = ()
    detailed: bool = False  # fetched with GetMeeting, so venue, agenda and minutes are known

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    def publication(self) -> date | None:
        """The agenda's publication day: the earliest of its papers' dates (before the meeting)."""
        days = [d for item in self.items for d in item.papers if d <= self.date]
        return min(days) if days else None


@dataclass(frozen=True)
class Known:
    """What the store remembers of one ModernGov meeting, as ModernGov last said it."""

    remote_id: int
    meeting_id: int | None
    date: date
    time: time | None = None
    status: str = "confirmed"
    venue: str | None = None
    agenda_done: bool = False
    considered_done: bool = False
    minutes_done: bool = False


@dataclass(frozen=True)
class Link:
    """A panel joined to one committee on one ModernGov site."""

    panel_id: int
    site: str
    committee_id: int
    committee_title: str
    synced_at: str | None = None
    last_error: str = ""
