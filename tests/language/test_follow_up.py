"""A question that needs a date: the answer is read with the request it belongs to, and nothing else is swallowed."""
from __future__ import annotations

from datetime import date


def _meeting_days(riverside):
    return {m.date for m in riverside.store.meetings(riverside.panel.id)}


def test_a_new_meeting_without_a_day_asks_for_one_and_the_answer_adds_it(riverside):
    asked = riverside.say("we'll need an extra meeting in the new year")
    assert "Which day" in asked.text and date(2026, 1, 13) not in _meeting_days(riverside)
    added = riverside.say("13 Jan at 6pm")
    assert "Added a meeting" in added.text and "Tuesday 13 January 2026" in added.text
    assert date(2026, 1, 13) in _meeting_days(riverside)


def test_no_leaves_everything_as_it_was(riverside):
    riverside.say("we need an extra meeting")
    before = _meeting_days(riverside)
    assert "left everything" in riverside.say("no").text
    assert _meeting_days(riverside) == before


def test_a_new_request_after_the_question_is_answered_as_itself(riverside):
    riverside.say("we need an extra meeting")
    before = riverside.snapshot()
    reply = riverside.say("what's due at the next meeting?")
    assert "2 December 2025" in reply.text
    assert riverside.snapshot() == before


def test_a_date_with_an_item_in_it_is_not_taken_for_the_meeting_day(riverside):
    riverside.say("we need an extra meeting")
    riverside.say("move the cemeteries item to 3 March")
    assert date(2026, 3, 3) in _meeting_days(riverside)  # the March meeting already existed
    assert len([d for d in _meeting_days(riverside) if d.month == 3]) == 1


def test_a_member_is_not_asked_for_a_day(riverside):
    reply = riverside.say("we need an extra meeting", who="Dev Patel")
    assert "Which day" not in reply.text and reply.ask is None


def test_a_meeting_moved_without_a_day_asks_for_one_and_the_answer_moves_it(riverside):
    asked = riverside.say("next meeting's been moved")
    assert "which day" in asked.text and asked.ask is not None
    moved = riverside.say("9 Dec")
    assert "Moved the meeting on Tuesday 2 December 2025" in moved.text
    assert date(2025, 12, 9) in _meeting_days(riverside) and date(2025, 12, 2) not in _meeting_days(riverside)


def test_a_month_asked_about_says_its_meeting_was_cancelled(riverside):
    riverside.say("cancel the 3 March meeting")
    reply = riverside.say("what's on in march")
    assert "Tuesday 3 March 2026 was cancelled" in reply.text
