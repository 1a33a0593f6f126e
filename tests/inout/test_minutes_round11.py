"""Round 11 of the minutes reader: lettered requests under one lead-in, standing agenda text, leads and thin subjects."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.lead import clean_lead
from bot.minutes.weak import weak_subject


def _got(text: str) -> list[tuple[str, str]]:
    return [(p.subject, p.lead) for p in read_minutes(text, date(2025, 3, 11), (), None).proposals]


def test_each_lettered_request_under_one_lead_in_is_a_matter_of_its_own_owed_by_who_the_lead_in_names():
    text = ("## Quarterly Performance Report\n"
            "Members discussed the quarter two figures.\n"
            "That the Head of Customer Services be requested at a future meeting to:\n"
            "a) Explain the rise in missed bin collections in the rural wards.\n"
            "b) Provide a breakdown of call waiting times by month.\n"
            "c) Set out the plan for reducing agency staff costs.\n"
            "• That the Head of Finance provide an explanation to Members for the variances in parking income.\n")
    got = _got(text)
    subjects = [s.lower() for s, _ in got]
    assert any("missed bin collections" in s for s in subjects)
    assert any("call waiting times" in s for s in subjects)
    assert any("agency staff costs" in s for s in subjects)
    assert all(lead == "Head of Customer Services" for s, lead in got if "parking" not in s.lower())
    # the bullet after the lettered list is a request of its own, named by what must be explained
    assert ("Explanation for the variances in parking income", "Head of Finance") in got
    assert len(got) == 4


def test_a_lead_in_asking_officers_to_do_a_list_gives_every_item_and_not_the_lead_in():
    text = ("## Road Safety\n"
            "Officers were asked to:\n"
            "(i) circulate the speed survey results for Mill Lane;\n"
            "(ii) report back on the cost of a crossing outside the primary school.\n")
    subjects = " | ".join(s.lower() for s, _ in _got(text))
    assert "speed survey results" in subjects and "crossing outside the primary school" in subjects


def test_standing_agenda_items_printed_on_every_page_are_never_matters():
    text = ("## Urgent items of business\n"
            "The Chairman to notify the Committee of any items of urgent business to be added to the agenda.\n"
            "## Right to address the meeting\n"
            "The Chairman to report any requests received to address the Committee from a member of the public.\n"
            "## Public questions\n"
            "The Chair to respond to any questions relevant to the work of the Panel from members of the public.\n"
            "## Commissioner's response\n"
            "The Commissioner will be invited to provide a response by noon of the day before the meeting.\n"
            "## Street lighting\n"
            "RESOLVED that a report on the LED replacement programme be brought to the next meeting.\n")
    assert [s for s, _ in _got(text)] == ["Report on the LED replacement programme"]


def test_a_word_that_opens_a_sentence_or_names_a_month_is_never_a_lead():
    for word in ("Having", "May", "Provide", "Right", "Following"):
        assert clean_lead(word) == ""
    assert clean_lead("Ian") == "Ian" and clean_lead("the Head of Planning") == "Head of Planning"


def test_a_lettered_request_with_no_one_named_in_it_is_not_led_by_its_first_word():
    text = ("## Housing Update\n"
            "That the Housing Manager be requested to:\n"
            "a) Provide the number of empty homes brought back into use this year.\n")
    assert _got(text) == [("Number of empty homes brought back into use this year", "Housing Manager")]


def test_a_bare_movement_is_too_thin_to_be_a_subject():
    for thin in ("Come back", "Bring", "Look at briefings", "Meet with them"):
        assert weak_subject(thin), thin
    for fine in ("Breakdown of fly-tipping incidents by ward", "Report on the bus station", "Look into the parking fines",
                 "Come back with costed options for the depot"):
        assert not weak_subject(fine), fine


def test_a_thin_subject_from_a_chairs_remark_is_not_proposed():
    text = ("## Work Programme\n"
            "The Chair said she would ask Priya to come back in October.\n"
            "RESOLVED that a briefing on the tree strategy be circulated to members.\n")
    assert [s for s, _ in _got(text)] == ["Briefing on the tree strategy"]


def test_action_note_lines_in_a_bullet_list_are_read_whatever_their_verb_and_however_they_name_who():
    text = ("## Estates update\n"
            "The Estates Lead outlined progress on the station refurbishment.\n"
            "  • ACTION: JB/KT to circulate the revised floor plans to board members.\n"
            "  • Action – Fleet team to survey the depot lighting.\n"
            "## Finance\n"
            "Action 2024/12: A savings plan for the vehicle fleet is to be brought to the next board.\n")
    got = _got(text)
    subjects = [s.lower() for s, _ in got]
    assert any("revised floor plans" in s for s in subjects)
    assert any("depot lighting" in s for s in subjects)
    assert any("savings plan for the vehicle fleet" in s for s in subjects)
    assert next(lead for s, lead in got if "floor plans" in s.lower()) == "JB and KT"


def test_a_label_with_nothing_to_do_after_it_is_not_an_action():
    text = "## Estates update\nAction: none.\nActions – the Board agreed to note the report.\n"
    assert _got(text) == []


def test_a_promise_reported_in_passing_is_owed_by_who_made_it():
    text = ("## Matters arising\n"
            "Members asked about the parish bulletin. The Democratic Services Manager advised that a bulletin for parish "
            "councils would be issued by the end of the month.\n"
            "Ms Rachel Ode, Head of Regeneration, also confirmed that the list of firms given grants would be made "
            "available.\n")
    got = [(p.subject, p.lead) for p in read_minutes(text, date(2025, 3, 11)).proposals]  # the shipped clause model
    assert any("bulletin for parish councils" in s.lower() for s, _ in got)
    assert any("list of firms given grants" in s.lower() for s, _ in got)
    assert {lead for _, lead in got} == {"Democratic Services Manager", "Ms Rachel Ode"}


def test_a_tracker_row_whose_subject_is_only_a_kind_of_paper_and_a_dash_is_not_proposed():
    assert weak_subject("Response -") and weak_subject("Update –")
    assert not weak_subject("Response on the harbour dredging -")


def test_a_paper_promised_is_owed_by_who_promised_it_and_its_deadline_is_not_part_of_its_name():
    text = ("## Neighbourhood policing\n"
            "The Chief Inspector promised an update on the new shift pattern by the end of April.\n"
            "Supt Ellis promised a written update re the custody review.\n"
            "Members were promised a better service by the new contractor.\n")
    assert _got(text) == [("Update on the new shift pattern", "Chief Inspector"),
                          ("Written update on the custody review", "Supt Ellis")]
