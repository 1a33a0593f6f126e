"""Two changes in one message: each made, to its own record and its own meeting; or, when one is unclear, none."""
from __future__ import annotations

import pytest

TWO_MOVES = [
    "cemetery review to Feb, leisure strategy to March",
    "push the cemetery one to february and the leisure strategy to march pls",
    "can you move the cemetery review to feb; leisure strategy 2026-2030 into march",
    "Cemetery Provision Review -> February please. Then leisure strategy to March",
]


@pytest.mark.parametrize("text", TWO_MOVES)
def test_two_moves_in_one_message_each_go_where_they_were_sent(riverside, text):
    reply = riverside.say(text)
    assert riverside.meeting_of("Cemetery Provision Review") == "2026-02-03", reply.text
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2026-03-03", reply.text


def test_two_different_changes_in_one_message_are_both_made_and_undone_together(riverside):
    reply = riverside.say("move the cemetery review to Feb and withdraw the parking contract")
    assert riverside.meeting_of("Cemetery Provision Review") == "2026-02-03", reply.text
    assert "Parking Enforcement Contract" not in riverside.titles(), reply.text
    riverside.say("undo")
    assert riverside.meeting_of("Cemetery Provision Review") == "2025-12-02"
    assert "Parking Enforcement Contract" in riverside.titles()


def test_two_meetings_moved_in_one_message(riverside):
    reply = riverside.say("the Feb meeting is moving to the 10th and the March one to the 17th")
    dates = {m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)}
    assert {"2026-02-10", "2026-03-17"} <= dates, reply.text
    assert not {"2026-02-03", "2026-03-03"} & dates, reply.text


UNCLEAR = [
    "move the cemetery review to Feb, or to March if Aisha needs longer",  # a second choice, not a second change
    "cemetery review to feb; cemetery review to march",  # one record sent two places
    "leisure strategy to March and the libraries item to April",  # which libraries item?
    "cemetery to feb and the parking contract to 3 Feb 2027",  # no such meeting
]


@pytest.mark.parametrize("text", UNCLEAR)
def test_when_one_of_several_changes_is_unclear_none_is_made(riverside, text):
    before = riverside.snapshot()
    reply = riverside.say(text)
    assert riverside.snapshot() == before, reply.text
    assert "nothing has changed" in reply.text.lower(), reply.text


def test_a_title_with_and_in_it_is_still_one_new_item(riverside):
    reply = riverside.say("add parks and open spaces to the march meeting")
    assert riverside.meeting_of("Parks and open spaces") == "2026-03-03", reply.text
