"""Round 7 of the minutes reader: general ways minutes are worded, each in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.due import due_of
from bot.minutes.reader import weighed
from bot.minutes.subject import subject_of_clause
from bot.minutes.undertaking import hedged


def _got(text: str, meeting=date(2024, 3, 12)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def _ruled(text: str, meeting=date(2024, 3, 12)):
    """What the rules read alone, without the clause model."""
    return [(p.subject, p.lead) for p in read_minutes(text, meeting, (), None).proposals]


def test_a_report_noted_as_coming_to_a_future_meeting_is_owed():
    text = ("7 Libraries\nIt was noted that a report on opening hours at branch libraries would be presented at a "
            "future meeting of the Panel.\n")
    got = _got(text)
    assert len(got) == 1 and "opening hours" in got[0][0]


def test_a_report_another_body_will_consider_at_its_next_meeting_is_not_owed_to_the_panel():
    text = ("7 Libraries\nThe Officer reported that the panel's recommendation on opening hours would be considered "
            "by Cabinet at its next meeting.\n")
    assert _got(text) == []


def test_a_role_written_with_a_dash_keeps_it_in_the_lead():
    text = ("3 Museums\nRESOLVED: to note that the Director – Culture and Heritage would circulate visitor figures "
            "for the town museum to members.\n")
    assert [lead for _, lead in _got(text)] == ["Director – Culture and Heritage"]


def test_a_member_who_asks_is_never_the_lead():
    text = ("5 Parks\nOne member asked for an update on the tennis court resurfacing, and asked officers to "
            "circulate the programme.\n")
    assert [lead for _, lead in _got(text)] == [""]


def test_the_lead_of_a_subjunctive_stops_at_its_verb():
    text = ("8 Work Programme\n(1) That the Chair and Vice-Chair work with officers to bring forward a draft work "
            "programme to the next meeting.\n")
    assert [lead for _, lead in _got(text)] == ["Chair and Vice-Chair"]


def test_a_passive_request_after_a_heading_is_read_and_keeps_what_it_is_about():
    text = ("9 Performance\nMembers commented on the indicators as follows: Waste Services – Highways: Information was "
            "requested from the Fleet Manager on the age of the refuse vehicles.\n")
    got = _got(text)
    assert len(got) == 1 and got[0][0] == "Information on the age of the refuse vehicles"


def test_a_willingness_to_send_something_is_owed():
    text = ("2 Cabinet Briefing\nThe Leader had no briefing but was happy to answer questions. The Leader was happy to "
            "circulate the reply she had received from the minister about the bus grant.\n")
    got = _got(text)
    assert len(got) == 1 and "reply" in got[0][0].lower() and got[0][1] == "Leader"


def test_a_request_officers_noted_is_owed():
    text = ("4 Digital Inclusion\nThe following points were raised:\n· Officers noted a request for a list of the "
            "libraries offering free wifi sessions.\n")
    got = _got(text)
    assert len(got) == 1 and "libraries offering free wifi" in got[0][0]


def test_an_item_title_with_a_document_link_and_its_minute_on_one_line_are_parted():
    text = ("HOUSING STRATEGY UPDATE PDF 120 KB Additional documents: Minutes: Members considered the update. The Head "
            "of Housing agreed to provide figures on empty homes brought back into use.\n")
    got = read_minutes(text, date(2024, 3, 12)).proposals
    assert [(p.subject, p.item) for p in got] == [("Figures on empty homes brought back into use",
                                                    "Housing Strategy Update")]


def test_a_request_worded_in_the_indicative_is_a_request():
    text = ("6 Flooding\nCouncillor Shaw requested that a further report on the culvert repairs is brought to the "
            "panel in the spring.\n")
    got = _ruled(text)
    assert len(got) == 1 and "culvert repairs" in got[0][0].lower() and got[0][1] != "Councillor Shaw"


def test_what_an_officer_intends_to_bring_is_owed_by_them():
    text = "10 Annual Report\nThe Chair said she intended to bring a first draft of the annual report to the next meeting.\n"
    assert _got(text) == _ruled(text) == [("First draft of the annual report", "Chair")]


def test_feedback_on_this_names_what_was_asked_about_and_who_agreed():
    text = ("5 Health Update\nThe Deputy Chair confirmed she would share the winter plan with members. She was asked "
            "about the hospital discharge scheme run by the Community Trust and agreed to report back on this, though "
            "its figures were already published.\n")
    got = _got(text)
    assert [(s[:44], lead) for s, lead in got if "discharge" in s] == [
        ("Report back on the hospital discharge scheme", "Deputy Chair")]


def test_a_topic_recognised_as_belonging_on_the_work_programme_is_an_item_on_it():
    text = ("3 Introductions\nA concern was raised with regard to the cost of school transport and it was agreed that "
            "this should be linked into the panel’s work programme.\n")
    assert [s for s, _ in _ruled(text)] == ["Cost of school transport"]


def test_a_hedge_is_not_a_promise():
    assert hedged("The Chair advised that task groups might be necessary to consider parts of the leisure contract.")
    assert hedged("A site visit may be needed before the review of the depot.")
    assert not hedged("The Director agreed that a site visit may be needed and would arrange one for members.")
    assert not hedged("The Director would circulate the figures.")


def test_a_standing_arrangement_is_not_a_matter_that_comes_back():
    text = ("2 Minutes\nThe Chair said that henceforth the action log of the panel would be reported to the full "
            "Council.\n")
    assert _got(text) == []


def test_agenda_text_addressed_to_the_committee_is_not_weighed():
    assert not weighed("As in previous years, Scrutiny Committees are requested to review the list of forthcoming "
                       "decisions and identify which items should be added to their work programme.")
    assert weighed("Members requested that the list of forthcoming decisions be circulated to the committee.")


def test_additional_documents_on_a_line_of_its_own_is_never_an_item_title():
    text = ("3.\n\nScrutiny of Bus Services pdf icon PDF 143 KB\n\nAdditional documents:\n\nDecision:\n\nResolved: that "
            "the Transport Manager provide a breakdown of cancelled services by route.\n")
    got = read_minutes(text, date(2024, 3, 12)).proposals
    assert [p.item for p in got] == ["Scrutiny of Bus Services"]


def test_a_response_to_the_committees_recommendations_keeps_what_they_are_about():
    text = ("5 Pubs\nMembers requested that officers provide a detailed response to the Committee’s recommendations "
            "on protecting community pubs.\n")
    assert [s for s, _ in _got(text)] == ["Detailed response to the Committee’s recommendations on protecting "
                                          "community pubs"]


def test_an_update_to_committee_regarding_a_topic_keeps_the_topic_and_who_confirmed_it():
    assert subject_of_clause("The Deputy Chair confirmed she would get an update to committee regarding the delayed "
                             "play area repairs.") == ("Update regarding the delayed play area repairs", "she")


def test_a_short_passive_takes_its_topic_past_who_receives_it():
    subject, _ = subject_of_clause("It was reported that the minute was amended to provide that a report be submitted "
                                   "to the Finance Committee on the cost of extending the library opening hours.")
    assert subject == "Report on the cost of extending the library opening hours"


def test_provide_that_introduces_a_matter_of_its_own_not_a_reference_back():
    text = ("1 Minutes\nThe Director agreed to provide a briefing for members on the new waste contract. In addition, "
            "the minute on allotments was amended to provide that Elm Farm be included in the sites considered in the "
            "review of allotment provision.\n")
    got = [s for s, _ in _got(text)]
    assert any("waste contract" in s for s in got)
    # whether the second is proposed is the clause model's call (its threshold rose to 0.65 with batch 12); its
    # subject is its own words either way, not 'provide that'
    subject, _ = subject_of_clause("In addition, the minute on allotments was amended to provide that Elm Farm be "
                                   "included in the sites considered in the review of allotment provision.")
    assert subject.startswith("Elm Farm")


def test_how_a_service_works_said_as_a_rule_is_not_weighed():
    assert not weighed("The Head of Housing advised that each tenancy would be reviewed yearly and if the rent is in "
                       "arrears then a support officer will visit.")
    assert weighed("The Head of Housing advised that the tenancy figures would be circulated to members.")


def test_the_lead_in_to_a_list_is_not_itself_a_matter():
    text = ("6 Work Programme\nRESOLVED: (1) That the following items be added to the work programme for the year.\n")
    assert _got(text) == []
    text = ("6 Work Programme\nIt was agreed that the following be included in the panel's work programme:- Review of "
            "street lighting.\n")
    assert "Following" not in [s for s, _ in _got(text)]


def test_a_decision_still_to_be_made_is_not_owed():
    assert not weighed("The Chair will decide whether any late items raised will be taken at the meeting.")


def test_something_to_be_considered_by_the_panel_itself_is_its_item():
    text = "4 Work Programme\nThe draft Parking Strategy to be considered by the Panel when it is published.\n"
    assert [s for s, _ in _ruled(text)] == ["Draft Parking Strategy"]
    text = "4 Work Programme\nThe draft Parking Strategy was considered by the Panel in March.\n"
    assert _ruled(text) == []


def test_a_season_is_a_due_word():
    assert due_of("The panel would receive a further report in the Autumn on the bin rounds.", date(2024, 3, 12)) == (
        None, "autumn")


def test_a_date_gone_by_is_never_when_a_matter_is_due():
    assert due_of("An update was requested on the repairs that had taken place in August 2023.",
                  date(2024, 3, 12)) == (None, "")
    assert due_of("A report on the repairs would come to the panel in June.", date(2024, 3, 12))[1] == "June 2024"


def test_what_someone_would_like_to_do_is_theirs_to_do():
    assert subject_of_clause("The Chair said that she would like to draw the backlog of repairs to the Director's "
                             "attention.") == ("Backlog of repairs to the Director's attention", "she")


def test_an_explanation_asked_for_is_something_owed():
    text = "8 Finance\nCouncillor Reed asked for further explanation of the rise in agency staff costs.\n"
    assert [s for s, _ in _ruled(text)] == ["Further explanation of the rise in agency staff costs"]


def test_noting_then_agreeing_keeps_the_agreement():
    text = ("6 Work Programme\nThe Committee noted the work programme and agreed that an item on the bus shelter "
            "contract be added for the June meeting.\n")
    assert [s for s, _ in _ruled(text)] == ["Item on the bus shelter contract"]
    assert _ruled("6 Work Programme\nThe Committee noted the work programme.\n") == []


def test_a_written_answer_setting_out_something_is_about_that_thing():
    text = ("5 Questions from Councillors\nCouncillor Hale asked about the closure of the Mill Lane toilets. The "
            "Portfolio Holder replied that the closure was temporary and that a written answer would be sent setting "
            "out the reopening date.\n")
    assert _got(text) == [("Written answer on the reopening date", "Portfolio Holder")]


def test_a_request_that_the_committee_be_kept_informed_owes_the_progress():
    text = "3 Libraries\nIt was requested that the Committee be kept informed of progress with the mobile library.\n"
    assert [s for s, _ in _ruled(text)] == ["Progress with the mobile library"]


def test_an_action_line_naming_a_person_with_their_role_in_brackets():
    text = "4 Drainage\nMs Okafor (Drainage Manager) to circulate the list of gully cleaning dates.\n"
    assert _ruled(text) == [("List of gully cleaning dates", "Ms Okafor")]


def test_a_subject_does_not_end_in_to_be_circulated():
    text = "4 Drainage\nThe Panel asked for details of the flooded properties in each ward to be circulated.\n"
    assert [s for s, _ in _ruled(text)] == ["Details of the flooded properties in each ward"]


def test_a_promise_to_check_and_let_members_know_owes_the_answer_to_the_question_before():
    text = ("4 Drainage\nCouncillor Webb asked whether the culvert on Mill Lane would be cleared before winter. The "
            "Drainage Manager said she would check and let members know.\n")
    assert _ruled(text) == [("Answer on whether the culvert on Mill Lane would be cleared before winter",
                             "Drainage Manager")]


def test_resolved_to_request_that_an_officer_provides_something():
    text = ("5 Housing\nThe Committee RESOLVED to request that the Director of Housing provides a report on damp in "
            "council homes to the March meeting.\n")
    assert _ruled(text) == [("Report on damp in council homes", "Director of Housing")]


def test_send_members_the_plan_owes_the_plan():
    text = "5 Housing\nAction: Head of Housing to send members the empty homes action plan.\n"
    assert _ruled(text) == [("Empty homes action plan", "Head of Housing")]
