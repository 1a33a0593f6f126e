"""A ModernGov sync of a committee with 10 years of meetings when nothing has changed, against one plain fetch."""
from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.bench_sweep import timed
from bot.changes import AddItem
from handlers.moderngov.client import ModernGovClient
from handlers.moderngov.connect import connect
from handlers.moderngov.sync import sync_all
from store import open_store
from tests.moderngov.standin import Item, Meeting, ModernGovSite

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 2, 4, 6, 30, tzinfo=LONDON)
COMMITTEE = 77
ITEMS = 8  # agenda items a meeting


def _season(site: ModernGovSite) -> int:
    """Monthly meetings from nine years back to a year ahead; past ones with agendas and minutes published."""
    site.add_committee(COMMITTEE, "Adults Scrutiny Panel")
    today, n = NOW.date(), 0
    for months in range(-108, 13):
        year, month = divmod(today.month - 1 + months, 12)
        day = date(today.year + year, month + 1, 14)
        held = day < today
        items = [Item(f"Report {k} on {day:%B %Y}", "<p>Report of the Director, attached.</p>",
                      minutes=("<p>The panel considered the report.</p><p>Resolved: That a progress report be "
                               "brought to a future meeting.</p>") if held else "",
                      papers=(day - timedelta(days=8),)) for k in range(ITEMS)]
        site.add_meeting(Meeting(10_000 + n, COMMITTEE, day, agenda_published=held or day - today < timedelta(days=8),
                                 minutes_published=held, items=items))
        n += 1
    return n



def main() -> None:
    with ModernGovSite() as site, tempfile.TemporaryDirectory() as folder:
        meetings = _season(site)
        store = open_store(Path(folder) / "bench.db")
        panel = store.add_panel("Adults Scrutiny Panel")
        connect(store, panel, site.url, str(COMMITTEE), "bench", lambda url: ModernGovClient(url))
        store.add_item(AddItem(panel.id, "Report 3 on March 2026", None, "future"))
        sync_all(store, ModernGovClient, NOW)  # the first sync brings everything in
        first = len(site.requests)

        def sync_unchanged():
            reports = sync_all(store, ModernGovClient, NOW)
            assert not reports[0].notes and not reports[0].errors, reports[0]

        def plain_fetch():
            client = ModernGovClient(site.url)
            client.meetings(COMMITTEE, NOW.date() - timedelta(days=3660), NOW.date() + timedelta(days=400))
            client.close()

        def every_meeting_in_full():
            client = ModernGovClient(site.url)
            for m in client.meetings(COMMITTEE, NOW.date() - timedelta(days=3660), NOW.date() + timedelta(days=400)):
                client.meeting(m.id)
            client.close()

        before = len(site.requests)
        sync = timed(sync_unchanged, 15)
        per_sync = (len(site.requests) - before) / 15
        baseline = timed(plain_fetch, 15)
        naive = timed(every_meeting_in_full, 3)
        store.close()
    print(f"committee of {meetings} meetings ({ITEMS} agenda items each), first sync {first} requests")
    print(f"unchanged sync: {sync * 1000:.0f} ms, {per_sync:.0f} requests (target < 2 s)")
    print(f"baseline, one plain GetMeetings fetch + parse of all 10 years: {baseline * 1000:.1f} ms")
    print(f"unchanged sync vs baseline: {sync / baseline:.1f}x")
    print(f"reading every meeting in full instead: {naive * 1000:.0f} ms ({naive / baseline:.0f}x the baseline)")

