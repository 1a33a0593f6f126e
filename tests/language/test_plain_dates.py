"""A plain day and month ('20/3', '22 January', 'Jan 22nd 2026') is read without dateparser, to the same day it gives."""
import calendar
from datetime import UTC, date, datetime, time

import pytest

from bot.days.dates import _dateparser, parse_when

_SPELLINGS = [calendar.month_name, calendar.month_abbr]
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _days(year: int = 2024):
    """Every day of a leap year but 29 February (dateparser's own call), each month spelt two ways in turn."""
    for month in range(1, 13):
        for day in range(1, calendar.monthrange(year, month)[1] + 1):
            if (month, day) != (2, 29):
                yield day, month, _SPELLINGS[day % 2][month]


@pytest.mark.parametrize("today", [date(2024, 2, 29), date(2025, 6, 2)])
@pytest.mark.parametrize("past", [False, True])
def test_a_day_and_month_without_a_year_is_the_day_dateparser_reads(today, past):
    now = datetime.combine(today, time(9, 0), tzinfo=UTC)
    wrong = []
    for day, month, name in _days():
        if (month, day) == (today.month, today.day):
            continue  # today is today, before any reading
        words = [f"{day}/{month}", f"{day}{_SUFFIX.get(day, 'th')} {name}", f"{name} {day}{_SUFFIX.get(day, 'th')}"][day % 3]
        ours = parse_when(f"on {words}", now, past)
        theirs = _dateparser(words, today, past)
        if ours.day != theirs.date():
            wrong.append((words, ours.day, theirs.date()))
    assert not wrong


def test_a_day_month_and_year_is_that_day_as_dateparser_reads_it():
    now = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
    wrong = []
    for day, month, name in _days():
        year = 2020 + day % 9
        if not day <= calendar.monthrange(year, month)[1]:
            continue
        words = [f"{day}/{month}/{year}", f"{day} of {name} {year}", f"{name} {day}{_SUFFIX.get(day, 'th')}, {year}"][day % 3]
        ours, theirs = parse_when(f"on {words}", now, False), _dateparser(words, now.date(), False)
        if ours.day != theirs.date():
            wrong.append((words, ours.day, theirs.date()))
    assert not wrong


def test_forms_dateparser_reads_its_own_way_are_left_to_it():
    now = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
    assert parse_when("29/2", now).day == _dateparser("29/2", now.date()).date()
    assert parse_when("14/11/29", now).day == _dateparser("14/11/29", now.date()).date()
    assert parse_when("on 20/3", now).day == date(2026, 3, 20)
    assert parse_when("what was on 22 January", now).day == date(2025, 1, 22)
