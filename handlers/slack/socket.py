"""Socket Mode: the app dials out to Slack over a WebSocket (slack_sdk's built-in client), watched by a watchdog.

slack_sdk's client is known to stop receiving events after a reconnect (python-slack-sdk #1701, bolt-python
#1529): the process lives on, the connection looks open, nothing arrives. The watchdog checks the connection
every `interval` seconds and opens a fresh one (a new apps.connections.open URL) when it is closed, or when
nothing at all (no event, no hello, no pong to the client's pings) has come over it for `silent_after` seconds."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from slack_bolt.adapter.socket_mode import SocketModeHandler

from handlers.slack.socket_client import CheckedSocketModeHandler

log = logging.getLogger(__name__)

PING_SECONDS = 10  # the client pings this often; Slack's pongs count as signs of life
CHECK_SECONDS = 30.0
SILENT_SECONDS = 120.0  # twelve pings unanswered: the connection is dead, whatever it says


def socket_handler(app, app_token: str, auto_reconnect: bool = True) -> SocketModeHandler:
    """A handler whose apps.connections.open goes through the app's own client (so SLACK_API_URL applies), and
    whose envelopes are checked as HTTP mode checks a request (socket_client.py)."""
    return CheckedSocketModeHandler(app, app_token=app_token, web_client=app.client, ping_interval=PING_SECONDS,
                                    auto_reconnect_enabled=auto_reconnect)


class Watchdog:
    """`check()` once (tests), or `start()` a thread that checks every `interval` seconds until `stop()`."""

    def __init__(self, handler: SocketModeHandler, interval: float = CHECK_SECONDS,
                 silent_after: float = SILENT_SECONDS, clock: Callable[[], float] = time.time):
        self.client, self.interval, self.silent_after, self.clock = handler.client, interval, silent_after, clock
        self.heard = clock()  # a text frame (hello, an event, a disconnect notice) last arrived at this time
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.client.on_message_listeners.append(self._on_message)

    def _on_message(self, message: str) -> None:
        self.heard = self.clock()

    def last_sign_of_life(self) -> float:
        session = self.client.current_session
        pong = getattr(session, "last_ping_pong_time", None) or 0.0
        return max(self.heard, pong)

    def check(self) -> str:
        """'ok', or why it reconnected ('closed', 'silent'), or 'failed' (it tries again next time)."""
        if self.client.closed:
            return "ok"
        if not self.client.is_connected():
            reason = "closed"
        elif self.clock() - self.last_sign_of_life() > self.silent_after:
            reason = "silent"
        else:
            return "ok"
        log.warning("Socket Mode connection %s; opening a new one", "closed" if reason == "closed" else
                    f"silent for {self.clock() - self.last_sign_of_life():.0f} s")
        try:
            self.client.connect_to_new_endpoint(force=True)
        except Exception as exc:  # Slack or the network still down: the next check tries again
            log.warning("could not reconnect to Slack in Socket Mode yet: %s: %s", type(exc).__name__, exc)
            return "failed"
        self.heard = self.clock()
        self.reconnects += 1
        return reason

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="socket-watchdog", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.check()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
