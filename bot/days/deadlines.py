"""Working-day arithmetic: agenda publication and report deadlines (England and Wales)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from bot.models import DeadlineRule, Meeting

LONDON = ZoneInfo("Europe/London")
CLEAR_DAYS = 5


class _England(type(holidays.country_holidays("GB"))):
    """England and Wales bank holidays for any year a programme reaches (the library's default stops at 2100)."""

    end_year = 2999


def england_holidays(year: int) -> dict:
    """The day -> name of each bank holiday in England and Wales that year."""
    return _England(subdiv="ENG", years=year)


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(england_holidays(year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


@lru_cache(maxsize=8192)  # every reply about a meeting asks this of the same few dates again
def working_days_before(day: date, count: int) -> date:
    """The working day `count` working days before `day` (`day` itself never counts)."""
    current = day
    while count > 0:
        current -= timedelta(days=1)
        if is_working_day(current):
            count -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days strictly after `start` up to and including `end` (negative if end < start)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=n)))


def agenda_publication(meeting_day: date) -> date:
    """Five clear working days: neither the publication day nor the meeting day counts."""
    return working_days_before(meeting_day, CLEAR_DAYS + 1)


def publication_of(meeting: Meeting) -> date:
    return meeting.agenda_published or agenda_publication(meeting.date)


def report_deadline(meeting: Meeting, rule: DeadlineRule) -> datetime:
    """The moment reports are due, as an aware Europe/London datetime."""
    if meeting.report_deadline:
        return meeting.report_deadline.astimezone(LONDON)
    anchor = publication_of(meeting) if rule.before == "publication" else meeting.date
    day = working_days_before(anchor, rule.working_days)
    return datetime.combine(day, rule.at, tzinfo=LONDON)
