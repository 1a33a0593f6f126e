"""Process settings for a long-running bot: fewer, cheaper garbage collections so acks keep a short tail."""
from __future__ import annotations

import gc

# Each request makes many short-lived objects; the default gen-0 threshold (700) runs a collection every few
# requests, and full collections over everything loaded at start-up (dateparser's data, caches) cost tens of ms.
# Not too high either: one collection of 50,000 young objects paused every thread for 20-39 ms on the shared
# 2-core bench machine (every request in flight waits for it); of 10,000, 1.5-5 ms (bench/README.md, bench_ack).
GEN0_THRESHOLD = 10_000


def tune_gc() -> None:
    """Call once start-up is done: start-up objects are frozen out of collection, and collections run less often."""
    gc.collect()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)
