"""A state assumed and checked is no change; terse requests said the officer's way are read whole."""
from __future__ import annotations


def test_a_meeting_assumed_not_to_be_happening_is_checked_not_cancelled(riverside):
    before = riverside.snapshot()
    reply = riverside.say("I assume we're not meeting in march then")
    assert riverside.snapshot() == before and "3 March" in reply.text, reply.text


def test_a_title_beginning_with_lead_is_not_read_as_its_lead(riverside):
    reply = riverside.say("bung a Lead Local Flood consultation response item on march pls")
    assert "Lead Local Flood consultation response" in riverside.titles(), reply.text


def test_a_phase_said_by_its_number_is_marked_when_titles_say_to_somewhere(riverside):
    for phase in ("1", "2", "3"):
        riverside.say(f"add Register Migration to HM Land Registry - Phase {phase} to the March meeting")
    reply = riverside.say("phase 2 report is in")
    titles = riverside.titles()
    assert titles["Register Migration to HM Land Registry - Phase 2"].status == "submitted", reply.text
    assert titles["Register Migration to HM Land Registry - Phase 3"].status != "submitted", reply.text


def test_a_month_said_with_now_and_a_reason_after_it_is_the_meeting(riverside):
    reply = riverside.say("the libraries strategy is going to dec now, the consultation needs more time",
                          who="Cllr Maria Lopez")
    assert riverside.titles()["Libraries Strategy"].meeting_date.isoformat() == "2025-12-02", reply.text


def test_one_lead_taken_off_and_another_put_on_instead_is_a_new_lead(riverside):
    reply = riverside.say("take dev off the libraries strategy and put aisha on instead", who="Cllr Maria Lopez")
    assert riverside.titles()["Libraries Strategy"].lead_text == "Aisha Begum", reply.text
