"""Round 6 of the minutes reader: general ways minutes are worded, each in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.structure import sentences


def _got(text: str, meeting=date(2024, 3, 12)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def test_a_sentence_ending_in_an_acronym_ends_there_but_an_initial_does_not():
    assert sentences("Members met the ICB. Later the Chair spoke. Mr J. Hale agreed.") == [
        "Members met the ICB.", "Later the Chair spoke.", "Mr J. Hale agreed."]


def test_a_group_the_panel_agreed_would_act_owes_the_action_and_leads_it():
    text = ("4 Library Review\nThe Head of Libraries, Anna Cole, presented the report. The panel agreed that the "
            "scoping group would draft terms of reference for the review of mobile libraries. Members thanked her.\n")
    assert [(s, lead.lower()) for s, lead in _got(text)] == [
        ("Draft terms of reference for the review of mobile libraries", "scoping group")]


def test_a_suggestion_that_something_should_be_done_on_a_topic_is_owed_by_no_one_who_suggested_it():
    text = ("6 Transport\nThe Chair suggested that, following the letter from Jo Reed, Chair of the Cycling Forum, "
            "a briefing should be arranged on the new cycle hub.\n")
    got = _got(text)
    assert len(got) == 1 and "briefing" in got[0][0].lower() and "cycle hub" in got[0][0].lower()
    assert got[0][1] not in {"Chair", "Jo Reed"}


def test_an_undertaking_recalled_as_not_yet_kept_is_still_owed_by_who_gave_it():
    text = ("3 Matters arising\nCllr Hart noted that Ms Okafor had undertaken at the last meeting to provide figures on "
            "void garages in each ward, but these had not arrived.\n")
    assert _got(text) == [("Figures on void garages in each ward, but these had not arrived", "Ms Okafor")]


def test_a_report_to_be_sent_somewhere_is_what_was_undertaken_not_a_sentence_about_it():
    text = ("5 Planning\nThe Chair said that Councillor Amis and Councillor Bell had undertaken to write a letter to be "
            "sent to the Planning Inspectorate.\n")
    [(subject, lead)] = _got(text)
    assert "Planning Inspectorate" in subject and not subject.startswith("Councillor")
    assert lead == "Councillor Amis and Councillor Bell"


def test_a_placeholder_subject_does_not_swallow_a_different_matter_in_the_same_item():
    text = ("8 Follow-up items\nMs Grant had undertaken to circulate details of the grass cutting contract. It was agreed "
            "that this would be considered at the next meeting.\n")
    subjects = [s for s, _ in _got(text)]
    assert any("grass cutting contract" in s for s in subjects)


def test_the_due_phrase_goes_and_the_topic_after_it_stays():
    text = "9 Members' attendance\nRESOLVED: That the Head of Legal Services prepare a report at the next meeting " \
           "regarding substitute members at site visits.\n"
    [(subject, lead)] = _got(text)
    assert "substitute members" in subject and lead == "Head of Legal Services"


def test_an_invitation_to_present_in_the_meeting_and_a_task_group_talked_of_are_not_owed():
    text = ("2 Housing\nThe Chair invited Ms Lee to present the housing strategy report. Members discussed the option of "
            "forming a Task Group to examine empty homes.\n")
    assert _got(text) == []


def test_a_tables_made_to_cell_is_the_lead_of_the_recommendation_before_it():
    text = ("Ref |\nRecommendation |\nMade to |\nProgress |\nR4 |\n3 May 2023 |\nThat a breakdown of missed bin\n"
            "collections by ward be provided. |\nThe Cabinet Member for\nEnvironment, Waste and Recycling |\nUnder way |\n"
            "R5 |\n3 May 2023 |\nThat options for a second\nrecycling centre be explored. |\nThe Director of\nPlace |\n"
            "Pending |\n")
    assert _got(text) == [("Breakdown of missed bin collections by ward", "Cabinet Member for Environment, Waste and Recycling"),
                          ("Options for a second recycling centre", "Director of Place")]


def test_a_rule_that_was_bound_and_a_titled_report_accepted_owe_nothing():
    text = ("3 Membership\nAs agreed last year, any changes to the sub-group's membership were required to be reported to "
            "the board.\nThe Committee AGREED that the Annual Review Report (Appendix 2) be accepted and supported the "
            "approach to be presented to Cabinet.\n")
    assert _got(text) == []



def test_a_lettered_run_after_the_discussion_is_a_resolution_even_when_the_page_lost_its_label():
    text = ("5 Work programme\nThe Panel considered a report of the Head of Scrutiny on its work programme.\n"
            "(a) the work programme be agreed;\n(b) the Panel's meeting in June includes a report on bus subsidies.\n")
    assert [s for s, _ in _got(text)] == ["Report on bus subsidies"]


def test_a_report_the_panel_will_receive_is_led_by_who_does_the_work_named_in_the_sentence():
    text = ("6 Highways\nThe Committee would receive a further report on pothole repairs in March after Mrs Ndlovu had "
            "met the contractor.\n")
    assert _got(text) == [("Further report on pothole repairs", "Mrs Ndlovu")]


def test_what_a_group_will_report_on_is_what_the_relative_clause_hangs_from():
    text = ("7 Scrutiny requests\nMembers were told of three requests on which the Review Group would report in due "
            "course.\n")
    assert _got(text) == [("Report on three requests", "Review Group")]


def test_what_the_government_announced_is_news_not_owed():
    text = ("RESOLVED: On planning, the Chair explained that the Minister had announced that the cap on "
            "second homes would be lifted next year.\n")
    assert _got(text) == []
