"""Reading programme tables, without files or a database: header anywhere, pairing, sections, unplaced rows."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.programme.summary import ImportOutcome, describe_import
from bot.programme.table import read_programme

NOW = datetime(2023, 5, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def test_header_found_below_a_title_and_columns_mapped_by_meaning():
    rows = [["Overview and Scrutiny Panel"], [], ["Subject", "Meeting", "Report Author", "Council Plan Priority",
                                                  "Follow-up action"],
            ["Libraries Review", "4 July 2023", "Kim Lee", "Vibrant city", "Invite Friends groups"]]
    proposal = read_programme([rows], NOW)
    (item,) = proposal.items
    assert (item.title, item.meeting_date, item.leads, item.priority, item.notes) == (
        "Libraries Review", date(2023, 7, 4), ("Kim Lee",), "Vibrant city", "Invite Friends groups")
    assert proposal.panel_hint == "Overview and Scrutiny Panel"


def test_rows_without_a_date_belong_to_the_meeting_above_and_a_missing_first_date_is_reported():
    rows = [["Item", "Date of meeting"], ["Orphan Item", ""], ["Housing", "5 Sept 2023"], ["Waste", ""]]
    proposal = read_programme([rows], NOW)
    assert [(i.title, i.meeting_date) for i in proposal.items] == [("Housing", date(2023, 9, 5)),
                                                                   ("Waste", date(2023, 9, 5))]
    assert [(u.row, u.reason) for u in proposal.unplaced] == [(2, "no meeting date above this row")]


def test_one_note_beside_two_items_sits_with_the_last_and_one_lead_is_shared():
    rows = [["Date of Meeting", "Item Description", "Lead", "Notes"],
            ["1 June 2023", "<ul><li>First</li><li>Second</li></ul>", "<p>Pat Jones</p>", "<p>Only note</p>"]]
    first, second = read_programme([rows], NOW).items
    assert (first.leads, first.notes, second.leads, second.notes) == (("Pat Jones",), "", ("Pat Jones",), "Only note")


def test_standing_section_keeps_months_and_frequency_and_tbc_is_a_future_item():
    rows = [["Date", "Topic", "Officer"], ["date tbc", "Air Quality", ""], ["Standing Items"],
            ["Quarterly", "Performance", "Head of Policy"], ["March", "Annual Complaints Report", ""]]
    air, performance, complaints = read_programme([rows], NOW).items
    assert (air.kind, air.window) == ("future", "date tbc")
    # A job title is not a person: no lead, and the title kept in the notes under its column's name.
    assert (performance.kind, performance.frequency, performance.leads, performance.notes) == (
        "standing", "Quarterly", (), "Officer: Head of Policy")
    assert (complaints.kind, complaints.months) == ("standing", (3,))


def test_a_table_with_no_programme_header_finds_nothing():
    proposal = read_programme([[["Name", "Address"], ["A", "B"]]], NOW)
    assert not proposal.found_header and proposal.items == ()


def test_describe_import_lists_unplaced_rows():
    rows = [["Date of Meeting", "Item"], ["whenever", "Thing"]]
    proposal = read_programme([rows], NOW)
    text = describe_import(proposal, ImportOutcome("Panel", dry_run=True))
    assert "Could not place 1 row:" in text and "could not read the date “whenever”" in text


def test_an_item_row_that_reads_like_column_names_stays_an_item():
    rows = [["Date of Meeting", "Item", "Lead Officer"], ["6 June 2023", "Annual Report", "Finance Officer"],
            ["", "Treasury Report", "Lead Member"]]
    items = read_programme([rows], NOW).items
    assert [(i.title, i.meeting_date) for i in items] == [("Annual Report", date(2023, 6, 6)),
                                                          ("Treasury Report", date(2023, 6, 6))]


def test_a_meeting_with_no_items_yet_is_still_a_meeting():
    rows = [["Date of Meeting", "Item", "Lead"], ["3 October 2023", "", ""], ["", "Libraries", "Kim Lee"],
            ["28 November 2023", "", ""]]
    proposal = read_programme([rows], NOW)
    assert [m.date for m in proposal.meetings] == [date(2023, 10, 3), date(2023, 11, 28)]
    assert [(i.title, i.meeting_date) for i in proposal.items] == [("Libraries", date(2023, 10, 3))]
    assert proposal.unplaced == ()
