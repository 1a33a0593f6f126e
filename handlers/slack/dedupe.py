"""Process each Slack delivery once: a global middleware claims its key in SQLite before any listener runs."""
from __future__ import annotations

import hashlib
import json
import logging

from slack_bolt import BoltResponse

log = logging.getLogger(__name__)


def delivery_key(body: dict) -> str | None:
    """What identifies one delivery across Slack's retries; None for things that are never retried or repeated."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    kind = body.get("type")
    if kind == "block_actions" and body.get("actions"):
        action = body["actions"][0]
        return f"action:{body.get('user', {}).get('id')}:{action.get('action_id')}:{action.get('action_ts')}"
    if kind == "view_submission":
        # A form sent back with errors keeps its id and hash, so what was typed is part of the key
        view = body.get("view") or {}
        typed = hashlib.sha256(json.dumps(view.get("state"), sort_keys=True).encode()).hexdigest()[:16]
        return f"view:{view.get('id')}:{view.get('hash')}:{typed}"
    if kind in ("message_action", "shortcut"):
        return f"shortcut:{body.get('trigger_id')}"
    return None  # slash commands (never retried), options requests, view_closed


def register(app, deps) -> None:
    @app.middleware
    def process_once(body, next):
        key = delivery_key(body)
        if key:
            with deps.lock:
                first = deps.store.claim_slack_event(key)
            if not first:
                log.info("already handled %s; acknowledging the repeat only", key)
                return BoltResponse(status=200, body="")
        return next()
