"""Agenda publication and report deadlines, checked against the seeds."""
from datetime import date, datetime, time

import pytest

from bot.days.deadlines import LONDON, agenda_publication, is_working_day, report_deadline, working_days_before
from bot.models import DeadlineRule, Meeting


@pytest.mark.parametrize("meeting, published", [
    (date(2021, 7, 20), date(2021, 7, 12)),   # seed 004
    (date(2024, 1, 22), date(2024, 1, 12)),   # seed: issued Fri 12 Jan for Mon 22 Jan
    (date(2021, 10, 19), date(2021, 10, 11)),  # seed 004 work programme
    (date(2022, 2, 15), date(2022, 2, 7)),     # seed 004 work programme
])
def test_publication_matches_the_seeds(meeting, published):
    assert agenda_publication(meeting) == published


def test_bank_holidays_do_not_count():
    # Easter Monday 5 April 2021 and Good Friday 2 April 2021 are not working days.
    assert not is_working_day(date(2021, 4, 5))
    assert not is_working_day(date(2021, 4, 2))
    assert working_days_before(date(2021, 4, 6), 1) == date(2021, 4, 1)
    # Meeting Tue 13 April 2021: 6, 7, 8, 9, 12 April are the clear days; Easter is skipped.
    assert agenda_publication(date(2021, 4, 13)) == date(2021, 4, 1)


def test_bank_holidays_count_for_programmes_past_2100():
    # Christmas and New Year 2103/04: 24, 27, 28 and 31 December and 2 January are the five clear working days
    assert agenda_publication(date(2104, 1, 3)) == date(2103, 12, 21)
    assert not is_working_day(date(2104, 5, 5))  # the early May bank holiday


def test_report_deadline_default_is_five_working_days_before_publication_at_ten():
    meeting = Meeting(1, 1, date(2021, 7, 20))
    deadline = report_deadline(meeting, DeadlineRule())
    assert deadline == datetime(2021, 7, 5, 10, 0, tzinfo=LONDON)


def test_report_deadline_rule_relative_to_meeting():
    meeting = Meeting(1, 1, date(2021, 7, 20))
    rule = DeadlineRule(working_days=7, before="meeting", at=time(10, 0))
    assert report_deadline(meeting, rule).date() == date(2021, 7, 9)


def test_typed_publication_and_deadline_override_the_rule():
    fixed = datetime(2021, 7, 1, 12, 0, tzinfo=LONDON)
    meeting = Meeting(1, 1, date(2021, 7, 20), agenda_published=date(2021, 7, 9), report_deadline=fixed)
    assert report_deadline(meeting, DeadlineRule()) == fixed
    meeting = Meeting(1, 1, date(2021, 7, 20), agenda_published=date(2021, 7, 9))
    assert report_deadline(meeting, DeadlineRule()).date() == date(2021, 7, 2)
