"""Socket Mode: the app dials the stand-in's WebSocket, acks an events_api envelope, then answers via the Web API."""
from __future__ import annotations

import json
import time

from handlers.deps import Deps, Settings
from handlers.slack.app import build_app
from handlers.slack.socket import Watchdog, socket_handler
from tests.conftest import FIXED_NOW
from tests.slack.signing import event_body


def test_app_mention_over_socket_mode(demo_store, people, fake_slack, fake_socket):
    fake_slack.socket_url = fake_socket.url
    fake_slack.add_user("UVAL", "Val Evans", "val@example.org")
    settings = Settings(bot_token="xoxb-test", app_token="xapp-test", api_url=fake_slack.url)
    app = build_app(Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW), socket_mode=True)
    handler = socket_handler(app, settings.app_token)
    handler.connect()
    try:
        event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> what's due next meeting?", "channel": "C9",
                 "ts": "1630483200.000300"}
        fake_socket.send({"envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False,
                          "retry_attempt": 0, "retry_reason": "", "payload": json.loads(event_body(event, "EvSock"))})
        assert fake_socket.wait_for_ack("env-1") == {"envelope_id": "env-1"}
        [posted] = fake_slack.wait_for("chat.postMessage")
        assert posted["channel"] == "C9" and "Domestic Abuse Act 2021" in posted["text"]
        assert fake_slack.calls_to("apps.connections.open")
    finally:
        handler.close()  # about 3 s: slack_sdk's plain-ws (test-only) socket reads with a fixed 3 s timeout


def mention(fake_socket, envelope_id: str, channel: str) -> None:
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> what's due next meeting?", "channel": channel,
             "ts": "1630483200.000400"}
    fake_socket.send({"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
                      "retry_attempt": 0, "retry_reason": "", "payload": json.loads(event_body(event, envelope_id))})


def socket_app(demo_store, fake_slack, fake_socket):
    fake_slack.socket_url = fake_socket.url
    fake_slack.add_user("UVAL", "Val Evans", "val@example.org")
    settings = Settings(bot_token="xoxb-test", app_token="xapp-test", api_url=fake_slack.url)
    return build_app(Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW), socket_mode=True)


def test_the_watchdog_replaces_a_dropped_connection_that_still_looks_open(demo_store, people, fake_slack, fake_socket):
    # slack_sdk's own reconnection is off here, so only the watchdog can bring the connection back
    handler = socket_handler(socket_app(demo_store, fake_slack, fake_socket), "xapp-test", auto_reconnect=False)
    handler.connect()
    now = [time.time()]
    watchdog = Watchdog(handler, silent_after=120, clock=lambda: now[0])
    try:
        assert fake_socket.wait_for_sessions(1) == 1
        now[0] += 60
        assert watchdog.check() == "ok"  # quiet for a minute is fine
        fake_socket.drop()  # no close frame: the client goes on believing it is connected
        now[0] += 600  # ten minutes with no hello, no event and no pong
        assert watchdog.check() in ("silent", "closed")
        assert fake_socket.wait_for_sessions(2) == 2 and watchdog.reconnects == 1
        assert len(fake_slack.calls_to("apps.connections.open")) == 2  # a fresh URL, not the old one
        mention(fake_socket, "env-after", "C7")
        assert fake_socket.wait_for_ack("env-after") == {"envelope_id": "env-after"}
        [posted] = fake_slack.wait_for("chat.postMessage")
        assert posted["channel"] == "C7" and "Domestic Abuse Act 2021" in posted["text"]
    finally:
        handler.close()


def test_the_watchdog_reopens_a_closed_connection(demo_store, people, fake_slack, fake_socket):
    handler = socket_handler(socket_app(demo_store, fake_slack, fake_socket), "xapp-test", auto_reconnect=False)
    handler.connect()
    watchdog = Watchdog(handler)
    try:
        fake_socket.wait_for_sessions(1)
        handler.client.disconnect()  # closed, and (with auto-reconnect off, or broken) never replaced
        assert watchdog.check() == "closed"
        assert fake_socket.wait_for_sessions(2) == 2 and handler.client.is_connected()
        mention(fake_socket, "env-fresh", "C8")
        assert fake_socket.wait_for_ack("env-fresh") == {"envelope_id": "env-fresh"}
        assert watchdog.check() == "ok"
    finally:
        handler.close()


def test_the_watchdog_keeps_trying_while_slack_is_unreachable(demo_store, people, fake_slack, fake_socket, slept):
    handler = socket_handler(socket_app(demo_store, fake_slack, fake_socket), "xapp-test", auto_reconnect=False)
    handler.connect()
    watchdog = Watchdog(handler)
    try:
        fake_socket.wait_for_sessions(1)
        handler.client.disconnect()
        fake_slack.fail_next("apps.connections.open", status=503, times=4)  # down past the client's own 3 retries
        assert watchdog.check() == "failed" and not handler.client.is_connected()
        assert watchdog.check() == "closed"  # the next check gets through
        assert fake_socket.wait_for_sessions(2) == 2 and handler.client.is_connected()
    finally:
        handler.close()
