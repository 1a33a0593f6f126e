"""Requests said plainly but shaped unlike our first examples: a date in the item's own clause, a bold title, a
month's item, 'the meeting before Christmas', 'no date yet', a request taken back, a pronoun pointing back."""
from __future__ import annotations

from datetime import UTC, datetime


def _matters(riverside) -> list:
    return riverside.store.matters(riverside.panel.id)


def test_the_date_in_the_items_own_clause_wins_over_one_in_the_reason(riverside):
    reply = riverside.say("with the consultation running late this year, I think we'd be better taking the libraries "
                          "strategy in March rather than February. Could we move it over please?", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Libraries Strategy") == "2026-03-03", reply.text


def test_a_report_whose_title_says_to_somewhere_is_not_cut_as_where_it_was_sent(riverside):
    for phase in ("2", "3"):
        riverside.say(f"add Migration to Cloud Hosting - Phase {phase} to the March meeting, lead Dev Patel")
    reply = riverside.say("phase 2 report's gone to Ruth", who="Dev Patel")
    titles = riverside.titles(withdrawn=True)
    assert titles["Migration to Cloud Hosting - Phase 2"].status == "submitted", reply.text
    assert titles["Migration to Cloud Hosting - Phase 3"].status != "submitted", reply.text


def test_an_action_for_a_named_person_before_a_colon_is_theirs(riverside):
    reply = riverside.say("following the library debate can we log an action for Dev Patel: *footfall figures by "
                          "branch*, back in march", who="Cllr Maria Lopez")
    matter = next(m for m in _matters(riverside) if "footfall" in m.subject.lower())
    assert matter.lead == "Dev Patel", reply.text


def test_a_months_item_on_a_topic_goes_to_that_months_meeting_under_the_topic(riverside):
    reply = riverside.say("add a march item on school streets")
    assert riverside.meeting_of("School streets") == "2026-03-03", reply.text
    assert not any(t.lower().startswith("a march") for t in riverside.titles(withdrawn=True)), reply.text


def test_a_title_wanted_on_an_agenda_after_a_reason_is_added_under_its_own_words(riverside):
    reply = riverside.say("Given the residents' petition last week I'd like *Street Lighting Columns Survey* on the "
                          "March agenda please. Thanks all", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Street Lighting Columns Survey") == "2026-03-03", reply.text
    assert riverside.meeting_of("Street Lighting LED Replacement") == "future", reply.text


def test_a_new_title_keeps_its_closing_bracket(riverside):
    reply = riverside.say("rename the cemetery item to Cemetery Provision Review (North)")
    assert "Cemetery Provision Review (North)" in riverside.titles(withdrawn=True), reply.text


def test_which_reports_are_in_names_those_in_early_for_later_meetings(riverside):
    riverside.say("Aisha's parking enforcement report is in")
    reply = riverside.say("which reports are in?")
    assert "Parking Enforcement Contract" in reply.text and "early" in reply.text, reply.text


def test_a_greeting_saying_all_does_not_turn_which_are_in_into_what_is_missing(riverside):
    riverside.say("Aisha's cemetery report is in")
    reply = riverside.say("Hope all's well! Which reports have come in for December so far?")
    assert "Cemetery Provision Review" in reply.text and "Leisure Strategy" not in reply.text, reply.text


def test_whats_due_back_at_the_one_after_a_month_is_counted_to_that_meeting(riverside):
    reply = riverside.say("what's due back at the one after december")
    assert "3 February" in reply.text and "Hate crime figures by ward" in reply.text, reply.text


def test_the_meeting_before_christmas_is_the_last_one_before_it(riverside):
    reply = riverside.say("can the libraries strategy go to the meeting before christmas", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Libraries Strategy") == "2025-12-02", reply.text


def test_a_quick_one_before_something_else_names_no_meeting(riverside):
    reply = riverside.say("quick one before I head into a governors' meeting - what's coming to the March meeting?")
    assert "Parking Enforcement Contract" in reply.text, reply.text


def test_a_weekdays_agenda_asked_in_the_past_tense_is_the_coming_meetings(riverside):
    friday = datetime(2025, 11, 28, 10, tzinfo=UTC)  # the 2 December meeting is on the coming Tuesday
    reply = riverside.say("when was tuesday's agenda due out?", now=friday)
    assert "24 November" in reply.text, reply.text


def test_no_date_yet_keeps_a_topic_wanted_some_time_off_every_meeting(riverside):
    reply = riverside.say("I think we should look at the pool car scheme at some point next year, no date yet",
                          who="Cllr Maria Lopez")
    assert riverside.meeting_of("The pool car scheme") == "future", reply.text


def test_pushed_back_to_a_future_date_is_off_the_meetings(riverside):
    reply = riverside.say("can we push session 2 back to a future date", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Budget Scrutiny Session 2") == "future", reply.text


def test_what_happened_to_a_withdrawn_item_named_by_two_of_its_words(riverside):
    riverside.say("add Depot Noise Complaints (Sowerby Lane) to the March meeting")
    riverside.say("withdraw Depot Noise Complaints (Sowerby Lane)")
    riverside.say("add an action: Member depot visit, lead Dev Patel")
    reply = riverside.say("what happened to the depot noise item? thought that was in march")
    assert "withdrawn" in reply.text and "Depot Noise Complaints" in reply.text, reply.text


def test_an_items_initials_said_beside_a_reason_naming_another_item(riverside):
    riverside.say("add Anti-Social Behaviour in Parks to the March meeting")
    reply = riverside.say("given the contract isn't signed yet can we park the ASB item, no date", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Anti-Social Behaviour in Parks") == "future", reply.text
    assert riverside.meeting_of("Parking Enforcement Contract") == "2026-03-03", reply.text


def test_an_actions_news_after_a_shorthand_label_and_a_colon(riverside):
    reply = riverside.say("SOM update: tree survey - draft shared with members, final version due next month")
    matter = next(m for m in _matters(riverside) if m.subject.startswith("Tree"))
    assert "draft shared" in matter.position, reply.text


def test_a_pronoun_points_back_to_the_words_said_first(riverside):
    riverside.say("add Scams Awareness and Call Blocker Scheme to the March meeting")
    reply = riverside.say("*Scams* - is that on the list anywhere? got a resident asking", who="Cllr Pete Nolan")
    assert "Scams Awareness and Call Blocker Scheme" in reply.text, reply.text


def test_a_topic_searched_for_stops_at_the_end_of_its_question(riverside):
    reply = riverside.say("is there anything about the libraries? a tree survey question keeps coming up",
                          who="Cllr Pete Nolan")
    assert "Libraries Strategy" in reply.text and "Tree survey" not in reply.text, reply.text


def test_a_request_taken_back_in_the_same_message_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("add DoLS report to march, lead Jo Marsh. actually no - leave it for now, I'll check with the "
                          "chair first", who="Cllr Maria Lopez")
    assert riverside.snapshot() == before and "Reply with" not in reply.text, reply.text


def test_a_report_deadline_for_a_month_is_that_months_meeting(riverside):
    reply = riverside.say("report deadline for february is fri 16 jan")
    meeting = next(m for m in riverside.store.meetings(riverside.panel.id) if m.date.isoformat() == "2026-02-03")
    assert meeting.report_deadline is not None and meeting.report_deadline.date().isoformat() == "2026-01-16", reply.text


def test_an_item_named_in_a_reason_first_is_not_the_one_moved(riverside):
    reply = riverside.say("since the budget session 2 is now in march, push the DoLS report to march too",
                          who="Cllr Maria Lopez")
    assert riverside.meeting_of("Budget Scrutiny Session 2") == "2026-02-03", reply.text
    assert riverside.meeting_of("Deprivation of Liberty Safeguards (DoLS) Annual Report") == "2026-03-03", reply.text


def test_the_item_after_a_reason_is_the_one_asked_about(riverside):
    reply = riverside.say("given the libraries strategy has slipped, can we move the opening hours review to february",
                          who="Cllr Maria Lopez")
    assert "Libraries Opening Hours Review" in reply.text and riverside.meeting_of("Libraries Strategy") == \
        "2026-02-03", reply.text


def test_a_title_with_a_colon_in_it_is_kept_whole(riverside):
    reply = riverside.say("add Youth Justice Plan 2031-32: First Draft to the February meeting")
    assert riverside.meeting_of("Youth Justice Plan 2031-32: First Draft") == "2026-02-03", reply.text
    assert "First Draft" not in riverside.titles(withdrawn=True), reply.text
