"""Round 12: where the reader goes wrong, counted by kind (what bench_minutes prints for develop and measured)."""
from __future__ import annotations

from datetime import date

import numpy as np

from bot.minutes import ProposedMatter, read_minutes
from bot.minutes.clause_model import model_from_arrays, shipped_model
from bot.minutes.subject import subject_of_clause
from tests.inout import minutes_corpus
from tests.inout.minutes_corpus import Minutes, Wanted
from tests.inout.minutes_diagnosis import diagnose_file, table

MINUTES = """Overview and Scrutiny Committee
Minutes of the meeting held on 3 March 2025

12. Bus services
The Head of Transport agreed to circulate the timetable figures to members before the next meeting.
Members discussed the state of the shelters on the ring road.
Councillor Amos said litter bins would be emptied more often in the summer.
Members raised the cost of concessionary passes at length.
RESOLVED: That a report on parking charges be brought to the next meeting.
"""
TIMETABLE = "The Head of Transport agreed to circulate the timetable figures to members before the next meeting."
SHELTERS = "Members discussed the state of the shelters on the ring road."
PARKING = "That a report on parking charges be brought to the next meeting."


def _minutes(tmp_path, monkeypatch) -> Minutes:
    (tmp_path / "bus.txt").write_text(MINUTES, encoding="utf-8")
    monkeypatch.setattr(minutes_corpus, "CORPUS", tmp_path)
    wanted = (Wanted((("timetable figures",),), ("Head of Transport",)), Wanted((("parking charges",),), ()),
              Wanted((("litter bins",),), ()), Wanted((("concessionary passes",),), ()),
              Wanted((("shelters", "bus station"),), ()))
    return Minutes("bus.txt", "Anytown", "https://example.org", "develop", date(2025, 3, 3), wanted)


def test_the_diagnosis_tells_a_wrong_subject_from_a_wrong_decision_and_where_each_miss_was_lost(tmp_path, monkeypatch):
    proposals = [ProposedMatter("Timetable figures", "Head of Transport", source=TIMETABLE),
                 ProposedMatter("Timetable figures for members", source=TIMETABLE),  # said twice
                 ProposedMatter("Report", source=PARKING),  # the clause holds parking charges: the subject missed it
                 ProposedMatter("State of the shelters", source=SHELTERS)]  # no matter in that clause
    counts = diagnose_file(_minutes(tmp_path, monkeypatch), proposals)
    assert counts == {"wrong: twice": 1, "wrong: subject": 1, "wrong: decision": 1, "missed: named otherwise": 1,
                      "missed: weighed, rejected": 1, "missed: never weighed": 1, "missed: not in one clause": 1}
    assert table(counts) == ("wrong proposals: subject 1, twice 1, optional 0, decision 1, no clause 0; misses: named "
                             "otherwise 1, weighed, rejected 1, never weighed 1, not in one clause 1 (of those rejected: "
                             "rule read, dropped 0, model trusts, no subject 0, model unsure 0)")


def _sure(chance: float):
    return model_from_arrays([], np.zeros(0), np.zeros(0), float(np.log(chance / (1 - chance))))


def test_a_miss_weighed_and_rejected_is_told_by_why_given_the_model_that_read_it(tmp_path, monkeypatch):
    minutes = _minutes(tmp_path, monkeypatch)
    proposals = [ProposedMatter("Timetable figures", source=TIMETABLE), ProposedMatter("Report", source=PARKING)]
    assert diagnose_file(minutes, proposals, _sure(0.9))["rejected: model trusts, no subject"] == 1  # the litter bins
    assert diagnose_file(minutes, proposals, _sure(0.1))["rejected: model unsure"] == 1
    # a rule read the parking clause; with its proposal gone, that miss is a rule's find dropped
    assert diagnose_file(minutes, proposals[:1], _sure(0.1))["rejected: rule read, dropped"] == 1


SHORT_AND_GIVEN = """Housing Scrutiny Panel
Minutes of the meeting held on 4 June 2025

7. Tenancy policy
The Manager confirmed that the updated tenancy policy would be sent to the Housing Board.
It was agreed that the Task Group would be given a summary covering how the grant scheme had been shared.
"""


def test_a_passive_with_a_short_participle_or_a_recipient_names_what_is_owed():
    assert subject_of_clause("The Manager confirmed that the updated tenancy policy would be sent to the Housing Board.")[0] \
        == "Updated tenancy policy"
    assert subject_of_clause("It was agreed that members would be given a summary covering how the grant scheme had "
                             "been shared across the wards.")[0] == "Summary covering how the grant scheme had been shared"
    assert subject_of_clause("The Panel would be provided with the figures on void rents.")[0] == "Figures on void rents"
    assert subject_of_clause("It was agreed that members would be given the opportunity to comment.")[0] == ""  # no paper
    got = [p.subject for p in read_minutes(SHORT_AND_GIVEN, date(2025, 6, 4), (), _sure(0.9)).proposals]
    assert got == ["Updated tenancy policy", "Summary covering how the grant scheme had been shared"]


TOLD_BACK = """Environment Scrutiny Board
Minutes of the meeting held on 9 July 2025

4. Speed limits
Members asked about speeding near schools. The speed limit near Oak Lane school would be checked and the Board advised
accordingly.
"""


def test_a_matter_checked_and_the_board_told_comes_back_to_the_board():
    got = [p.subject for p in read_minutes(TOLD_BACK, date(2025, 7, 9), (), _sure(0.9)).proposals]
    assert got == ["Speed limit near Oak Lane school"]
    assert read_minutes(TOLD_BACK.replace(" and the Board advised\naccordingly", ""), date(2025, 7, 9), (),
                        _sure(0.9)).proposals == ()  # checked, with no one told: nothing comes back


def test_a_councillor_named_with_titles_and_initials_can_owe_what_they_agreed_to_do():
    text = ("Highways Scrutiny Committee\nMinutes of the meeting held on 2 April 2025\n\n5. Winter maintenance\n"
            "Members raised the gritting of footways near schools. Councillor Mrs C A Talbot agreed to pursue the gritting "
            "of footways with the Highways Manager.\n")
    got = [(p.subject, p.lead) for p in read_minutes(text, date(2025, 4, 2), (), None).proposals]
    assert got == [("Pursue the gritting of footways with the Highways Manager", "Councillor Mrs C A Talbot")]


ALREADY = """Audit Committee
Minutes of the meeting held on 5 May 2025

3. Internal audit
This meeting will be filmed for live or subsequent broadcast and the Chair will confirm if all of the meeting is being
filmed.
There was submitted a report by the Chief Auditor on the delivery of the audit plan for the year.
The minute of the meeting of the Finance Sub-Committee held on 1 April 2025 was submitted and noted.
Having asked for further details on the overdue recommendations, the Chief Auditor provided her with assurance.
Officers have met with the auditors twice since March to discuss the fee increase.
The Chief Auditor agreed to circulate the list of overdue recommendations to members.
"""


def test_what_is_already_before_the_meeting_or_answered_in_it_is_not_owed():
    got = [p.subject for p in read_minutes(ALREADY, date(2025, 5, 5), (), shipped_model()).proposals]
    assert got == ["List of overdue recommendations"]


def test_a_report_submitted_to_a_later_meeting_is_still_owed():
    text = ALREADY.replace("There was submitted a report by the Chief Auditor on the delivery of the audit plan for the year.",
                           "It was agreed that a report on the audit fee would be submitted to the next meeting.")
    assert "Report on the audit fee" in [p.subject for p in read_minutes(text, date(2025, 5, 5), (), None).proposals]
