"""Round 6 of the minutes reader: general ways minutes are worded, each in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.structure import sentences


def _got(text: str, meeting=date(2024, 3, 12)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def test_a_sentence_ending_in_an_acronym_ends_there_but_an_initial_does_not():
    assert sentences("Members met the ICB. Later the Chair spoke. Mr J. Hale agreed.") == [
        "Members met the ICB.", "Later the Chair spoke.", "Mr J. Hale agreed."]


def test_a_group_the_panel_agreed_would_act_owes_the_action_and_leads_it():
    text = ("4 Library Review\nThe Head of Libraries, Anna Cole, presented the report. The panel agreed that the "
            "scoping group would draft terms of reference for the review of mobile libraries. Members thanked her.\n")
    assert [(s, lead.lower()) for s, lead in _got(text)] == [
        ("Draft terms of reference for the review of mobile libraries", "scoping group")]


def test_a_suggestion_that_something_should_be_done_on_a_topic_is_owed_by_no_one_who_suggested_it():
    text = ("6 Transport\nThe Chair suggested that, following the letter from Jo Reed, Chair of the Cycling Forum, "
            "a briefing should be arranged on the new cycle hub.\n")
    got = _got(text)
    assert len(got) == 1 and "briefing" in got[0][0].lower() and "cycle hub" in got[0][0].lower()
    assert got[0][1] not in {"Chair", "Jo Reed"}
