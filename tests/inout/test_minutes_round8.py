"""Round 8 of the minutes reader: what carries to councils never seen, each case in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.weak import weak_subject


def _got(text: str, meeting=date(2025, 2, 4)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def test_a_request_whose_subject_only_points_back_is_not_proposed():
    text = ("4 Street Lighting\nA councillor described the dimming trial in her ward. Another member asked for an "
            "update regarding this.\n")
    assert _got(text) == []


def test_a_report_asked_for_with_no_topic_is_not_proposed_but_one_with_a_topic_is():
    bare = "6 Any Other Business\nRESOLVED that a detailed report be submitted to the next meeting.\n"
    named = ("6 Any Other Business\nRESOLVED that a detailed report on damp in council flats be submitted to the next "
             "meeting.\n")
    assert _got(bare) == []
    assert [s for s, _ in _got(named)] == ["Detailed report on damp in council flats"]


def test_weak_subjects_are_told_from_subjects_that_name_a_thing():
    for weak in ("Detailed report", "This matter", "Update regarding this", "Main issues", "No further items",
                 "To monitor progress in relation to new", "Received a presentation on the strategy",
                 "Urgent additional items to", "Need to understand why the bin contract slipped"):
        assert weak_subject(weak), weak
    for strong in ("Breakdown of fees by cemetery", "Seek clarification of what the single plan refers to",
                   "Updated map of broadband coverage", "Report on air quality"):
        assert not weak_subject(strong), strong
    assert weak_subject("Information on Forward Plan", placeholder=True)


def test_a_promise_to_circulate_this_still_lends_its_lead_to_the_request_before_it():
    text = ("5 Cemeteries\nCllr Moss asked for a breakdown of burial fees by cemetery. The Bereavement Services "
            "Manager agreed to provide this.\n")
    got = _got(text)
    assert len(got) == 1 and "breakdown of burial fees" in got[0][0].lower()
    assert got[0][1] == "Bereavement Services Manager"


def test_a_question_read_as_a_subject_gives_way_to_the_report_it_is_about():
    text = ("7 Leisure Centre\nMembers asked to be told why a report on the pool roof repairs was not scheduled. It was "
            "the intention to bring a report on the pool roof repairs to the June meeting.\n")
    assert [s for s, _ in _got(text)] == ["Report on the pool roof repairs"]
    assert weak_subject("Why a report on the pool roof repairs scheduled")


def test_a_subject_that_only_repeats_its_heading_is_not_proposed():
    text = ("9 Review of Parking Charges\nThe Chair remarked that he had requested that the parking charges be "
            "brought to this Committee.\n")
    assert _got(text) == []
    assert weak_subject("Parking charges on Review of Parking Charges", title="Review of Parking Charges")
    assert not weak_subject("Income figures on Review of Parking Charges", title="Review of Parking Charges")


def test_agenda_text_addressed_to_the_meeting_is_not_read_as_an_action_by_the_rules_either():
    text = ("10 Forward Plan\nThe Board is invited to consider the details set out and propose any agenda items for "
            "future meetings of the Board.\n")
    assert _got(text) == []
    assert read_minutes(text, date(2025, 2, 4), (), None).proposals == ()


def test_a_standing_arrangement_read_by_the_rules_is_not_a_matter_that_comes_back_once():
    text = ("3 Treasury Management\nThe Director agreed that going forward a performance report would be provided to "
            "the Panel every quarter.\n")
    assert read_minutes(text, date(2025, 2, 4), (), None).proposals == ()
    assert _got(text) == []
