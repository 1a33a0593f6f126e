"""Changes the engine asks the store to make, as plain values that survive JSON."""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class AddPanel:
    name: str


@dataclass(frozen=True)
class AddPerson:
    name: str
    email: str | None = None
    slack_id: str | None = None
    role: str | None = None
    panel_id: int | None = None


@dataclass(frozen=True)
class AddMeeting:
    panel_id: int
    date: date
    time: time | None = None
    venue: str = ""
    status: str = "confirmed"
    agenda_published: date | None = None


@dataclass(frozen=True)
class SetMeetingDates:
    """Typed by hand for one meeting: overrides the five-clear-days rule and the panel's deadline rule."""

    meeting_id: int
    agenda_published: date | None = None
    report_deadline: datetime | None = None  # timezone-aware


@dataclass(frozen=True)
class MoveMeeting:
    meeting_id: int
    date: date
    time: time | None = None


@dataclass(frozen=True)
class CancelMeeting:
    meeting_id: int


@dataclass(frozen=True)
class AddItem:
    panel_id: int
    title: str
    meeting_id: int | None = None
    kind: str = "scheduled"
    leads: tuple[str, ...] = ()
    notes: str = ""
    requested_by: str = ""
    priority: str = ""
    window: str = ""
    frequency: str = ""
    months: tuple[int, ...] = ()
    last_reported: tuple[date, ...] = ()
    meeting_date: date | None = None  # instead of meeting_id, for a meeting added in the same reply


@dataclass(frozen=True)
class MoveItem:
    """Schedule, move or defer an item; meeting_id None makes it a possible future item."""

    item_id: int
    meeting_id: int | None
    window: str = ""
    deferred: bool = False
    meeting_date: date | None = None  # instead of meeting_id, for a meeting added in the same reply


@dataclass(frozen=True)
class SetItemStatus:
    item_id: int
    status: str  # planned | submitted | considered | withdrawn


@dataclass(frozen=True)
class UpdateItem:
    item_id: int
    title: str | None = None
    notes: str | None = None
    leads: tuple[str, ...] | None = None
    requested_by: str | None = None
    priority: str | None = None


@dataclass(frozen=True)
class AddMatter:
    panel_id: int
    subject: str
    lead: str = ""
    due: date | None = None
    due_text: str = ""
    raised_on: date | None = None
    position: str = ""


@dataclass(frozen=True)
class UpdateMatter:
    matter_id: int
    position: str | None = None
    status: str | None = None  # open | closed
    due: date | None = None
    due_text: str | None = None
    lead: str | None = None


@dataclass(frozen=True)
class SetDeadlineRule:
    panel_id: int
    working_days: int
    before: str = "publication"
    at: time = time(10, 0)


@dataclass(frozen=True)
class SetNudgeDays:
    """Working days before a report deadline that its authors are reminded, for one panel."""

    panel_id: int
    days: tuple[int, ...]


@dataclass(frozen=True)
class SetNudgeTiming:
    """The weekdays (Monday 0) a panel's advance reminders go on, none for every working day, and the time they start."""

    panel_id: int
    weekdays: tuple[int, ...]
    at: time | None = None


@dataclass(frozen=True)
class LinkChannel:
    panel_id: int
    channel: str


@dataclass(frozen=True)
class FollowPanel:
    """The console follows one panel: what 'link this channel to X' means where there is no Slack channel."""

    panel_id: int


@dataclass(frozen=True)
class UndoLast:
    """Put back what the sender's last reply changed (items, actions, meetings)."""

    actor: str


CHANGE_TYPES = (
    AddPanel, AddPerson, AddMeeting, SetMeetingDates, MoveMeeting, CancelMeeting, AddItem, MoveItem,
    SetItemStatus, UpdateItem, AddMatter, UpdateMatter, SetDeadlineRule, SetNudgeDays, LinkChannel, FollowPanel,
    UndoLast,
)
_TYPES = {cls.__name__: cls for cls in CHANGE_TYPES}


def to_plain(change) -> dict:
    """A JSON-ready dict naming the change's type."""
    out = {"type": type(change).__name__}
    for f in dataclasses.fields(change):
        out[f.name] = _encode(getattr(change, f.name))
    return out


def from_plain(data: dict):
    cls = _TYPES[data["type"]]
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _decode(data.get(f.name), hints[f.name]) for f in dataclasses.fields(cls) if f.name in data}
    return cls(**kwargs)


def dumps(changes) -> str:
    return json.dumps([to_plain(c) for c in changes])


def loads(text: str) -> tuple:
    return tuple(from_plain(d) for d in json.loads(text))


def _encode(value):
    if isinstance(value, (date, time, datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode(value, hint):
    if value is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    target = args[0] if typing.get_origin(hint) in (typing.Union, types.UnionType) and args else hint
    if typing.get_origin(target) is tuple:
        inner = typing.get_args(target)[0]
        return tuple(_decode(v, inner) for v in value)
    if target in (date, time, datetime):
        return target.fromisoformat(value)
    return value
