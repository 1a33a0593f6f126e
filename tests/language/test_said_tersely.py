"""Changes said tersely: an action's due date pushed, 'action for me', 'after the 2nd', 'our February date', a note
whose words name two items, a lead put on an item that has none."""
from __future__ import annotations


def _tree_survey(riverside):
    return next(m for m in riverside.store.matters(riverside.panel.id, status=None) if m.subject.startswith("Tree"))


def test_an_actions_due_date_pushed_to_a_month_moves_it_and_records_no_message_as_news(riverside):
    reply = riverside.say("push the tree survey action to february")
    matter = _tree_survey(riverside)
    assert matter.due is not None and (matter.due.year, matter.due.month) == (2026, 2), reply.text
    assert "push" not in (matter.position or ""), reply.text


def test_moving_an_action_is_done_not_asked_about_when_it_says_action(riverside):
    reply = riverside.say("move the tree survey action to february")
    matter = _tree_survey(riverside)
    assert matter.due is not None and (matter.due.year, matter.due.month) == (2026, 2), reply.text


def test_an_action_for_me_is_the_senders(riverside):
    reply = riverside.say("action for me - ring the allotment societies about rents, no date")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "allotment" in m.subject.lower())
    assert matter.lead == "Ruth Osei" and not matter.subject.lower().startswith("for me"), reply.text


def test_whats_on_after_a_day_of_the_month_is_the_meeting_after_that_day(riverside):
    reply = riverside.say("whats on after the 2nd")  # 10 November: the 2nd is 2 December, a meeting day
    assert "3 February" in reply.text and "Libraries Strategy" in reply.text, reply.text


def test_whats_coming_after_a_month_is_the_next_meeting_after_it(riverside):
    reply = riverside.say("what's coming after february")
    assert "3 March" in reply.text and "Parking Enforcement Contract" in reply.text, reply.text


def test_our_months_date_names_that_months_meeting(riverside):
    reply = riverside.say("I'm afraid the mayor's installation clashes with our February date, so we'll have to move that "
                          "meeting to Tuesday 10 February. Apologies for the reshuffle", who="Cllr Maria Lopez")
    days = {m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)}
    assert "2026-02-10" in days and "2026-02-03" not in days, reply.text


def test_items_named_in_a_notes_own_words_are_not_the_ones_noted(riverside):
    reply = riverside.say("add a note to the cemetery review: compare with the libraries strategy and the leisure "
                          "strategy")
    items = {i.title: i for i in riverside.store.items(riverside.panel.id)}
    assert "compare" in items["Cemetery Provision Review"].notes, reply.text
    assert not items["Libraries Strategy"].notes and not items["Leisure Strategy 2026-2030"].notes, reply.text


def test_a_lead_put_on_an_item_with_none_is_added_without_asking_set_or_add(riverside):
    reply = riverside.say("put Dev Patel on the street lighting item", who="Cllr Maria Lopez")
    items = {i.title: i for i in riverside.store.items(riverside.panel.id)}
    assert items["Street Lighting LED Replacement"].lead_text == "Dev Patel", reply.text


def test_a_day_of_the_month_two_coming_meetings_share_is_asked_about_before_moving(riverside):
    before = riverside.snapshot()
    reply = riverside.say("move the leisure strategy to the 3rd", who="Cllr Maria Lopez")  # 3 February or 3 March
    assert riverside.snapshot() == before and "3 February" in reply.text and "3 March" in reply.text, reply.text


def test_mays_off_names_the_may_meeting(riverside):
    riverside.say("add a meeting on Tuesday 5 May 2026")
    reply = riverside.say("may's off - too close to polling day", who="Cllr Maria Lopez")
    meeting = next(m for m in riverside.store.meetings(riverside.panel.id) if m.date.isoformat() == "2026-05-05")
    assert meeting.status == "cancelled", reply.text


def test_a_question_after_a_cheery_aside_is_answered(riverside):
    reply = riverside.say("Good morning everyone, hope you're all surviving the office parties! Could someone remind me "
                          "what we have on the 3rd? Many thanks")
    assert "Libraries Strategy" in reply.text, reply.text
