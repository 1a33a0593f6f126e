"""A meeting's date cell says more than the day: its time ('6.00pm', '18:00') and venue ('Committee Room 3')."""
from __future__ import annotations

import re
from datetime import time

from bot.days.dates import DAY_MONTH, MONTH_DAY, NUMERIC, WEEKDAYS, parse_time
from bot.programme.cells import cell_lines

_CLOCK = re.compile(r"(?<![\d./])\b(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:[01]?\d|2[0-3])[:.][0-5]\d)"
                    r"(?![\d./])(?:\s*(?:hrs|hours))?", re.I)
_H24 = re.compile(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b,?", re.I)
_CANCELLED = re.compile(r"^\W*(?:meeting\s+)?(?:cancelled|canceled)\W*$", re.I)
_FILLER = re.compile(r"^(?:at|in|on|venue:?|time:?|start:?|starts?)$", re.I)


def time_and_venue(text: str | None) -> tuple[time | None, str]:
    """'Tuesday 20 July 2021, 6.00pm, Council Chamber' -> (18:00, 'Council Chamber'); (None, '') when it says neither."""
    at, venue = None, []
    for line in cell_lines(text):
        for piece in re.split(r",|;|\s+[-–]\s+", line):
            found = _CLOCK.search(piece)
            if found and at is None:
                at = parse_time(found.group(0)) or _h24(found.group(0))
            rest = _CLOCK.sub(" ", piece)
            for pattern in (DAY_MONTH, MONTH_DAY, NUMERIC, _WEEKDAY):
                rest = pattern.sub(" ", rest)
            rest = " ".join(w for w in rest.split() if not _FILLER.match(w)).strip(" .()")
            if re.search(r"[A-Za-z]{3,}", rest) and not re.fullmatch(r"\(?(?:provisional|tbc|confirmed)\)?", rest, re.I):
                venue.append(rest)
    return at, ", ".join(venue)


def says_cancelled(text: str) -> bool:
    """'Meeting cancelled' in an item cell marks the meeting, it is not an item."""
    return bool(_CANCELLED.match(" ".join(cell_lines(text))))


def _h24(text: str) -> time | None:
    m = _H24.search(text)
    return time(int(m.group(1)), int(m.group(2))) if m else None
