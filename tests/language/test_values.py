"""The values a change carries: quoted new words, the person who opens an action, a second date in one message."""
from __future__ import annotations

import tomllib
from datetime import date, datetime

from bench.heldout import HELDOUT, build
from bot.days.dates import parse_when
from bot.language.corrections import corrected_date
from bot.language.decide import adjust, decide
from bot.language.force import Force
from bot.language.normalise import normalise
from bot.language.titles import rank_titles
from bot.language.vocabulary import tokens
from store import open_store
from tests.language.conftest import NOW, PROGRAMME, Riverside


def test_a_quoted_new_title_is_the_new_title_not_a_reference(riverside):
    reply = riverside.say("can we call the cemeteries item 'Burial Space and Cemetery Strategy' from now on")
    assert "Burial Space and Cemetery Strategy" in reply.text
    assert riverside.item("Burial Space and Cemetery Strategy").leads == ("Aisha Begum",)


def test_the_person_who_opens_a_new_action_leads_it(riverside):
    riverside.say("record an action for Aisha - ward breakdown of the hate crime survey")
    riverside.say("new action: Jo M to circulate the safeguarding audit summary")
    matters = {m.subject: m for m in riverside.store.matters(riverside.panel.id)}
    survey = next(m for s, m in matters.items() if "ward breakdown" in s.lower())
    audit = next(m for s, m in matters.items() if "safeguarding audit" in s.lower())
    assert not survey.subject.lower().startswith("for aisha")
    assert (survey.lead, audit.lead) == ("Aisha Begum", "Jo Marsh")


def test_a_publication_day_given_as_weekday_and_day_of_month(riverside):
    riverside.say("agenda for 3 Feb goes out on Mon 26th", who="Ruth Osei")
    meeting = riverside.store.meeting_on(riverside.panel.id, date(2026, 2, 3))
    assert meeting.agenda_published == date(2026, 1, 26)


def test_whats_due_in_a_month_is_that_meetings_agenda(riverside):
    reply = riverside.say("whats due in march")
    assert "Libraries Opening Hours Review" in reply.text and "Parking Enforcement Contract" in reply.text


def test_asking_when_an_agenda_goes_out_answers_even_for_a_member(riverside):
    reply = riverside.say("last date to publish the agenda for the feb meeting?", who="Cllr Pete Nolan")
    assert "Tuesday 3 February 2026" in reply.text and "agenda is published on" in reply.text


def test_has_a_named_report_come_in_is_about_that_report(riverside):
    reply = riverside.say("has the cemeteries report come in yet")
    assert "Cemetery Provision Review" in reply.text and "Leisure Strategy" not in reply.text


def test_a_search_finds_titles_by_the_stem_of_its_word(riverside):
    riverside.say("add Cemeteries Maintenance Contract to the March meeting")
    reply = riverside.say("anything on cemeteries?")
    assert "Cemetery Provision Review" in reply.text and "Cemeteries Maintenance Contract" in reply.text


def test_a_request_with_a_reason_after_it_is_read_by_the_request(riverside):
    reply = riverside.say("can we cancel tuesday 3 feb? clashes with the all-member budget briefing", who="Cllr Maria Lopez")
    assert "Cancelled the meeting on Tuesday 3 February 2026" in reply.text
    reply = riverside.say("can we cancel the march one? half of us are away at the conference", who="Cllr Pete Nolan")
    assert "Only the chair" in reply.text


def test_reminders_said_in_weeks_and_days_become_working_days(riverside):
    reply = riverside.say("can authors get a reminder a fortnight before their deadline and then the day before?")
    assert "10" in reply.text and "1 working day" in reply.text
    assert riverside.store.nudge_days(riverside.panel.id) == (10, 1)


def test_removing_a_lead_by_a_shared_first_name_takes_the_one_who_leads_it(riverside):
    reply = riverside.say("take Jo off budget scrutiny session 2")
    assert "Jo Clarke" in reply.text and riverside.item("Budget Scrutiny Session 2").leads == ()


def test_a_change_to_an_action_named_by_one_shared_word_asks_first(riverside):
    from bot.conversation import Context, Reply
    from bot.language.asking import ask_weak_matter
    from bot.language.references import References
    from bot.language.titles import Hit
    from bot.language.understand import Reading

    store = riverside.store
    ruth = store.person_named("Ruth Osei")
    tree = next(m for m in store.matters(riverside.panel.id) if m.subject == "Tree survey briefing note")
    ctx = Context(store, NOW, ruth, riverside.panel)
    reading = Reading("update_matter", "update_matter", {"ref": tree.subject, "position": "x"}, 0.9)
    weak = References(matters=(Hit(tree.id, 0.4, 0, 6, fit=0.5, whole=0.25),))
    asked = ask_weak_matter(ctx, reading, weak, "the tree one: done", lambda r: Reply("Updated."))
    assert asked.text.startswith("Do you mean the action “Tree survey briefing note”?") and asked.ask is not None
    strong = References(matters=(Hit(tree.id, 0.9, 0, 20, fit=1.0, whole=0.8),))
    assert ask_weak_matter(ctx, reading, strong, "the tree one: done", lambda r: Reply("Updated.")) is None
    said_together = "the survey briefing went round, close it"  # two of its words in a row, and no other action
    assert ask_weak_matter(ctx, reading, weak, said_together, lambda r: Reply("Updated.")) is None


def test_a_meeting_named_by_what_is_on_it(riverside):
    reply = riverside.say("papers for the leisure strategy meeting need to be in by noon on Monday 17 November")
    assert "Tuesday 2 December 2025" in reply.text
    meeting = riverside.store.meeting_on(riverside.panel.id, date(2025, 12, 2))
    assert meeting.report_deadline is not None and meeting.report_deadline.date() == date(2025, 11, 17)


def test_a_report_sent_to_the_person_addressed_is_the_senders(riverside):
    reply = riverside.say("Ruth - cemetery provision report attached and sent 📎", who="Aisha Begum")
    assert "Marked “Cemetery Provision Review” as submitted" in reply.text


def test_a_new_actions_lead_said_after_it_or_as_agreed(riverside):
    riverside.say("the panel asked for footfall figures for each leisure centre - Dev to provide")
    riverside.say("we agreed Aisha would write to the parking contractor about penalties")
    riverside.say("new item: Public Conveniences Review, TBC")
    matters = {m.subject: m.lead for m in riverside.store.matters(riverside.panel.id)}
    assert matters.get("Footfall figures for each leisure centre") == "Dev Patel"
    assert matters.get("Write to the parking contractor about penalties") == "Aisha Begum"
    assert riverside.item("Public Conveniences Review").kind == "future"


def test_of_two_alike_items_the_one_still_to_come_is_meant(riverside):
    riverside.store.set_item_status(riverside.item("Budget Scrutiny Session 1").id, "considered")
    reply = riverside.say("deadline for the budget scrutiny paper?")
    assert "Budget Scrutiny Session 2" in reply.text and reply.ask is None


def test_a_report_received_from_someone_is_theirs_and_a_number_said_picks_the_numbered_title(riverside):
    riverside.say("add Budget Consultation Feedback to the February meeting, lead Aisha")
    reply = riverside.say("session 2 budget paper received from Jo C")
    assert "Marked “Budget Scrutiny Session 2” as submitted" in reply.text
    assert riverside.item("Budget Consultation Feedback").status == "planned"


def test_a_report_already_in_says_so(riverside):
    riverside.say("leisure strategy submitted", who="Dev Patel")
    reply = riverside.say("sent the leisure strategy report in last week", who="Dev Patel")
    assert "already marked as submitted" in reply.text


def test_a_report_said_not_to_be_in_is_never_marked_in(riverside):
    before = riverside.snapshot()
    riverside.say("Dev's leisure strategy report still isn't in - can you chase")
    riverside.say("no sign of the cemetery paper yet")
    assert riverside.snapshot() == before


def test_a_meetings_new_start_time(riverside):
    reply = riverside.say("the 3 Feb meeting will start at 6pm instead")
    assert "now starts at 18:00" in reply.text
    assert riverside.store.meeting_on(riverside.panel.id, date(2026, 2, 3)).time.hour == 18


def test_a_lead_named_with_words_after_the_name(riverside):
    riverside.say("put Aisha down as lead for street lighting")
    assert riverside.item("Street Lighting LED Replacement").leads == ("Aisha Begum",)


def test_an_actions_new_due_date_changes_the_action_not_an_item(riverside):
    before_items = riverside.snapshot()[0]
    reply = riverside.say("the tree survey briefing is now due in March")
    tree = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject == "Tree survey briefing note")
    assert "now due" in reply.text and tree.due == date(2026, 3, 3)
    assert riverside.snapshot()[0] == before_items


def test_an_actions_lead_is_told_who_keeps_the_schedule_and_nothing_changes(riverside):
    before = riverside.snapshot()
    for text in ("hate crime figures: police data arrives next week", "hate crime figures done, sent them round"):
        reply = riverside.say(text, who="Aisha Begum")
        assert "let them know" in reply.text and "Ruth Osei" in reply.text, reply.text
        assert riverside.snapshot() == before
    reply = riverside.say("position on the hate crime figures action: nearly there", who="Dev Patel")
    assert "Only the chair" in reply.text and riverside.snapshot() == before


def test_tuesday_week_is_a_week_on_from_the_coming_tuesday(riverside):
    reply = riverside.say("what's on tuesday week")  # Monday 10 November 2025: Tuesday 18th, no meeting
    assert "18 November 2025" in reply.text


def test_closing_someones_action_by_their_name(riverside):
    reply = riverside.say("close Dev's action")
    tree = next(m for m in riverside.store.matters(riverside.panel.id, status=None) if m.subject == "Tree survey briefing note")
    assert "Closed" in reply.text and tree.status == "closed"


def test_a_lowercase_initial_after_a_shared_first_name(riverside):
    assert "Budget Scrutiny Session" in riverside.say("anything for jo c").text


def test_the_whole_programme_is_not_narrowed_by_a_day_said_in_passing(riverside):
    reply = riverside.say("can I have the full work programme please, I'm briefing the group on Thursday")
    assert "Libraries Opening Hours Review" in reply.text and "Cemetery Provision Review" in reply.text


def test_the_x_report_does_not_pick_between_two_x_items(riverside):
    reply = riverside.say("the libraries report - defer it to march")
    assert reply.ask is not None and "Libraries Strategy" in reply.text and "Libraries Opening Hours Review" in reply.text


def test_a_position_after_a_colon_names_its_action_before_it(riverside):
    riverside.say("position on the ward hate crime action: figures reconciled with the police, going out Friday")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject == "Hate crime figures by ward")
    assert matter.position == "figures reconciled with the police, going out Friday"


def test_my_report_for_a_meeting_said_among_apologies(riverside):
    reply = riverside.say("apologies for the delay - my report for the 2nd has just gone over to Ruth", who="Dev Patel")
    assert "Marked “Leisure Strategy 2026-2030” as submitted" in reply.text


def test_whats_still_to_come_for_next_week_takes_the_meeting_just_after_it(riverside):
    reply = riverside.say("what are we still waiting for for the week after next")  # 24-30 Nov; meeting 2 Dec
    assert "2 December 2025" in reply.text


def test_new_actions_said_the_way_officers_log_them(riverside):
    riverside.say("add to the actions log - cemetery fees benchmarking (Aisha)")
    riverside.say("Jo C agreed to send the budget assumptions to members by Friday")
    riverside.say("members want a site visit to the new library - Dev to arrange")
    matters = {m.subject: m for m in riverside.store.matters(riverside.panel.id)}
    assert matters["Cemetery fees benchmarking"].lead == "Aisha Begum"
    assumptions = matters["Send the budget assumptions to members"]
    assert assumptions.lead == "Jo Clarke" and assumptions.due == date(2025, 11, 14)
    assert matters["A site visit to the new library"].lead == "Dev Patel"


def test_a_change_asked_about_or_only_thought_about_is_never_made(riverside):
    before = riverside.snapshot()
    for text in ["was the cemetery report submitted?", "has Aisha closed the tree survey action?",
                 "I wonder if we should drop the allotments item", "not sure the parking contract should be withdrawn",
                 "if the leisure strategy is late we'll push it to Feb", "the leisure strategy might slip to February",
                 "should we move the DoLS report to March?", "Dev said the tree survey note is nearly done"]:
        reply = riverside.say(text)
        assert riverside.snapshot() == before, (text, reply.text)
    thought = riverside.say("the leisure strategy might slip to February")
    assert thought.ask is not None and "(yes/no)" in thought.text
    riverside.say("yes")
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 2, 3)


def test_a_change_held_back_is_answered_with_how_things_stand(riverside):
    before = riverside.snapshot()
    for text in ["please don't move the DoLS report, Jo has booked the room", "leave the allotments item where it is",
                 "we're not dropping the libraries opening hours review after all", "cemetery report still not in 🙄"]:
        reply = riverside.say(text)
        assert riverside.snapshot() == before and reply.ask is None, (text, reply.text)
    assert "Cemetery Provision Review" in riverside.say("cemetery report still not in 🙄").text


def test_someone_elses_wish_passed_on_is_offered_not_made(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Aisha asked if she could move her cemetery report to February")
    assert riverside.snapshot() == before and "(yes/no)" in reply.text
    riverside.say("Dev wants to drop the libraries opening hours review")
    assert riverside.snapshot() == before
    riverside.say("note on the cemetery review - the cabinet member wants to attend")
    assert "cabinet member wants to attend" in riverside.item("Cemetery Provision Review").notes


def test_a_requested_by_already_worded_so_is_not_doubled(riverside):
    item = riverside.item("Street Lighting LED Replacement")
    riverside.store.db.execute("UPDATE items SET requested_by = ? WHERE id = ?", ["Requested by Cllr Lopez in July", item.id])
    reply = riverside.say("tell me about the street lighting item")
    assert "Requested by Cllr Lopez in July" in reply.text and "Requested by: Requested by" not in reply.text


def test_a_sender_named_after_the_item_is_the_sender(riverside):
    reply = riverside.say("cemetery provision - Aisha has sent the paper")
    assert "Marked “Cemetery Provision Review” as submitted" in reply.text


def test_actions_past_their_due_date(riverside):
    from tests.language.conftest import NOW as now
    later = now.replace(month=12, day=10)  # the tree survey note was due on 2 December
    reply = riverside.say("which actions are overdue?", "Ruth Osei", now=later)
    assert "Tree survey briefing note" in reply.text and "Hate crime figures by ward" not in reply.text


def test_a_new_items_title_is_what_was_asked_for_not_the_words_around_it(riverside):
    riverside.say("Members want a proper look at verge cutting, it came up at every surgery. Bung it on the February "
                  "agenda please, no lead yet")
    riverside.say("can we have a report on bus shelters - put it on for March")
    riverside.say("add a session on community fridges at some point, no date yet")
    titles = {i.title: i for i in riverside.store.items(riverside.panel.id)}
    assert titles["Verge cutting"].meeting_date == date(2026, 2, 3)
    assert "Bus shelters" in titles and titles["Community fridges"].meeting_id is None
    before = riverside.snapshot()
    assert "isn't a title" in riverside.say("bung it on the March agenda").text  # which 'it' was never said
    assert riverside.snapshot() == before


def test_an_action_logged_after_a_preamble_is_led_by_who_was_named(riverside):
    riverside.say("one we missed from November: Aisha to send members the burial fees comparison, due January")
    riverside.say("note that Dev will bring back the number of empty shops by ward")
    matters = {m.subject: m for m in riverside.store.matters(riverside.panel.id)}
    assert matters["Send members the burial fees comparison"].lead == "Aisha Begum"
    assert matters["Bring back the number of empty shops by ward"].lead == "Dev Patel"


def test_a_message_is_never_stored_as_an_items_title(riverside):
    before = riverside.snapshot()
    for text in ["add can you send me the latest version before we meet to possible future items",
                 "new item: could you send me what we have so far"]:
        reply = riverside.say(text)
        if reply.ask is not None:  # asked whether it is a new item: say it is
            reply = riverside.say("1")
        assert riverside.snapshot() == before and "Added" not in reply.text, (text, reply.text)


def test_a_question_about_an_action_says_where_that_action_stands(riverside):
    reply = riverside.say("did anyone close the tree survey action?")
    assert "“Tree survey briefing note” is still open" in reply.text and "Hate crime" not in reply.text


def test_a_note_said_after_that_is_the_note_and_an_empty_one_is_asked_for(riverside):
    riverside.say("can you note on the parking enforcement contract that the operator will send someone")
    assert riverside.item("Parking Enforcement Contract").notes == "the operator will send someone"
    before = riverside.snapshot()
    assert "What should the note say?" in riverside.say("add a note to the cemetery review").text
    assert riverside.snapshot() == before


def test_a_meeting_named_by_what_is_on_it_is_where_an_item_goes(riverside):
    riverside.say("defer the leisure strategy to the DoLS meeting, Dev needs the consultation results first")
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 2, 3)


def test_a_title_keeps_its_own_to_when_the_meeting_follows_a_comma(riverside):
    riverside.say("add an action for Aisha - list of shops that haven't signed up to the charter, next meeting")
    riverside.say("add Waste to energy plant, future")
    matters = {m.subject: m for m in riverside.store.matters(riverside.panel.id)}
    assert matters["List of shops that haven't signed up to the charter"].due == date(2025, 12, 2)
    assert riverside.item("Waste to energy plant").meeting_id is None


def test_the_sentence_that_asks_speaks_for_a_chatty_message(riverside):
    reply = riverside.say("Morning both, hope the weekend was kind. Catching up after leave - could someone remind me "
                          "what's on at the next panel? Want to read the papers on the train")
    assert "2 December 2025" in reply.text and "Cemetery Provision Review" in reply.text
    riverside.say("After Tuesday's walkabout the chair asked for a report on street cleansing. Can we pop that on "
                  "for March please")
    assert riverside.item("Street cleansing").meeting_date == date(2026, 3, 3)


def test_what_someone_presents_over_a_year_includes_what_has_no_date_yet(riverside):
    reply = riverside.say("what is Jo Marsh presenting next year")
    assert "Deprivation of Liberty Safeguards (DoLS) Annual Report" in reply.text
    assert "No date yet" in reply.text and "Allotments Waiting Lists" in reply.text
    assert "Allotments" not in riverside.say("what is Jo Marsh presenting in February").text  # one meeting: its items


def test_an_item_named_only_in_the_reason_is_never_the_one_changed(riverside):
    before = riverside.snapshot()
    reply = riverside.say("take the swimming item off the programme, it's being folded into the leisure strategy")
    assert riverside.snapshot() == before, reply.text


def test_a_report_landed_from_one_of_two_people_sharing_a_name_asks_which(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Jo's report just landed 🎉")
    assert reply.ask is not None and riverside.snapshot() == before
    assert "Jo Clarke" in reply.text and "Jo Marsh" in reply.text


def test_a_thought_or_a_no_the_classifier_cannot_place_still_asks_or_answers(riverside):
    before = riverside.snapshot()
    thought = riverside.say("thinking the libraries strategy might sit better in march tbh")
    held = riverside.say("we are NOT dropping the parking enforcement contract, whatever cabinet says")
    assert riverside.snapshot() == before
    assert thought.ask is not None and "Libraries Strategy" in thought.text
    assert held.ask is None and "Parking Enforcement Contract" in held.text


def test_a_report_come_in_from_someone_named_like_an_item_is_the_report_not_them(riverside):
    riverside.say("cemetery report has just come through from the parking enforcement team 🎉")
    assert riverside.item("Cemetery Provision Review").status == "submitted"
    assert riverside.item("Parking Enforcement Contract").status == "planned"


def test_is_a_called_off_month_still_meeting_says_it_was_called_off(riverside):
    riverside.say("cancel the March meeting")
    reply = riverside.say("are we still meeting in march? I've had nothing through")
    assert "cancelled" in reply.text and "3 March 2026" in reply.text


def test_who_does_an_item_names_its_lead_and_who_chairs_names_the_chair(riverside):
    assert "Lead: Aisha Begum" in riverside.say("who does the parking enforcement thing").text
    assert "Lead:" not in riverside.say("who chairs this panel?").text


def test_an_initial_after_a_first_name_finds_whose_action_it_is(riverside):
    reply = riverside.say("close Dev P's action")
    assert "Tree survey briefing note" in reply.text


def test_a_lead_given_as_first_name_and_initial_is_that_person(riverside):
    riverside.say("new item for March: Community Toilet Scheme, lead Jo M")
    assert riverside.item("Community Toilet Scheme").leads == ("Jo Marsh",)


def test_a_plain_request_is_not_undone_by_its_reason_after_it(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Dev here - can you push my leisure strategy to February, still waiting on the consultants",
                          "Dev Patel")
    assert riverside.snapshot() == before and "Only the chair" in reply.text  # an author asked: refused, not ignored
    riverside.say("can you push the leisure strategy to February, still waiting on the consultants")
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 2, 3)


def test_papers_due_by_a_day_for_a_loosely_named_meeting_set_the_next_meeting_after_that_day(riverside):
    reply = riverside.say("papers for the budget meeting need to be with me by 5pm on Friday 23 January")
    feb = next(m for m in riverside.store.meetings(riverside.panel.id) if m.date == date(2026, 2, 3))
    assert "Tuesday 3 February 2026" in reply.text and "17:00 on Friday 23 January 2026" in reply.text
    assert feb.report_deadline.hour == 17 and feb.report_deadline.date() == date(2026, 1, 23)
    before = riverside.snapshot()
    reply = riverside.say("papers need to be with me by noon on 10 April")  # no meeting in the four weeks after
    assert riverside.snapshot() == before and "Which meeting?" in reply.text


def test_when_an_agenda_must_go_out_is_answered_not_offered_as_a_change(riverside):
    reply = riverside.say("wen does the agenda for the 3rd of feb hav to go out")
    assert "For the meeting on Tuesday 3 February 2026" in reply.text and "agenda is published on" in reply.text
    reply = riverside.say("when was the agenda for next week meant to be out?", now=datetime(2025, 11, 26, 9, 0))
    assert "For the meeting on Tuesday 2 December 2025" in reply.text


def test_that_one_with_nothing_named_asks_which_item_and_reads_the_answer_in_its_place(riverside):
    before = riverside.snapshot()
    reply = riverside.say("that one can wait till March")
    assert reply.ask is not None and "Which item" in reply.text and riverside.snapshot() == before
    reply = riverside.say("the libraries strategy")
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 3, 3), reply.text


def test_news_with_a_new_due_date_records_both_and_a_past_word_elsewhere_does_not_make_the_date_past(riverside):
    reply = riverside.say("update the tree survey action - the draft went round last week, final version due in February")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject == "Tree survey briefing note")
    assert matter.due == date(2026, 2, 3) or (matter.due and matter.due.year == 2026 and matter.due.month == 2), reply.text
    assert "the draft went round last week" in matter.position


def test_a_second_thought_after_two_taking_back_words_names_the_lead(riverside):
    riverside.say("Aisha to lead on street lighting. actually sorry, make that Jo Marsh")
    assert riverside.item("Street Lighting LED Replacement").leads == ("Jo Marsh",)


def test_what_someone_owes_lists_their_reports_and_their_open_actions(riverside):
    reply = riverside.say("what does Dev owe us")
    assert "Libraries Strategy" in reply.text and "Tree survey briefing note" in reply.text


def test_an_item_named_by_its_author_and_number_is_that_authors_one(riverside):
    riverside.say("Jo C's session 2 is going to March, the settlement is late")
    assert riverside.item("Budget Scrutiny Session 2").meeting_date == date(2026, 3, 3)
    before = riverside.snapshot()
    reply = riverside.say("Jo C's budget report has gone in", "Jo Marsh")  # the other Jo: refused, not asked which
    assert riverside.snapshot() == before and "Only the report's lead" in reply.text


def test_the_request_in_a_long_message_is_read_from_its_own_sentence_or_clause(riverside):
    reply = riverside.say("Morning all. Residents keep emailing me about fly-tipping in the lanes. Could we have a "
                          "report on fly-tipping enforcement at the March meeting? Thanks")
    assert "Added “Fly-tipping enforcement” to the Tuesday 3 March 2026 meeting" in reply.text
    riverside.say("Aisha's cemetery paper is going to February now, she's still waiting on the Welsh Government letter")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3)


def test_a_new_action_from_today_names_its_lead_and_a_vague_time_makes_a_future_item(riverside):
    reply = riverside.say("new action from today - Aisha to circulate the cemetery fees comparison by Feb")
    assert "“Circulate the cemetery fees comparison” (lead Aisha Begum, due February 2026)" in reply.text
    reply = riverside.say("Members want a look at bus shelters at some point this year, no date yet - can you add it?")
    shelters = riverside.item("Bus shelters")
    assert shelters.meeting_id is None and "possible future items" in reply.text


def test_a_month_said_after_a_correction_replaces_the_first_even_when_it_is_may():
    assert corrected_date("push the vaping review to september, no wait, make it may") == "push the vaping review to may"
    assert corrected_date("move it to june - sorry, may I ask why") == "move it to june - sorry, may I ask why"


def test_a_question_about_a_withdrawn_item_named_plainly_says_it_was_withdrawn(riverside):
    riverside.say("withdraw the parking enforcement contract")
    reply = riverside.say("what happened to the parking enforcement item? someone at the leisure centre asked")
    assert "Parking Enforcement Contract" in reply.text and "withdrawn" in reply.text


def test_a_word_and_its_noun_in_ation_find_each_other(riverside):
    riverside.say("add Water Fluoridation Scheme as a future item")
    reply = riverside.say("got anything on fluoride")
    assert "Water Fluoridation Scheme" in reply.text


def test_the_thing_a_councillor_asked_for_is_the_item_requested_by_them(riverside):
    riverside.say("add Dog fouling enforcement as a future item, requested by Cllr Pete Nolan, October 2025")
    reply = riverside.say("is the thing Pete asked for in October on yet?")
    assert "Dog fouling enforcement" in reply.text and reply.ask is None


def test_dates_said_loosely_name_meetings_not_people_or_future_items(riverside):
    reply = riverside.say("what's pencilled in for March")
    assert "Tuesday 3 March 2026" in reply.text and "Libraries Opening Hours Review" in reply.text
    reply = riverside.say("o/s matters for the 3rd of Feb?")
    assert "Due by the 3 February 2026 meeting" in reply.text and "Hate crime figures by ward" in reply.text
    assert parse_when("has anyone sent in their may reports yet?", NOW).month == (2026, 5)


def test_a_year_in_a_title_tells_this_years_report_from_last_years():
    titles = {1: "Director of Public Health Annual Report 2046", 2: "Director of Public Health Annual Report 2047"}
    hits = rank_titles(tokens("the DPH annual report 2047"), titles, set())
    assert [h.thing for h in hits] == [2]


def test_a_new_item_asked_for_after_a_story_takes_its_title_and_meeting_from_the_asking(riverside):
    reply = riverside.say("Morning. After the storm last month a few members asked about flooding at the depot. "
                          "Can we have a future item on depot flood defences? Thanks")
    assert "Added “Depot flood defences” to possible future items" in reply.text
    reply = riverside.say("Good morning. The panel should receive a report on the market hall roof at the March "
                          "meeting. Kindly add it to the programme. Regards")
    assert "roof” to the Tuesday 3 March 2026 meeting" in reply.text and "at the March" not in reply.text


def test_an_action_named_only_in_a_question_beside_a_change_is_not_the_one_changed(riverside):
    riverside.say("push the libraries strategy to March - and has Aisha sent anything on the hate crime figures yet?")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject == "Hate crime figures by ward")
    assert matter.position == "" and matter.due == date(2026, 2, 3)
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 3, 3)


def test_we_means_the_panel_and_on_after_a_month_is_the_next_meeting_after_it(riverside):
    reply = riverside.say("what outstanding actions have we got", "Jo Marsh")
    assert "Tree survey briefing note" in reply.text and "Hate crime figures by ward" in reply.text
    reply = riverside.say("whats on after december")
    assert "Tuesday 3 February 2026" in reply.text and "Libraries Strategy" in reply.text


def test_may_with_a_year_or_a_day_is_the_month_and_a_time_with_a_dot_is_not_a_date():
    assert parse_when("May 2026", NOW).month == (2026, 5)
    assert parse_when("may 21st", NOW).day == date(2026, 5, 21)
    when = parse_when("a special meeting on tues 27 january at 6.30", NOW)
    assert when.day == date(2026, 1, 27) and when.at.hour == 18 and when.at.minute == 30


def test_two_letters_swapped_still_find_the_month_and_the_title(riverside):
    reply = riverside.say("whats on for the meeting after janaury")
    assert "Tuesday 3 February 2026" in reply.text
    reply = riverside.say("who's doing the cemetrey review")
    assert "Aisha Begum" in reply.text


def test_someone_away_and_another_asked_to_pick_it_up_sets_the_new_lead(riverside):
    riverside.say("Aisha's off on secondment from January. Can Jo Marsh pick up the cemetery review?")
    assert riverside.item("Cemetery Provision Review").leads == ("Jo Marsh",)


def test_agenda_publication_for_a_meeting_said_without_a_question_mark_is_answered(riverside):
    before = riverside.snapshot()
    reply = riverside.say("agenda publication for the march meeting")
    assert "For the meeting on Tuesday 3 March 2026" in reply.text and riverside.snapshot() == before


def test_haven_t_without_its_apostrophe_asks_what_is_still_to_come(riverside):
    reply = riverside.say("which december reports havent come in yet")
    assert reply.text.startswith("Still to come for the 2 December 2025 meeting")


def test_a_question_after_small_talk_an_emoji_or_an_apology_is_the_question_answered(riverside):
    reply = riverside.say("morning all, hope everyone is well 🙂 what's on the agenda in december?", "Aisha Begum")
    assert "Tuesday 2 December 2025" in reply.text and "Cemetery Provision Review" in reply.text
    reply = riverside.say("Afternoon all. Apologies if this has been circulated already but I can't find it in my "
                          "inbox - what's coming to the next meeting? Many thanks, Jo", "Jo Marsh")
    assert reply.text.startswith("Next meeting of the Communities Scrutiny Panel") and reply.ask is None


def _brinscombe(tmp_path):
    """Development programme BW (trading standards): an item and an action both about food hygiene."""
    programme = tomllib.loads((HELDOUT / "programme_bw.toml").read_text(encoding="utf-8"))
    build(tmp_path / "bw.db", programme)
    council = Riverside(open_store(tmp_path / "bw.db"))  # the same talker, on another programme
    now = datetime.fromisoformat(programme["now"])
    return council.store, lambda text: council.say(text, "Lorna Pentecost", now=now)


def test_a_move_to_a_month_in_words_that_fit_an_item_and_an_action_alike_moves_the_item(tmp_path):
    # nineteenth session: every development set that says it so means the item, and none expects a question
    store, say = _brinscombe(tmp_path)
    panel = store.panels()[0].id
    before = store.matters(panel)
    reply = say("food hygiene to july pls - Ifeoma's waiting on FSA data")
    item = next(i for i in store.items(panel) if i.title == "Food Hygiene Rating Scheme Performance")
    assert item.meeting_date.month == 7 and store.matters(panel) == before, reply.text


def test_a_move_to_a_month_in_words_that_say_more_of_the_action_asks_which_and_each_choice_runs(tmp_path):
    store, say = _brinscombe(tmp_path)
    panel = store.panels()[0].id
    before = store.matters(panel)
    reply = say("food hygiene rerating - now coming to the july meeting instead")
    assert reply.ask is not None and store.matters(panel) == before
    reply = say("2")
    matter = next(m for m in store.matters(panel) if m.subject == "Food hygiene rerating waiting times")
    assert "july" in matter.position.lower(), reply.text


def test_two_items_moved_together_are_moved_even_when_an_action_shares_their_words(tmp_path):
    store, say = _brinscombe(tmp_path)
    panel = store.panels()[0].id
    say("move both the scams evaluation and the food hygiene paper to july")
    matter = next(m for m in store.matters(panel) if m.subject == "Food hygiene rerating waiting times")
    moved = {i.title: i.meeting_date for i in store.items(panel)}
    assert matter.position == "" and moved["Food Hygiene Rating Scheme Performance"].month == 7
    assert moved["Scams Awareness Campaign Evaluation"].month == 7


def test_whats_on_after_a_holiday_and_a_new_meeting_beside_a_cancelled_one(riverside):
    reply = riverside.say("what's on after christmas")
    assert "Tuesday 3 February 2026" in reply.text and "Libraries Strategy" in reply.text
    reply = riverside.say("we need a special meeting on 17 March to cover the stuff from the cancelled one")
    assert reply.text.startswith("Added a meeting") and "17 March 2026" in reply.text


def test_a_new_actions_lead_said_with_its_due_month_is_its_lead(riverside):
    reply = riverside.say("add an action: cemetery fees benchmarking, Aisha to bring to February")
    assert "“Cemetery fees benchmarking” (lead Aisha Begum, due February 2026)" in reply.text


def _riverside_with(tmp_path, panel: str = "", **more) -> Riverside:
    """Riverside's programme with more people, meetings or future items (lists added to its own), or another name."""
    programme = {**PROGRAMME, **{key: PROGRAMME[key] + added for key, added in more.items()}}
    programme["panel"] = panel or PROGRAMME["panel"]
    build(tmp_path / "variant.db", programme)
    return Riverside(open_store(tmp_path / "variant.db"))


def _with_an_officer_named_ben(tmp_path):
    return _riverside_with(tmp_path, person=[{"name": "Ben Okafor", "role": "report-author", "slack_id": "U0OKAFOR"}])


def test_an_action_owed_by_a_first_name_a_councillor_shares_is_the_officers(tmp_path):
    council = _with_an_officer_named_ben(tmp_path)
    reply = council.say("note that Ben will send members the bereavement services survey results")
    matter = next(m for m in council.store.matters(council.panel.id) if "survey results" in m.subject)
    assert matter.lead == "Ben Okafor", reply.text


def test_a_lead_said_by_a_first_name_a_councillor_shares_is_still_asked(tmp_path):
    council = _with_an_officer_named_ben(tmp_path)
    before = council.snapshot()
    reply = council.say("Ben to lead on the cemetery review")
    assert reply.ask is not None and "Cllr Ben Archer" in reply.text and "Ben Okafor" in reply.text
    assert council.snapshot() == before


def test_the_person_added_to_an_item_is_not_the_one_said_to_lead_it_already(riverside):
    riverside.say("Aisha's cemetery review - add Dev as a co-author please")
    assert riverside.item("Cemetery Provision Review").leads == ("Aisha Begum", "Dev Patel")
    riverside.say("add Jo C to the leisure strategy... no wait, Dev's on it already - add Jo M")
    assert riverside.item("Leisure Strategy 2026-2030").leads == ("Dev Patel", "Jo Marsh")


def test_an_actions_lead_named_alone_between_commas_is_its_lead(riverside):
    reply = riverside.say("add an action: count of unused grave plots by cemetery, Aisha, due March")
    assert "“Count of unused grave plots by cemetery” (lead Aisha Begum, due March 2026)" in reply.text


def test_texting_spellings_and_a_greeting_to_two_still_get_the_answer(riverside):
    reply = riverside.say("wen is the leisure strategy due")
    assert "Leisure Strategy 2026-2030" in reply.text and "2 December 2025" in reply.text
    reply = riverside.say("Hi Ruth / bot - when does the February agenda go out?")
    assert "Tuesday 3 February 2026" in reply.text and "Ruth Osei's" not in reply.text


def test_a_lead_change_naming_no_one_and_nothing_gives_way_to_the_next_reading():
    ranked = [("remove_lead", 0.57), ("cancel_meeting", 0.23), ("move_meeting", 0.07), ("meeting_agenda", 0.02)]
    weighed = adjust(ranked, Force(), item_found=False, matter_found=False, person_found=False)
    assert weighed[0][0] == "cancel_meeting" and decide(weighed) == ("act", ["cancel_meeting"])
    kept = adjust(ranked, Force(), item_found=False, matter_found=False, person_found=True)
    assert kept[0][0] == "remove_lead"


def test_my_report_due_to_someone_is_the_senders_own(riverside):
    reply = riverside.say("when's my report due to Ruth", "Dev Patel")
    assert "Leisure Strategy 2026-2030" in reply.text and "Libraries Strategy" in reply.text


def test_a_new_item_asked_for_after_a_greeting_and_a_preface_takes_its_words_from_the_asking(riverside):
    reply = riverside.say("Hi Ruth, hope the weekend was good. Following the residents' meeting last week, could we "
                          "have an item on bus shelter repairs at the march meeting? Many thanks, Maria",
                          "Cllr Maria Lopez")
    assert reply.text.startswith("Added “Bus shelter repairs” to the Tuesday 3 March 2026 meeting"), reply.text


def test_a_request_taken_back_and_made_again_in_full_changes_only_the_second_item(riverside):
    riverside.say("we're moving the leisure strategy... actually no, it's fine where it is. push the cemetery review "
                  "to february instead")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3)
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2025, 12, 2)


def test_a_past_word_in_an_earlier_sentence_does_not_make_the_move_last_year(riverside):
    riverside.say("Just had a call from Dev. The libraries strategy won't be ready so we're pushing it to March")
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 3, 3)


def test_a_time_ago_is_not_a_number_in_a_title_and_a_hyphenated_title_is_found_spaced(tmp_path):
    council = _riverside_with(tmp_path, future=[{"title": "Fly-Tipping Enforcement", "leads": []}])
    council.say("leisure strategy 2026-2030 report went over to Ruth 10 mins ago", "Dev Patel")
    assert council.item("Leisure Strategy 2026-2030").status == "submitted"
    reply = council.say("anything on fly tipping?")
    assert "Fly-Tipping Enforcement" in reply.text


def test_the_panel_called_by_what_it_is_names_its_meetings_not_an_item(tmp_path):
    council = _riverside_with(tmp_path, "Housing Scrutiny Commission",
                              future=[{"title": "Commission Work Programme", "leads": []}])
    reply = council.say("when does the commission next meet?")
    assert "Tuesday 2 December 2025" in reply.text and "Commission Work Programme" not in reply.text


def test_a_meeting_asked_after_by_day_and_month_is_said_to_be_off_when_cancelled(riverside):
    riverside.say("cancel the 3 march meeting")
    riverside.say("yes")
    reply = riverside.say("are we still on for the 3rd march")
    assert "was cancelled" in reply.text and "3 March 2026" in reply.text


def test_the_date_in_the_question_is_the_one_asked_about_not_one_in_an_aside(riverside):
    reply = riverside.say("when do papers for february need to be in? I'm away from the 21st")
    assert "Tuesday 3 February 2026" in reply.text


def test_a_greeting_with_a_mention_and_quick_one_is_not_part_of_the_topic(riverside):
    reply = riverside.say("hey <@U0PATEL> quick one - is the libraries strategy still coming in february?")
    assert reply.text.startswith("Yes") and "Libraries Strategy" in reply.text


def test_a_question_about_a_meeting_that_names_a_withdrawn_item_is_answered_about_the_item(riverside):
    riverside.say("withdraw the libraries opening hours review")
    reply = riverside.say("are we still getting the opening hours review in march?", "Cllr Pete Nolan")
    assert "Libraries Opening Hours Review" in reply.text and "withdrawn" in reply.text


def test_two_items_said_as_news_or_joined_by_a_plus_are_both_moved(riverside):
    riverside.say("both the cemetery review and the parking contract are going to february")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3)
    assert riverside.item("Parking Enforcement Contract").meeting_date == date(2026, 2, 3)
    riverside.say("cemetery review + leisure strategy both to march pls, december's rammed")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 3, 3)
    assert riverside.item("Leisure Strategy 2026-2030").meeting_date == date(2026, 3, 3)


def test_of_two_items_moved_together_one_already_there_the_other_is_moved(riverside):
    reply = riverside.say("move the libraries strategy and the parking enforcement items to 3 feb - neither is ready")
    assert riverside.item("Parking Enforcement Contract").meeting_date == date(2026, 2, 3)
    assert "already" in reply.text and "Libraries Strategy" in reply.text


def test_a_phones_signature_and_thanks_after_the_month_are_not_part_of_the_request(riverside):
    reply = riverside.say("push the cemetery review to feb pls thx (sent from my iPhone)")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 2, 3), reply.text


def test_someones_report_moved_with_no_title_asks_which_of_theirs_and_the_answer_runs(riverside):
    reply = riverside.say("move Jo M's report to march")
    assert reply.ask is not None and "Deprivation of Liberty Safeguards (DoLS) Annual Report" in reply.text
    assert "Allotments Waiting Lists" in reply.text and "Libraries Strategy" not in reply.text
    riverside.say("1")
    assert riverside.item("Deprivation of Liberty Safeguards (DoLS) Annual Report").meeting_date == date(2026, 3, 3)


def test_a_lead_named_in_lower_case_or_after_a_mention_of_someone_else_is_the_lead(tmp_path):
    council = _riverside_with(tmp_path, person=[{"name": "Grace Adeyemi", "role": "report-author",
                                                 "slack_id": "U0ADEYEMI"}])
    council.say("grace to lead on street lighting")
    assert council.item("Street Lighting LED Replacement").leads == ("Grace Adeyemi",)
    council.say("<@U0OSEI> Aisha to lead on the allotments item please")
    assert council.item("Allotments Waiting Lists").leads == ("Aisha Begum",)


def test_a_meeting_named_by_its_month_alone_is_the_one_pushed_back(riverside):
    riverside.say("push march back a week")
    assert any(m.date == date(2026, 3, 10) for m in riverside.store.meetings(riverside.panel.id))


def test_a_change_held_back_with_a_reason_after_it_changes_nothing(riverside):
    before = riverside.snapshot()
    reply = riverside.say("please don't cancel the march meeting, we need it for the parking contract")
    assert riverside.snapshot() == before and reply.ask is None and "3 March 2026" in reply.text


def test_a_request_taken_back_and_said_again_as_news_changes_only_the_thing_said_after(riverside):
    riverside.say("move the libraries strategy to march... no wait, sorry, it's the cemetery review that's slipping "
                  "to march")
    assert riverside.item("Cemetery Provision Review").meeting_date == date(2026, 3, 3)
    assert riverside.item("Libraries Strategy").meeting_date == date(2026, 2, 3)
    riverside.say("cancel the december meeting... hang on, no, december's fine - it's february we need to cancel")
    status = {m.date: m.status for m in riverside.store.meetings(riverside.panel.id)}
    assert status[date(2025, 12, 2)] != "cancelled" and status[date(2026, 2, 3)] == "cancelled"


def test_not_withdrawing_said_with_an_aside_changes_nothing_and_keeps_its_word_form(riverside):
    assert "not withdrawing" in normalise("we're not withdrawing the parking item")
    before = riverside.snapshot()
    riverside.say("we're not withdrawing the parking contract item, just so everyone knows")
    assert riverside.snapshot() == before


def test_a_meeting_named_by_day_and_month_is_that_one_not_the_next_with_that_day(riverside):
    riverside.say("the 3rd March meeting is off, too close to purdah")
    status = {m.date: m.status for m in riverside.store.meetings(riverside.panel.id)}
    assert status[date(2026, 3, 3)] == "cancelled" and status[date(2026, 2, 3)] != "cancelled"


def test_a_move_to_a_season_with_two_meetings_in_it_asks_which(tmp_path):
    council = _riverside_with(tmp_path, meeting=[{"date": "2026-09-15", "items": []}, {"date": "2026-10-20", "items": []}])
    reply = council.say("defer the parking enforcement contract to the autumn")
    assert reply.ask is not None and "15 September 2026" in reply.text and "20 October 2026" in reply.text
    assert council.item("Parking Enforcement Contract").meeting_date == date(2026, 3, 3)


def test_a_report_come_in_that_two_items_fit_with_no_one_named_asks_which(riverside):
    riverside.say("add Cemetery Provision Review - Phase 2 as a future item")
    before = riverside.snapshot()
    reply = riverside.say("the cemetery provision report has come in")
    assert reply.ask is not None and "Cemetery Provision Review - Phase 2" in reply.text
    assert riverside.snapshot() == before


def test_an_action_asked_for_after_small_talk_takes_its_words_from_the_asking(riverside):
    reply = riverside.say("Good session this morning. Can you note that Aisha will send round the burial plot figures")
    assert "“Send round the burial plot figures” (lead Aisha Begum" in reply.text, reply.text


def test_the_schedule_asked_for_as_at_a_day_to_come_is_the_whole_schedule(riverside):
    reply = riverside.say("can I see the schedule of outstanding actions before our pre-meet on Thursday?")
    assert "Tree survey briefing note" in reply.text and "Hate crime figures by ward" in reply.text
