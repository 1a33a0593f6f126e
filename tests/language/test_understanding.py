"""Messages as people type them, to a programme the parser was never tuned on: a reply or a stored change out."""
from datetime import UTC, date, datetime

import pytest

OFFICER, CHAIR, AISHA, DEV, MEMBER = "Ruth Osei", "Cllr Maria Lopez", "Aisha Begum", "Dev Patel", "Cllr Pete Nolan"

QUESTIONS = [
    ("whats due nxt meting", MEMBER, ["Cemetery Provision Review", "Leisure Strategy 2026-2030"]),
    ("whens the DoLS report due", MEMBER, ["Deprivation of Liberty Safeguards"]),
    ("anything on cemeteries", MEMBER, ["Cemetery Provision Review"]),
    ("what's Aisha got", OFFICER, ["Cemetery Provision Review", "Parking Enforcement Contract"]),
    ("anything for Dev?", OFFICER, ["Leisure Strategy 2026-2030", "Libraries Strategy"]),
    ("<@U0PATEL> what have you got on?", OFFICER, ["Leisure Strategy 2026-2030"]),
    ("outstanding", MEMBER, ["Tree survey briefing note", "Hate crime figures by ward"]),
    ("what's outstanding for Dev", OFFICER, ["Tree survey briefing note"]),
    ("what's on in feb?", MEMBER, ["Budget Scrutiny Session 2", "Libraries Strategy"]),
    ("who's presentng the libraries opening hours thing", MEMBER, ["Dev Patel"]),
    ("is street lighting on the programme?", MEMBER, ["Street Lighting LED Replacement"]),
    ("feb agnda?", MEMBER, ["Budget Scrutiny Session 2", "Libraries Strategy"]),
    ("whats on the march commitee agenda", MEMBER, ["Parking Enforcement Contract"]),
    ("who is presentng at the febuary meeting", MEMBER, ["Jo Marsh", "Dev Patel"]),
    ("Hi all, back from a week in Porto and wading through emails 😅 Before I drown - what's actually coming to the "
     "next panel? Pete", MEMBER, ["Cemetery Provision Review", "Budget Scrutiny Session 1"]),
    ("back from leave and wading through a mountain of emails\nWhat's coming to the next panel?", MEMBER,
     ["Cemetery Provision Review", "Budget Scrutiny Session 1"]),
]


@pytest.mark.parametrize("text,who,wanted", QUESTIONS)
def test_questions(riverside, text, who, wanted):
    before = riverside.snapshot()
    reply = riverside.say(text, who)
    for fragment in wanted:
        assert fragment in reply.text, reply.text
    assert riverside.snapshot() == before


def test_a_named_items_own_deadline_not_the_next_meetings(riverside):
    reply = riverside.say("deadline for the DoLS report?", AISHA).text
    assert "Deprivation of Liberty Safeguards" in reply
    assert "3 February 2026" in reply or "February" in reply


def test_a_statement_cancels_the_meeting_it_names(riverside):
    reply = riverside.say("the 3 March meeting is off", CHAIR)
    assert "Cancelled" in reply.text
    assert riverside.store.meeting_on(riverside.panel.id, date(2026, 3, 3)).status == "cancelled"


def test_feb_meeting_moved_to_the_24th_is_february_24th(riverside):
    riverside.say("Feb meeting has moved to the 24th", CHAIR)
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 2, 24)


def test_aisha_to_lead_on_the_cemeteries_review(riverside):
    riverside.say("Dev to lead on the cemeteries review", CHAIR)
    assert riverside.item("Cemetery Provision Review").leads == ("Dev Patel",)


def test_an_author_saying_their_paper_is_in(riverside):
    reply = riverside.say("leisure strategy report sent to Ruth this morning 👍", DEV)
    assert riverside.item("Leisure Strategy 2026-2030").status == "submitted", reply.text


def test_closing_an_action_by_saying_it_happened(riverside):
    riverside.say("the tree survey briefing has gone round so close that one", OFFICER)
    matter = next(m for m in riverside.store.matters(riverside.panel.id, status=None) if m.subject.startswith("Tree"))
    assert matter.status == "closed"


def test_park_an_item_till_summer_makes_it_a_possible_future_item(riverside):
    riverside.say("park the parking enforcement item till summer", CHAIR)
    item = riverside.item("Parking Enforcement Contract")
    assert item.meeting_id is None and "Summer" in item.window


def test_two_items_fit_the_words_so_it_asks_and_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("we're dropping the libraries item", CHAIR)
    assert reply.ask is not None
    assert "Libraries Strategy" in reply.text and "Libraries Opening Hours Review" in reply.text
    assert riverside.snapshot() == before
    riverside.say("2", CHAIR)
    assert riverside.item("Libraries Opening Hours Review").status == "withdrawn"
    assert riverside.item("Libraries Strategy").status != "withdrawn"


def test_numbers_are_distinctive(riverside):
    riverside.say("move budget scrutiny session 2 to the March meeting", CHAIR)
    assert riverside.item("Budget Scrutiny Session 2").meeting_date == date(2026, 3, 3)
    assert riverside.item("Budget Scrutiny Session 1").meeting_date == date(2025, 12, 2)


def test_a_shared_first_name_is_asked_about(riverside):
    before = riverside.snapshot()
    reply = riverside.say("add an action for Jo to send round the allotment survey results", OFFICER)
    assert reply.ask is not None and "Jo Clarke" in reply.text and "Jo Marsh" in reply.text
    assert riverside.snapshot() == before


def test_moving_without_a_meeting_asks_which(riverside):
    before = riverside.snapshot()
    reply = riverside.say("can we move the leisure strategy?", CHAIR)
    assert reply.ask is not None and "Which meeting" in reply.text
    assert riverside.snapshot() == before


def test_deferring_an_unscheduled_item_asks_which_meeting(riverside):
    before = riverside.snapshot()
    reply = riverside.say("defer the allotments waiting lists item", CHAIR)
    assert reply.ask is not None
    assert riverside.snapshot() == before


def test_members_are_refused_and_nothing_changes(riverside):
    before = riverside.snapshot()
    reply = riverside.say("take the libraries opening hours review off the programme", MEMBER)
    assert "Only the chair" in reply.text
    assert riverside.snapshot() == before


def test_a_single_generic_word_is_never_made_an_item(riverside):
    before = riverside.snapshot()
    riverside.say("add item", CHAIR)
    riverside.say("add Report to the next meeting", CHAIR)
    assert riverside.snapshot()[0].keys() == before[0].keys()


def test_an_action_keeps_the_users_words(riverside):
    riverside.say("add an action: update on hate crime figures in the town centre, lead Aisha", OFFICER)
    subjects = [m.subject for m in riverside.store.matters(riverside.panel.id)]
    assert "Update on hate crime figures in the town centre" in subjects


def test_an_answer_that_is_not_a_choice_keeps_the_question(riverside):
    riverside.say("we're dropping the libraries item", CHAIR)
    reply = riverside.say("7", CHAIR)
    assert "isn't one of the choices" in reply.text and reply.ask is not None
    riverside.say("1", CHAIR)
    assert riverside.item("Libraries Strategy").status == "withdrawn"


def test_a_near_duplicate_title_asks_existing_or_new(riverside):
    before = riverside.snapshot()
    reply = riverside.say("put street lighting on the March agenda", CHAIR)
    assert reply.ask is not None and "Street Lighting LED Replacement" in reply.text
    assert riverside.snapshot() == before
    riverside.say("1", CHAIR)
    assert riverside.item("Street Lighting LED Replacement").meeting_date == date(2026, 3, 3)


def test_a_question_that_fits_two_items_asks_which(riverside):
    reply = riverside.say("when's the libraries report due?", MEMBER)
    assert reply.ask is not None
    assert "Libraries Strategy" in reply.text and "Libraries Opening Hours Review" in reply.text


def test_my_actions_are_mine_even_when_a_title_says_action(riverside):
    from bot.changes import AddItem
    riverside.store.add_item(AddItem(riverside.panel.id, "Climate Action Plan", None, "future"), actor="test")
    reply = riverside.say("my actions", AISHA).text
    assert "Hate crime figures by ward" in reply and "Climate Action Plan" not in reply


def test_a_rename_without_to(riverside):
    riverside.say("call the parking item Parking Enforcement and Permits", CHAIR)
    assert riverside.item("Parking Enforcement and Permits")


def test_a_meeting_deadline_said_without_to(riverside):
    riverside.say("can we make the deadline for the March papers 13 Feb", OFFICER)
    meeting = riverside.store.meeting_on(riverside.panel.id, date(2026, 3, 3))
    assert meeting.report_deadline.date() == date(2026, 2, 13)


def test_an_action_that_starts_with_its_lead(riverside):
    riverside.say("Dev to bring back figures on library visits to the March meeting", OFFICER)
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject.startswith("Bring back"))
    assert matter.lead == "Dev Patel" and matter.due == date(2026, 3, 3)


def test_a_change_on_a_weak_match_asks_first(riverside):
    before = riverside.snapshot()
    reply = riverside.say("withdraw the safeguards bits pieces", CHAIR)
    assert reply.ask is not None and "Deprivation of Liberty Safeguards" in reply.text
    assert riverside.snapshot() == before


def test_log_that_as_an_action_points_back_to_the_promise(riverside):
    riverside.say("Catch-up from the cemeteries site visit. Aisha said she'd send round the burial capacity projections "
                  "- could you log that as an action for the March meeting? ta", OFFICER)
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "burial capacity" in m.subject.lower())
    assert matter.lead == "Aisha Begum" and matter.due == date(2026, 3, 3)
    assert "site visit" not in matter.subject.lower() and "log" not in matter.subject.lower()


def test_log_that_as_an_action_with_nothing_before_it_asks(riverside):
    before = riverside.snapshot()
    reply = riverside.say("pls log that as an action", OFFICER)
    assert "What is the action?" in reply.text
    assert riverside.snapshot() == before


def _add_item(riverside, title, meeting_date=None, leads=("Aisha Begum",)):
    from bot.changes import AddItem
    meeting = riverside.store.meeting_on(riverside.panel.id, meeting_date) if meeting_date else None
    riverside.store.add_item(AddItem(riverside.panel.id, title, meeting.id if meeting else None,
                                     "scheduled" if meeting else "future", leads), actor="test")


def test_a_report_that_landed_is_not_an_item_about_land(riverside):
    _add_item(riverside, "Land Charges Fees Review", date(2026, 3, 3), leads=("Jo Marsh",))
    _add_item(riverside, "Cemetery Provision Review - Phase 2")
    reply = riverside.say("Aisha's cemetery report just landed 🙌", OFFICER)
    assert "Cemetery Provision Review" in reply.text
    assert riverside.item("Cemetery Provision Review").status == "submitted"
    assert riverside.item("Land Charges Fees Review").status != "submitted"


def test_a_report_sent_in_is_the_one_due_at_a_meeting_not_a_future_one(riverside):
    _add_item(riverside, "Cemetery Provision Review - Phase 2")
    reply = riverside.say("Aisha's cemetery review is in", OFFICER)
    assert "Marked “Cemetery Provision Review” as submitted" in reply.text, reply.text
    assert riverside.item("Cemetery Provision Review - Phase 2").status != "submitted"


def test_a_reason_after_the_item_does_not_hide_it(riverside):
    riverside.say("add Jo Marsh as co-author on the parking CPE report, there's a budget angle", OFFICER)
    assert "Jo Marsh" in riverside.item("Parking Enforcement Contract").lead_text


def test_a_few_words_and_the_lead_named_agree_so_nothing_is_asked(riverside):
    reply = riverside.say("<@U0MARSH> has sent the safeguards report in early for once!", OFFICER)
    assert riverside.item("Deprivation of Liberty Safeguards (DoLS) Annual Report").status == "submitted", reply.text


def test_a_few_words_and_someone_else_named_still_ask(riverside):
    before = riverside.snapshot()
    reply = riverside.say("<@U0CLARKE> has sent the safeguards report in early for once!", OFFICER)
    assert reply.ask is not None and riverside.snapshot() == before


def test_an_action_named_by_a_word_and_its_lead_is_closed(riverside):
    riverside.say("tick off the tree one from october, Dev circulated it", OFFICER)
    assert [m.subject for m in riverside.store.matters(riverside.panel.id)] == ["Hate crime figures by ward"]


def test_a_question_about_a_withdrawn_item_says_it_was_withdrawn(riverside):
    riverside.say("withdraw the parking enforcement contract item", CHAIR)
    assert riverside.item("Parking Enforcement Contract").status == "withdrawn"
    reply = riverside.say("is the parking enforcement thing still on or did it get dropped?", MEMBER).text
    assert "Parking Enforcement Contract" in reply and "withdrawn" in reply


def test_please_dont_cancel_with_a_reason_after_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("please don't cancel the march meeting, we've got the libraries strategy to do", CHAIR)
    assert "Cancelled" not in reply.text and riverside.snapshot() == before


def test_a_month_being_off_never_takes_a_lead_off_an_item(riverside):
    riverside.say("march is off - the parking contract won't be ready", CHAIR)
    assert riverside.item("Parking Enforcement Contract").leads == ("Aisha Begum",)


def test_the_lead_is_removed_without_a_name_when_the_message_says_lead(riverside):
    riverside.say("remove the lead from the allotments item", OFFICER)
    assert riverside.item("Allotments Waiting Lists").leads == ()


def test_an_action_word_shared_by_two_actions_asks_which(riverside):
    riverside.say("add an action: tree felling figures by ward, lead Dev Patel", OFFICER)
    before = riverside.snapshot()
    reply = riverside.say("close the tree action", OFFICER)
    assert reply.ask is not None and "Tree survey briefing note" in reply.text and "Tree felling" in reply.text
    assert riverside.snapshot() == before


def test_the_meeting_after_a_month(riverside):
    reply = riverside.say("what's coming to the meeting after feb?", MEMBER).text
    assert "Libraries Opening Hours Review" in reply and "Budget Scrutiny Session 2" not in reply


def test_an_authors_request_to_move_their_report_is_not_a_note_on_their_action(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Ruth can you push my parking contract report to March, still waiting on the hate crime "
                          "figures from the police", AISHA)
    assert "Updated" not in reply.text and riverside.snapshot() == before


def test_an_acronym_that_keeps_its_of(riverside):
    _add_item(riverside, "Rights of Way Improvement Plan 2026-2036", date(2026, 3, 3), leads=("Dev Patel",))
    reply = riverside.say("when's the ROWIP due in?", MEMBER).text
    assert "Rights of Way Improvement Plan" in reply


def test_when_we_last_looked_at_a_plan_counts_its_earlier_editions(riverside):
    _add_item(riverside, "Leisure Strategy 2021-2025 - Final Review", date(2025, 12, 2), leads=("Dev Patel",))
    reply = riverside.say("when did we last have the leisure strategy 2026-2030?", MEMBER).text
    assert "Leisure Strategy 2026-2030" in reply and "Leisure Strategy 2021-2025 - Final Review" in reply


def test_a_withdrawn_item_whose_words_are_only_in_anothers_notes(riverside):
    riverside.say("withdraw the allotments waiting lists item", CHAIR)
    riverside.say("add a note to the parking enforcement contract item: parking at allotments with waiting lists "
                  "to be covered too", OFFICER)
    reply = riverside.say("are allotments waiting lists still on the programme?", MEMBER).text
    assert "withdrawn" in reply and "Allotments Waiting Lists" in reply


def test_what_we_have_got_is_the_meetings_agenda_not_mine(riverside):
    reply = riverside.say("remind me what we've got on 3 feb", DEV).text
    assert "Deprivation of Liberty Safeguards" in reply and "Budget Scrutiny Session 2" in reply


def test_what_everyone_is_presenting_is_the_agenda(riverside):
    reply = riverside.say("what's everyone presenting at the next one?", OFFICER).text
    assert "Cemetery Provision Review" in reply and "Budget Scrutiny Session 1" in reply


def test_what_have_i_got_is_still_mine(riverside):
    reply = riverside.say("what have I got on 3 feb?", DEV).text
    assert "Libraries Strategy" in reply and "Budget Scrutiny Session 2" not in reply


def test_a_choice_between_titles_that_rank_each_other_first_is_asked_once(riverside):
    _add_item(riverside, "Corporate Performance Report - Quarter 2 2025/26", date(2025, 12, 2))
    _add_item(riverside, "Corporate Performance Report - Quarter 3 2025/26", date(2026, 2, 3))
    _add_item(riverside, "Corporate Performance Report - Quarter 4 and Year End 2025/26", date(2026, 3, 3))
    before = riverside.snapshot()
    reply = riverside.say("move the perf report to march", OFFICER)
    assert reply.ask is not None and "Quarter 3" in reply.text and "Quarter 2" in reply.text
    assert riverside.snapshot() == before


def test_a_formal_do_not_changes_nothing(riverside):
    before = riverside.snapshot()
    riverside.say("Kindly do not cancel the February meeting; the DoLS annual report cannot wait.", CHAIR)
    riverside.say("I must insist that the libraries strategy is not deferred again.", CHAIR)
    assert riverside.snapshot() == before


def test_someone_off_sick_moves_their_report_and_keeps_them_as_lead(riverside):
    riverside.say("Jo M is off sick until March so the DoLS report won't make February", OFFICER)
    item = riverside.item("Deprivation of Liberty Safeguards (DoLS) Annual Report")
    assert item.leads == ("Jo Marsh",)


def test_the_following_meeting_is_the_one_after_the_items_own(riverside):
    riverside.say("the chair says defer the libraries strategy item to the following mtg", OFFICER)
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 3, 3)


def test_rename_with_the_old_and_new_titles_both_quoted(riverside):
    riverside.say("rename 'Libraries Strategy' to 'Libraries Strategy 2026-2031'", OFFICER)
    assert riverside.item("Libraries Strategy 2026-2031").meeting_date == date(2026, 2, 3)


def test_the_meeting_after_a_months_meeting(riverside):
    reply = riverside.say("what's coming to the meeting after feb's?", MEMBER).text
    assert "Libraries Opening Hours Review" in reply


def test_what_someone_presents_is_asked_of_the_author_not_the_councillor_of_the_same_name(riverside):
    riverside.store.add_person("Cllr Dev Khan", role="member", panel_id=riverside.panel.id, actor="test")
    reply = riverside.say("what's Dev presenting?", OFFICER).text
    assert "Leisure Strategy 2026-2030" in reply and "Which Dev" not in reply


def test_a_note_said_with_note_keeps_only_what_to_note(riverside):
    riverside.say("parking enforcement - note the contractor's CEO is attending", OFFICER)
    assert riverside.item("Parking Enforcement Contract").notes.endswith("the contractor's CEO is attending")
    assert "note the" not in riverside.item("Parking Enforcement Contract").notes


def test_an_action_with_its_lead_after_a_comma(riverside):
    riverside.say("members asked for a breakdown of burial fees by cemetery, Aisha to do it", OFFICER)
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "burial fees" in m.subject)
    assert matter.lead == "Aisha Begum" and "Aisha" not in matter.subject


def test_a_new_item_after_a_colon_with_its_presenter_by_initial(riverside):
    riverside.say("new item for the march panel: Bereavement Services Charter, Jo M presenting", OFFICER)
    item = riverside.item("Bereavement Services Charter")
    assert item.leads == ("Jo Marsh",) and item.meeting_date == date(2026, 3, 3)


def test_someone_wanting_a_look_at_a_topic_is_not_the_title(riverside):
    reply = riverside.say("Maria wants a look at riverside flood defences in the spring", OFFICER).text
    assert "“Riverside flood defences”" in reply, reply  # a wish passed on is offered, yes or no


def test_reports_for_a_cancelled_meetings_month_say_it_was_cancelled(riverside):
    riverside.say("cancel the 3 March meeting", CHAIR)
    reply = riverside.say("which reports are we getting in march", MEMBER).text
    assert "cancelled" in reply


def test_pushing_back_to_an_earlier_meeting_asks_first(riverside):
    before = riverside.snapshot()
    reply = riverside.say("push the parking enforcement contract back to february", CHAIR)
    assert reply.ask is not None and "earlier" in reply.text
    assert riverside.snapshot() == before
    riverside.say("1", CHAIR)
    assert riverside.item("Parking Enforcement Contract").meeting_date == date(2026, 2, 3)


def test_bringing_forward_to_a_later_meeting_asks_first(riverside):
    before = riverside.snapshot()
    reply = riverside.say("bring the cemetery review forward to march", CHAIR)
    assert reply.ask is not None and "later" in reply.text and riverside.snapshot() == before


def test_office_shorthand_for_the_work_programme(riverside):
    reply = riverside.say("can u send me the fwp as it stands, need it for the pre-meet", MEMBER).text
    assert "Street Lighting LED Replacement" in reply and "Libraries Opening Hours Review" in reply


def test_something_on_an_agenda_named_after_a_comma(riverside):
    riverside.say("Members keep raising graffiti on the underpasses. Can you put something on the March agenda, "
                  "Graffiti Removal Service, lead Aisha. Cheers", OFFICER)
    item = riverside.item("Graffiti Removal Service")
    assert item.meeting_date == date(2026, 3, 3) and item.leads == ("Aisha Begum",)


def test_a_date_in_a_later_question_is_not_the_reports_meeting(riverside):
    riverside.say("hi Ruth! cemetery review's just gone over to you 👍 btw is the march one in the chamber?", AISHA)
    assert riverside.item("Cemetery Provision Review").status == "submitted"


def test_hooking_this_channel_up_without_naming_the_panel_uses_the_one_in_view(riverside):
    reply = riverside.say("this channel's for our scrutiny panel, can you hook it up to it", OFFICER).text
    assert "now follows the" in reply and riverside.panel.name in reply


def test_an_item_named_before_its_reason_is_the_one_changed(riverside):
    _add_item(riverside, "Loneliness in Later Life")
    riverside.say("we're dropping the loneliness item, the budget session people are picking it up", CHAIR)
    assert riverside.item("Loneliness in Later Life").status == "withdrawn"
    assert riverside.item("Budget Scrutiny Session 1").status != "withdrawn"
    assert riverside.item("Budget Scrutiny Session 2").status != "withdrawn"


def test_an_author_asking_to_defer_their_report_is_not_giving_an_actions_news(riverside):
    before = riverside.snapshot()
    reply = riverside.say("can we defer my hate crime report to march, the police data has wiped me out", AISHA)
    assert "Updated" not in reply.text and riverside.snapshot() == before


def test_everyday_words_find_the_titles_councils_give_them(riverside):
    _add_item(riverside, "Carriageway Defects Repair Programme 2026/27", date(2026, 3, 3), leads=("Jo Clarke",))
    _add_item(riverside, "Household Waste Recycling Centres - Opening Hours", date(2026, 2, 3), leads=("Dev Patel",))
    assert "Carriageway Defects Repair Programme" in riverside.say("are we doing anything on potholes?", MEMBER).text
    assert "Household Waste Recycling Centres" in riverside.say("when's the tip one coming to committee?", MEMBER).text


def test_deferring_to_a_month_means_that_month_after_the_items_own_meeting(riverside):
    riverside.store.add_meeting(riverside.panel.id, date(2027, 2, 2), None, "", "confirmed", actor="test")
    riverside.say("defer the parking enforcement contract to february", CHAIR)
    assert riverside.item("Parking Enforcement Contract").meeting_date == date(2027, 2, 2)


def test_making_the_lead_who_already_leads_says_so_and_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("make Aisha the lead for the parking enforcement contract", OFFICER).text
    assert "already leads" in reply and "now led by" not in reply
    assert riverside.snapshot() == before


def test_a_change_to_an_item_that_names_none_asks_which_not_about_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("lead officer for it is now Jo Marsh", OFFICER).text
    assert "“”" not in reply and riverside.snapshot() == before


def test_a_polite_word_after_a_possessive_still_names_that_persons_action(riverside):
    riverside.say("close Dev's action pls", OFFICER)
    assert [m.subject for m in riverside.store.matters(riverside.panel.id)] == ["Hate crime figures by ward"]


def test_two_people_of_a_name_each_action_offered_says_whose(riverside):
    riverside.say("add an action: play area inspection results, lead Jo Marsh", OFFICER)
    riverside.say("add an action: budget consultation responses, lead Jo Clarke", OFFICER)
    before = riverside.snapshot()
    reply = riverside.say("close Jo's action", OFFICER)
    assert reply.ask is not None and riverside.snapshot() == before
    assert "(Jo Marsh)" in reply.text and "(Jo Clarke)" in reply.text


def test_outstanding_for_a_shared_first_name_is_the_one_who_owes_actions(riverside):
    riverside.say("add an action: play area inspection results, lead Jo Marsh", OFFICER)
    reply = riverside.say("what's outstanding for Jo?", MEMBER)
    assert "Jo Marsh" in reply.text and "Play area inspection results" in reply.text


def test_a_withdrawn_item_saying_more_of_the_words_is_the_one_asked_about(riverside):
    riverside.say("withdraw the libraries opening hours review", CHAIR)
    reply = riverside.say("is the opening hours thing for libraries still on the programme?", MEMBER).text
    assert "withdrawn" in reply and "Libraries Opening Hours Review" in reply


def test_the_date_a_request_moves_to_wins_over_the_reasons_date(riverside):
    riverside.say("Dev is off till the 20th so the leisure strategy won't make december. Can we move it to february",
                  CHAIR)
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 2, 3)


def test_it_in_the_request_is_the_item_a_reason_clause_names(riverside):
    riverside.say("Aisha has jury service in December so the cemetery report won't be ready. Can it go to march?", CHAIR)
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 3, 3)


def test_an_author_introducing_herself_asks_about_her_papers_not_about_herself(riverside):
    reply = riverside.say("Jo C here. I'm off most of January so planning ahead - when do you need the budget "
                          "scrutiny papers by?", "Jo Clarke")
    assert "Budget Scrutiny Session 1" in reply.text and "Budget Scrutiny Session 2" in reply.text


def test_outstanding_written_o_slash_s_is_the_reports_still_to_come(riverside):
    reply = riverside.say("o/s rpts for the feb mtg?", OFFICER).text
    assert "Budget Scrutiny Session 2" in reply and "Libraries Strategy" in reply


def test_a_report_that_wont_make_its_meeting_goes_to_the_next_not_to_the_reasons_month(riverside):
    riverside.say("Dev's on leave in January so the libraries strategy won't make Feb", CHAIR)
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 3, 3)


def test_an_item_handed_over_goes_to_the_person_it_is_handed_to(riverside):
    riverside.say("Aisha's handing the parking contract over to Dev", CHAIR)
    assert riverside.item("Parking Enforcement Contract").leads == ("Dev Patel",)
    riverside.say("Jo Clarke is taking over the leisure strategy from Dev", CHAIR)
    assert riverside.item("Leisure Strategy 2026-2030").leads == ("Jo Clarke",)


def test_an_item_said_to_be_someones_now_changes_its_lead_and_is_never_marked_in(riverside):
    riverside.say("the DoLS report is Aisha's now", CHAIR)
    item = riverside.item("Deprivation of Liberty Safeguards (DoLS) Annual Report")
    assert item.leads == ("Aisha Begum",) and item.status == "planned"


def test_someone_no_longer_leading_with_the_new_lead_named_hands_it_over(riverside):
    riverside.say("Dev no longer does the leisure strategy, Jo Clarke does", CHAIR)
    assert riverside.item("Leisure Strategy 2026-2030").leads == ("Jo Clarke",)


def test_a_statement_with_a_tag_question_checks_the_fact_and_changes_nothing(riverside):
    before = riverside.snapshot()
    for text in ("the leisure strategy was submitted last week wasn't it",
                 "Dev sent the leisure strategy in on Friday, didn't he?",
                 "we moved the libraries strategy to march, didn't we"):
        reply = riverside.say(text, CHAIR)
        assert riverside.snapshot() == before, (text, reply.text)
        assert "Leisure Strategy" in reply.text or "Libraries Strategy" in reply.text


def test_the_date_a_thing_moves_to_ends_where_the_reason_begins(riverside):
    riverside.say("push the cemetery review to Feb - Aisha can't do December", CHAIR)
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3)


def test_two_items_named_together_both_move(riverside):
    reply = riverside.say("can we move the cemetery and leisure items to Feb pls", CHAIR).text
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3), reply
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 2, 3), reply
    assert "Cemetery Provision Review" in reply and "Leisure Strategy 2026-2030" in reply


def test_two_items_dropped_together_are_both_withdrawn(riverside):
    riverside.say("drop both the allotments and street lighting items, cabinet has them", CHAIR)
    assert riverside.item("Allotments Waiting Lists").status == "withdrawn"
    assert riverside.item("Street Lighting LED Replacement").status == "withdrawn"


def test_two_items_when_one_cannot_change_nothing_changes(riverside):
    before = riverside.snapshot()
    reply = riverside.say("push both the parking enforcement report and the libraries opening hours review to April",
                          CHAIR).text
    assert riverside.snapshot() == before
    assert "nothing has changed" in reply and "Parking Enforcement Contract" in reply


def test_two_items_set_against_each_other_are_not_given_one_change(riverside):
    before = riverside.snapshot()
    riverside.say("swap the cemetery and parking items round", CHAIR)
    assert riverside.snapshot() == before


def test_a_member_naming_two_items_is_told_who_can_change_them(riverside):
    before = riverside.snapshot()
    reply = riverside.say("drop the allotments and street lighting items", MEMBER).text
    assert riverside.snapshot() == before and "Only the chair" in reply


def test_who_leads_two_items_answers_for_both(riverside):
    reply = riverside.say("who's leading the DoLS and libraries opening hours items?", MEMBER).text
    assert "Jo Marsh" in reply and "Dev Patel" in reply


def test_the_meeting_after_the_one_a_topic_names(riverside):
    reply = riverside.say("what's coming to the meeting after the cemetery one?", MEMBER).text
    assert "Libraries Strategy" in reply and "Cemetery Provision Review" not in reply, reply


def test_a_deadline_for_the_meeting_a_topic_names(riverside):
    riverside.say("papers for the parking meeting are due by noon on Friday 13 February", CHAIR)
    deadline = riverside.store.meeting_on(riverside.panel.id, date(2026, 3, 3)).report_deadline
    assert deadline is not None and deadline.date() == date(2026, 2, 13)


def test_the_special_on_a_topic_is_the_meeting_its_item_is_at(riverside):
    reply = riverside.say("what's going to the special on the parking contract?", MEMBER).text
    assert "Parking Enforcement Contract" in reply and "3 March" in reply, reply


def test_the_meeting_after_christmas_is_the_first_one_in_the_new_year(riverside):
    reply = riverside.say("Hope you had a good weekend! what have we got at the meeting after Christmas?", MEMBER).text
    assert "Libraries Strategy" in reply and "Cemetery Provision Review" not in reply, reply


def test_an_action_asked_after_as_a_thing_is_answered_when_no_item_says_it(riverside):
    reply = riverside.say("where have we got to with the hate crime figures thing?", MEMBER).text
    assert "Hate crime figures by ward" in reply and "still open" in reply, reply


def test_open_actions_lists_them_all_not_one_whose_subject_says_opening(riverside):
    riverside.say("add an action: library opening times by branch, lead Dev Patel", OFFICER)
    reply = riverside.say("open actions?", MEMBER).text
    assert "Tree survey briefing note" in reply and "Hate crime figures by ward" in reply, reply


def test_asking_what_a_note_says_is_a_question(riverside):
    riverside.say("add a note to the parking enforcement item: cabinet member attending", OFFICER)
    before = riverside.snapshot()
    reply = riverside.say("what's the note on the parking enforcement item", MEMBER).text
    assert "cabinet member attending" in reply and riverside.snapshot() == before, reply


def test_a_new_meetings_date_said_before_the_request_to_add_it(riverside):
    riverside.say("We'll need an extra meeting on Tuesday 16 December for the budget - can you put it in?", OFFICER)
    assert riverside.store.meeting_on(riverside.panel.id, date(2025, 12, 16)) is not None


def test_my_report_is_the_one_of_those_the_words_fit_that_i_lead(riverside):
    riverside.say("add Cemetery Fees and Charges to the Feb meeting, lead Dev Patel", OFFICER)
    reply = riverside.say("hi, when's my report due? the cemetery one", AISHA).text
    assert "Cemetery Provision Review" in reply and "Which item" not in reply, reply


def test_a_councillor_saying_a_report_is_in_is_told_who_can_mark_it(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Pete here - the LED paper from the engineers is in 👍", MEMBER).text
    assert riverside.snapshot() == before and "only" in reply and "Do you mean" not in reply, reply


def test_a_lead_taken_back_is_replaced_by_the_one_said_after(riverside):
    riverside.say("set Aisha as lead on the street lighting item... actually make that Dev", CHAIR)
    assert riverside.item("Street Lighting LED Replacement").leads == ("Dev Patel",)


def test_a_month_with_nothing_else_named_is_that_meetings_agenda(riverside):
    reply = riverside.say("is march definitely happening and what's on it", MEMBER).text
    assert "Parking Enforcement Contract" in reply and "can't find" not in reply, reply


def test_the_someday_list_is_the_possible_future_items(riverside):
    reply = riverside.say("what's on the someday list?", MEMBER).text
    assert "Street Lighting LED Replacement" in reply and "Allotments Waiting Lists" in reply, reply


def test_parking_an_item_beyond_the_calendar_makes_it_a_future_item_for_then(riverside):
    in_february = datetime(2026, 2, 10, 10, tzinfo=UTC)  # the last meeting set is 3 March 2026
    reply = riverside.say("we're parking the parking enforcement item till next year", CHAIR, now=in_february).text
    item = riverside.item("Parking Enforcement Contract")
    assert item.meeting_id is None and item.window == "2027", reply


def test_an_action_recorded_after_some_context_first(riverside):
    riverside.say("Following Tuesday's briefing - please note that Dev Patel will circulate the list of library "
                  "branches before the Feb meeting. Thanks!", OFFICER)
    found = [m for m in riverside.store.matters(riverside.panel.id) if m.subject.startswith("Circulate the list")]
    assert [(m.subject, m.lead) for m in found] == [("Circulate the list of library branches", "Dev Patel")]


def test_due_to_inside_an_action_is_its_words_not_its_date(riverside):
    riverside.say("Can we note that Dev Patel will bring back a map of the routes that are due to close? Ta", OFFICER)
    found = [m for m in riverside.store.matters(riverside.panel.id) if m.subject.startswith("Bring back a map")]
    assert [(m.subject, m.due, m.due_text) for m in found] == [
        ("Bring back a map of the routes that are due to close", None, "")]


def test_what_i_present_this_year_runs_to_the_council_year_end(riverside):
    in_december = datetime(2025, 12, 10, 10, tzinfo=UTC)  # only 2026 meetings are left, all before next May
    reply = riverside.say("what am I presenting this year?", DEV, now=in_december).text
    assert "3 February 2026" in reply and "Libraries Strategy" in reply and "After that" not in reply, reply
    in_june = datetime(2026, 6, 10, 10, tzinfo=UTC)  # a new council year with no meetings set yet
    reply = riverside.say("what am I presenting this year?", DEV, now=in_june).text
    assert "nothing to present" in reply, reply


def test_undo_puts_back_my_last_change_and_only_mine(riverside):
    riverside.say("move the cemetery review to Feb", CHAIR)
    riverside.say("add a new item: Bus Shelter Survey to the March meeting", OFFICER)
    reply = riverside.say("oops - scrap my last change", CHAIR).text
    assert "Cemetery Provision Review" in reply, reply
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2025, 12, 2)
    assert riverside.item("Bus Shelter Survey").meeting_date == date(2026, 3, 3)  # the officer's change stays
    assert "nothing of yours" in riverside.say("undo", CHAIR).text


def test_undo_takes_away_an_item_just_added_and_its_lead(riverside):
    riverside.say("add a new item: Bus Shelter Survey to the March meeting, lead Dev Patel", OFFICER)
    riverside.say("undo that", OFFICER)
    assert "Bus Shelter Survey" not in [i.title for i in riverside.store.items(riverside.panel.id)]


def test_undo_restores_a_closed_action_and_a_changed_lead(riverside):
    riverside.say("close the tree survey action", OFFICER)
    riverside.say("undo", OFFICER)
    assert "Tree survey briefing note" in [m.subject for m in riverside.store.matters(riverside.panel.id)]
    riverside.say("Jo Marsh to lead on the street lighting item", CHAIR)
    riverside.say("undo", CHAIR)
    assert riverside.item("Street Lighting LED Replacement").leads == ()


def test_undo_takes_away_a_meeting_just_added_and_puts_a_moved_one_back(riverside):
    riverside.say("We'll need an extra meeting on Tuesday 16 December - can you put it in?", OFFICER)
    riverside.say("undo", OFFICER)
    assert riverside.store.meeting_on(riverside.panel.id, date(2025, 12, 16)) is None
    riverside.say("move the 3 March meeting to 10 March", CHAIR)
    assert riverside.store.meeting_on(riverside.panel.id, date(2026, 3, 10)) is not None
    riverside.say("undo", CHAIR)
    assert riverside.store.meeting_on(riverside.panel.id, date(2026, 3, 3)) is not None
    assert riverside.item("Parking Enforcement Contract").meeting_date == date(2026, 3, 3)
