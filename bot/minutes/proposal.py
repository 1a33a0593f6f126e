"""What the reader proposes: a matter with its subject, lead, due date and the sentence it came from."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ProposedMatter:
    """Something the minutes say must come back or be done, ready to become an outstanding matter (and item)."""

    subject: str
    lead: str = ""
    raised_on: date | None = None
    due: date | None = None
    due_text: str = ""
    item: str = ""  # the agenda item it came from
    source: str = ""  # the sentence or resolution, for the officer to check
    programme: bool = False  # a report to come back: also a possible future item on the work programme
    resolved: bool = False


@dataclass(frozen=True)
class MinutesReading:
    meeting: date | None
    proposals: tuple[ProposedMatter, ...]

