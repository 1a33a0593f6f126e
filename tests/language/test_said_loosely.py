"""Requests said the loose way people type them: a month before a colon, a topic inside a sentence, initials."""
from __future__ import annotations

from datetime import UTC, datetime


def test_a_new_item_with_its_month_before_the_colon_goes_to_that_meeting(riverside):
    reply = riverside.say("new item feb: Community Transport Grants, lead Aisha")
    item = riverside.titles()["Community Transport Grants"]
    assert str(item.meeting_date) == "2026-02-03" and item.leads == ("Aisha Begum",), reply.text


def test_a_new_item_after_a_colon_that_says_only_where_it_goes(riverside):
    reply = riverside.say("add to future items: Dog Fouling Enforcement")
    item = riverside.titles().get("Dog Fouling Enforcement")
    assert item is not None and item.meeting_id is None, reply.text


def test_a_new_item_asked_for_inside_a_sentence_is_titled_by_its_topic(riverside):
    reply = riverside.say("Following the flooding in Ashby, I'd like a future item on Surface Water Drainage - no date "
                          "yet. Thanks, Maria", who="Cllr Maria Lopez")
    assert "Added “Surface Water Drainage” to possible future items" in reply.text


def test_initials_written_in_mixed_case_name_the_title(riverside):
    riverside.say("add Memorandum of Understanding with the ICB to the March meeting")
    reply = riverside.say("move the MoU to feb")
    assert riverside.titles()["Memorandum of Understanding with the ICB"].meeting_date.isoformat() == "2026-02-03", \
        reply.text


def test_words_spelt_out_find_a_title_that_has_their_initials(riverside):
    riverside.say("add FOI Response Times to the March meeting")
    reply = riverside.say("anything on freedom of information?")
    assert "FOI Response Times" in reply.text


def test_a_correction_said_before_the_request_is_not_part_of_it(riverside):
    reply = riverside.say("sorry, correction to what I said earlier - the libraries strategy is going to March not Feb")
    assert riverside.titles()["Libraries Strategy"].meeting_date.isoformat() == "2026-03-03", reply.text


def test_the_latest_on_a_named_action_is_the_action_not_an_item_sharing_words(riverside):
    riverside.say("add Hate Crime Strategy to the March meeting")
    reply = riverside.say("what's the latest on the hate crime figures by ward action")
    assert "Hate crime figures by ward" in reply.text and "Hate Crime Strategy" not in reply.text


def test_when_an_agenda_went_out_for_a_month_still_to_come(riverside):
    reply = riverside.say("when did the december agenda go out?")
    assert "Tuesday 2 December 2025" in reply.text and "agenda is published" in reply.text


def test_reports_to_chase_on_the_day_papers_go_out_are_the_next_meetings(riverside):
    reply = riverside.say("papers go out today and I'm short - which reports am I still waiting for?")
    assert "2 December 2025" in reply.text and "Cemetery Provision Review" in reply.text


def _harbour(riverside) -> None:
    riverside.say("add Harbour Wall Repairs - Phase 1 Survey to the Feb meeting, lead Aisha")
    riverside.say("add Harbour Wall Repairs - Phase 2 Works to the March meeting, lead Aisha")
    riverside.say("add Ferry Timetable Consultation to the Feb meeting, lead Dev")


def test_two_items_named_together_are_the_pair_that_share_a_meeting(riverside):
    _harbour(riverside)
    reply = riverside.say("move the harbour wall and ferry timetable items to the March meeting")
    titles = riverside.titles()
    assert str(titles["Harbour Wall Repairs - Phase 1 Survey"].meeting_date) == "2026-03-03", reply.text
    assert str(titles["Ferry Timetable Consultation"].meeting_date) == "2026-03-03", reply.text


def test_two_items_named_together_ask_when_either_pairing_shares_a_meeting(riverside):
    _harbour(riverside)
    riverside.say("add Ferry Timetable Consultation - Results to the March meeting, lead Dev")
    before = riverside.snapshot()
    reply = riverside.say("move the harbour wall and ferry timetable items to the April meeting")
    assert riverside.snapshot() == before and "Which item" in reply.text, reply.text


def test_a_search_in_the_plural_finds_a_title_in_the_singular(riverside):
    riverside.say("add Bin Collection Rounds to the March meeting, lead Dev")
    reply = riverside.say("anything on bins?", who="Cllr Maria Lopez")
    assert "Bin Collection Rounds" in reply.text, reply.text


def test_a_request_taken_back_for_a_statement_about_another_item_acts_on_that_one(riverside):
    reply = riverside.say("drop the parking enforcement item... actually no, the libraries strategy needs moving to "
                          "March, the consultation has overrun")
    assert str(riverside.item("Libraries Strategy").meeting_date) == "2026-03-03", reply.text
    assert riverside.item("Parking Enforcement Contract").status != "withdrawn", reply.text


def test_a_move_to_sometime_in_a_season_asks_which_of_its_meetings(riverside):
    riverside.say("add a meeting on Tuesday 16 June 2026")
    before = riverside.snapshot()
    reply = riverside.say("push the parking enforcement contract to sometime in the summer")
    assert "Which meeting?" in reply.text and "16 June 2026" in reply.text, reply.text
    assert riverside.snapshot() == before


def test_a_future_item_on_a_topic_is_titled_by_the_topic_not_by_the_words_future_item(riverside):
    reply = riverside.say("add a future item on dog fouling patrols, no date")
    assert "Dog fouling patrols" in riverside.titles(), reply.text
    assert not [t for t in riverside.titles() if t.lower().startswith(("a future", "future item"))], reply.text


def test_an_action_from_a_hyphenated_meeting_keeps_only_the_action_and_its_lead(riverside):
    reply = riverside.say("new action from this morning's pre-brief - Aisha to send the grants breakdown, due March")
    subjects = [m.subject for m in riverside.store.matters(riverside.panel.id)]
    assert "Send the grants breakdown" in subjects, reply.text
    assert "lead Aisha Begum" in reply.text, reply.text


def test_my_report_with_a_greeting_to_the_officer_marks_the_senders_own_report(riverside):
    riverside.say("add Section 106 Contributions Monitoring to the Feb meeting, lead Jo Marsh")
    reply = riverside.say("Hi Ruth, apologies for the delay over half term - my 106 paper is now with you.",
                          who="Jo Marsh")
    assert riverside.item("Section 106 Contributions Monitoring").status == "submitted", reply.text


def test_someones_paper_is_in_asks_which_of_their_reports(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Dev's paper is in")
    assert "Libraries Strategy" in reply.text and "Libraries Opening Hours Review" in reply.text, reply.text
    assert riverside.snapshot() == before


def test_a_thing_named_again_after_no_sorry_is_the_one_changed(riverside):
    reply = riverside.say("We're dropping the cemetery review... no sorry, the libraries opening hours review. Cabinet "
                          "has already decided it.")
    assert riverside.item("Libraries Opening Hours Review").status == "withdrawn", reply.text
    assert riverside.item("Cemetery Provision Review").status != "withdrawn", reply.text


def test_a_move_keeps_where_it_goes_when_the_item_is_put_right(riverside):
    reply = riverside.say("move the libraries strategy to the march meeting - no wait, the leisure strategy")
    assert str(riverside.item("Leisure Strategy 2026-2030").meeting_date) == "2026-03-03", reply.text
    assert str(riverside.item("Libraries Strategy").meeting_date) == "2026-02-03", reply.text


def test_a_new_request_about_it_after_actually_no_replaces_the_first(riverside):
    reply = riverside.say("defer the cemetery review to february. actually no, park it altogether, we'll come back to "
                          "it in the spring")
    item = riverside.item("Cemetery Provision Review")
    assert item.meeting_id is None and item.kind == "future", reply.text


def test_a_rename_takes_the_words_after_called_not_the_sentence_after_them(riverside):
    reply = riverside.say("The cemetery review should really be called Burial Space Review. Please retitle it.")
    assert "Burial Space Review" in riverside.titles(), reply.text


def test_a_rename_that_repeats_the_old_title_keeps_all_of_the_new_one(riverside):
    reply = riverside.say("The libraries strategy title is a bit thin. Please retitle it Libraries Strategy: Reading "
                          "and Digital Access")
    assert "Libraries Strategy: Reading and Digital Access" in riverside.titles(), reply.text


def test_a_rename_with_call_the_item_keeps_the_new_titles_first_word(riverside):
    reply = riverside.say("can we call the allotments item Allotments and Community Growing instead")
    assert "Allotments and Community Growing" in riverside.titles(), reply.text


def _quarters(riverside) -> None:
    riverside.say("add Performance Report - Quarter 1 to the Feb meeting, lead Aisha")
    riverside.say("add Performance Report - Quarter 2 to the March meeting, lead Aisha")


def test_q2_names_the_quarter_2_report(riverside):
    _quarters(riverside)
    reply = riverside.say("Q2 performance report is in")
    assert riverside.item("Performance Report - Quarter 2").status == "submitted", reply.text
    assert riverside.item("Performance Report - Quarter 1").status != "submitted", reply.text


def test_a_move_to_later_in_the_year_offers_the_meetings_left(riverside):
    _quarters(riverside)
    before = riverside.snapshot()
    reply = riverside.say("move the Q1 performance report to later in the year")
    assert "Which meeting?" in reply.text and "3 March 2026" in reply.text, reply.text
    assert riverside.snapshot() == before


def test_a_meeting_pushed_back_a_fortnight_moves_two_weeks(riverside):
    reply = riverside.say("push the february meeting back a fortnight")
    dates = [str(m.date) for m in riverside.store.meetings(riverside.panel.id)]
    assert "2026-02-17" in dates and "2026-02-03" not in dates, reply.text


def test_my_report_has_gone_is_the_one_already_late_when_only_one_is(riverside):
    later = datetime(2026, 1, 26, 10, tzinfo=UTC)  # the February papers are late; March's are not due yet
    reply = riverside.say("my report's gone over", who="Dev Patel", now=later)
    assert riverside.item("Libraries Strategy").status == "submitted", reply.text
    assert riverside.item("Libraries Opening Hours Review").status != "submitted", reply.text


def test_a_move_to_the_end_of_a_month_whose_meeting_is_early_asks_which(riverside):
    before = riverside.snapshot()
    reply = riverside.say("move the cemetery review to the end of february")  # the February meeting is on the 3rd
    assert "Which meeting?" in reply.text and "3 February 2026" in reply.text and "3 March 2026" in reply.text, \
        reply.text
    assert riverside.snapshot() == before
    reply = riverside.say("move the cemetery review to early february")
    assert str(riverside.item("Cemetery Provision Review").meeting_date) == "2026-02-03", reply.text


def test_a_service_named_by_its_number_is_found_among_many_words(riverside):
    riverside.say("add 101 Non-Emergency Calls to the Feb meeting, lead Aisha")
    reply = riverside.say("we're parking the 101 report till the march meeting - the new phone system goes live then")
    assert str(riverside.item("101 Non-Emergency Calls").meeting_date) == "2026-03-03", reply.text


def test_an_item_put_back_to_future_in_quotes_goes_to_the_future_list(riverside):
    reply = riverside.say("put the parking enforcement contract back to 'future', the budget isn't set")
    assert riverside.item("Parking Enforcement Contract").meeting_id is None, reply.text


def test_my_report_named_by_its_initials_is_marked_sent(riverside):
    riverside.say("add Night-Time Economy Action Plan to the Feb meeting, lead Dev Patel")
    reply = riverside.say("my NTE report's gone to dem services, early for once 😅", who="Dev Patel")
    assert riverside.item("Night-Time Economy Action Plan").status == "submitted", reply.text


def test_the_month_and_sub_committee_name_the_meeting_not_the_work_programme_item(riverside):
    riverside.say("add Sub-Committee Work Programme as a future item")
    reply = riverside.say("push the feb sub-committee back a week")
    dates = [str(m.date) for m in riverside.store.meetings(riverside.panel.id)]
    assert "2026-02-10" in dates and riverside.item("Sub-Committee Work Programme").meeting_id is None, reply.text
    reply = riverside.say("when's the next sub-committee")
    assert "2 December 2025" in reply.text, reply.text


def test_a_month_shortened_to_three_letters_names_that_meeting(riverside):
    reply = riverside.say("is feb confirmed or still pencilled in", who="Cllr Maria Lopez")
    assert "3 February 2026" in reply.text, reply.text


def test_so_far_is_not_the_start_of_a_title_word(riverside):
    riverside.say("add Solar Farms and Grade 1 Land as a future item")
    reply = riverside.say("what have we received so far for the next meeting", who="Cllr Maria Lopez")
    assert "Solar Farms" not in reply.text, reply.text


def test_a_withdrawn_item_asked_about_is_not_answered_with_an_action_that_shares_its_words(riverside):
    riverside.say("add Hate Crime Reporting Review to the Feb meeting, lead Aisha")
    riverside.say("withdraw the hate crime reporting review")
    reply = riverside.say("is the hate crime review still going to next month's meeting?", who="Cllr Maria Lopez")
    assert "Hate Crime Reporting Review" in reply.text and "withdrawn" in reply.text, reply.text


def test_who_else_is_still_to_send_lists_the_others_not_the_one_named(riverside):
    riverside.say("the DoLS report is in")
    reply = riverside.say("the liberty safeguards report is already in so nothing to chase there - who else is still "
                          "to send for February?", who="Ruth Osei")
    assert "Budget Scrutiny Session 2" in reply.text and "Libraries Strategy" in reply.text, reply.text


def test_news_after_a_dash_that_mentions_a_date_is_kept_as_the_position_beside_the_new_date(riverside):
    reply = riverside.say("update on the hate crime figures action - Home Office figures due in March")
    action = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject == "Hate crime figures by ward")
    assert action.position == "Home Office figures due in March" and str(action.due) == "2026-03-03", reply.text


def test_the_publication_date_of_a_meeting_named_by_month_and_topic(riverside):
    reply = riverside.say("agenda pub date for the feb budget meeting?", who="Cllr Maria Lopez")
    assert "3 February 2026" in reply.text and "published" in reply.text, reply.text


def test_a_report_sent_said_among_a_greeting_and_an_apology_is_the_authors_one_named(riverside):
    reply = riverside.say("Morning Ruth, apologies for the delay on this one. The session 2 paper has now gone over to "
                          "you with the fees appendix. Jo", who="Jo Clarke")
    assert riverside.item("Budget Scrutiny Session 2").status == "submitted", reply.text
    assert riverside.item("Budget Scrutiny Session 1").status != "submitted", reply.text


def test_the_new_lead_is_the_person_in_the_sentence_that_names_the_item(riverside):
    reply = riverside.say("Aisha's moving over to the housing team next month. Can Dev take the parking enforcement "
                          "contract?")
    assert riverside.item("Parking Enforcement Contract").leads == ("Dev Patel",), reply.text


def test_a_double_barrelled_surname_tells_two_people_with_one_first_name_apart(riverside):
    for text in ("add Noise Nuisance Review to the March meeting, lead Owen Pryce-Jones",
                 "add Taxi Licensing Review to the Feb meeting, lead Owen Mallory"):
        riverside.say(text)
        riverside.say("yes")
    reply = riverside.say("what is Owen Pryce-Jones presenting?", who="Cllr Maria Lopez")
    assert "Noise Nuisance Review" in reply.text and "Taxi Licensing" not in reply.text, reply.text


def test_my_report_due_answers_for_each_of_my_reports_the_words_fit(riverside):
    reply = riverside.say("when's my budget session report due", who="Jo Clarke")
    assert "Budget Scrutiny Session 1" in reply.text and "Budget Scrutiny Session 2" in reply.text, reply.text
    assert "Which" not in reply.text, reply.text


def test_initials_that_keep_the_and_name_the_title(riverside):
    riverside.say("add Speech and Language Therapy Waiting Lists to the March meeting, lead Aisha")
    reply = riverside.say("when's the deadline for the SALT report", who="Cllr Maria Lopez")
    assert "Speech and Language Therapy Waiting Lists" in reply.text, reply.text


def test_when_my_report_for_a_month_is_due_names_my_report_there(riverside):
    reply = riverside.say("when does my february report need to be in", who="Jo Marsh")
    assert "3 February 2026" in reply.text and "Deprivation of Liberty Safeguards" in reply.text, reply.text


def test_a_report_in_for_a_meeting_named_by_its_date_is_the_one_at_that_meeting(riverside):
    reply = riverside.say("Jo's budget scrutiny paper for the 3rd of Feb has landed 👍")
    assert riverside.item("Budget Scrutiny Session 2").status == "submitted", reply.text
    assert riverside.item("Budget Scrutiny Session 1").status != "submitted", reply.text


def test_rcvd_is_received(riverside):
    reply = riverside.say("libraries strategy rcvd ✅")
    assert riverside.item("Libraries Strategy").status == "submitted", reply.text


def test_an_authors_name_is_cut_only_where_it_says_whose_report(riverside):
    riverside.say("add Marsh Lane Flood Defences to the Feb meeting, lead Jo Marsh")
    reply = riverside.say("Jo Marsh's marsh lane flood paper is in")
    assert riverside.item("Marsh Lane Flood Defences").status == "submitted", reply.text
    assert riverside.item("Deprivation of Liberty Safeguards (DoLS) Annual Report").status != "submitted", reply.text
