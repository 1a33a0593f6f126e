"""Reading ModernGov's XML: the real responses, day-first dates, '10.00 am' times, HTML escaped once or twice."""
from __future__ import annotations

from datetime import date, time

import pytest

from handlers.moderngov.parse import (
    BadResponse,
    html_to_text,
    parse_clock,
    parse_committees,
    parse_day,
    parse_meeting,
    parse_meetings,
)
from tests.moderngov.standin import BILLION_LAUGHS, FIXTURES


def test_the_real_committees_list():
    committees = parse_committees((FIXTURES / "GetCommittees.xml").read_bytes())
    assert [(c.id, c.title, c.expired) for c in committees] == [
        (312, "Appointment Sub Committee for Director of Adult Social Services", True),
        (163, "Art Galleries Committee", False), (144, "Audit Committee", False)]


def test_the_real_meetings_list_with_a_cancelled_meeting():
    meetings = parse_meetings((FIXTURES / "GetMeetings_committee144.xml").read_bytes(), 144)
    assert [(m.id, m.date, m.time, m.status) for m in meetings] == [
        (4966, date(2026, 1, 13), time(10), "cancelled"), (4967, date(2026, 2, 10), time(10), "confirmed")]
    assert parse_meetings((FIXTURES / "GetMeetings_committee144.xml").read_bytes(), 999) is None


def test_the_real_meeting_with_its_agenda_papers_and_minutes():
    m = parse_meeting((FIXTURES / "GetMeeting_4967.xml").read_bytes())
    assert (m.date, m.time, m.venue) == (date(2026, 2, 10), time(10), "Council Antechamber, Level 2, Town Hall Extension")
    assert m.agenda_published and m.minutes_published and m.publication() == date(2026, 2, 2)
    assert [i.title for i in m.items] == ["Minutes", "Work Programme"]
    assert m.items[0].text == "To approve as a correct record the minutes of the meeting held on 25 November 2025."
    assert m.items[1].minutes.startswith("The Committee considered a report of the Governance and Scrutiny Support Unit")


@pytest.mark.parametrize("text, day", [("10/02/2026", date(2026, 2, 10)), ("03/04/2026", date(2026, 4, 3)),
                                       ("3/4/2026 00:00:00", date(2026, 4, 3)), ("2026-04-03", date(2026, 4, 3)),
                                       ("31/02/2026", None), ("", None), ("next Tuesday", None)])
def test_dates_are_day_first(text, day):
    assert parse_day(text) == day


@pytest.mark.parametrize("text, at", [("10.00 am", time(10)), ("2.00 pm", time(14)), ("12.30 pm", time(12, 30)),
                                      ("12.00 am", time(0)), ("6pm", time(18)), ("9.30a.m.", time(9, 30)),
                                      ("14:00", time(14)), ("", None), ("13.00 pm", None), ("TBC", None)])
def test_times_as_moderngov_writes_them(text, at):
    assert parse_clock(text) == at


def test_html_escaped_once_or_twice_reads_the_same():
    once = "&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;&lt;p&gt;Second&amp;nbsp;para&lt;/p&gt;"
    import html
    assert html_to_text(html.unescape(once)) == "Fish & chips\nSecond para"
    assert html_to_text(once) == "Fish & chips\nSecond para"


def test_scripts_in_html_are_dropped_and_plain_text_kept():
    assert html_to_text("<p>Hi</p><script>alert(1)</script><style>p{}</style>") == "Hi"
    assert html_to_text("Plain text,\n  spread  over lines") == "Plain text,\nspread over lines"


def test_billion_laughs_is_refused_not_expanded():
    with pytest.raises(BadResponse, match="refuse"):
        parse_meetings(BILLION_LAUGHS, 1)


def test_the_wrong_document_is_refused():
    with pytest.raises(BadResponse, match="<committees> where <getmeetings> was expected"):
        parse_meetings((FIXTURES / "GetCommittees.xml").read_bytes(), 144)
