"""One record said to stay as it is (or not to be in yet) and another changed in the same message; 'the other one',
'the first one' and a bare 'the report': the record meant changes, or nothing does and the sender is asked."""
from __future__ import annotations

import pytest


def test_a_record_kept_is_never_the_one_offered(riverside):
    before = riverside.snapshot()
    reply = riverside.say("DoLS is staying in Feb, move session 2 to March please")
    assert riverside.snapshot() == before and "Budget Scrutiny Session 2" in reply.text, reply.text
    assert "Deprivation" not in reply.text, reply.text


def test_a_record_said_fine_and_then_pointed_back_at_is_the_one_that_moves(riverside):
    reply = riverside.say("the DoLS report is fine, just move it to March")
    assert riverside.meeting_of("Deprivation of Liberty Safeguards (DoLS) Annual Report") == "2026-03-03", reply.text


@pytest.mark.parametrize("text, title", [
    ("the parking report has come in but the cemetery one hasn't; please mark the one that has",
     "Parking Enforcement Contract"),
    ("The cemetery review and the leisure strategy are both in. Oh wait, only the first one is.",
     "Cemetery Provision Review"),
    ("the libraries strategy and the cemetery review - the latter is in", "Cemetery Provision Review"),
])
def test_of_two_named_the_one_meant_is_marked(riverside, text, title):
    reply = riverside.say(text)
    assert {t for t, i in riverside.titles().items() if i.status == "submitted"} == {title}, reply.text


@pytest.mark.parametrize("text", [
    "add a note to the report: waiting on legal",
    "note on the item: waiting on legal",
])
def test_a_record_that_cannot_be_told_changes_nothing(riverside, text):
    before = riverside.snapshot()
    reply = riverside.say(text)
    assert riverside.snapshot() == before, reply.text
    assert "?" in reply.text or "can't find" in reply.text, reply.text
