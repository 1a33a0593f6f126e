"""Pronouns and reasons across sentences reach the record meant; slang, hopes and asides are read as people mean them."""
from __future__ import annotations

import pytest

DOLS = "Deprivation of Liberty Safeguards (DoLS) Annual Report"

# (message, the item moved and where to, an item named beside it that stays where it was)
ONE_MOVED = [
    ("Morning! The DoLS report and the libraries strategy are both in February. The DoLS report has doubled in size, "
     "so Jo would like it moved to the March meeting.", DOLS, "2026-03-03", "Libraries Strategy", "2026-02-03"),
    ("Aisha wants the parking item moved to February, because the cemetery review is moving out of December too",
     "Parking Enforcement Contract", "2026-02-03", "Cemetery Provision Review", "2025-12-02"),
    ("We have both the cemetery review and the leisure strategy in December. The former is fine, but the latter is "
     "too much that week, so could we move it to February?",
     "Leisure Strategy 2026-2030", "2026-02-03", "Cemetery Provision Review", "2025-12-02"),
]

# (message, the report marked in, a report named beside it that is not)
ONE_MARKED = [
    ("Aisha's parking contract report reached me on Friday, so that one can be marked as in. The cemetery one is "
     "still to come.", "Parking Enforcement Contract", "Cemetery Provision Review"),
    ("after the leisure strategy and before the DoLS report, session 1 has been submitted",
     "Budget Scrutiny Session 1", "Leisure Strategy 2026-2030"),
]


@pytest.mark.parametrize("text, moved, to, kept, stays", ONE_MOVED)
def test_the_item_a_request_points_at_moves_and_the_one_beside_it_stays(riverside, text, moved, to, kept, stays):
    reply = riverside.say(text)
    assert riverside.meeting_of(moved) == to, reply.text
    assert riverside.meeting_of(kept) == stays, reply.text


@pytest.mark.parametrize("text, marked, other", ONE_MARKED)
def test_the_report_a_message_points_at_is_marked_and_the_one_beside_it_is_not(riverside, text, marked, other):
    reply = riverside.say(text)
    assert riverside.item(marked).status == "submitted", reply.text
    assert riverside.item(other).status != "submitted", reply.text



def _matter(riverside, subject: str):
    return next(m for m in riverside.snapshot()[2].values() if m.subject == subject)


def test_a_word_said_twice_does_not_name_one_of_two_items_it_fits(riverside):
    before = riverside.snapshot()
    reply = riverside.say("let's withdraw the libraries one, we've had plenty on libraries this year")
    assert riverside.snapshot() == before, reply.text
    assert "Libraries Strategy" in reply.text and "Libraries Opening Hours Review" in reply.text, reply.text


def test_log_as_an_action_for_someone_makes_them_its_lead(riverside):
    reply = riverside.say("members want a breakdown of allotment plot sizes - please log as an action for Dev")
    made = [m for m in riverside.snapshot()[2].values() if "plot sizes" in m.subject]
    assert len(made) == 1 and made[0].lead == "Dev Patel", reply.text
    assert "log" not in made[0].subject.lower() and "Dev" not in made[0].subject, made[0].subject


def test_an_action_sent_to_a_month_changes_its_due_date_only(riverside):
    reply = riverside.say("hate crime figures by ward -> march")
    matter = _matter(riverside, "Hate crime figures by ward")
    assert matter.due is not None and matter.due.month == 3, reply.text
    assert not matter.position, matter.position


def test_an_action_said_to_sit_with_someone_changes_its_lead(riverside):
    reply = riverside.say("the tree survey action should sit with Aisha now, not Dev")
    assert _matter(riverside, "Tree survey briefing note").lead == "Aisha Begum", reply.text


def test_now_after_a_new_title_is_not_part_of_it(riverside):
    reply = riverside.say("the parking item should be called Parking Enforcement and Permits now")
    assert "Parking Enforcement and Permits" in riverside.titles(), reply.text


def test_a_second_quote_in_another_sentence_is_not_the_new_title(riverside):
    reply = riverside.say("can we call the allotments one 'Allotment Plots' from now on? 'waiting lists' sounds so dated")
    assert "Allotment Plots" in riverside.titles(), reply.text


def test_a_month_put_back_a_week_is_that_months_meeting(riverside):
    reply = riverside.say("february's being put back a week to the 10th")
    assert riverside.meeting_of("Libraries Strategy") == "2026-02-10", reply.text


def test_a_report_sent_over_to_someone_is_the_senders_own(riverside):
    reply = riverside.say("february report sent over to Ruth this morning 👍", who="Jo Marsh")
    assert riverside.item(DOLS).status == "submitted", reply.text


def test_an_item_that_should_go_to_a_person_gets_a_new_lead(riverside):
    reply = riverside.say("Aisha is off from January so the parking contract should go to Dev instead")
    assert riverside.item("Parking Enforcement Contract").leads == ("Dev Patel",), reply.text
    assert riverside.meeting_of("Parking Enforcement Contract") == "2026-03-03", reply.text


def test_fingers_crossed_is_answered_without_a_question(riverside):
    before = riverside.snapshot()
    reply = riverside.say("fingers crossed the parking report's in on time this time", who="Cllr Maria Lopez")
    assert riverside.snapshot() == before and reply.ask is None, reply.text


def test_fyi_before_news_on_an_action_is_not_the_news(riverside):
    reply = riverside.say("fyi tree survey briefing is with the tree officer now")
    assert "tree officer" in (_matter(riverside, "Tree survey briefing note").position or ""), reply.text


def test_we_can_close_someones_action_closes_theirs(riverside):
    reply = riverside.say("we can close Dev's action")
    assert _matter(riverside, "Tree survey briefing note").status == "closed", reply.text


def test_a_member_naming_two_reports_alike_is_refused_not_asked(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Pete here - the libraries report has gone in", who="Cllr Pete Nolan")
    assert riverside.snapshot() == before and reply.ask is None, reply.text
    assert "only" in reply.text.lower(), reply.text


def test_meetings_between_now_and_a_month_are_those_meetings(riverside):
    reply = riverside.say("when are we meeting between now and february")
    assert "2 December 2025" in reply.text and "3 February 2026" in reply.text, reply.text
    assert "3 March 2026" not in reply.text, reply.text


def test_whats_on_someones_list_includes_their_actions(riverside):
    reply = riverside.say("anything on Aisha's list")
    assert "Hate crime figures by ward" in reply.text and "Parking Enforcement Contract" in reply.text, reply.text


def test_a_request_after_but_please_is_about_the_item_it_names(riverside):
    reply = riverside.say("Aisha's cemetery review is fine, but please take Aisha off the parking contract")
    assert riverside.item("Parking Enforcement Contract").leads == (), reply.text
    assert riverside.item("Cemetery Provision Review").leads == ("Aisha Begum",), reply.text


def test_a_meeting_named_by_its_item_before_a_request_is_not_the_item_noted(riverside):
    reply = riverside.say("the libraries meeting in Feb - add a note to the DoLS report that Jo is presenting")
    assert "Jo is presenting" in riverside.item(DOLS).notes, reply.text
    assert "Jo is presenting" not in riverside.item("Libraries Strategy").notes, reply.text


def test_the_item_after_but_in_a_list_of_what_stays_is_the_one_moved(riverside):
    reply = riverside.say("After this morning's planning chat: the budget session stays put, the leisure strategy stays "
                          "too, but the cemetery one has to go to February because the survey slipped. Can you sort it?")
    assert "Cemetery Provision Review" in reply.text and "Leisure" not in reply.text, reply.text  # made or offered
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2025-12-02", reply.text
    assert riverside.meeting_of("Budget Scrutiny Session 1") == "2025-12-02", reply.text


def test_a_note_asking_for_something_is_that_request(riverside):
    reply = riverside.say("can we add a note to the parking item asking for the enforcement figures by ward? members "
                          "will want them")
    assert "enforcement figures by ward" in riverside.item("Parking Enforcement Contract").notes, reply.text


def test_a_quoted_title_is_the_new_items_title(riverside):
    reply = riverside.say("bung a future item on the fwp for 'Public Toilets Opening Hours', date tbc")
    assert riverside.meeting_of("Public Toilets Opening Hours") == "future", reply.text




def test_make_that_someone_else_puts_the_person_right_not_the_request(riverside):
    reply = riverside.say("add Dev as a co-author on the parking contract - actually no, make that Jo Marsh, it's her "
                          "data that needs explaining")
    assert riverside.item("Parking Enforcement Contract").leads == ("Aisha Begum", "Jo Marsh"), reply.text


@pytest.mark.parametrize("text, title", [
    # "an item on that" is about what was said before
    ("Following the petition I'd like us to look at noise from the night-time economy. Could we add an item on that "
     "to the March meeting?", "Noise from the night-time economy"),
    # the date said with "instead" is where it goes
    ("Given the burial figures aren't out until January, there's no sense taking the cemetery review in December. "
     "Let's have it in March instead.", "Cemetery Provision Review"),
], ids=["an item on that", "instead"])
def test_the_item_meant_after_a_story_goes_to_march(riverside, text, title):
    reply = riverside.say(text)
    assert riverside.meeting_of(title) == "2026-03-03", reply.text


def test_give_it_to_someone_after_a_story_about_another_is_a_new_lead(riverside):
    reply = riverside.say("Aisha is off to the housing team in January, so the parking contract will need someone new. "
                          "Can we give it to Dev please.")
    assert riverside.item("Parking Enforcement Contract").leads == ("Dev Patel",), reply.text
    assert riverside.meeting_of("Parking Enforcement Contract") == "2026-03-03", reply.text


def test_a_meetings_deadline_said_as_a_statement_is_set(riverside):
    reply = riverside.say("report deadline for the february meeting is friday 23rd")
    assert "Friday 23 January 2026" in reply.text and reply.changes, reply.text


def test_the_meeting_with_an_item_on_it_is_that_meeting(riverside):
    reply = riverside.say("the meeting with the DoLS report on it - what else is on?")
    assert "Libraries Strategy" in reply.text and "Budget Scrutiny Session 2" in reply.text, reply.text


def test_a_change_asked_after_a_question_is_made(riverside):
    reply = riverside.say("what's the latest on the hate crime figures action? and can you set its position to "
                          "'police data received'")
    assert "police data received" in _matter(riverside, "Hate crime figures by ward").position, reply.text
