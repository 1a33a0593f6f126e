"""Requests signed the way Slack signs them (v0 HMAC-SHA256 of `v0:{ts}:{body}`), sent over real HTTP."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

SECRET = "test-signing-secret"


def signature(secret: str, timestamp: str, body: str) -> str:
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return f"v0={digest}"


def post(url: str, body: str, content_type: str, secret: str = SECRET, timestamp: int | None = None,
         headers: dict | None = None) -> tuple[int, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    request = urllib.request.Request(url, data=body.encode(), method="POST", headers={
        "Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(secret, ts, body), **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def command_body(text: str, user: str, channel: str, response_url: str, command: str = "/scrutiny") -> str:
    return urlencode({"command": command, "text": text, "user_id": user, "channel_id": channel, "team_id": "T0001",
                      "response_url": response_url, "trigger_id": "1.2.3", "api_app_id": "A0001"})


def event_body(event: dict, event_id: str = "Ev001") -> str:
    return json.dumps({"type": "event_callback", "team_id": "T0001", "api_app_id": "A0001", "event_id": event_id,
                       "event_time": 1630483200, "event": event, "authorizations": [{"user_id": "UBOT"}]})


def interaction_body(payload: dict) -> str:
    return urlencode({"payload": json.dumps({"team": {"id": "T0001"}, "api_app_id": "A0001", **payload})})


def send_command(url, text, user, channel, response_url, **kw):
    return post(url, command_body(text, user, channel, response_url), "application/x-www-form-urlencoded", **kw)


def send_event(url, event, event_id="Ev001", **kw):
    return post(url, event_body(event, event_id), "application/json", **kw)


def send_interaction(url, payload, **kw):
    return post(url, interaction_body(payload), "application/x-www-form-urlencoded", **kw)
