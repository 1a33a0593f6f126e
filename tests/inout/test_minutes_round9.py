"""Round 9 of the minutes reader: kinds of miss and false find seen at many councils, each case in wording of our own."""
from __future__ import annotations

from datetime import date

import numpy as np

from bot.minutes import read_minutes
from bot.minutes.clause_model import model_from_arrays


def _unsure(chance: float):
    """A clause model that gives every clause the same probability (no features known, only its intercept)."""
    return model_from_arrays([], np.zeros(0), np.zeros(0), float(np.log(chance / (1 - chance))))


def _got(text: str, model=None, meeting=date(2025, 2, 4)):
    reading = read_minutes(text, meeting) if model is None else read_minutes(text, meeting, (), model)
    return [(p.subject, p.lead) for p in reading.proposals]


def test_what_no_rule_reads_is_proposed_from_an_even_chance_when_it_says_something_comes_back():
    handed = ("7 Depots\nMembers agreed that every future business case for new depots would be brought for "
              "pre-scrutiny before going to Cabinet.\n")
    named = ("7 Performance\nThat the missing figures for fly-tipping be shown in the next quarterly monitoring report "
             "[ACTION: the Portfolio Holder for Environment].\n")
    told = "7 Parks\nThe Head of Parks said the new pitch booking system would be switched on in March.\n"
    assert [s for s, _ in _got(handed, _unsure(0.55))] == ["Every future business case for new depots"]
    assert _got(named, _unsure(0.55)) == [("Missing figures for fly-tipping", "Portfolio Holder for Environment")]
    assert _got(told, _unsure(0.55)) == []  # what a service will do, no paper and nothing handed over
    assert _got(told, _unsure(0.9)) == []  # however sure the model is
    assert _got(handed, _unsure(0.45)) == []  # below the lower bar, nothing


def test_a_paper_that_does_something_is_not_a_paper_that_comes_back():
    text = ("8 Youth Justice\nThe Service Manager commented that the evaluation findings would show which of the "
            "projects had worked best.\n")
    assert _got(text, _unsure(0.6)) == []


def test_an_announcement_read_out_at_the_meeting_owes_nothing():
    text = ("2 Chair's Announcements\nThe Chair reminded everyone that this meeting is being filmed by the Council for its "
            "website and can be viewed there for a year.\n")
    assert _got(text, _unsure(0.9)) == []


def test_a_power_given_to_a_role_is_not_a_matter_named_after_the_role():
    text = ("9 Market Hall Lease\nRESOLVED that the Head of Estates be given delegated authority to settle the rent "
            "review with the tenant.\n")
    assert _got(text) == []


def test_a_recommendation_for_council_or_cabinet_to_adopt_is_their_business():
    for body, asked in (("Council", "asked to adopt"), ("Cabinet", "recommended to approve"),
                        ("the Executive", "asked to endorse")):
        text = f"4 Taxi Licensing\nRESOLVED that {body} be {asked} the revised taxi licensing policy.\n"
        assert _got(text) == [], body
    owed = "4 Taxi Licensing\nRESOLVED that the draft policy be forwarded to Cabinet with the Panel's comments.\n"
    assert [s for s, _ in _got(owed)] == ["Draft policy on Taxi Licensing"]


def test_the_panel_fixing_its_own_next_meeting_owes_nothing():
    text = "11 Date of Next Meeting\nThe Panel agreed to hold its next meeting on 9 April at 2pm at the Guildhall.\n"
    assert _got(text) == []


def test_an_item_added_in_the_discussion_and_again_in_the_resolution_is_one_matter():
    text = ("12 Work Programme\nThe Scrutiny Officer presented the work programme. Members agreed to add an item on "
            "bus shelters to the June meeting.\nRESOLVED that the work programme be agreed, subject to the addition of "
            "an item on bus shelters in June.\n")
    assert [s for s, _ in _got(text)] == ["Item on bus shelters"]


def test_a_matter_printed_under_two_headings_is_proposed_once():
    said = "The Director of Housing agreed to send members the list of homes awaiting repair in each ward.\n"
    text = f"3 Decisions\n{said}\n4 Housing Repairs\nMinutes:\n{said}"
    assert _got(text) == [("List of homes awaiting repair in each ward", "Director of Housing")]


def test_figures_promised_after_a_question_are_the_answer_to_it():
    text = ("6 Cemeteries\nCouncillor Odell asked how many graves remained at the north cemetery. The Bereavement "
            "Manager said he would provide the figures after the meeting.\n")
    assert _got(text) == [("Figures on how many graves remained at the north cemetery", "Bereavement Manager")]


def test_a_report_back_in_some_months_keeps_the_topic_after_the_due_words():
    text = ("6 Cemeteries\nRESOLVED that the Bereavement Manager report back to the Committee in nine months on the "
            "condition of the chapel roof.\n")
    assert [s for s, _ in _got(text)] == ["Report back on the condition of the chapel roof"]


def test_a_role_with_and_in_its_name_is_one_lead():
    text = ("5 Parks\nThe Green Spaces and Countryside Manager added that she would send the revised tree survey to the "
            "Committee after the meeting.\n")
    assert _got(text) == [("Revised tree survey", "Green Spaces and Countryside Manager")]
    two = ("5 Parks\nThe Chair and the Parks Manager agreed that she would send the revised tree survey to the "
           "Committee after the meeting.\n")
    assert _got(two) == [("Revised tree survey", "Parks Manager")]


def test_the_last_meetings_minutes_approved_and_to_be_signed_owe_nothing():
    text = ("2 Minutes\nThe minutes of the meeting held on 3 March were agreed and would be signed by the Chair after "
            "the meeting.\n")
    assert _got(text, _unsure(0.9)) == []


def test_a_decision_that_ends_by_endorsing_what_it_lists_owes_nothing():
    text = ("8 Flood Grants\nRESOLVED that the proposals to let the Head of Drainage allocate the grant and to carry out "
            "the repairs needed at the outfall, be approved.\n")
    assert _got(text) == []


def test_a_decision_listed_as_what_the_committee_does_is_read_clause_by_clause():
    text = ("7 Council Tax Collection\nThe Revenues Manager presented the report.\nThe Committee agreed:\n"
            "(i) to note the report;\n(ii) to request a further report on recovery of arrears in six months; and\n"
            "(iii) to thank the team for its work.\n")
    got = read_minutes(text, date(2025, 2, 4)).proposals
    assert [(p.subject, p.due_text) for p in got] == [("Further report on recovery of arrears", "August 2025")]


def test_items_agreed_for_future_meetings_with_a_month_each_are_future_items_due_then():
    text = ("9 Work Programme\nThe Committee considered its work programme. The following items were agreed for "
            "future meetings:\n• Library Opening Hours – June\n• Tree Planting Strategy – October\n")
    got = read_minutes(text, date(2025, 2, 4)).proposals
    assert [(p.subject, p.due_text, p.programme) for p in got] == [
        ("Library Opening Hours", "June 2025", True), ("Tree Planting Strategy", "October 2025", True)]


def test_the_annual_report_named_is_not_an_annual_due_date():
    text = ("7 Annual Report\nRESOLVED that the Panel's comments on the annual report be sent to the Chief "
            "Constable.\n")
    assert [p.due_text for p in read_minutes(text, date(2025, 2, 4)).proposals] == [""]
    yearly = "7 Road Safety\nRESOLVED that the Panel receive an annual update on road safety.\n"
    assert [p.due_text for p in read_minutes(yearly, date(2025, 2, 4)).proposals] == ["annual"]


def test_a_letter_to_be_sent_keeps_who_it_goes_to():
    text = ("10 Any Other Business\nCouncillor Moss raised the closure of the bank in Eastfield. The Chair agreed that a "
            "letter would be sent to the bank asking it to keep a mobile branch.\n")
    assert [s for s, _ in _got(text)] == ["Letter to the bank asking it to keep a mobile branch"]


def test_a_committee_agreeing_to_note_a_report_owes_nothing_on_either_path():
    text = "5 Treasury Management\nDecision\nThe Committee agreed to note the terms of the report.\n"
    assert _got(text) == [] and _got(text, _unsure(0.9)) == []


def test_changes_reported_if_there_are_any_are_not_a_matter():
    text = ("6 Gritting Routes\nIn response to a question, the Head of Roads confirmed that any changes would be "
            "reported to members through the ward briefing.\n")
    assert _got(text) == []


def test_a_councillor_who_sought_an_update_does_not_lead_it():
    text = ("5 Budget\nThe Head of Finance, Amy Cole, presented the report.\nCouncillor Grey sought an update on the "
            "savings from the review of home to school transport.\n")
    assert [lead for _, lead in _got(text)] == ["Amy Cole"]


def test_an_action_line_inside_a_paragraph_is_read_and_ends_at_its_full_stop():
    text = ("12 Footpaths\nCllr Hart reported that the stile at Long Lane was broken. Action – Cllr Hart to contact the "
            "rights of way officer.\n")
    assert _got(text) == [("Contact the rights of way officer", "Cllr Hart")]


def test_a_task_said_by_its_verb_alone_takes_its_object_from_the_sentence_before():
    text = "12 Highways\nThe blocked drain on Station Road has been reported to the County Council. Clerk to chase.\n"
    assert _got(text) == [("Chase – The blocked drain on Station Road has been reported to the County Council", "Clerk")]


def test_a_written_response_keeps_what_it_is_about():
    text = ("5 Consultants\nA written response would be provided to Councillor Vince on the cost of the external "
            "consultants.\n")
    assert [s for s, _ in _got(text)] == ["Written response on the cost of the external consultants"]


def test_an_item_deferred_so_that_someone_can_attend_is_the_item_not_their_attending():
    text = ("5 Parking Review\nRESOLVED – that the item be deferred to the next meeting to allow the Cabinet Member to "
            "attend.\n")
    got = read_minutes(text, date(2025, 2, 4)).proposals
    assert [(p.subject, p.due_text) for p in got] == [("Item on Parking Review", "next meeting")]
    modal = "5 Contracts\nIt was agreed that consideration of the leisure contract should be deferred until June.\n"
    assert [s for s, _ in _got(modal)] == ["Leisure contract on Contracts"]  # not "Leisure contract should"


def test_what_a_committee_asked_for_is_named_without_the_asking():
    text = "5 Risk\nThe Committee asked for the corporate risk register to be brought back in six months.\n"
    assert [s for s, _ in _got(text)] == ["Corporate risk register"]


def test_thanks_passed_on_are_not_a_matter():
    text = "5 Floods\nOfficers were asked to pass on the Committee's thanks to the drainage team.\n"
    assert _got(text) == []


def test_a_paper_going_to_cabinet_is_theirs_unless_it_carries_the_panels_say():
    theirs = ("5 Housing Company\nThe Director explained that a report on the housing company's business plan would be "
              "brought to Cabinet in March.\n")
    assert _got(theirs) == []
    ours = ("5 Housing Company\nRESOLVED that the Panel's comments on the business plan be submitted to Cabinet in "
            "March.\n")
    assert [s for s, _ in _got(ours)] == ["Panel comments on the business plan"]
