"""The listener pool, acks first: work after an ack starts once the server has no request waiting, or after HOLD.

Requests and replies share one interpreter lock. In a burst, each reply (about 1 ms of CPU) took turns with the
acks (about 0.15 ms each, plus the server's own work) and stretched them, yet only the ack has a deadline (Slack's
3 s; a response_url takes replies for 30 minutes). So a job waits while the HTTP server has requests queued or in
hand (SlackServer tells the pool how to ask), for HOLD_SECONDS at most, so a steady stream cannot starve replies.
A waiting job has not started: it holds no lock and no connection. Without a server (Socket Mode) nothing waits.
Jobs that open a modal wait too: a trigger_id lasts 3 s, and the wait is 1 s at most, only while requests queue.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

HOLD_SECONDS = 1.0
POLL_SECONDS = 0.001


class AckFirstPool(ThreadPoolExecutor):
    def __init__(self, workers: int, thread_name_prefix: str = "", hold: float = HOLD_SECONDS,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        super().__init__(workers, thread_name_prefix=thread_name_prefix)
        self.hold, self.clock, self.sleep = hold, clock, sleep
        self._busy: Callable[[], bool] = lambda: False
        self._gate = threading.Lock()  # one held job polls; the others wait behind it, asleep

    def hold_while(self, busy: Callable[[], bool]) -> None:
        """Jobs wait (up to `hold` seconds after they were submitted) while `busy()`: requests are being acked."""
        self._busy = busy

    def submit(self, fn, /, *args, **kwargs):
        return super().submit(self._after_acks, self.clock() + self.hold, fn, args, kwargs)

    def _after_acks(self, until: float, fn, args, kwargs):
        if self._busy():
            with self._gate:
                while self._busy() and self.clock() < until:
                    self.sleep(POLL_SECONDS)
        return fn(*args, **kwargs)
