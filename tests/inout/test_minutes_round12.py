"""Round 12: where the reader goes wrong, counted by kind (what bench_minutes prints for develop and measured)."""
from __future__ import annotations

from datetime import date

from bot.minutes import ProposedMatter
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
    assert table(counts).startswith("wrong proposals: subject 1, twice 1, optional 0, decision 1, no clause 0; misses: "
                                    "named otherwise 1, weighed, rejected 1, never weighed 1, not in one clause 1")
