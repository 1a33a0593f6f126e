"""Requests people write around: a reason first, 'Tuesday week' said on a Tuesday, 'are all the papers in', what's late."""
from __future__ import annotations

from datetime import UTC, datetime

from bot.language.titles import rank_titles
from bot.language.vocabulary import tokens

_TUESDAY = datetime(2025, 11, 25, 10, tzinfo=UTC)  # a Tuesday, a week before the 2 December meeting


def test_whats_overdue_names_actions_past_their_due_date_too(riverside):
    after = datetime(2025, 12, 10, 10, tzinfo=UTC)  # the tree survey note was due back on 2 December
    assert "Tree survey briefing note" in riverside.say("anything overdue?", now=after).text
    assert "Tree survey briefing note" not in riverside.say("which reports are late?", now=after).text


def test_a_weekday_week_said_on_that_weekday_is_a_week_today(riverside):
    reply = riverside.say("what's on tuesday week?", now=_TUESDAY)
    assert "Cemetery Provision Review" in reply.text, reply.text


def test_a_weekday_fortnight_is_two_weeks_on_from_the_coming_one(riverside):
    monday = datetime(2025, 11, 17, 10, tzinfo=UTC)
    reply = riverside.say("whats on tuesday fortnight", now=monday)
    assert "Cemetery Provision Review" in reply.text, reply.text


def test_the_following_meeting_for_an_item_is_the_one_after_its_own(riverside):
    reply = riverside.say("can the libraries strategy go to the following meeting")
    assert riverside.meeting_of("Libraries Strategy") == "2026-03-03", reply.text


def test_a_meeting_named_by_its_month_alone_is_moved_to_the_day_said(riverside):
    reply = riverside.say("can we shift march to Tuesday 10th, the room's double booked")
    days = {m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)}
    assert "2026-03-10" in days and "2026-03-03" not in days, reply.text


def test_are_all_the_papers_in_names_the_ones_still_to_come(riverside):
    riverside.say("Aisha's cemetery report is in")
    reply = riverside.say("have all the papers come in for december?")
    assert "Leisure Strategy 2026-2030" in reply.text and "Budget Scrutiny Session 1" in reply.text, reply.text


def test_the_full_programme_is_the_whole_of_it_whatever_month_is_mentioned(riverside):
    reply = riverside.say("could I have the full work programme please? want to read it before the february meeting",
                          who="Cllr Pete Nolan")
    assert "Parking Enforcement Contract" in reply.text and "Cemetery Provision Review" in reply.text, reply.text


def test_a_reason_said_first_does_not_hold_back_the_request_after_it(riverside):
    reply = riverside.say("given the library consultation still isn't finished, can we push the libraries strategy "
                          "to march", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Libraries Strategy") == "2026-03-03", reply.text


def test_please_withdraw_with_a_doubt_after_it_is_still_asked_for(riverside):
    reply = riverside.say("Please withdraw the allotments waiting lists, I don't think it's a priority",
                          who="Cllr Maria Lopez")
    assert riverside.item("Allotments Waiting Lists").status == "withdrawn", reply.text


def test_an_action_for_a_first_name_the_scrutiny_officer_shares_with_a_councillor_asks_which(riverside):
    riverside.store.add_person("Cllr Ruth Adams", role="member", panel_id=riverside.panel.id)
    before = riverside.store.matters(riverside.panel.id)
    reply = riverside.say("add an action for Ruth to get a quote from the printers", who="Cllr Maria Lopez")
    assert "Which Ruth" in reply.text and riverside.store.matters(riverside.panel.id) == before, reply.text


def test_a_new_title_that_shares_the_items_words_is_still_the_new_title(riverside):
    reply = riverside.say("can the allotments item just be called *Allotments Waiting List Review* pls")
    assert riverside.item("Allotments Waiting List Review").leads == ("Jo Marsh",), reply.text


def test_two_initials_across_an_abbreviation_name_no_title():
    titles = {1: "School Games and PE Premium"}
    assert not rank_titles(tokens("sorry it's late - GP data took forever"), titles, set())


def test_an_existing_item_put_on_a_months_agenda_is_moved_there(riverside):
    reply = riverside.say("put the allotments waiting lists on the march agenda")
    assert riverside.meeting_of("Allotments Waiting Lists") == "2026-03-03", reply.text


def test_id_like_someone_to_take_on_an_item_makes_them_its_lead(riverside):
    reply = riverside.say("I'd like Jo Marsh to take on the parking enforcement item, please.")
    assert riverside.item("Parking Enforcement Contract").leads == ("Jo Marsh",), reply.text


def test_who_is_on_the_committee_lists_the_members(riverside):
    reply = riverside.say("which councillors are on the committee")
    assert "Cllr Pete Nolan" in reply.text and "Cllr Maria Lopez" in reply.text, reply.text


def test_a_quoted_title_bunged_on_future_items_is_added(riverside):
    reply = riverside.say("bung 'Market Hall Lettings' on future items pls")
    assert riverside.meeting_of("Market Hall Lettings") == "future", reply.text


def test_unallocated_items_are_those_with_no_lead(riverside):
    reply = riverside.say("unallocated items?")
    assert "Street Lighting LED Replacement" in reply.text and "Allotments Waiting Lists" not in reply.text, reply.text


def test_the_som_is_the_schedule_of_outstanding_matters(riverside):
    reply = riverside.say("can you post the SOM please")
    assert "Tree survey briefing note" in reply.text and "Hate crime figures by ward" in reply.text, reply.text


def test_everyday_words_said_together_name_the_one_title_holding_them(riverside):
    riverside.say("add Safeguarding Board Annual Review to the March meeting, lead Aisha Begum")
    reply = riverside.say("can Dev Patel go on the annual review as well please")
    assert "Dev Patel" in riverside.item("Safeguarding Board Annual Review").leads, reply.text


def test_a_deadline_for_a_month_to_a_day_names_that_months_meeting(riverside):
    reply = riverside.say("set the report deadline for march to 20 February")
    assert "3 March 2026" in reply.text and "20 February 2026" in reply.text, reply.text


def test_an_action_logged_with_please_before_the_dash_keeps_its_lead(riverside):
    riverside.say("Can we log an action please - Dev Patel to circulate the library footfall figures")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "footfall" in m.subject)
    assert matter.subject.startswith("Circulate") and matter.lead == "Dev Patel", matter


def test_a_bank_hol_is_a_date_not_an_item_about_holidays(riverside):
    riverside.say("add Holiday Activities Fund to the February meeting")
    reply = riverside.say("what's the publication date for the march meeting? is there a bank hol near it")
    assert "3 March 2026" in reply.text and "Holiday Activities Fund" not in reply.text, reply.text


def test_an_item_asked_for_after_the_topic_is_titled_by_the_topic(riverside):
    reply = riverside.say("After the floods I think we need to look at gully cleaning on the Meadows estate - can we "
                          "have an item at the March meeting?", who="Cllr Maria Lopez")
    assert riverside.meeting_of("Gully cleaning on the Meadows estate") == "2026-03-03", reply.text


def test_whats_in_for_a_meeting_is_which_reports_have_come(riverside):
    reply = riverside.say("what's in for the december meeting")
    assert "Nothing is in yet for the 2 December 2025 meeting" in reply.text, reply.text


def test_the_first_meeting_of_the_new_year_is_the_first_after_new_years_day(riverside):
    reply = riverside.say("what's coming to the first meeting of the new year?")
    assert "Libraries Strategy" in reply.text and "Cemetery Provision Review" not in reply.text, reply.text


def test_standing_items_are_asked_for_whatever_title_says_stand(riverside):
    riverside.say("add Grandstand Refurbishment - Heritage Stand to the March meeting")
    reply = riverside.say("standing items?")
    assert "standing items" in reply.text and "Grandstand" not in reply.text, reply.text


def test_a_lettered_phase_tells_its_item_from_the_next_phase(riverside):
    riverside.say("add Garden Village Masterplan - Phase B Infrastructure to the March meeting")
    riverside.say("add Garden Village Masterplan - Phase C Community Facilities to the March meeting")
    reply = riverside.say("add a note to phase B - highways modelling still outstanding")
    assert "highways modelling" in riverside.item("Garden Village Masterplan - Phase B Infrastructure").notes, reply.text


def test_anything_on_my_list_gives_my_reports_and_my_actions(riverside):
    reply = riverside.say("anything on my list?", who="Dev Patel")
    assert "Tree survey briefing note" in reply.text and "Libraries Strategy" in reply.text, reply.text


def test_the_one_that_comes_after_a_month_is_the_next_meeting_after_it(riverside):
    reply = riverside.say("whats the agenda for the one that comes after february")
    assert "Parking Enforcement Contract" in reply.text and "Libraries Strategy" not in reply.text, reply.text


def test_a_change_doubted_as_a_question_is_answered_and_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("we're not moving the libraries strategy are we?", who="Cllr Maria Lopez")
    assert "3 February 2026" in reply.text and riverside.snapshot() == before, reply.text


def test_news_on_an_action_that_mentions_a_survey_closing_is_its_position(riverside):
    reply = riverside.say("tree survey action - 40 responses so far, closes 30th")
    matter = next(m for m in riverside.store.matters(riverside.panel.id, status=None) if m.subject.startswith("Tree"))
    assert matter.status == "open" and "40 responses" in matter.position, reply.text


def test_undo_my_last_one_takes_back_the_last_change(riverside):
    riverside.say("move the libraries strategy to march")
    reply = riverside.say("actually undo my last one")
    assert riverside.meeting_of("Libraries Strategy") == "2026-02-03", reply.text


def test_a_month_named_alone_is_its_meeting_pushed_back(riverside):
    reply = riverside.say("push february back a fortnight, it clashes with the budget session")
    days = {m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)}
    assert "2026-02-17" in days and "2026-02-03" not in days, reply.text


def test_after_names_no_title_that_begins_with_it(riverside):
    riverside.say("add Aftercare for Care Leavers to the March meeting")
    reply = riverside.say("when's the one after next")
    assert "3 February 2026" in reply.text and "Aftercare" not in reply.text, reply.text


def test_who_is_someone_gives_their_role_and_what_they_lead(riverside):
    reply = riverside.say("who is Aisha Begum? she's emailed me about the cemetery review")
    assert "report author" in reply.text and "Cemetery Provision Review" in reply.text, reply.text


def test_the_actions_log_is_the_schedule_not_an_item_named_after_it(riverside):
    riverside.say("add Work Programme and Actions Log to the March meeting")
    reply = riverside.say("show me the actions log")
    assert "Tree survey briefing note" in reply.text, reply.text


def test_an_item_someone_asked_for_is_titled_by_its_topic(riverside):
    riverside.say("Maria's asked for a dog fouling on footpaths item - can you add it to future items")
    assert riverside.meeting_of("Dog fouling on footpaths") == "future"


def test_a_thing_taken_back_after_an_ellipsis_is_replaced_by_the_next(riverside):
    reply = riverside.say("can you mark the cemetery... no, the leisure strategy as submitted, Dev sent it early")
    assert riverside.item("Leisure Strategy 2026-2030").status == "submitted", reply.text
    assert riverside.item("Cemetery Provision Review").status != "submitted", reply.text


def test_a_word_said_without_its_hyphen_finds_the_title(riverside):
    riverside.say("add Public Wi-Fi in Parks to the March meeting")
    assert "Public Wi-Fi in Parks" in riverside.say("anything on wifi").text


def test_give_it_to_someone_after_the_lead_is_off_is_a_new_lead(riverside):
    reply = riverside.say("parking enforcement - Aisha's off long term, give it to Dev Patel for now")
    assert riverside.item("Parking Enforcement Contract").leads == ("Dev Patel",), reply.text
