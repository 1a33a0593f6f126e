"""Socket Mode's client and handler, with each envelope checked before Bolt sees it, as HTTP mode checks a request.

slack_sdk hands every frame to Bolt as it comes: a frame that is not JSON, an envelope whose payload is not an
object, or a payload Bolt indexes without checking (block_actions with no actions, a view_submission with no
view) ends in a logged traceback, and anyone who can fill the log can hide real errors in it. Here such an
envelope is acknowledged (so Slack does not send it again), logged in one line, and otherwise ignored; the
connection stays up."""
from __future__ import annotations

import logging
import time

from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.response import SocketModeResponse

from handlers.slack.http import shape_problem

log = logging.getLogger(__name__)


def envelope_problem(message: dict) -> str | None:
    """What is wrong with a Socket Mode envelope (a frame carrying an envelope_id), or None."""
    envelope_id = message.get("envelope_id")
    if envelope_id is None:
        return None  # hello, disconnect, ...: slack_sdk's own business
    if not isinstance(envelope_id, str) or not envelope_id:
        return "an envelope_id that is not a string"
    if not isinstance(message.get("type"), str):
        return "an envelope without a type"
    payload = message.get("payload")
    if not isinstance(payload, dict):
        return "a payload that is not an object"
    return shape_problem(payload)


class CheckedClient(SocketModeClient):
    """slack_sdk's built-in client, refusing malformed frames and envelopes politely (one log line, no traceback)."""

    def process_message(self) -> None:
        try:
            super().process_message()
        except (ValueError, RecursionError) as exc:  # json.loads on a frame that is not JSON (or nested too deep)
            log.info("ignored a Socket Mode frame that is not JSON: %s", type(exc).__name__)

    def run_message_listeners(self, message: dict, raw_message: str) -> None:
        problem = envelope_problem(message)
        if problem is None:
            super().run_message_listeners(message, raw_message)
            return
        log.info("refused a Socket Mode envelope: %s", problem)
        envelope_id = message.get("envelope_id")
        if isinstance(envelope_id, str) and envelope_id:
            self.send_socket_mode_response(SocketModeResponse(envelope_id=envelope_id))  # nothing to do: no retry


class CheckedSocketModeHandler(SocketModeHandler):
    """Bolt's Socket Mode handler on a CheckedClient; a payload Bolt still cannot take is one line in the log."""

    def __init__(self, app, app_token: str, web_client, ping_interval: float, auto_reconnect_enabled: bool = True):
        # SocketModeHandler.__init__ would make a plain SocketModeClient; the rest of its set-up is these lines
        self.app, self.app_token = app, app_token
        self.client = CheckedClient(app_token=app_token, logger=app.logger, web_client=web_client,
                                    proxy=web_client.proxy, ping_interval=ping_interval,
                                    auto_reconnect_enabled=auto_reconnect_enabled)
        self.client.socket_mode_request_listeners.append(self.handle)

    def handle(self, client, req) -> None:
        start = time.time()
        try:
            response = run_bolt_app(self.app, req)
        except Exception as exc:  # from Slack, yet Bolt could not take it: say so once, no traceback
            log.warning("a Socket Mode envelope could not be processed: %s: %s", type(exc).__name__, exc)
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        send_response(client, req, response, start)
