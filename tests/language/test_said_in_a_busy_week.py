"""News, hopes and restatements change nothing; corrections, reasons and meetings said first reach the record meant."""
from __future__ import annotations

import pytest

UNCHANGED = [
    "the licensing committee have moved their February meeting to the 10th",
    "cabinet are withdrawing their parking enforcement paper, we keep ours",
    "the street lighting decision is on cabinet's forward plan for March",
    "last year Jo submitted the DoLS report a fortnight late",
    "hoping the leisure strategy report lands early 🤞",
    "gentle nudge on the leisure strategy report please Dev 🙏",
    "worst case we defer budget session 2, let's hope not",
    "we'll decide on closing the tree survey action after christmas",
    "position on the hate crime figures unchanged",
    "tree survey briefing - Dev, due 2 December",
    "add a note to the hate crime figures: 'police data in'",
    "put him on it",
    "we don't need an action on that, the parking item covers it",
    "hate crime figures by ward - any progress? due Feb",
    "the tree survey action can't be closed till Dev is back",
    "closing the hate crime action is off the table for now",
    "we shouldn't withdraw the parking contract, members rely on it",
    "the hate crime figures don't need to change, Aisha's on track",
    "maybe an action for Dev on tree numbers later, we'll see",
    "for the record: hate crime figures by ward, Aisha, due 3 February",
    "the leisure strategy isn't going to February, it stays in December",
    "could we in theory pull the libraries strategy? just wondering",
    "the notes say we cancelled the march meeting - that's wrong, we didn't",
    "in 2022 we renamed the cemetery review twice",
    "the DoLS report came in a day late last year",
    "the tree survey action - with Dev, still open, nothing new",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_news_hopes_and_restatements_change_nothing(riverside, text):
    before = riverside.snapshot()
    reply = riverside.say(text)
    assert riverside.snapshot() == before, reply.text


def test_two_items_named_as_context_are_not_both_changed(riverside):
    reply = riverside.say("Hi. The cemetery review and the leisure strategy are both December. The leisure strategy "
                          "is late, so please move it to February.")
    assert riverside.meeting_of("Cemetery Provision Review") == "2025-12-02", reply.text


def test_an_authors_guess_at_their_reports_meeting_is_answered_not_marked(riverside):
    before = riverside.snapshot()
    reply = riverside.say("my DoLS paper is the february one I think", who="Jo Marsh")
    assert riverside.snapshot() == before, reply.text
    assert "3 February" in reply.text, reply.text


def test_a_restated_action_says_what_the_schedule_holds(riverside):
    reply = riverside.say("tree survey briefing - Dev, due 2 December")
    assert "nothing has changed" in reply.text and "Dev Patel" in reply.text, reply.text


def test_a_corrected_number_names_the_item_said_second(riverside):
    reply = riverside.say("push budget session 1, sorry I mean session 2, to March")
    assert riverside.meeting_of("Budget Scrutiny Session 2") == "2026-03-03", reply.text
    assert riverside.meeting_of("Budget Scrutiny Session 1") == "2025-12-02", reply.text


def test_a_rename_taken_back_and_said_again_renames_the_second(riverside):
    reply = riverside.say("rename the parking contract... no sorry, rename allotments waiting lists to Allotment Plots")
    titles = riverside.titles()
    assert "Allotment Plots" in titles and "Parking Enforcement Contract" in titles, reply.text


def test_the_item_in_a_likeness_is_not_the_one_moved(riverside):
    reply = riverside.say("like last time with the cemetery review, push the DoLS report to March")
    assert riverside.meeting_of("Deprivation of Liberty Safeguards (DoLS) Annual Report") == "2026-03-03", reply.text
    assert riverside.meeting_of("Cemetery Provision Review") == "2025-12-02", reply.text


def test_an_item_in_the_story_before_and_we_agreed_is_not_moved_too(riverside):
    reply = riverside.say("Spoke to Dev, who is stretched with the leisure strategy, and we agreed the libraries "
                          "opening hours review can go to future items for now")
    assert riverside.meeting_of("Libraries Opening Hours Review") == "future", reply.text
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2025-12-02", reply.text


def test_where_it_is_not_going_is_not_where_it_goes(riverside):
    reply = riverside.say("members agreed the cemetery review goes to February rather than the 2nd")
    assert riverside.meeting_of("Cemetery Provision Review") == "2026-02-03", reply.text


def test_the_meeting_said_before_what_a_new_item_is_about(riverside):
    reply = riverside.say("can we bung an item on the march agenda about bus shelters")
    assert riverside.meeting_of("Bus shelters") == "2026-03-03", reply.text


def test_an_item_already_there_put_on_a_meeting_in_slang_is_asked_about(riverside):
    before = riverside.snapshot()
    reply = riverside.say("bung cemetery on march")
    assert riverside.snapshot() == before, reply.text
    assert "Cemetery Provision Review" in reply.text, reply.text
