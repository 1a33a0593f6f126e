"""Messages that say more than the request: a question after a change, a plan to read up after a question, a
doubting tag ('are we?'), a meeting named by where it is held."""
from __future__ import annotations


def test_the_sentence_that_asks_speaks_for_a_message_with_other_plans_in_it(riverside):
    reply = riverside.say("Hi all and happy holidays when they come! Could someone tell me what's on the first meeting "
                          "of the new year? I'd like to read the papers over the break. Many thanks", who="Cllr Pete Nolan")
    assert "Libraries Strategy" in reply.text, reply.text


def test_a_change_doubted_with_a_tag_is_answered_not_made(riverside):
    before = riverside.snapshot()
    reply = riverside.say("we're not moving cemetery off the 2nd are we? health partners have booked it",
                          who="Cllr Maria Lopez")
    assert riverside.snapshot() == before and "Cemetery Provision Review" in reply.text and reply.ask is None, reply.text


def test_a_request_first_keeps_its_title_when_a_question_follows(riverside):
    reply = riverside.say("Given the complaints from parents, can we add a report on school run congestion to the march "
                          "meeting please? Also - who's presenting the parking item that night?", who="Cllr Maria Lopez")
    titles = riverside.titles()
    assert "School run congestion" in titles and not any(t.lower().startswith("who") for t in titles), reply.text


def test_a_new_action_for_the_sender_stops_before_a_question_about_their_list(riverside):
    reply = riverside.say("Action for me - chase the bus operators about the timetable. And what else is on my SOM?")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "bus operators" in m.subject)
    assert "SOM" not in matter.subject and matter.lead == "Ruth Osei", reply.text


def test_a_topic_to_scrutinise_is_the_new_items_title(riverside):
    reply = riverside.say("Having spoken to the Leader, I'd like us to scrutinise the council's use of chatbots - could "
                          "that go on for March please?", who="Cllr Maria Lopez")
    assert "The council's use of chatbots" in riverside.titles(), reply.text


def test_whats_due_back_in_a_month_is_counted_to_that_meeting_not_raised_at_it(riverside):
    reply = riverside.say("what's due back in february from the SOM")
    assert "Hate crime figures by ward" in reply.text, reply.text


def test_a_months_publication_date_said_as_a_statement_sets_it(riverside):
    reply = riverside.say("feb pub date is 23 january pls, dem services want it out early")
    meeting = next(m for m in riverside.store.meetings(riverside.panel.id) if m.date.isoformat() == "2026-02-03")
    assert meeting.agenda_published is not None and meeting.agenda_published.isoformat() == "2026-01-23", reply.text


def test_a_meeting_named_by_where_it_is_held(riverside):
    riverside.say("add a meeting on Tuesday 14 April 2026 at the Riverside Museum")
    reply = riverside.say("what's coming to the museum meeting")
    assert "14 April" in reply.text, reply.text


def test_a_report_already_in_said_to_have_arrived_marks_no_other_of_its_authors(riverside):
    riverside.say("add Liberty Safeguards Supplier Assurance to the December meeting, lead Jo Marsh")
    riverside.say("Jo Marsh's supplier assurance report is in")
    reply = riverside.say("jo m's supplier paper has arrived i think")
    titles = riverside.titles()
    assert titles["Deprivation of Liberty Safeguards (DoLS) Annual Report"].status != "submitted", reply.text


def test_a_change_said_by_words_a_considered_item_and_live_ones_share_asks_among_them(riverside):
    from bot.changes import SetItemStatus
    for title in ("Youth Justice Plan 2031/32 - First Draft", "Youth Justice Plan 2031/32 - Final Sign-off"):
        riverside.say(f"add '{title}' to the February meeting")
    riverside.say("add Youth Justice Plan 2030/31 to the December meeting")
    riverside.store.apply([SetItemStatus(riverside.titles()["Youth Justice Plan 2030/31"].id, "considered")], "test")
    before = riverside.snapshot()
    reply = riverside.say("the youth justice plan item is moving to march", who="Cllr Maria Lopez")
    assert riverside.snapshot() == before and "First Draft" in reply.text and "Final Sign-off" in reply.text, reply.text


def test_a_short_request_first_is_not_lost_to_a_reason_after_it(riverside):
    before = {t for t in riverside.titles()}
    reply = riverside.say("DoLS report -> march, jo wants to add the new guidance", who="Cllr Maria Lopez")
    assert set(riverside.titles()) == before, reply.text
    assert riverside.titles()["Deprivation of Liberty Safeguards (DoLS) Annual Report"].meeting_date.isoformat() == \
        "2026-03-03", reply.text


def test_words_that_fit_several_items_and_an_action_alike_change_neither(riverside):
    for part, month in (("2", "February"), ("3", "March")):
        riverside.say(f"add 'Exercise Lantern - Part {part}' to the {month} meeting")
    riverside.say("add an action: Exercise Lantern lessons log, lead Dev Patel, due 3 February")
    before = riverside.snapshot()
    reply = riverside.say("push exercise lantern back to march", who="Cllr Maria Lopez")
    assert riverside.snapshot() == before, reply.text
