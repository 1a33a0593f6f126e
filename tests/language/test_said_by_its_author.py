"""Reports and actions named by whose they are, or by their author in two words ('done', 'session 2 done'): that
record changes, or the sender is asked which of theirs."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, title, day", [
    ("Aisha's march one -> feb", "Parking Enforcement Contract", "2026-02-03"),
    ("dev's feb item to march please", "Libraries Strategy", "2026-03-03"),
    ("keep the cemetery review where it is, move the parking contract to February",
     "Parking Enforcement Contract", "2026-02-03"),
])
def test_the_item_meant_moves(riverside, text, title, day):
    before = {t: riverside.meeting_of(t) for t in riverside.titles() if t != title}
    reply = riverside.say(text)
    assert riverside.meeting_of(title) == day, reply.text
    assert {t: riverside.meeting_of(t) for t in before} == before, reply.text


@pytest.mark.parametrize("who, text, title", [
    ("Ruth Osei", "<@U0PATEL>'s feb report is in", "Libraries Strategy"),
    ("Jo Marsh", "done", "Deprivation of Liberty Safeguards (DoLS) Annual Report"),
    ("Jo Clarke", "session 2 done ✅", "Budget Scrutiny Session 2"),
    ("Jo Clarke", "jo c here - session 1 done", "Budget Scrutiny Session 1"),
    ("Aisha Begum", "the March parking report is finished and with Ruth", "Parking Enforcement Contract"),
])
def test_a_report_said_to_be_in_is_marked(riverside, who, text, title):
    reply = riverside.say(text, who)
    assert {t for t, i in riverside.titles().items() if i.status == "submitted"} == {title}, reply.text


def test_a_bare_done_asks_which_of_the_senders_own(riverside):
    before = riverside.snapshot()
    reply = riverside.say("done", "Dev Patel")
    assert riverside.snapshot() == before, reply.text
    for own in ("Leisure Strategy 2026-2030", "Libraries Strategy", "Libraries Opening Hours Review",
                "Tree survey briefing note"):
        assert own in reply.text, reply.text
    assert "Hate crime figures by ward" not in reply.text and "Cemetery" not in reply.text, reply.text
    reply = riverside.say("2", "Dev Patel")
    assert riverside.titles()["Libraries Strategy"].status == "submitted", reply.text


def test_a_note_asked_for_after_the_item_is_that_note(riverside):
    reply = riverside.say("For the cemetery review, could we add a note that the bereavement services manager will "
                          "attend.", "Cllr Maria Lopez")
    assert riverside.titles()["Cemetery Provision Review"].notes == "the bereavement services manager will attend.", \
        reply.text


def test_an_action_done_then_a_short_request_closes_it(riverside):
    reply = riverside.say("We sent the tree survey note round last Friday. Good feedback. Please close it.")
    matters = {m.subject: m.status for m in riverside.store.matters(riverside.panel.id, status=None)}
    assert matters["Tree survey briefing note"] == "closed", reply.text


def test_a_surname_said_as_a_possessive_without_its_apostrophe(riverside):
    reply = riverside.say("whats jo marshs role", "Cllr Pete Nolan")
    assert "Jo Marsh" in reply.text and "Jo Clarke" not in reply.text, reply.text


@pytest.mark.parametrize("text, title", [
    ("can you rename the libraries strategy to 'What is a library for?'", "What is a library for?"),
    ("add an item to March: Why are bus services late?", "Why are bus services late?"),
    ("can you rename the libraries strategy to Library Futures?", "Library Futures"),
])
def test_a_title_asked_as_a_question_keeps_its_mark(riverside, text, title):
    reply = riverside.say(text)
    assert title in riverside.titles(), reply.text
