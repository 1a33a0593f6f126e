"""Other councils' layouts import with nothing lost: every word of every cell is in the programme or the preview."""
from __future__ import annotations

import re
from datetime import date, time

import pytest

from bot.programme.view import meeting_lines
from bot.replies import month_list, short_day
from handlers.cli import main
from handlers.files import read_tables
from store import open_store
from tests.inout.layouts import borough_word, county_excel, district_csv

# Words that carry no information of their own once the cell is read (separators, weekdays, 'at').
_NOISE = {"and", "at", "monday", "tuesday", "wednesday", "thursday", "friday", "the", "in", "on"}


def _words(text: str) -> set[str]:
    return {str(int(w)) if w.isdigit() else w for w in re.findall(r"[a-z]+|\d+", text.lower())} - _NOISE


def _stored_text(store, panel) -> str:
    parts = []
    for m in store.meetings(panel.id):
        parts += meeting_lines(m) + [m.status, m.date.strftime("%d/%m/%Y")]
        parts += [short_day(m.agenda_published)] if m.agenda_published else []
        parts += [f"{m.time:%H:%M}", f"{m.time.hour % 12 or 12}{m.time:%p}".lower()] if m.time else []
    for i in store.items(panel.id):
        parts += [i.title, *i.leads, i.notes, i.priority, i.requested_by, i.window, i.frequency, month_list(i.months),
                  *(short_day(d) for d in i.last_reported)]
    return "\n".join(parts)


def _lost(path, store, panel_name: str, preview: str) -> set[str]:
    """Words in the file's cells found neither in the stored programme nor in the preview."""
    panel = store.panel_named(panel_name)
    kept = _words(_stored_text(store, panel)) | _words(preview)
    source = set()
    for table in read_tables(path):
        for row in table:
            for cell in row:
                source |= _words(cell or "")
    return source - kept


def _run(path, db, capsys, now="2024-07-01") -> tuple[str, str]:
    assert main(["import", str(path), "--db", str(db), "--now", now, "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert main(["import", str(path), "--db", str(db), "--now", now]) == 0
    return preview, capsys.readouterr().out


@pytest.mark.parametrize("build, name, extension", [
    (county_excel, "Place Overview and Scrutiny Committee", "xlsx"),
    (borough_word, "Housing and Communities Scrutiny Panel", "docx"),
    (district_csv, "Environment and Economy Scrutiny Committee", "csv"),
])
def test_every_word_of_another_councils_programme_is_kept(build, name, extension, tmp_path, capsys):
    path = build(tmp_path / f"programme.{extension}")
    preview, _ = _run(path, tmp_path / "db.sqlite", capsys)
    assert f"Preview of the import into {name}" in preview
    store = open_store(tmp_path / "db.sqlite")
    assert _lost(path, store, name, "") <= _words(preview)  # what the programme lacks, the preview names
    assert _lost(path, store, name, preview) == set()


def test_county_excel_extra_columns_times_venues_windows_and_leads(tmp_path, capsys):
    path = county_excel(tmp_path / "county.xlsx")
    preview, _ = _run(path, tmp_path / "db.sqlite", capsys)
    assert "  Cabinet Member: kept in the item's notes, labelled with the column name" in preview
    assert "  Status: kept in the item's notes, labelled with the column name" in preview
    assert "  Outcome sought: notes" in preview and "  Lead Officer: lead" in preview.replace(" (people", "\n(")
    assert "read 10:00 as the meeting's time and “Committee Room 2” as its venue" in preview
    assert "“Chief Finance Officer” names no person" in preview and "“Head of Highways” names no person" in preview
    store = open_store(tmp_path / "db.sqlite")
    panel = store.panel_named("Place Overview and Scrutiny Committee")
    june, september = store.meetings(panel.id)
    assert (june.date, june.time, june.venue) == (date(2025, 6, 10), time(10, 0), "Committee Room 2")
    assert (september.time, september.venue) == (time(14, 0), "Council Chamber")
    items = {i.title: i for i in store.items(panel.id)}
    winter = items["Integrated Care Board Winter Plan"]
    assert winter.leads == ("Dr A. Shah", "Mark Ellis")
    assert winter.notes == ("Assurance on winter capacity; Lead Officer: Dr A. Shah (ICB); Mark Ellis; "
                            "Cabinet Member: Cllr Jo Bloggs; Status: Confirmed")
    strategy = items["Medium Term Financial Strategy"]
    assert strategy.leads == () and "Lead Officer: Chief Finance Officer" in strategy.notes
    assert strategy.meeting_date == date(2025, 6, 10)  # the merged date cell covers it
    assert store.person_named("Chief Finance Officer") is None
    transport = items["Home to School Transport Review"]
    assert transport.leads == ("Sarah Lee", "Tom Brown") and "(Transport Services)" in transport.notes
    assert (items["Flood Risk Management Strategy"].kind, items["Flood Risk Management Strategy"].window) == (
        "future", "January 2025 (date tbc)")
    assert items["Youth Justice Plan"].window == "Autumn 2025"


def test_borough_word_section_rows_and_a_cancelled_meeting(tmp_path, capsys):
    path = borough_word(tmp_path / "borough.docx")
    _run(path, tmp_path / "db.sqlite", capsys)
    store = open_store(tmp_path / "db.sqlite")
    panel = store.panel_named("Housing and Communities Scrutiny Panel")
    october, november = store.meetings(panel.id)
    assert (october.time, october.venue) == (time(18, 0), "Town Hall")
    assert november.status == "cancelled"
    items = {i.title: i for i in store.items(panel.id)}
    assert "Meeting cancelled" not in items
    assert items["Tenant Satisfaction Measures"].leads == ("Ravi Singh", "Liz Moore")
    assert items["Corporate Performance Report"].kind == "standing"
    assert items["Corporate Performance Report"].frequency == "Quarterly"
    assert items["Temporary Accommodation Costs"].window == "Spring 2025"
    assert "Format: Briefing" in items["Temporary Accommodation Costs"].notes


def test_district_csv_extra_columns_kept_under_their_names(tmp_path, capsys):
    path = district_csv(tmp_path / "district.csv")
    preview, _ = _run(path, tmp_path / "db.sqlite", capsys)
    for column in ("Report deadline", "Key decision?", "Ward(s)"):
        assert f"  {column}: kept in the item's notes" in preview
    store = open_store(tmp_path / "db.sqlite")
    panel = store.panel_named("Environment and Economy Scrutiny Committee")
    plan = next(i for i in store.items(panel.id) if i.title == "Local Plan Review")
    assert plan.leads == ("Cllr Dan Hughes", "Priya Shah")
    assert plan.notes == "Follows consultation; Report deadline: 30 June 2025; Key decision?: Yes; Ward(s): All wards"


def test_a_neutralised_csv_cell_reads_back_as_written(demo_db, tmp_path, capsys):
    """Our own CSV export prefixes formula-like cells with an apostrophe; reading it back takes the apostrophe off."""
    from handlers.files.csv_reader import read_csv

    path = tmp_path / "items.csv"
    path.write_text("\ufeffMeeting date,Subject\r\n20 July 2021,'=Budget line\r\n20 July 2021,'Tis the season\r\n",
                    encoding="utf-8")
    assert read_csv(path)[0][1:] == [["20 July 2021", "=Budget line"], ["20 July 2021", "'Tis the season"]]
