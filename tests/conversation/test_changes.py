"""Changes typed in plain English: the reply says what changed and the store holds exactly that."""
from datetime import date, datetime, time

import pytest

from bot.changes import AddMatter
from tests.conftest import LONDON
from tests.conversation.conftest import Talk

OFFICER, CHAIR, BECKY, HANNAH = "Earl Piggott-Smith", "Cllr Val Evans", "Becky Wilkinson", "Hannah Pawley"
OCT, FEB = date(2021, 10, 19), date(2022, 2, 15)


def meeting_of(talk, title):
    return talk.item(title).meeting_date


ADDS = [
    ("add Loneliness in care homes to the February meeting, lead Becky Wilkinson", "Loneliness in care homes", FEB,
     ("Becky Wilkinson",)),
    ("Please add Adult safeguarding annual report to the October meeting, led by Becky Wilkinson",
     "Adult safeguarding annual report", OCT, ("Becky Wilkinson",)),
    ("put Carers strategy on the agenda for 15 Feb", "Carers strategy", FEB, ()),
    ("add an item on winter pressures as a possible future item", "Winter pressures", None, ()),
    ("Can you add Homelessness prevention to the work programme", "Homelessness prevention", None, ()),
    ("add Hospital discharge to the next meeting with Hannah Pawley as lead", "Hospital discharge", OCT,
     ("Hannah Pawley",)),
    ("add Day opportunities review to 19/10/2021, lead: Alicia Woods", "Day opportunities review", OCT,
     ("Alicia Woods",)),
    ("add Respite care to the Feb meeting, authors Becky Wilkinson and Tom Denham", "Respite care", FEB,
     ("Becky Wilkinson", "Tom Denham")),
    ("include Falls prevention for 15th February 2022", "Falls prevention", FEB, ()),
    ("add Extra care housing", "Extra care housing", None, ()),
]


@pytest.mark.parametrize("text, title, meeting, leads", ADDS, ids=[a[1] for a in ADDS])
def test_add_item(talk, text, title, meeting, leads):
    reply = talk(text)
    assert reply.startswith("Added"), reply
    item = talk.item(title)
    assert item.meeting_date == meeting and item.leads == leads
    assert item.kind == ("scheduled" if meeting else "future")
    audit = talk.store.audit_log(1)[0]
    assert audit["actor"] == OFFICER and audit["entity"] == "item" and audit["action"] == "add"


def test_add_with_requested_by_and_notes(talk):
    talk("add Homelessness prevention to the work programme, requested by Cllr Sohail Khan, notes: include rough sleeping")
    item = talk.item("Homelessness prevention")
    assert item.requested_by == "Cllr Sohail Khan" and item.notes == "include rough sleeping"


def test_add_with_a_window(talk):
    assert "April/May 2022" in talk("add Dementia services to April/May 2022")
    item = talk.item("Dementia services")
    assert item.kind == "future" and item.window == "April/May 2022"


def test_schedule_a_possible_future_item(talk):
    reply = talk("schedule the self assessment headlines for the February meeting")
    assert "Scheduled “Headlines from Self Assessment”" in reply
    assert talk.item("Self Assessment").meeting_date == FEB


def test_add_to_a_day_without_a_meeting_asks_then_adds_both(talk):
    reply = talk("add Public health update to 4 December 2024")
    assert "no meeting on Wednesday 4 December 2024" in reply and "(yes/no)" in reply
    assert not [i for i in talk.store.items(talk.panel.id) if "Public health" in i.title]
    assert "Added “Public health update”" in talk("yes")
    assert talk.item("Public health update").meeting_date == date(2024, 12, 4)


def test_add_to_a_month_without_a_meeting_can_be_refused(talk):
    count = len(talk.store.items(talk.panel.id))
    assert "no meeting in March 2022" in talk("add Loneliness to the March meeting")
    assert "left everything" in talk("no")
    assert len(talk.store.items(talk.panel.id)) == count


def test_add_with_an_unknown_lead_asks_first(talk):
    reply = talk("add Mental health support to the February meeting, lead Jane Doe")
    assert "don't know Jane Doe" in reply
    talk("yes")
    assert talk.item("Mental health support").leads == ("Jane Doe",)
    jane = talk.store.person_named("jane doe")
    assert "report-author" in jane.roles_on(talk.panel.id)


def test_adding_an_item_already_there_changes_nothing(talk):
    count = len(talk.store.items(talk.panel.id))
    reply = talk("add Domestic Abuse Act 2021 – update on implementation to the February meeting")
    assert "already on the programme" in reply
    assert len(talk.store.items(talk.panel.id)) == count


@pytest.mark.parametrize("text, expected", [
    ("add Care home quality to the meeting on 31 February", "February has no day 31"),
    ("add Care home quality to 45/45", "isn't a date"),
    ("add to the next meeting", "What should the item be called"),
])
def test_add_with_bad_input_changes_nothing(talk, text, expected):
    count = len(talk.store.items(talk.panel.id))
    assert expected in talk(text)
    assert len(talk.store.items(talk.panel.id)) == count


def test_titles_with_sql_and_markup_are_stored_as_text(talk):
    talk("add Robert'); DROP TABLE items;-- to the next meeting")
    talk("add <b>Bold</b> & <i>brave</i> to the next meeting")
    titles = [i.title for i in talk.store.items(talk.panel.id)]
    assert "Robert'); DROP TABLE items" in titles and "<b>Bold</b> & <i>brave</i>" in titles
    assert len(titles) == 15


def test_members_cannot_change_the_programme(talk):
    count = len(talk.store.items(talk.panel.id))
    for text in ("add Potholes to the next meeting", "withdraw the fee review", "move the fee review to October",
                 "add meeting on 4 December 2024", "add an action: anything"):
        assert "Only the chair, vice-chair or scrutiny officer" in talk(text, None)
        assert "Only the chair" in talk(text, BECKY)
    assert len(talk.store.items(talk.panel.id)) == count
    assert talk.item("Fee Review").status == "planned"


def test_the_chair_can_change_the_programme(talk):
    talk("add Adult carers to the next meeting", CHAIR)
    assert talk.item("Adult carers").meeting_date == OCT
    assert talk.store.audit_log(1)[0]["actor"] == CHAIR


MOVES = [
    ("move the CHANNEL update to the February meeting", "CHANNEL", FEB),
    ("Move Domestic Abuse Act to 15/02/2022", "Domestic Abuse", FEB),
    ("push the safer wolverhampton update back to February", "Safer Wolverhampton", FEB),
    ("postpone the CHANNEL update until February", "CHANNEL", FEB),
    ("move the headlines from self assessment to the October meeting", "Self Assessment", OCT),
    ("move the workforce health check to 19 October", "Workforce Health Check", OCT),
    ("please move the fee review to the next meeting", "Fee Review", OCT),
    ("bring the fee review forward to October", "Fee Review", OCT),
]


@pytest.mark.parametrize("text, title, meeting", MOVES, ids=[m[0][:40] for m in MOVES])
def test_move_item(talk, text, title, meeting):
    before = talk.item(title).meeting_date
    reply = talk(text)
    assert talk.item(title).meeting_date == meeting, reply
    if before:
        assert f"from {before.day} {before:%B %Y}" in reply


def test_defer_goes_to_the_meeting_after(talk):
    reply = talk("defer the Local Account report")
    assert reply == ("Deferred “Adult Social Care Annual Report - Wolverhampton Local Account” from 19 October 2021 "
                     "to the Tuesday 15 February 2022 meeting.")
    item = talk.item("Local Account")
    assert item.meeting_date == FEB
    assert [h["status"] for h in talk.store.item_history(item.id)][-1] == "deferred"


def test_defer_with_no_later_meeting_says_so(talk):
    assert "no meeting after 15 February 2022" in talk("defer the fee review")
    assert talk.item("Fee Review").meeting_date == FEB


def test_move_to_tbc(talk):
    talk("move the fee review to tbc")
    item = talk.item("Fee Review")
    assert item.meeting_id is None and item.kind == "future" and item.window == "date tbc"


def test_ambiguous_item_asks_which_and_acts_on_the_answer(talk):
    reply = talk("move the health check to February")
    assert "1. Adult Social Work Health Check 2020" in reply and "2. Adult Social Care Workforce Health Check 2020" in reply
    assert talk.item("Adult Social Work Health Check").meeting_date is None
    assert "Workforce" in talk("the second one")
    assert talk.item("Workforce Health Check").meeting_date == FEB
    assert talk.item("Adult Social Work Health Check").meeting_date is None


def test_an_unrelated_message_drops_the_question(talk):
    talk("move the health check to February")
    assert "19 October 2021" in talk("what's due next meeting?")
    assert "didn't understand" in talk("2")


def test_move_to_a_new_day_asks_then_adds_the_meeting(talk):
    assert "no meeting on" in talk("Reschedule the domestic abuse item for 4 December 2024")
    talk("yes")
    assert talk.item("Domestic Abuse").meeting_date == date(2024, 12, 4)


def test_move_an_unknown_item(talk):
    assert "can't find an item matching “CHC update”" in talk("move the CHC update to 20 May")


WITHDRAWALS = [
    ("withdraw the CHANNEL item", "CHANNEL"),
    ("drop the assisted technologies briefing", "Assisted Technologies"),
    ("remove the workforce health check from the programme", "Workforce Health Check"),
    ("take the safer wolverhampton update off the agenda", "Safer Wolverhampton"),
    ("please delete the digital inclusion briefing", "digital inclusion"),
    ("Withdraw the Principal Social Worker Annual Report from the work programme", "Principal Social Worker"),
]


@pytest.mark.parametrize("text, title", WITHDRAWALS, ids=[w[1] for w in WITHDRAWALS])
def test_withdraw_item(talk, text, title):
    assert talk(text).startswith("Withdrew")
    assert talk.item(title).status == "withdrawn"
    assert title.lower() not in talk("show the work programme").lower()


SUBMISSIONS = [
    ("I've sent the Local Account report", BECKY, "Local Account"),
    ("the local account report has been submitted", OFFICER, "Local Account"),
    ("mark the fee review as submitted", OFFICER, "Fee Review"),
    ("I've sent in the domestic abuse report", HANNAH, "Domestic Abuse"),
    ("we've submitted the CHANNEL paper", HANNAH, "CHANNEL"),
    ("I have just emailed the safer wolverhampton update", HANNAH, "Safer Wolverhampton"),
]


@pytest.mark.parametrize("text, who, title", SUBMISSIONS, ids=[s[0][:40] for s in SUBMISSIONS])
def test_mark_submitted(talk, text, who, title):
    assert "as submitted" in talk(text, who)
    assert talk.item(title).status == "submitted"


def test_submitted_without_naming_it_asks_which_of_mine(talk):
    reply = talk("I have submitted my report", BECKY)
    assert "Which report" in reply and "Local Account" in reply and "Social Isolation" in reply
    talk("1", BECKY)
    assert talk.item("Local Account").status == "submitted"
    assert talk.item("Social Isolation").status == "planned"


def test_authors_cannot_mark_others_reports(talk):
    reply = talk("I've sent the fee review", HANNAH)
    assert "Fee Review" not in reply or "only they" in reply
    assert talk.item("Fee Review").status == "planned"


def test_change_lead_and_notes(talk):
    assert "now led by Becky Wilkinson (was Hannah Pawley)" in talk(
        "change the lead for the CHANNEL update to Becky Wilkinson")
    assert talk.item("CHANNEL").leads == ("Becky Wilkinson",)
    talk("make Tom Denham the lead for the fee review")
    assert talk.item("Fee Review").leads == ("Tom Denham",)
    talk("assign the assisted technologies briefing to Heather Clarke")
    assert talk.item("Assisted Technologies").leads == ("Heather Clarke",)
    talk("add a note to the fee review: invite the care home association")
    assert talk.item("Fee Review").notes == "Invite Care Providers to the meeting invite the care home association"
    talk("set the notes for the CHANNEL update to Prevent duty figures requested")
    assert talk.item("CHANNEL").notes == "Prevent duty figures requested"


def test_add_meetings(talk):
    reply = talk("add meeting on 4 December 2024 at 10am")
    assert "Wednesday 4 December 2024 at 10:00" in reply and "Agenda published Tuesday 26 November 2024" in reply
    talk("add a meeting on 22/03/2022 at 6pm in the Council Chamber")
    talk("Schedule an extra meeting for 10 January 2022")
    talk("add a provisional meeting on 5 April 2022")
    meetings = {m.date: m for m in talk.store.meetings(talk.panel.id)}
    assert meetings[date(2024, 12, 4)].time == time(10, 0)
    assert meetings[date(2022, 3, 22)].venue == "Council Chamber" and meetings[date(2022, 3, 22)].time == time(18, 0)
    assert date(2022, 1, 10) in meetings and meetings[date(2022, 4, 5)].status == "provisional"


@pytest.mark.parametrize("text, expected", [
    ("add meeting on 31 February", "February has no day 31"),
    ("add meeting on 19 October 2021", "already a meeting"),
    ("add meeting in December", "Which day?"),
])
def test_add_meeting_bad_input(talk, text, expected):
    assert expected in talk(text)
    assert len(talk.store.meetings(talk.panel.id)) == 3


def test_move_and_cancel_meetings(talk):
    assert "2 items move with it" in talk("move the February meeting to 22 February")
    assert talk.item("Fee Review").meeting_date == date(2022, 2, 22)
    talk("reschedule the 19 October meeting to 26 October 2021")
    assert talk.item("CHANNEL").meeting_date == date(2021, 10, 26)
    assert "(yes/no)" in talk("cancel the next meeting")  # said relative to today: confirmed first
    assert "left everything" in talk("no")
    assert talk.store.meeting_on(talk.panel.id, date(2022, 2, 22)).status == "confirmed"
    assert "2 items went back to possible future items" in talk("cancel the February meeting")  # named: done
    assert talk.store.meeting_on(talk.panel.id, date(2022, 2, 22)).status == "cancelled"
    assert talk.item("Fee Review").kind == "future"


def test_outstanding_matters_lifecycle(talk):
    reply = talk("add an action: list of care homes, lead Becky Wilkinson, due next meeting")
    assert "List of care homes" in reply and "19 October 2021" in reply
    talk("new action for Hannah Pawley: breakdown of domestic abuse referrals by ward, due February")
    talk("record an outstanding matter: progress report on HeadStart in March 2022")
    matters = {m.subject: m for m in talk.store.matters(talk.panel.id)}
    assert matters["List of care homes"].due == OCT and matters["List of care homes"].lead == "Becky Wilkinson"
    assert matters["Breakdown of domestic abuse referrals by ward"].due == FEB
    assert matters["Breakdown of domestic abuse referrals by ward"].lead == "Hannah Pawley"
    assert matters["Progress report on HeadStart"].due_text == "March 2022"
    talk("update the action on care homes: list circulated by email")
    assert talk.store.matter(matters["List of care homes"].id).position == "list circulated by email"
    talk("close the action on care homes")
    talk("the action on domestic abuse referrals is done")
    assert [m.subject for m in talk.store.matters(talk.panel.id)] == ["Progress report on HeadStart"]


def test_matter_lookups_that_fail(talk):
    talk.store.add_matter(AddMatter(talk.panel.id, "List of establishments", "Becky Wilkinson"))
    assert "can't find an open outstanding matter" in talk("close the action on potholes")
    assert talk.store.matters(talk.panel.id)[0].status == "open"


def test_deadline_rule_by_message(talk):
    reply = talk("set the report deadline to 7 working days before the meeting")
    assert "7 working days before the meeting" in reply and "Friday 8 October 2021" in reply
    rule = talk.store.panels()[0].rule
    assert (rule.working_days, rule.before) == (7, "meeting")
    talk("change the report deadline to ten working days before publication at 12pm")
    rule = talk.store.panels()[0].rule
    assert (rule.working_days, rule.before, rule.at) == (10, "publication", time(12, 0))
    assert "Only the chair" in talk("set the report deadline to 3 working days before the meeting", BECKY)


def test_link_channel(talk):
    assert "linked to the Adults and Safer City Scrutiny Panel" in talk(
        "link this channel to the Adults and Safer City Scrutiny Panel", channel="C123")
    assert talk.store.panel_for_channel("C123").name == "Adults and Safer City Scrutiny Panel"
    assert "Only the Adults and Safer City Scrutiny Panel's scrutiny officer" in talk(
        "link this channel to the adults panel", CHAIR, channel="C999")
    assert talk.store.panel_for_channel("C999") is None


def test_more_ways_to_say_it(talk):
    talk("add a meeting on the 3rd of March 2022 at 2pm")
    assert "Deferred" in talk("Please put the fee review back a meeting")
    assert talk.item("Fee Review").meeting_date == date(2022, 3, 3)
    assert "Deferred" in talk("Defer CHANNEL to Feb")
    assert talk.item("CHANNEL").meeting_date == FEB
    talk("Becky Wilkinson is now presenting the CHANNEL update")
    assert talk.item("CHANNEL").leads == ("Becky Wilkinson",)
    assert "as submitted" in talk("Hannah has sent the domestic abuse report")
    assert talk.item("Domestic Abuse").status == "submitted"
    assert "Only the report's lead" in talk("Hannah has sent the safer wolverhampton update", BECKY)
    assert talk.item("Safer Wolverhampton").status == "planned"
    talk("add Market position statement for the meeting after next")
    assert talk.item("Market position statement").meeting_date == FEB
    talk("Could you add a report on delayed transfers of care to the February agenda?")
    assert talk.item("Delayed transfers of care").meeting_date == FEB
    talk("We need a report on falls prevention at the next meeting")
    assert talk.item("Falls prevention").meeting_date == OCT
    talk("new item: Carers support, lead Becky Wilkinson")
    assert talk.item("Carers support").kind == "future" and talk.item("Carers support").leads == ("Becky Wilkinson",)


def test_matter_closed_by_marking_it_complete(talk):
    talk("add an action: list of care homes, lead Becky Wilkinson, due next meeting")
    assert "Closed" in talk("mark the action on care homes as complete")
    assert talk.store.matters(talk.panel.id) == []


def test_undo_with_nothing_of_mine_to_undo_and_thanks_change_nothing(talk):
    count = len(talk.store.audit_log(1000))
    assert "nothing of yours I can undo" in talk("undo")
    assert "welcome" in talk("thanks!")
    assert len(talk.store.audit_log(1000)) == count


def test_deadline_and_publication_set_by_hand_for_one_meeting(talk):
    reply = talk("set the report deadline for the October meeting to 1 October at noon")
    assert "12:00 on Friday 1 October 2021" in reply and "this meeting only" in reply
    assert "12:00 on Friday 1 October 2021" in talk("when is the CHANNEL report due?")
    assert "Friday 4 February 2022" in talk("the agenda for the February meeting will be published on 4 February")
    assert talk.store.meeting_on(talk.panel.id, FEB).agenda_published == date(2022, 2, 4)
    talk("reports for the February meeting are due on 20 January")
    deadline = talk.store.meeting_on(talk.panel.id, FEB).report_deadline
    assert deadline.isoformat() == "2022-01-20T10:00:00+00:00"
    assert talk.store.panels()[0].rule.working_days == 5  # the panel's rule is untouched


@pytest.mark.parametrize("text, expected", [
    ("set the deadline for the October meeting to 25 October", "must come before the meeting"),
    ("move the deadline for the next meeting to 31 February", "February has no day 31"),
    ("the agenda for the March meeting is published on 1 March", "can't find a meeting"),
])
def test_hand_set_dates_refused_politely(talk, text, expected):
    assert expected in talk(text)
    assert all(m.report_deadline is None for m in talk.store.meetings(talk.panel.id))


def test_nudge_schedule_by_message(talk):
    assert "10 and 5 working days before" in talk("remind authors 10 and 5 working days before the deadline")
    _, per_panel = talk.store.nudge_policies()
    assert per_panel[talk.panel.id].days_before == (10, 5)
    assert talk.store.audit_log(1)[0]["action"] == "set-nudges"
    assert "between 1 and 30" in talk("remind authors 45 working days before")
    assert "Only the chair" in talk("remind authors 2 working days before", BECKY)
    assert talk.store.nudge_policies()[1][talk.panel.id].days_before == (10, 5)


def test_matters_still_open_from_a_meeting(demo_store):
    at_july = Talk(demo_store, now=datetime(2021, 7, 20, 20, 0, tzinfo=LONDON))
    reply = at_july("add an action: list of care homes, lead Becky Wilkinson, due next meeting")
    assert "due next meeting (19 October 2021)" in reply  # not the meeting it was raised at
    demo_store.add_matter(AddMatter(demo_store.panels()[0].id, "Older matter", "Alicia Woods", raised_on=date(2021, 3, 1)))
    later = Talk(demo_store)
    reply = later("What's outstanding from the last meeting?")
    assert "Still open from the 20 July 2021 meeting (1 matter)" in reply and "List of care homes" in reply
    assert "List of care homes" in later("what actions came out of July?")
    assert "Older matter" in later("outstanding matters")


def test_nothing_came_from_a_meeting_that_was_called_off(talk):
    talk("cancel the February meeting")
    reply = talk("any actions from the 15 feb meeting?")
    assert "15 February 2022 was cancelled" in reply and "Still open" not in reply


def test_rename_shift_cancel_and_remove_lead(talk):
    assert "Renamed" in talk("Please change the title of the fee review to Care fees review")
    assert talk.item("Care fees review").meeting_date == FEB
    talk("rename the CHANNEL item to Prevent and CHANNEL update")
    assert talk.item("Prevent and CHANNEL update").leads == ("Hannah Pawley",)
    talk("the care fees review is now due at the next meeting")
    assert talk.item("Care fees review").meeting_date == OCT
    assert "Tuesday 26 October 2021" in talk("Postpone the October meeting by a week")
    assert talk.item("Care fees review").meeting_date == date(2021, 10, 26)
    assert "Cancelled the meeting on Tuesday 15 February 2022" in talk("drop the February meeting")
    assert talk.store.meeting_on(talk.panel.id, FEB).status == "cancelled"
    talk("remove Tom Denham as lead on the social isolation item")
    assert talk.item("Social Isolation").leads == ("Becky Wilkinson", "Sandra Ashton-Jones")
    assert "leads nothing still to come" in talk("Remove Jenny Rogers as lead")


def test_moving_a_meeting_drops_dates_typed_for_the_old_day(talk):
    talk("set the report deadline for the October meeting to 1 October at noon")
    reply = talk("move the October meeting to 26 October")
    meeting = talk.store.meeting_on(talk.panel.id, date(2021, 10, 26))
    assert meeting.report_deadline is None and meeting.agenda_published is None
    assert "New report deadline: 10:00 on Monday 11 October 2021" in reply


def test_with_several_panels_and_no_channel_the_bot_asks_which(talk):
    talk.store.add_panel("Corporate Parenting Board")
    reply = talk("what's due next meeting?", None)
    assert "Which panel do you mean?" in reply and "Corporate Parenting Board" in reply
    adults = [n for n, line in enumerate(reply.splitlines()) if "Adults and Safer City" in line]
    answer = talk(reply.splitlines()[adults[0]].split(".")[0], None)  # "1" or "2", whichever the Adults panel is
    assert "19 October 2021" in answer and "Domestic Abuse" in answer


def test_a_chairs_own_wording(talk):
    talk("Can we have a report on adult safeguarding at the February meeting please? Lead Becky Wilkinson", CHAIR)
    assert (talk.item("Adult safeguarding").meeting_date, talk.item("Adult safeguarding").leads) == (
        FEB, ("Becky Wilkinson",))
    talk("I'd like an item on hospital discharge added to the October agenda", CHAIR)
    assert talk.item("Hospital discharge").meeting_date == OCT
    assert "Moved" in talk("Put the fee review on the October agenda instead", CHAIR)
    assert talk.item("Fee Review").meeting_date == OCT and len(talk.store.items(talk.panel.id)) == 15
    talk("The domestic abuse item needs to go to February", CHAIR)
    assert talk.item("Domestic Abuse").meeting_date == FEB
    talk("Add Jenny Rogers as a lead on the fee review", CHAIR)
    assert talk.item("Fee Review").leads == ("Alicia Woods", "Jenny Rogers")
    talk("Change the fee review lead to Tom Denham", CHAIR)
    assert talk.item("Fee Review").leads == ("Tom Denham",)
    # Naming the exact day is sure enough to act on; a month alone ("cancel the February meeting") is confirmed first.
    assert "Cancelled the meeting on Tuesday 15 February 2022" in talk("Cancel the 15 February meeting please", CHAIR)
    assert talk.store.meeting_on(talk.panel.id, FEB).status == "cancelled"


def test_actions_as_officers_write_them(talk):
    reply = talk("Add action - Becky to circulate the list of care homes by end of October")
    assert "“Circulate the list of care homes” (lead Becky Wilkinson, due October 2021)" in reply
    reply = talk("Record that Hannah will send the DA referral figures before the next meeting")
    assert "“Send the DA referral figures” (lead Hannah Pawley, due next meeting (19 October 2021))" in reply
    assert "Closed" in talk("close the care homes action")
    assert [m.subject for m in talk.store.matters(talk.panel.id)] == ["Send the DA referral figures"]


def test_questions_about_submissions_change_nothing(talk):
    for text in ("which reports are in?", "which reports have been submitted?", "who has sent their report?",
                 "what is coming to the february panel", "which reports are done?"):
        talk(text)
    assert all(i.status == "planned" and i.meeting_date in (None, date(2021, 7, 20), OCT, FEB)
               for i in talk.store.items(talk.panel.id) if i.status != "withdrawn")
    assert [e for e in talk.store.audit_log(1000) if e["actor"] != "demo"] == []
