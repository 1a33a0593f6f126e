"""Process each Slack delivery once: a global middleware claims its key before any listener runs.

The claims live in their own small SQLite file (store/deliveries.py), never in the main database, and the
middleware never takes deps.lock: an ack must not wait behind a long import."""
from __future__ import annotations

import hashlib
import json
import logging
import time

from slack_bolt import BoltResponse
from slack_bolt.middleware import Middleware

from store.deliveries import DeliveryLog

log = logging.getLogger(__name__)


def delivery_key(body: dict) -> str | None:
    """What identifies one delivery across Slack's retries; None for things that are never retried or repeated."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    kind = body.get("type")
    if kind == "block_actions" and body.get("actions"):
        action = body["actions"][0]
        user = body.get("user") if isinstance(body.get("user"), dict) else {}
        return f"action:{user.get('id')}:{action.get('action_id')}:{action.get('action_ts')}"
    if kind == "view_submission":
        # A form sent back with errors keeps its id and hash, so what was typed is part of the key
        view = body.get("view") or {}
        typed = hashlib.sha256(json.dumps(view.get("state"), sort_keys=True).encode()).hexdigest()[:16]
        return f"view:{view.get('id')}:{view.get('hash')}:{typed}"
    if kind in ("message_action", "shortcut"):
        return f"shortcut:{body.get('trigger_id')}"
    return None  # slash commands (never retried), options requests, view_closed


KEEP_SECONDS = 2 * 24 * 3600  # Slack retries for minutes; two days is plenty


def register(app, deps) -> None:
    """Add the middleware; the claims go to a file beside the main database (in memory for an in-memory one)."""
    with deps.lock:
        deliveries = DeliveryLog.beside(deps.store.db)
    deliveries.forget(time.time() - KEEP_SECONDS)

    app.use(ProcessOnce(deliveries))


class ProcessOnce(Middleware):
    """A Middleware object, not a function: Bolt injects a function's arguments by name on every request."""

    def __init__(self, deliveries: DeliveryLog):
        self.deliveries = deliveries

    def process(self, *, req, resp, next):
        key = delivery_key(req.body)
        if key and not self.deliveries.claim(key):
            log.info("already handled %s; acknowledging the repeat only", key)
            return BoltResponse(status=200, body="")
        return next()
