"""What a phrase says about timing, as every reader of dates hands it on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class When:
    """What a phrase says about timing: a day, a month, the next meeting, or 'to be confirmed'."""

    kind: str  # "day" | "month" | "range" | "dom" | "next" | "last" | "tbc" | "invalid"
    day: date | None = None  # the day, or the first day of a range
    until: date | None = None  # the last day of a range
    month: tuple[int, int] | None = None  # (year, month)
    at: time | None = None
    text: str = ""  # the words it came from, or why it is invalid
    skip: int = 0  # "the meeting after next" is the next meeting, skipping one
    dom: int = 0  # "the 19th": a day of some month, whichever month has a meeting on it

    @property
    def window_text(self) -> str:
        return self.text
