"""Three other councils' programme layouts, written as they lay them out (invented content, realistic shapes)."""
from __future__ import annotations

import csv

import docx
import openpyxl
from openpyxl.styles import Alignment, Font

# A county's Excel programme: a merged title, a meeting's date merged down its items with time and venue in the
# cell, extra columns (Cabinet Member, Status, Outcome sought), several leads with organisations, job titles.
EXCEL_HEADER = ["Meeting Date", "Topic", "Cabinet Member", "Lead Officer", "Status", "Outcome sought"]
EXCEL_ROWS = [
    ["Tuesday 10 June 2025\n10.00am\nCommittee Room 2", "Integrated Care Board Winter Plan", "Cllr Jo Bloggs",
     "Dr A. Shah (ICB); Mark Ellis", "Confirmed", "Assurance on winter capacity"],
    [None, "Medium Term Financial Strategy", "Cllr Pat Green", "Chief Finance Officer", "Confirmed",
     "Comment on savings proposals"],
    [None, "Home to School Transport Review", "Cllr Pat Green", "Sarah Lee and Tom Brown (Transport Services)",
     "Draft", "Recommendations to Cabinet"],
    ["Thursday 11 September 2025, 2pm, Council Chamber", "Library Service Consultation Results", "Cllr Ann Other",
     "Nina Patel", "Confirmed", "Views on the preferred option"],
    ["January 2025 (date tbc)", "Flood Risk Management Strategy", None, "Head of Highways", "Possible",
     "Scope to be agreed"],
    ["Autumn 2025", "Youth Justice Plan", "Cllr Jo Bloggs", "Kemi Adeyemi", "Possible", None],
]


def county_excel(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Work Programme"
    sheet.append(["Place Overview and Scrutiny Committee – Work Programme 2025/26"])
    sheet.merge_cells("A1:F1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(EXCEL_HEADER)
    for row in EXCEL_ROWS:
        sheet.append(row)
    sheet.merge_cells("A4:A6")  # the June meeting's date cell spans its three items
    sheet["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    book.save(str(path))
    return path


# A borough's Word programme: one table, full-width section rows, the date cell with time and venue.
WORD_HEADER = ["Date", "Item", "Purpose", "Lead", "Format"]
WORD_ROWS = [
    ["3 October 2024 at 6pm, Town Hall", "Housing Allocations Policy", "Pre-decision scrutiny", "Jane Cole",
     "Report"],
    ["", "Tenant Satisfaction Measures", "Performance monitoring", "Ravi Singh / Liz Moore (Tenants' Panel)",
     "Presentation"],
    ["28 November 2024", "Meeting cancelled", "", "", ""],
    ["SECTION:Standing Items"],
    ["Quarterly", "Corporate Performance Report", "Monitoring", "Head of Performance", "Report"],
    ["SECTION:Possible Future Items"],
    ["Spring 2025", "Temporary Accommodation Costs", "Requested by Cllr Khan", "Ravi Singh", "Briefing"],
]


def borough_word(path):
    document = docx.Document()
    document.add_heading("Housing and Communities Scrutiny Panel", level=1)
    document.add_paragraph("Work programme 2024-25")
    table = document.add_table(rows=1, cols=len(WORD_HEADER))
    for cell, text in zip(table.rows[0].cells, WORD_HEADER):
        cell.text = text
    for values in WORD_ROWS:
        row = table.add_row()
        if values[0].startswith("SECTION:"):
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = values[0].removeprefix("SECTION:")
            continue
        for cell, text in zip(row.cells, values):
            cell.text = text
    document.save(str(path))
    return path


# A district's CSV export from its committee system: extra columns it has and we do not.
CSV_HEADER = ["Meeting date", "Subject", "Lead Member/Officer", "Report deadline", "Key decision?", "Ward(s)",
              "Notes"]
CSV_ROWS = [
    ["14 July 2025", "Local Plan Review", "Cllr Dan Hughes; Priya Shah", "30 June 2025", "Yes", "All wards",
     "Follows consultation"],
    ["14 July 2025", "Parking Enforcement Contract", "Mark Jones", "30 June 2025", "No", "Town Centre", ""],
    ["8 September 2025", "Leisure Centre Refurbishment", "Head of Leisure", "22 August 2025", "Yes",
     "Northfield and Eastgate", "Cost update requested"],
    ["TBC", "Climate Action Plan Progress", "Alex Morgan (Climate Partnership)", "", "No", "All wards", ""],
]


def district_csv(path):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Environment and Economy Scrutiny Committee work programme"])
        writer.writerow(CSV_HEADER)
        writer.writerows(CSV_ROWS)
    return path
