"""`make docs-preview`: the Word exports rendered through LibreOffice to PNG pages, for a person to look at.

Writes docs-preview/ (programme.docx, matters.docx, their PDFs and one PNG per page, and the public page). Without
LibreOffice (soffice) and pdftoppm it says what to install and exits 0, so it never blocks anything else."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from bot.changes import AddItem, AddMatter
from handlers.cli import main as cli
from store import open_store
from store.demo import PANEL, build_demo

OUT = Path("docs-preview")


def fill(store) -> None:
    """The demo programme made long enough to run onto a second page, with every kind of row councils print."""
    panel = store.panel_named(PANEL)
    for n, (day, at, venue) in enumerate([(date(2022, 3, 22), time(18, 0), "Committee Room 3"),
                                          (date(2022, 4, 26), None, ""), (date(2022, 6, 14), time(14, 0), "Civic Hall")]):
        meeting = store.add_meeting(panel.id, day, at=at, venue=venue)
        for k in range(5):
            store.add_item(AddItem(panel.id, f"Scrutiny review {n + 1}.{k + 1}: Wolverhampton adult social care "
                                   "commissioning and market sustainability", meeting.id,
                                   leads=("Becky Wilkinson", "Sandra Ashton-Jones"),
                                   notes="Invite Care Providers and Healthwatch Wolverhampton to the meeting; "
                                   "report to include the Publication timetable for the Market Position Statement"))
    store.update_meeting(store.meeting_on(panel.id, date(2022, 4, 26)).id, "preview", status="cancelled")
    store.add_item(AddItem(panel.id, "Safeguarding Adults Board Annual Report", kind="standing", leads=("Dr Ruth Fox",),
                           frequency="Annually", months=(3,)))
    store.add_item(AddItem(panel.id, "Budget monitoring", kind="standing", frequency="Quarterly", months=(3, 7, 10, 12)))
    store.add_matter(AddMatter(panel.id, "Breakdown of vaccination uptake by care home", "Becky Wilkinson",
                               date(2021, 10, 19), "next meeting", date(2021, 7, 20), "Figures requested from the ICB"))
    store.add_matter(AddMatter(panel.id, "List of care homes visited by the Healthwatch team", "Hannah Pawley", None,
                               "future meeting", date(2021, 7, 20)))


def render(docx: Path) -> list[Path]:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = docx.with_suffix(".pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(docx.with_suffix(""))], check=True, timeout=120)
    return sorted(docx.parent.glob(f"{docx.stem}-*.png"))


def main() -> int:
    missing = [tool for tool in ("soffice", "pdftoppm") if not shutil.which(tool)]
    if missing:
        print(f"docs-preview skipped: needs {' and '.join(missing)} "
              "(Debian: apt-get install libreoffice-writer-nogui poppler-utils)")
        return 0
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "preview.db"
        store = open_store(db)
        store.clock = lambda: datetime(2021, 9, 1, 9, 0).astimezone()
        build_demo(store)
        fill(store)
        store.close()
        base = ["--db", str(db), "--as-at", "2021-09-01"]
        cli(["export", *base, "--format", "docx", "--out", str(OUT / "programme.docx")])
        cli(["export", *base, "--what", "matters", "--format", "docx", "--out", str(OUT / "matters.docx")])
        cli(["export", *base, "--format", "html", "--out", str(OUT / "site")])
    for docx in (OUT / "programme.docx", OUT / "matters.docx"):
        for page in render(docx):
            print(f"  {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
