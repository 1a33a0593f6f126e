"""Publishing a year's programme: Word, the public page and the calendar feed, as ratios to a CSV export of it."""
from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.changes import AddItem
from handlers.cli.export import item_rows
from handlers.files.csv_writer import csv_text
from handlers.files.docx_writer import write_programme
from handlers.files.html_writer import render_panel_page
from handlers.files.ics_writer import panel_feed
from handlers.files.programme_data import view_for
from store import open_store
from store.demo import PANEL, build_demo

NOW = datetime(2021, 9, 1, 8, 0, tzinfo=UTC)


def busy_year(store) -> None:
    """Ten more meetings of six items each, twenty possible future items and six standing items."""
    panel = store.panel_named(PANEL)
    for n in range(10):
        meeting = store.add_meeting(panel.id, date(2022, 3, 1) + timedelta(weeks=5 * n))
        for k in range(6):
            store.add_item(AddItem(panel.id, f"Report {n}.{k} on adult social care commissioning", meeting.id,
                                   leads=("Becky Wilkinson", "Tom Denham"), notes="Invite Care Providers " * 4))
    for k in range(20):
        store.add_item(AddItem(panel.id, f"Possible review {k}", kind="future", window="Autumn 2022"))
    for k in range(6):
        store.add_item(AddItem(panel.id, f"Standing report {k}", kind="standing", frequency="Quarterly",
                               months=(3, 6, 9, 12)))


def _best(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        build_demo(store)
        busy_year(store)
        panel = store.panel_named(PANEL)
        baseline = _best(lambda: csv_text(*item_rows(store, [panel])))
        rows = {
            "Word programme (gather + write .docx)": lambda: write_programme(Path(tmp) / "p.docx", view_for(
                store, panel, as_at=NOW.date())),
            "public page (gather + render HTML)": lambda: render_panel_page(view_for(store, panel, as_at=NOW.date()),
                                                                              "feed.ics"),
            "calendar feed (gather + .ics)": lambda: panel_feed(store, panel, NOW),
        }
        count = len(store.items(panel.id))
        print(f"baseline: CSV export of {count} items  {baseline * 1000:7.1f} ms")
        for name, fn in rows.items():
            took = _best(fn)
            print(f"{name:40} {took * 1000:7.1f} ms  ratio {took / baseline:5.1f}")
        store.close()


if __name__ == "__main__":
    main()
