"""Builders for the files the import tests read: seed 004's programme as Word, another council's as Excel."""
from __future__ import annotations

import docx
import openpyxl
import pytest

SEED004_ROWS = [
    # (date, publication, items, leads, priority, notes); several items per cell, as in the pack
    ("20 July 2021", "12 July 2021", ["Principal Social Worker Annual Report", "Mandatory Vaccinations for Social Care Homes"],
     ["Jenny Rogers", "Becky Wilkinson"], "Strong, resilient and healthy communities",
     ["outline of plans for implementing programme and timeline"]),
    ("19 October 2021", "11 October 2021", ["Domestic Abuse Act 2021 – update on implementation",
                                             "Safer Wolverhampton Partnership Board – update"],
     ["Hannah Pawley", "Hannah Pawley"], "", []),
    ("", "", ["Best practice update on CHANNEL guidance", "Adult Social Care Annual Report - Wolverhampton Local Account"],
     ["Hannah Pawley", "Becky Wilkinson"], "", ["The report will detail progress made during the previous 12 months, "
                                                 "identifying key achievements and challenges and priorities for the year "
                                                 "ahead."]),
    ("15 February 2022", "7 February 2022", ["Care and Support Provider Fee Review 2021 - 2022 and Market Sustainability",
                                              "Social Isolation among older people in the community and care homes"],
     ["Alicia Woods", "Becky Wilkinson/Sandra Ashton-Jones and Tom Denham"], "",
     ["Invite Care Providers to the meeting", "Invite Champion for Councillor Development and Information Technology - "
      "Cllr Jaspreet Jaspal to brief panel and Ian Darch WVSC"]),
]
SEED004_FUTURE = [
    "Headlines from Self Assessment – Becky Wilkinson - date tbc",
    "Briefing on Assisted Technologies Strategy - date tbc",
    "Heather Clarke to share briefing paper on digital inclusion work with a focus on support for older people and care "
    "home residents with the panel when published.",
    "Adult Social Work Health Check 2020 - date tbc",
    "Adult Social Care Workforce Health Check 2020 - date tbc",
]


def _cell(cell, lines) -> None:
    cell.text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


@pytest.fixture
def seed004_docx(tmp_path):
    """Seed 004's draft programme as the Word document it came from: title, a side table, the programme, a list."""
    document = docx.Document()
    document.add_heading("Scrutiny Work Programme (draft)", level=1)
    document.add_heading("Adults and Safer City Scrutiny Panel 2021-2022", level=2)
    side = document.add_table(rows=1, cols=4)
    for cell, text in zip(side.rows[0].cells, ["Chair: Cllr Val Evans", "Vice Chair: Cllr Sohail Khan",
                                               "SEB Lead: Emma Bennett", "Scrutiny Lead: Earl Piggott-Smith"]):
        cell.text = text
    table = document.add_table(rows=1, cols=6)
    for cell, text in zip(table.rows[0].cells, ["Date of Meeting", "Agenda Publication", "Item Description",
                                                "Lead Report Author", "Council Plan Priority", "Notes"]):
        cell.text = text
    for day, published, items, leads, priority, notes in SEED004_ROWS:
        cells = table.add_row().cells
        for cell, lines in zip(cells, [[day] if day else [], [published] if published else [], items, leads,
                                       [priority] if priority else [], notes]):
            _cell(cell, lines)
    # The October meeting spans two rows: merge its date cells as Word users do.
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(2, 1).merge(table.cell(3, 1))
    document.add_heading("Future items", level=3)
    for line in SEED004_FUTURE:
        document.add_paragraph(line, style="List Number")
    document.add_heading("Scrutiny Panel Remit & Functions", level=2)
    document.add_paragraph("The scrutiny of services for older and vulnerable adults.")
    path = tmp_path / "seed004.docx"
    document.save(str(path))
    return path


OTHER_COUNCIL = [
    ["Health and Wellbeing Overview and Scrutiny Committee"],
    ["Work Programme 2023/24", None, None, None, None],
    [None, None, None, None, None],
    ["Committee date", "Issue for Scrutiny", "Lead Member/Officer", "Date(s) of last report", "Requested by"],
    ["12 June 2023", "Adult Social Care Performance", "Director of Adult Services", "24 March 2023, 18 July 2022",
     "Requested by OSPB on 26 July 2023"],
    [None, "Healthwatch Annual Report\nCarers Strategy Refresh", "Jo Bloggs\nAnn Other", None, None],
    ["TBC", "Dementia Friendly Borough", "Sam Smith", None, "Suggested at 28 September 2022 meeting"],
    ["April/May 2024", "NHS Dental Access", "ICB Commissioning Lead", None, None],
    ["sometime", "Unplaceable Item", "Someone Else", None, None],
    ["Possible Future Items", None, None, None, None],
    [None, "Social Prescribing", "Public Health Lead", None, None],
    ["Standing Items", None, None, None, None],
    ["Annually - March", "Safeguarding Adults Board Annual Report", "Independent Chair", None, None],
    ["Quarterly (March/July/October/December)", "Budget Monitoring", "Finance Business Partner", None, None],
]


@pytest.fixture
def other_council_xlsx(tmp_path):
    """Another council's layout: header on row 4, other column names, TBC rows, section rows, standing items."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in OTHER_COUNCIL:
        sheet.append(row)
    sheet.merge_cells("A1:E1")
    path = tmp_path / "other.xlsx"
    book.save(str(path))
    return path
