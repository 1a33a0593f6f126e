"""The Word programme keeps the agenda pack's layout promises, read back with python-docx from the file we wrote."""
from __future__ import annotations

from datetime import date

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm

from bot.changes import AddItem
from handlers.cli import main
from store.demo import PANEL

W = qn("w:val")


@pytest.fixture
def exported(demo_store, demo_db, tmp_path):
    """The demo programme with a cancelled meeting, a withdrawn item and a standing item, exported as Word."""
    panel = demo_store.panel_named(PANEL)
    march = demo_store.add_meeting(panel.id, date(2022, 3, 22))
    demo_store.update_meeting(march.id, "test", status="cancelled")
    withdrawn = demo_store.add_item(AddItem(panel.id, "Withdrawn Topic Nobody Wants", demo_store.meeting_on(
        panel.id, date(2021, 10, 19)).id, leads=("Hannah Pawley",)))
    demo_store.update_item(withdrawn.id, "test", status="withdrawn")
    demo_store.add_item(AddItem(panel.id, "Safeguarding Adults Board Annual Report", kind="standing",
                                leads=("Dr Ruth Fox",), frequency="Annually", months=(3,)))
    out = tmp_path / "programme.docx"
    assert main(["export", "--db", str(demo_db), "--format", "docx", "--out", str(out), "--as-at", "2021-09-01"]) == 0
    return docx.Document(str(out))


def test_page_is_a4_landscape_with_page_numbers_and_british_english(exported):
    section = exported.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    assert all(m >= Cm(1.27) for m in (section.left_margin, section.right_margin, section.top_margin))
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Page " in section.footer.paragraphs[0].text
    lang = exported.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(W) == "en-GB" and exported.core_properties.language == "en-GB"


def test_title_has_the_municipal_year_the_date_and_the_membership(exported):
    lines = [p.text for p in exported.paragraphs if p.text]
    assert lines[:3] == [f"{PANEL} Work Programme 2021-22", "as at 1 September 2021",
                         "Chair: Cllr Val Evans | Vice-Chair: Cllr Sohail Khan | Scrutiny officer: Earl Piggott-Smith"]


def test_header_repeats_rows_never_split_and_columns_are_sized_to_content(exported):
    for table in exported.tables:
        header = table.rows[0]._tr.trPr
        assert header.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    programme = exported.tables[0]
    widths = {c.text: c.width for c in programme.rows[0].cells}
    assert widths["Date of Meeting"] < widths["Lead Report Author"] < widths["Item Description"]
    assert widths["Agenda Publication"] < widths["Notes"]
    usable = exported.sections[0].page_width - exported.sections[0].left_margin - exported.sections[0].right_margin
    assert abs(sum(widths.values()) - usable) < Cm(0.1)
    # every cell in a column has its header's width, so Word and LibreOffice agree
    for row in programme.rows[1:]:
        assert [c.width for c in row.cells] == [c.width for c in programme.rows[0].cells]


def test_a_meetings_date_and_publication_cells_are_merged_down_its_items(exported):
    table = exported.tables[0]
    october = [r for r in table.rows[1:] if r.cells[0].text.startswith("19 October 2021")]
    assert len(october) == 4  # four items, one merged date cell
    first_tc = october[0].cells[0]._tc
    assert first_tc.tcPr.find(qn("w:vMerge")).get(W) == "restart"
    for row in october[1:]:
        assert row.cells[0]._tc is first_tc  # python-docx gives the merged cell for each row it spans
    raw_rows = table._tbl.tr_lst
    continued = [tr for tr in raw_rows if tr.tc_lst[0].tcPr is not None and tr.tc_lst[0].tcPr.find(qn("w:vMerge")) is not None
                 and tr.tc_lst[0].tcPr.find(qn("w:vMerge")).get(W) in (None, "continue")]
    assert len(continued) >= 3 + 1 + 1  # October's three, July's one, February's one


def test_cancelled_meeting_is_marked_and_withdrawn_items_left_out(exported):
    rows = [[c.text for c in r.cells] for r in exported.tables[0].rows]
    march = next(r for r in rows if r[0] == "22 March 2022")
    assert march[2] == "Meeting cancelled"
    assert not any("Withdrawn Topic" in cell for r in rows for cell in r)


def test_future_and_standing_items_are_their_own_tables(exported):
    headings = [p.text for p in exported.paragraphs if p.style.name.startswith("Heading")]
    assert headings[1:] == ["Possible Future Items", "Standing Items"]
    future, standing = exported.tables[1], exported.tables[2]
    assert [c.text for c in future.rows[0].cells] == ["Item Description", "Lead Report Author", "Timing", "Notes"]
    assert len(future.rows) == 6
    assert [c.text for c in standing.rows[1].cells] == ["Safeguarding Adults Board Annual Report", "Dr Ruth Fox",
                                                        "Annually", "March", ""]
    captions = [t._tbl.tblPr.find(qn("w:tblCaption")).get(W) for t in exported.tables]
    assert captions == ["Scheduled meetings", "Possible future items", "Standing items"]


def test_draft_is_said_instead_of_the_date(demo_db, tmp_path):
    out = tmp_path / "draft.docx"
    assert main(["export", "--db", str(demo_db), "--format", "docx", "--out", str(out), "--draft"]) == 0
    assert docx.Document(str(out)).paragraphs[1].text == "Draft"
