"""Round 7 of the minutes reader: general ways minutes are worded, each in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes


def _got(text: str, meeting=date(2024, 3, 12)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def test_a_report_noted_as_coming_to_a_future_meeting_is_owed():
    text = ("7 Libraries\nIt was noted that a report on opening hours at branch libraries would be presented at a "
            "future meeting of the Panel.\n")
    got = _got(text)
    assert len(got) == 1 and "opening hours" in got[0][0]


def test_a_report_another_body_will_consider_at_its_next_meeting_is_not_owed_to_the_panel():
    text = ("7 Libraries\nThe Officer reported that the panel's recommendation on opening hours would be considered "
            "by Cabinet at its next meeting.\n")
    assert _got(text) == []
