"""Publishing: the programme as Word (and back again), outstanding matters as Word, meetings and deadlines as iCalendar."""
from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import docx
from icalendar import Calendar

from bot.changes import AddItem, AddMatter
from bot.days.deadlines import publication_of
from handlers.cli import main
from store import open_store
from store.demo import PANEL
from tests.inout.helpers import programme


def _tables(path):
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


def test_docx_round_trip_gives_the_same_programme(demo_store, demo_db, tmp_path):
    panel = demo_store.panel_named(PANEL)
    demo_store.add_item(AddItem(panel.id, "Safeguarding Adults Board Annual Report", kind="standing",
                                leads=("Dr Ruth Fox",), frequency="Annually", months=(3,)))
    demo_store.add_item(AddItem(panel.id, "Carers Strategy", kind="future", window="April/May 2022",
                                last_reported=(date(2020, 3, 24), date(2019, 7, 18))))
    march = demo_store.add_meeting(panel.id, date(2022, 3, 22), venue="Committee Room 3")
    demo_store.update_meeting(march.id, "test", status="cancelled")
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    assert main(["export", "--db", str(demo_db), "--format", "docx", "--out", str(first)]) == 0
    header = _tables(first)[0][0]
    assert header == ["Date of Meeting", "Agenda Publication", "Item Description", "Lead Report Author",
                      "Council Plan Priority", "Notes", "Date(s) of Last Report"]
    copy = tmp_path / "copy.db"
    assert main(["import", str(first), "--db", str(copy)]) == 0
    imported = open_store(copy)
    assert programme(imported, PANEL, full=True) == programme(demo_store, PANEL, full=True)
    carers = next(i for i in imported.items(imported.panel_named(PANEL).id) if i.title == "Carers Strategy")
    assert carers.last_reported == (date(2020, 3, 24), date(2019, 7, 18))
    assert main(["export", "--db", str(copy), "--format", "docx", "--out", str(second)]) == 0
    assert _tables(second) == _tables(first)


def test_matters_docx_is_the_schedule_of_outstanding_matters(demo_store, demo_db, tmp_path):
    panel = demo_store.panel_named(PANEL)
    typed = demo_store.add_matter(AddMatter(panel.id, "Breakdown of vaccination uptake", "Becky Wilkinson",
                                            date(2021, 10, 19), "next meeting", date(2021, 7, 20)))
    demo_store.clock = lambda: datetime(2021, 8, 16, 14, 0, tzinfo=UTC)
    demo_store.update_matter(typed.id, "test", position="Figures requested from the ICB")
    demo_store.add_matter(AddMatter(panel.id, "List of care homes", "Hannah Pawley", None, "next meeting",
                                    date(2021, 7, 20)))
    closed = demo_store.add_matter(AddMatter(panel.id, "Closed one", "Hannah Pawley", raised_on=date(2021, 7, 20)))
    demo_store.update_matter(closed.id, "test", status="closed")
    out = tmp_path / "matters.docx"
    assert main(["export", "--db", str(demo_db), "--what", "matters", "--format", "docx", "--out", str(out)]) == 0
    (table,) = _tables(out)
    assert table == [["Date of meeting", "Subject", "Lead member/officer", "Current position"],
                     ["20 July 2021", "Breakdown of vaccination uptake", "Becky Wilkinson",
                      "Figures requested from the ICB (updated 16 August 2021)"],
                     ["20 July 2021", "List of care homes", "Hannah Pawley",
                      "No update recorded yet; expected at the next meeting"]]
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == f"{PANEL}: Schedule of Outstanding Matters"
    assert document.sections[0].page_width > document.sections[0].page_height


def test_an_empty_schedule_says_so(demo_db, tmp_path):
    out = tmp_path / "matters.docx"
    assert main(["export", "--db", str(demo_db), "--what", "matters", "--format", "docx", "--out", str(out)]) == 0
    document = docx.Document(str(out))
    assert document.tables == [] and "There are no outstanding matters." in [p.text for p in document.paragraphs]


def test_csv_has_a_bom_for_excel_and_neutralises_formulae(demo_store, demo_db, tmp_path):
    panel = demo_store.panel_named(PANEL)
    for title in ("=HYPERLINK(\"http://evil.example\",\"click\")", "+1 budget line", "-2 savings", "@SUM(A1)",
                  "Ordinary – with a dash"):
        demo_store.add_item(AddItem(panel.id, title, kind="future", window="date tbc"))
    demo_store.add_item(AddItem(panel.id, "Tabbed notes", kind="future", notes="\t=1+1"))
    demo_store.add_item(AddItem(panel.id, "Returned notes", kind="future", notes="\r=1+1"))
    out = tmp_path / "items.csv"
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Ordinary – with a dash".encode() in raw
    titles = [r["title"] for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in titles
    assert {"'+1 budget line", "'-2 savings", "'@SUM(A1)"} <= set(titles)
    notes = [r["notes"] for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))]
    assert {"'\t=1+1", "'\r=1+1"} <= set(notes)
    assert not any(cell[:1] in "=+-@\t\r" for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"))) for cell in row
                   if cell)
    plain = tmp_path / "plain.csv"
    assert main(["export", "--db", str(demo_db), "--out", str(plain), "--no-bom"]) == 0
    assert plain.read_bytes().startswith(b"panel,meeting_date,title")


def test_panel_ics_has_meetings_and_report_deadlines(demo_store, demo_db, tmp_path):
    out = tmp_path / "panel.ics"
    assert main(["export", "--db", str(demo_db), "--format", "ics", "--out", str(out)]) == 0
    events = [e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    summaries = sorted(str(e["summary"]) for e in events)
    assert summaries.count(PANEL) == 3
    deadline = next(e for e in events if str(e["summary"]) == f"Reports due: {PANEL} 19 October 2021")
    meeting = demo_store.meeting_on(demo_store.panel_named(PANEL).id, date(2021, 10, 19))
    assert deadline.decoded("dtstart").date() < publication_of(meeting)
    assert "Best practice update on CHANNEL guidance (Hannah Pawley)" in str(deadline["description"])


def test_person_ics_is_my_deadlines(demo_db, capsys):
    assert main(["export", "--db", str(demo_db), "--format", "ics", "--person", "Hannah Pawley"]) == 0
    events = list(Calendar.from_ical(capsys.readouterr().out).walk("VEVENT"))
    assert sorted(str(e["summary"]) for e in events) == [
        f"{PANEL} (presenting)",  # the 19 October 2021 meeting, where she presents three reports
        "Report due: Best practice update on CHANNEL guidance",
        "Report due: Domestic Abuse Act 2021 – update on implementation",
        "Report due: Safer Wolverhampton Partnership Board – update"]


def test_docx_needs_an_output_file_and_csv_keeps_its_columns(demo_db, capsys):
    assert main(["export", "--db", str(demo_db), "--format", "docx"]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["export", "--db", str(demo_db), "--no-bom"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == ("panel,meeting_date,title,lead,kind,status,notes,last_reported,"
                                                       "priority,requested_by,window,frequency,months")


def test_ics_link_prints_a_subscribable_url_with_an_unguessable_token(demo_db, capsys):
    args = ["export", "--db", str(demo_db), "--format", "ics", "--link", "https://bot.example.org/"]
    assert main(args) == 0
    first = capsys.readouterr().out.strip()
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == first  # the same feed keeps its URL
    assert first.startswith("https://bot.example.org/feeds/") and first.endswith(".ics") and len(first) > 60
    assert main(args[:-2] + ["--person", "Becky Wilkinson", "--link", "https://bot.example.org"]) == 0
    assert capsys.readouterr().out.strip() != first
