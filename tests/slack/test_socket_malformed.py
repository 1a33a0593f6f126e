"""Socket Mode refuses malformed frames and payloads as HTTP mode does: acked, one log line, connection kept."""
from __future__ import annotations

import logging

from handlers.slack.socket import socket_handler
from tests.slack.test_socket_mode import mention, socket_app

MALFORMED = {
    "no actions": {"type": "interactive", "payload": {"type": "block_actions", "actions": [], "user": {"id": "UVAL"},
                                                      "response_url": "http://127.0.0.1:9/nowhere"}},
    "actions not objects": {"type": "interactive", "payload": {"type": "block_actions", "actions": ["x"],
                                                               "user": {"id": "UVAL"}}},
    "user not an object": {"type": "interactive", "payload": {"type": "shortcut", "user": "UVAL",
                                                              "callback_id": "add_to_programme"}},
    "view missing": {"type": "interactive", "payload": {"type": "view_submission", "user": {"id": "UVAL"}}},
    "event not an object": {"type": "events_api", "payload": {"type": "event_callback", "event": "app_mention"}},
    "payload a list": {"type": "events_api", "payload": [1, 2, 3]},
    "payload a number": {"type": "slash_commands", "payload": 7},
}


def test_malformed_envelopes_and_frames_are_refused_politely_and_the_connection_stays_up(
        demo_store, people, fake_slack, fake_socket, caplog):
    caplog.set_level(logging.INFO)
    handler = socket_handler(socket_app(demo_store, fake_slack, fake_socket), "xapp-test")
    handler.connect()
    try:
        fake_socket.wait_for_sessions(1)
        for case, envelope in MALFORMED.items():
            fake_socket.send({"envelope_id": f"bad-{case}", "accepts_response_payload": False, **envelope})
            # acked with nothing to do, so Slack does not send it again
            assert fake_socket.wait_for_ack(f"bad-{case}") == {"envelope_id": f"bad-{case}"}, case
        fake_socket.send_text("{this frame is not JSON")
        mention(fake_socket, "env-after", "C5")  # the same connection still carries events, and they are answered
        assert fake_socket.wait_for_ack("env-after") == {"envelope_id": "env-after"}
        [posted] = fake_slack.wait_for("chat.postMessage")
        assert posted["channel"] == "C5" and "Domestic Abuse Act 2021" in posted["text"]
        assert fake_socket.sessions == 1
    finally:
        handler.close()
    # nothing else reached Slack (no "Sorry, something went wrong"), and the log has one line per refusal
    assert [name for name, _ in fake_slack.calls if name.startswith(("chat.", "views.", "response"))] == \
        ["chat.postMessage"]
    assert not [r for r in caplog.records if r.exc_info] and "Traceback" not in caplog.text
    refused = [r.getMessage() for r in caplog.records if "refused a Socket Mode envelope" in r.getMessage()]
    assert len(refused) == len(MALFORMED)
    assert any("not JSON" in r.getMessage() for r in caplog.records)
