"""One thing named against another ('not the X one, the Y', 'the other one', 'I meant'), and statements that only
sound like changes: the record meant changes, or nothing does."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, where", [
    ("not the DoLS one, the leisure strategy - can that go to March",
     {"Leisure Strategy 2026-2030": "2026-03-03", "Deprivation of Liberty Safeguards (DoLS) Annual Report": "2026-02-03"}),
    ("Talked to Aisha about parking and cemeteries. Cemeteries are fine; the other one can go to February.",
     {"Parking Enforcement Contract": "2026-02-03", "Cemetery Provision Review": "2025-12-02"}),
    ("The libraries strategy and the DoLS report are both in February; move the DoLS report to March",
     {"Deprivation of Liberty Safeguards (DoLS) Annual Report": "2026-03-03", "Libraries Strategy": "2026-02-03"}),
    ("move the cemetery review to March... wait, I meant move the parking contract to February",
     {"Parking Enforcement Contract": "2026-02-03", "Cemetery Provision Review": "2025-12-02"}),
    ("The cemetery review and the parking contract are both Aisha's. Could you move the latter to February?",
     {"Parking Enforcement Contract": "2026-02-03", "Cemetery Provision Review": "2025-12-02"}),
    ("keep the DoLS report where it is, but can we move the libraries strategy to March?",
     {"Libraries Strategy": "2026-03-03", "Deprivation of Liberty Safeguards (DoLS) Annual Report": "2026-02-03"}),
    ("we're not cancelling February but can we move the DoLS report to March",
     {"Deprivation of Liberty Safeguards (DoLS) Annual Report": "2026-03-03", "Libraries Strategy": "2026-02-03"}),
])
def test_the_one_meant_moves_and_the_other_stays(riverside, text, where):
    reply = riverside.say(text)
    assert {title: riverside.meeting_of(title) for title in where} == where, reply.text


@pytest.mark.parametrize("text, untouched", [
    ("Cancel the libraries strategy item at the February meeting (the meeting still goes ahead)", "2026-02-03"),
    ("cancel the budget session in February, we'll cover it all in December", "2026-02-03"),
])
def test_cancelling_an_item_never_cancels_its_meeting(riverside, text, untouched):
    reply = riverside.say(text)
    assert untouched in {m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)}, reply.text


@pytest.mark.parametrize("who, text", [
    ("Ruth Osei", "both actions were raised back in October, just so you know"),
    ("Ruth Osei", "change the due date on the outstanding matter to 3 March"),
    ("Cllr Maria Lopez", "the DoLS title is rather long, but that's the official name for it"),
    ("Ruth Osei", "Talked to Dev about libraries and leisure. Leisure is fine; the other one can go to March."),
    ("Cllr Maria Lopez", "we could rename the cemetery review to 'Burial Space Review' - what do you think?"),
    ("Cllr Maria Lopez", "the adult social care committee moved their DoLS session to March, nothing for us to do"),
    ("Ruth Osei", "the hate crime action stays open as it is, the police haven't sent anything yet"),
    ("Cllr Maria Lopez", "last March's meeting got moved to the 17th, ages ago now"),
])
def test_no_record_is_changed_on_a_guess(riverside, who, text):
    items, meetings, matters = riverside.snapshot()
    reply = riverside.say(text, who)
    after_items, after_meetings, after_matters = riverside.snapshot()
    assert after_meetings == meetings, reply.text
    assert {i.title for i in after_items.values()} == {i.title for i in items.values()}, reply.text
    assert [i.meeting_id for i in after_items.values()] == [i.meeting_id for i in items.values()], reply.text
    assert [i.status for i in after_items.values()] == [i.status for i in items.values()], reply.text
    assert {m.subject: m.due for m in after_matters.values()} == {m.subject: m.due for m in matters.values()}, reply.text


def test_session_one_said_beside_session_two_is_session_one(riverside):
    reply = riverside.say("Jo's budget session one report is in; session two is still to come")
    assert riverside.titles()["Budget Scrutiny Session 1"].status == "submitted", reply.text
    assert riverside.titles()["Budget Scrutiny Session 2"].status != "submitted", reply.text


def test_that_after_an_item_and_then_an_action_is_the_action(riverside):
    reply = riverside.say("Regarding the cemetery review: Dev is behind on the tree survey note too. Push that to March.")
    assert riverside.meeting_of("Cemetery Provision Review") == "2025-12-02", reply.text
    due = {m.subject: m.due for m in riverside.store.matters(riverside.panel.id)}
    assert due["Tree survey briefing note"].isoformat().startswith("2026-03"), reply.text


def test_news_put_against_an_action_by_a_pronoun_is_its_position(riverside):
    reply = riverside.say("The police rang about the hate crime figures. They'll share ward data in January - can you "
                          "put that against it?")
    position = {m.subject: m.position for m in riverside.store.matters(riverside.panel.id)}["Hate crime figures by ward"]
    assert "ward data in January" in position, reply.text


def test_an_action_said_to_come_off_the_schedule_is_closed(riverside):
    reply = riverside.say("the tree survey briefing note has gone round to members, that action can come off the SOM")
    assert "Tree survey briefing note" not in {m.subject for m in riverside.store.matters(riverside.panel.id)}, reply.text


def test_a_title_with_lets_in_it_is_a_title(riverside):
    reply = riverside.say("rename the allotments item to Allotment Lets and Waiting Lists")
    assert "Allotment Lets and Waiting Lists" in riverside.titles(), reply.text
