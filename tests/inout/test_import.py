"""Importing work programmes from Word, CSV and Excel: the demo reproduced, other layouts placed, re-import updates."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from handlers.cli import main
from store import open_store
from store.demo import PANEL
from tests.inout.helpers import programme

FIXTURES = Path(__file__).parent / "fixtures"


def _import(path, db, *extra) -> int:
    return main(["import", str(path), "--db", str(db), "--now", "2021-07-01", *extra])


def _imported(db):
    store = open_store(db)
    return store, store.panel_named(PANEL)


@pytest.mark.parametrize("source", ["csv", "docx"])
def test_seed_004_table_gives_the_demo_programme(source, seed004_docx, demo_store, tmp_path, capsys):
    path = seed004_docx if source == "docx" else FIXTURES / "seed004_programme.csv"
    db = tmp_path / "imported.db"
    assert _import(path, db) == 0
    assert "Added 3 meetings and 13 items" in capsys.readouterr().out
    store, panel = _imported(db)
    assert panel is not None  # the panel named above the table was created
    assert programme(store, PANEL) == programme(demo_store, PANEL)
    assert len(store.items(panel.id, kind="scheduled")) == 8 and len(store.items(panel.id, kind="future")) == 5
    social = next(i for i in store.items(panel.id) if i.title.startswith("Social Isolation"))
    assert social.leads == ("Becky Wilkinson", "Sandra Ashton-Jones", "Tom Denham")
    vaccinations = next(i for i in store.items(panel.id) if i.title.startswith("Mandatory"))
    assert vaccinations.notes == "outline of plans for implementing programme and timeline"
    assert vaccinations.priority == "Strong, resilient and healthy communities"


def test_other_council_layout_from_excel(other_council_xlsx, tmp_path, capsys):
    db = tmp_path / "other.db"
    assert _import(other_council_xlsx, db) == 0
    out = capsys.readouterr().out
    assert "Health and Wellbeing Overview and Scrutiny Committee" in out
    assert "row 9: sometime | Unplaceable Item | Someone Else — could not read the date “sometime”" in out
    store = open_store(db)
    panel = store.panel_named("Health and Wellbeing Overview and Scrutiny Committee")
    items = {i.title: i for i in store.items(panel.id)}
    assert [m.date for m in store.meetings(panel.id)] == [date(2023, 6, 12)]
    performance = items["Adult Social Care Performance"]
    assert performance.last_reported == (date(2023, 3, 24), date(2022, 7, 18))
    assert performance.requested_by == "Requested by OSPB on 26 July 2023"
    assert (items["Healthwatch Annual Report"].leads, items["Carers Strategy Refresh"].leads) == (("Jo Bloggs",),
                                                                                                 ("Ann Other",))
    assert items["Carers Strategy Refresh"].meeting_date == date(2023, 6, 12)
    assert (items["Dementia Friendly Borough"].kind, items["Dementia Friendly Borough"].window) == ("future", "date tbc")
    assert (items["NHS Dental Access"].kind, items["NHS Dental Access"].window) == ("future", "April/May 2024")
    assert items["Social Prescribing"].kind == "future"
    board = items["Safeguarding Adults Board Annual Report"]
    assert (board.kind, board.frequency, board.months) == ("standing", "Annually", (3,))
    budget = items["Budget Monitoring"]
    assert (budget.kind, budget.frequency, budget.months) == ("standing", "Quarterly", (3, 7, 10, 12))
    assert "Unplaceable Item" not in items


def test_a_csv_laid_out_another_way(tmp_path, capsys):
    """Written after the importer, in a layout it was not built from: title rows, 'Subject' and 'Lead Member/Officer',
    a role with the name in brackets, TBC leads, requests written in the notes, sections and standing items."""
    db = tmp_path / "health.db"
    assert _import(FIXTURES / "health_committee_programme.csv", db) == 0
    store = open_store(db)
    panel = store.panel_named("Health and Wellbeing Overview and Scrutiny Committee")
    items = {i.title: i for i in store.items(panel.id)}
    assert [m.date for m in store.meetings(panel.id)] == [date(2024, 6, 10), date(2024, 9, 9), date(2024, 11, 25)]
    assert items["Annual public health report"].leads == ("Jane Smith",)
    assert items["Annual public health report"].last_reported == (date(2023, 6, 12), date(2022, 6, 14))
    assert items["Dental access in the borough"].requested_by == "Requested by committee on 5 March 2024"
    assert items["Winter plan 2024/25"].leads == ("Sarah Lee", "Mark Evans")
    assert items["Budget scrutiny"].leads == () and store.person_named("TBC") is None
    assert (items["Carers strategy refresh"].kind, items["Carers strategy refresh"].window) == (
        "future", "January/February 2025")
    assert items["Social prescribing"].kind == "future"
    assert (items["Performance monitoring report"].kind, items["Performance monitoring report"].frequency) == (
        "standing", "Quarterly")
    assert items["Safeguarding Adults Board annual report"].months == (3,)


def test_importing_again_updates_rather_than_duplicates(tmp_path, capsys):
    path = tmp_path / "programme.csv"
    path.write_text("Date of Meeting,Item,Lead Officer,Notes\n20 July 2021,Budget Update,Ann Smith,\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert _import(path, db, "--panel", "Resources Panel") == 0
    path.write_text("Date of Meeting,Item,Lead Officer,Notes\n20 July 2021,Budget update,Bob Jones,Bring the Q1 figures\n"
                    "20 July 2021,Capital Programme,Ann Smith,\n", encoding="utf-8")
    capsys.readouterr()
    assert _import(path, db, "--panel", "Resources Panel") == 0
    assert "Added 0 meetings and 1 item; updated 0 meetings and 1 item" in capsys.readouterr().out
    store = open_store(db)
    items = store.items(store.panel_named("Resources Panel").id)
    assert [(i.title, i.leads, i.notes) for i in items] == [("Budget Update", ("Bob Jones",), "Bring the Q1 figures"),
                                                           ("Capital Programme", ("Ann Smith",), "")]
    assert any(a["action"] == "import" for a in store.audit_log())


def test_dry_run_writes_nothing(demo_db, tmp_path, capsys):
    def counts():
        conn = sqlite3.connect(demo_db)
        try:
            return [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("items", "meetings", "audit")]
        finally:
            conn.close()

    before = counts()
    path = tmp_path / "programme.csv"
    path.write_text("Date of Meeting,Item Description,Lead Report Author\n8 March 2022,Carers Strategy,Ann Smith\n",
                    encoding="utf-8")
    assert _import(path, demo_db, "--panel", PANEL, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Would add 1 meeting and 1 item" in out and "+ Carers Strategy — Ann Smith (8 March 2022)" in out
    assert counts() == before
    fresh = tmp_path / "never.db"
    assert _import(path, fresh, "--panel", PANEL, "--dry-run") == 0
    assert not fresh.exists()


@pytest.mark.parametrize("name, content, message", [
    ("junk.docx", b"this is not a zip", "junk.docx is not a readable Word document"),
    ("junk.xlsx", b"\x00\x01garbage", "junk.xlsx is not a readable Excel workbook"),
    ("junk.csv", b"\x00\x01\x02binary", "junk.csv is not a text file"),
    ("prose.csv", b"Dear all,\nplease find attached\n", "no work programme table found"),
    ("slides.pptx", b"PK", "I can read .csv, .xlsx and .docx files, not .pptx"),
])
def test_unreadable_files_fail_in_one_line_and_write_nothing(name, content, message, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(content)
    db = tmp_path / "x.db"
    assert _import(path, db, "--panel", "Any Panel") == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    store = open_store(db)
    assert store.panels() == []


def test_seasons_and_vague_windows_make_possible_future_items(tmp_path, capsys):
    source = tmp_path / "seasons.csv"
    source.write_text("Date of Meeting,Item Description,Lead Report Author\n"
                      "Autumn 2025,Adult learning disabilities strategy,Alice Green\n"
                      "early 2026,Homelessness review,\n"
                      "sometime,Unplaceable item,\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["import", str(source), "--db", str(db), "--panel", "Test Panel"]) == 0
    assert "could not read the date “sometime”" in capsys.readouterr().out
    store = open_store(db)
    items = {i.title: i for i in store.items(store.panel_named("Test Panel").id)}
    assert (items["Adult learning disabilities strategy"].kind, items["Adult learning disabilities strategy"].window) == (
        "future", "Autumn 2025")
    assert items["Homelessness review"].window == "early 2026" and "Unplaceable item" not in items
