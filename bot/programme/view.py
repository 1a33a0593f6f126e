"""What a published programme shows: title with municipal year, membership line, meeting rows, future and standing items."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.models import Item, Matter, Meeting, Panel, Person, join_names

MEMBERSHIP_ROLES = (("chair", "Chair"), ("vice-chair", "Vice-Chair"), ("scrutiny-officer", "Scrutiny officer"))
CANCELLED = "Meeting cancelled"


@dataclass(frozen=True)
class MeetingRow:
    """One meeting with the items it will consider (none for a cancelled one)."""

    meeting: Meeting
    published: date | None
    items: tuple[Item, ...]

    @property
    def cancelled(self) -> bool:
        return self.meeting.status == "cancelled"


@dataclass(frozen=True)
class ProgrammeView:
    title: str
    status_line: str  # "Draft" or "as at 1 September 2021"
    membership: str
    meetings: tuple[MeetingRow, ...]
    future: tuple[Item, ...]
    standing: tuple[Item, ...]
    with_priority: bool
    with_reports: bool


def municipal_year(day: date) -> str:
    """Councils' years run from the annual meeting in May: 20 July 2021 -> '2021-22', 15 February 2022 -> '2021-22'."""
    start = day.year if day.month >= 5 else day.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def membership_line(panel: Panel, people: list[Person] | tuple[Person, ...]) -> str:
    """'Chair: Cllr Val Evans | Vice-Chair: Cllr Sohail Khan | Scrutiny officer: Earl Piggott-Smith' (roles held)."""
    parts = []
    for role, label in MEMBERSHIP_ROLES:
        names = [p.name for p in people if role in p.roles_on(panel.id)]
        if names:
            parts.append(f"{label}: {join_names(names)}")
    return " | ".join(parts)


def build_view(panel: Panel, meetings: list[Meeting], items: list[Item], published: dict[int, date],
               people=(), as_at: date | None = None, draft: bool = False,
               since: date | None = None) -> ProgrammeView:
    """The programme as councils publish it: withdrawn items left out, cancelled meetings kept and marked."""
    live = [i for i in items if i.status != "withdrawn"]
    shown = [m for m in meetings if since is None or m.date >= since]
    rows = tuple(MeetingRow(m, published.get(m.id), () if m.status == "cancelled" else
                            tuple(i for i in live if i.kind == "scheduled" and i.meeting_id == m.id)) for m in shown)
    first = next((m.date for m in shown if m.status != "cancelled"), None) or as_at
    status = "Draft" if draft else (f"as at {as_at.day} {as_at:%B %Y}" if as_at else "")
    future = tuple(i for i in live if i.kind == "future" or (i.kind == "scheduled" and i.meeting_id is None))
    return ProgrammeView(
        title=f"{panel.name} Work Programme" + (f" {municipal_year(first)}" if first else ""), status_line=status,
        membership=membership_line(panel, people), meetings=rows, future=future,
        standing=tuple(i for i in live if i.kind == "standing"),
        with_priority=any(i.priority for i in live if i.kind == "scheduled"),
        with_reports=any(i.last_reported for i in live))


def meeting_lines(meeting: Meeting) -> list[str]:
    """The date cell: the day, then the time and venue when known ('20 July 2021', '2.00pm', 'Committee Room 3')."""
    lines = [f"{meeting.date.day} {meeting.date:%B %Y}"]
    if meeting.time:
        hour = meeting.time.hour % 12 or 12
        lines.append(f"{hour}.{meeting.time.minute:02d}{'am' if meeting.time.hour < 12 else 'pm'}")
    if meeting.venue:
        lines.append(meeting.venue)
    return lines


def matter_position(matter: Matter, updated: date | None) -> str:
    """The current position as the schedule shows it: the latest text with its date, or that none is recorded yet."""
    if matter.position:
        return f"{matter.position} (updated {updated.day} {updated:%B %Y})" if updated else matter.position
    due = f"{matter.due.day} {matter.due:%B %Y}" if matter.due else matter.due_text
    if due.endswith("meeting"):  # "next meeting" -> "expected at the next meeting"
        due = ("at the " if due.startswith("next") else "at a ") + due.removeprefix("a ").removeprefix("the ")
    return "No update recorded yet" + (f"; expected {due}" if due else "")


def open_matters(matters: list[Matter]) -> list[Matter]:
    """Closed matters leave the schedule; the rest in the order they were raised."""
    return sorted((m for m in matters if m.status != "closed"), key=lambda m: (m.raised_on or date.min, m.id))
