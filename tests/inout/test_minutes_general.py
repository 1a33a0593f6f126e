"""Round 5 of the minutes reader: general ways minutes are laid out and worded, each in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.lead import clean_lead
from bot.minutes.structure import sentences
from bot.minutes.subject import subject_of_clause


def _got(text: str, meeting=date(2024, 3, 12)):
    return [(p.subject, p.lead) for p in read_minutes(text, meeting).proposals]


def test_what_a_page_prints_above_additional_documents_is_agenda_text_not_minutes():
    text = ("12 WORK PLAN PDF 90 KB\nMembers to have the opportunity to suggest further topics to be investigated by the "
            "Committee and added to the Work Plan.\nAdditional documents:\nThe Committee noted the work plan.\n")
    assert _got(text) == []


def test_each_row_of_a_table_of_recommendations_is_its_own_resolution():
    text = ("Recommendation |\nMade to |\nThat details of the vacancy rates in\nthe town centres be investigated. |\n"
            "The Portfolio Holder for Regeneration |\nPending |\nThat the number of empty shops be\n"
            "reported in the next quarterly report. |\nThe Portfolio Holder for Regeneration |\n")
    subjects = [s for s, _ in _got(text)]
    assert "Details of the vacancy rates in the town centres" in subjects
    assert not any("Pending" in s or "Portfolio" in s for s in subjects)


def test_a_paragraph_that_opens_with_that_and_a_subjunctive_is_a_resolution():
    text = "7 Parks\nThe Head of Parks presented the report.\nThat options for the bowling green be explored.\n"
    assert [s for s, _ in _got(text)] == ["Options for the bowling green"]


def test_numbered_paragraphs_after_a_full_stop_are_sentences_of_their_own():
    assert sentences("(1) Mrs Hill updated members on the tender. (2) Mr Lowe commented that it was late.") == [
        "(1) Mrs Hill updated members on the tender.", "(2) Mr Lowe commented that it was late."]


def test_a_lead_is_a_person_or_role_never_the_words_of_a_clause():
    assert clean_lead("Chair invited A Mogford") == ""
    assert clean_lead("It Was") == "" and clean_lead("QX17 Final Progress") == ""
    assert clean_lead("the Head of Planning.") == "Head of Planning"


def test_a_role_with_and_in_its_name_is_not_cut():
    text = ("4 Footpaths\nThe Overview and Scrutiny Officer reported that she would circulate the footpath survey "
            "results after the meeting.\n")
    assert _got(text) == [("Footpath survey results", "Overview and Scrutiny Officer")]


def test_what_is_owed_is_the_report_named_in_the_clause_whatever_the_verb():
    assert subject_of_clause("The Clerk reported that a detailed report on the condition of the sea wall was being "
                             "prepared for the next meeting.")[0] == "Detailed report on the condition of the sea wall"
    assert subject_of_clause("The Chair advised that he would make sure the coming report on 'Street Lighting' "
                             "covered the concerns raised about dark lanes.")[0].startswith(
        "Coming report on 'Street Lighting'")
    assert subject_of_clause("The Committee considered the report of the Director of Place.") == ("", "")


def test_a_promise_to_circulate_it_too_is_the_matter_above_it_not_a_second_one():
    text = ("3 Matters Arising\nThe Chair said that the Head of Planning would write a note on the appeal decision "
            "for the objectors. He agreed that this would also be circulated to members.\n")
    got = _got(text)
    assert len(got) == 1 and "note on the appeal decision" in got[0][0].lower()


def test_a_wish_for_reassurance_is_answered_in_the_meeting_not_owed():
    text = ("5 Youth Services\nThe panel wanted reassurance that young carers would be given every support over the "
            "summer The Head of Service advised that this was the case.\n")
    assert _got(text) == []


def test_a_question_answered_in_the_meeting_is_not_outstanding_but_an_answer_that_promises_is():
    answered = ("7 Housing\nCllr Jones asked for an update on the repairs backlog; responding, the Director explained "
                "that the backlog had fallen to 300 jobs.\n")
    promised = ("7 Housing\nCllr Jones asked for an update on the repairs backlog. In response, the Director said that "
                "he would circulate the figures.\n")
    assert _got(answered) == []
    assert ("Update on the repairs backlog", "") in _got(promised)


def test_a_body_with_and_in_its_name_is_the_lead_whole_without_its_article():
    text = "4 Skills\nMembers agreed that a Task and Finish Group would report on apprenticeships to the June meeting.\n"
    assert _got(text) == [("Report on apprenticeships", "Task and Finish Group")]
