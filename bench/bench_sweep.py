"""A nudge sweep over 10 panels x 10 years (about 5,000 items, 50,000 sent records), against plain indexed queries."""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.generate import build_large
from bot.reminders import horizon_days
from handlers.nudges.sweep import sweep
from store import open_store
from store.db import transaction

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 3, 12, 10, 0, tzinfo=LONDON)  # a Wednesday mid-programme, in working hours
SENT_RECORDS = 50_000


class CountingSender:
    def __init__(self):
        self.posts = 0

    def find_user(self, email):
        return None

    def open_dm(self, user_id):
        return "D" + user_id

    def post(self, channel, message):
        self.posts += 1


def timed(fn, repeat: int = 30) -> float:
    """Median seconds per call."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _fill(store) -> dict:
    counts = build_large(store)
    with transaction(store.db):
        store.db.execute("UPDATE people SET slack_id = 'U' || id")
        for panel_id, in store.db.execute("SELECT id FROM panels").fetchall():
            store.db.execute("UPDATE panels SET slack_channel = ? WHERE id = ?", [f"C{panel_id}", panel_id])
            store.db.execute("INSERT INTO roles VALUES (?, ?, 'scrutiny-officer')", [panel_id, panel_id])
        items = store.db.execute("SELECT i.id, l.person_id FROM items i JOIN item_leads l ON l.item_id = i.id").fetchall()
        at = "2020-01-01T09:00:00+00:00"
        for n in range(SENT_RECORDS):  # ten past nudges per item, as the years of sweeps would have left them
            item_id, lead = items[n % len(items)]
            key = f"item:{item_id}:past-{n // len(items)}:2020-01-01T10:00:to:{lead}"
            store.db.execute("INSERT INTO reminders (key, item_id, kind, recipient, state, claimed_at, sent_at, summary)"
                             " VALUES (?,?,?,?,'sent',?,?,'')", [key, item_id, "before-10", f"person:{lead}", at, at])
    return counts


def _statements(store, fn) -> tuple[list[str], list[str]]:
    """The SQL one call runs, and any that scan items, meetings, reminders or item_leads in full."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        store.db.conn.set_trace_callback(None)
    scans = []
    for sql in seen:
        if sql.lstrip().upper().startswith("SELECT"):
            plan = store.db.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            scans += [row[3] for row in plan if row[3].startswith("SCAN") and
                      row[3].split()[1] in ("items", "meetings", "reminders", "item_leads", "i", "m", "r", "l")]
    return seen, scans


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        store.clock = lambda: NOW
        counts = _fill(store)
        sender = CountingSender()
        start = time.perf_counter()
        first = sweep(store, sender, NOW)
        first_sweep = time.perf_counter() - start
        first_posts = sender.posts  # one message per person: fewer messages than keys
        idle = timed(lambda: sweep(store, sender, NOW + timedelta(minutes=5)))
        assert sender.posts == first_posts <= len(first.keys("sent")), "an idle sweep sent something"
        statements, scans = _statements(store, lambda: sweep(store, sender, NOW + timedelta(minutes=10)))

        today = NOW.date()
        end = today + timedelta(days=horizon_days(store.panels(), []))
        window = [today.isoformat(), end.isoformat()]
        window_items = ("SELECT i.id, i.title, i.status FROM meetings m JOIN items i ON i.meeting_id = m.id"
                        " WHERE m.date BETWEEN ? AND ?")
        plain = timed(lambda: store.db.execute(window_items, window).fetchall(), repeat=200)
        whole = timed(lambda: store.db.execute("SELECT id, title, status FROM items WHERE panel_id > 0").fetchall())
        n_window = len(store.db.execute(window_items, window).fetchall())
        store.close()
    print(f"programme: {counts['items']} items, {counts['meetings']} meetings, {SENT_RECORDS} sent records")
    print(f"first sweep (sends {len(first.keys('sent'))} nudges in {first_posts} messages): {first_sweep * 1000:.1f} ms")
    print(f"idle sweep (nothing to send), median: {idle * 1000:.2f} ms; {len(statements)} SQL statements,"
          f" full scans of large tables: {scans or 'none'}")
    print(f"baseline, plain indexed read of the same {counts['items']} items: {whole * 1000:.2f} ms;"
          f" idle sweep = {idle / whole:.2f}x (target < 20x)")
    print(f"stricter baseline, one indexed query for only the {n_window} items near now: {plain * 1000:.3f} ms;"
          f" idle sweep = {idle / plain:.0f}x (its {len(statements)} statements alone cost about {len(statements)}x)")

if __name__ == "__main__":
    main()
