"""Minutes to outstanding matters: the seeds against the hand-made list, another council's wording, the CLI."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.minutes import due_of, read_minutes
from handlers.cli import main
from store import open_store
from store.demo import PANEL
from tests.inout.minutes_expected import EXPECTED, score

FIXTURES = Path(__file__).parent / "fixtures"

OTHER_MINUTES = """Health Scrutiny Committee
Minutes of the meeting held on Tuesday 14 March 2023

1. Apologies
Apologies were received from Cllr Jones.

2. Minutes of the previous meeting
RESOLVED: That the minutes of the meeting held on 10 January 2023 be approved as a correct record.

3. Care Home Quality
Dr Sarah Khan, Director of Public Health, presented the report. In response to a question about
care homes rated inadequate, it was confirmed that a list of those establishments would be provided.
The Director said the service would continue to monitor performance. A recording of the meeting
would be available on the website.
RESOLVED:
(a) That the report be noted.
(b) That a breakdown of the spend by ward be submitted to the next meeting.
(c) That the Committee's thanks be recorded.

4. Housing Repairs
Tom Price, Head of Housing, introduced the item. The Head of Housing agreed to circulate the
backlog figures to members. The panel agreed to receive a report on damp and mould in 12 months.
"""


@pytest.mark.parametrize("source", sorted({e.source for e in EXPECTED}))
def test_seed_minutes_give_what_an_officer_would_record(source):
    reading = read_minutes((FIXTURES / source).read_text(encoding="utf-8"))
    result = score({source: list(reading.proposals)})
    assert (result["precision"], result["recall"]) == (1.0, 1.0), [p.subject for p in reading.proposals]
    assert result["lead"] == 1.0 and result["due"] == 1.0


def test_seed_001_meeting_date_and_dates_resolved():
    reading = read_minutes((FIXTURES / "minutes_001.txt").read_text(encoding="utf-8"))
    assert reading.meeting == date(2017, 3, 29)
    headstart = next(p for p in reading.proposals if "HeadStart" in p.subject)
    assert (headstart.due, headstart.due_text, headstart.resolved, headstart.programme) == (
        date(2018, 3, 1), "March 2018", True, True)
    cabinet = next(p for p in reading.proposals if "proposed changes" in p.subject)
    assert cabinet.due == date(2017, 4, 26)


def test_other_councils_wording_and_next_meeting_from_the_programme():
    reading = read_minutes(OTHER_MINUTES, programme=[date(2023, 1, 10), date(2023, 6, 20), date(2023, 9, 5)])
    got = [(p.subject, p.lead, p.due, p.due_text) for p in reading.proposals]
    assert got == [
        ("List of those establishments", "Dr Sarah Khan", None, ""),
        ("Breakdown of the spend by ward", "Dr Sarah Khan", date(2023, 6, 20), "next meeting"),
        ("Backlog figures on Housing Repairs", "Tom Price", None, ""),
        ("Report on damp and mould", "Tom Price", date(2024, 3, 14), "March 2024"),
    ]


def test_noting_welcoming_and_narrative_are_not_matters():
    text = ("Minutes - 1 May 2023\n\n5 Budget\nThe panel welcomed the report. The service would continue to monitor "
            "spend.\nResolved:\n1. The panel noted the report.\n2. That the minutes be approved as a correct record.\n")
    assert read_minutes(text).proposals == ()


def test_due_words_without_a_programme():
    assert due_of("That an update be brought to a future meeting", date(2023, 1, 1)) == (None, "future meeting")
    assert due_of("to come back to the next meeting", date(2023, 1, 1)) == (None, "next meeting")
    assert due_of("a report in six months' time", date(2023, 1, 31)) == (date(2023, 7, 31), "July 2023")


def test_cli_proposes_then_applies_once(demo_db, tmp_path, capsys):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes - 20 July 2021\n\n6 Mandatory Vaccinations\nBecky Wilkinson, Deputy Director Adult "
                    "Services, presented the report.\nResolved:\nThat a breakdown of vaccination uptake by care home be "
                    "submitted to the next meeting.\n", encoding="utf-8")
    assert main(["minutes", str(path), "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "1. Breakdown of vaccination uptake by care home — Becky Wilkinson (due 19 October 2021" in out
    assert "   “That a breakdown of vaccination uptake by care home be submitted to the next meeting.”" in out
    assert "Nothing recorded" in out
    store = open_store(demo_db)
    panel = store.panel_named(PANEL)
    assert store.matters(panel.id) == []
    assert main(["minutes", str(path), "--db", str(demo_db), "--apply"]) == 0
    assert main(["minutes", str(path), "--db", str(demo_db), "--apply"]) == 0
    assert "1 were already recorded" in capsys.readouterr().out
    (matter,) = store.matters(panel.id)
    assert (matter.subject, matter.lead, matter.due, matter.raised_on) == (
        "Breakdown of vaccination uptake by care home", "Becky Wilkinson", date(2021, 10, 19), date(2021, 7, 20))
    item = next(i for i in store.items(panel.id) if i.title == matter.subject)
    assert (item.kind, item.meeting_date) == ("scheduled", date(2021, 10, 19))


def test_cli_minutes_unreadable_file(tmp_path, capsys):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert main(["minutes", str(path)]) == 2
    assert "I read minutes from .txt or .docx files" in capsys.readouterr().err


def test_numbered_minutes_with_resolved_dash_and_lettered_clauses():
    reading = read_minutes((FIXTURES / "minutes_other_council.txt").read_text(encoding="utf-8"))
    assert reading.meeting == date(2023, 11, 7)
    got = [(p.subject, p.due_text, p.programme) for p in reading.proposals]
    assert got == [
        ("Breakdown of sickness absence by directorate", "", False),
        ("Report on agency spend", "May 2024", True),
        ("Further report on sickness absence", "January 2024", True),
        ("Write to the telephony supplier about call waiting times", "", False),
        ("Look into the issue of missed calls and report back", "", True),
        ("Further update on Customer Services Strategy", "March 2024", True),
        ("Item on the use of consultants", "future meeting", True),  # the resolution's words win
    ]
    assert reading.proposals[0].lead == "Head of HR"


def test_agreed_clauses_bullets_and_role_before_name():
    reading = read_minutes((FIXTURES / "minutes_agreed_bullets.txt").read_text(encoding="utf-8"))
    got = [(p.subject, p.lead, p.due_text, p.programme) for p in reading.proposals]
    assert got == [
        ("Data on elective home education", "Mark Evans", "", False),
        ("Breakdown of persistent absence by school", "Mark Evans", "", False),
        ("Answer on whether attendance officers visited families at home", "Mark Evans", "", False),  # the question
        ("Update on persistent absence", "Mark Evans", "July 2024", True),
        ("Committee's concerns about transport", "Mark Evans", "", False),
        ("Presentation slides on Youth Service Review", "Sarah Jones", "", False),
        ("Outcome of the consultation", "Sarah Jones", "June 2024", True),
        ("Item on child poverty", "", "April 2024", True),
    ]
    assert "consultation would close" not in " ".join(p.source for p in reading.proposals)


def test_brought_to_a_named_month_meeting_is_due_that_month():
    due, words = due_of("That an update on the winter plan be brought to the September meeting.", date(2024, 3, 14))
    assert (due, words) == (date(2024, 9, 1), "September 2024")


def test_minutes_in_another_style_an_officer_would_record():
    """Written after the rules, to check them on wording they were not built from."""
    reading = read_minutes((FIXTURES / "minutes_health_panel.txt").read_text(encoding="utf-8"))
    got = [(p.subject, p.lead, p.due_text) for p in reading.proposals]
    assert reading.meeting == date(2024, 3, 14)
    assert got == [
        ("Latest handover figures", "Sarah Lee", ""),
        ("Breakdown of four-hour performance by day of the week", "Sarah Lee", ""),  # asked by Cllr Patel
        ("Update on the winter plan", "Sarah Lee", "September 2024"),
        ("Written briefing on corridor care before the next meeting", "Sarah Lee", "next meeting"),
        ("Report back on progress with the dental recovery plan", "Mark Evans", "September 2024"),  # not the heading
        ("Item on social prescribing", "", "future meeting"),
    ]
