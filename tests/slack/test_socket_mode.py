"""Socket Mode: the app dials the stand-in's WebSocket, acks an events_api envelope, then answers via the Web API."""
from __future__ import annotations

import json

from handlers.deps import Deps, Settings
from handlers.slack.app import build_app
from handlers.slack.socket import socket_handler
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
