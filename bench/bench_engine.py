"""Issue 3: messages the engine answers per second, as a ratio to one dateparser.parse call per message."""
from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dateparser

from bench.generate import build_large
from bot.conversation import Context
from bot.days.dates import parse_when, warm_up
from bot.engine import respond
from bot.language.classifier import load_classifier
from store import open_store
from store.demo import build_demo

LONDON = ZoneInfo("Europe/London")
MESSAGES = [
    "what's due next meeting?", "what's on in March?", "what was on 22 January?", "what do we have on 20/3?",
    "agenda for the February meeting", "show me the possible future items", "what is Officer 007 Example presenting?",
    "when did we last have a report on housing repairs?", "is domestic abuse on the work programme?",
    "anything about vaccination?", "outstanding matters", "which reports are late?", "when are the meetings?",
    "what's TBC?", "who is the chair?", "when is the CHANNEL report due?", "help", "asdfgh qwerty",
    "what's the deadline for the next meeting?", "what is Becky Wilkinson presenting?",
]
ROUNDS = 10
TRIALS = 7


def _pass(fn) -> float:
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for text in MESSAGES:
            fn(text)
    return time.perf_counter() - start


def _rates(fns: dict) -> dict:
    """Messages per second for each contender: trials interleaved, best trial kept, so noise hits all alike."""
    best = {name: float("inf") for name in fns}
    for _ in range(TRIALS):
        for name, fn in fns.items():
            best[name] = min(best[name], _pass(fn))
    return {name: ROUNDS * len(MESSAGES) / seconds for name, seconds in best.items()}


def _engine(store, now):
    panel = store.panels()[0]
    classifier = load_classifier()

    def answer(text):
        parse_when.cache_clear()  # each message pays for its own dates; the cache only saves re-reading within one
        return respond(text, Context(store, now, None, panel, classifier=classifier))
    return answer


def _floor(now):
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": now.replace(tzinfo=None), "PREFER_DATES_FROM": "future"}
    return lambda text: dateparser.parse(text, languages=["en"], settings=settings)


def main() -> None:
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        demo = open_store(Path(tmp) / "demo.db")
        build_demo(demo)
        large = open_store(Path(tmp) / "large.db")
        build_large(large)
        demo_now = datetime(2021, 9, 1, 9, 0, tzinfo=LONDON)
        large_now = datetime(2025, 6, 2, 9, 0, tzinfo=LONDON)
        rates = _rates({"floor": _floor(demo_now), "demo": _engine(demo, demo_now),
                        "large": _engine(large, large_now)})
        floor, demo_rate, large_rate = rates["floor"], rates["demo"], rates["large"]
    items = large.db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    print(f"dateparser.parse floor: {floor:,.0f} messages/s")
    print(f"engine, demo programme: {demo_rate:,.0f} messages/s  (cost {floor / demo_rate:.2f}x the floor; target <= 3x)")
    print(f"engine, {items:,} items:    {large_rate:,.0f} messages/s  (cost {floor / large_rate:.2f}x the floor)")
    print(f"large vs demo: {demo_rate / large_rate:.2f}x slower (target <= 1.5x)")


if __name__ == "__main__":
    main()
