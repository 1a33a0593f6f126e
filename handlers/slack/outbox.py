"""Replies that must reach the person: sent now, or kept when Slack is unreachable and delivered when it answers.

A chair's change is saved before the reply goes; if Slack is down the reply would be lost and they would never
know. So a reply Slack cannot take (5xx, 429 after retries, no connection) is kept in the store and delivered on
the next sweep, or before the answer to their next message, whichever comes first.
"""
from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError, SlackClientError

from handlers.slack.blocks import context

log = logging.getLogger(__name__)
LATE = "I couldn't send you this earlier because Slack was unreachable:"


def send(deps, client, user_id: str, channel: str, message: dict) -> bool:
    """chat.postMessage `message` in `channel`; kept for later (False) when Slack cannot take it now."""
    try:
        client.chat_postMessage(channel=channel, **message)
        return True
    except (SlackApiError, SlackClientError, OSError) as exc:
        if not unreachable(exc):
            raise
        _keep(deps, user_id, channel, message, exc)
        return False


def respond_or_keep(deps, respond, user_id: str, message: dict) -> bool:
    """Answer through the response_url; kept for a DM later when Slack cannot take it (a response_url expires)."""
    try:
        answer = respond(**message)
    except (SlackClientError, OSError) as exc:
        _keep(deps, user_id, user_id, _for_dm(message), exc)
        return False
    status = getattr(answer, "status_code", 200)
    if status >= 500 or status == 429:
        _keep(deps, user_id, user_id, _for_dm(message), f"response_url answered {status}")
        return False
    return True


def deliver_kept(deps, client, user_id: str | None = None) -> int:
    """Deliver kept replies (one user's, or everyone's), oldest first; stop at the first that Slack refuses."""
    with deps.lock:
        kept = deps.store.kept_replies(user_id)
    delivered = 0
    for reply_id, _, channel, message in kept:
        with deps.lock:
            if not deps.store.claim_kept_reply(reply_id):
                continue
        try:
            client.chat_postMessage(channel=channel, **late(message))
        except (SlackApiError, SlackClientError, OSError) as exc:
            if not unreachable(exc):  # e.g. channel_not_found: it never can go; it stays marked, and logged
                log.warning("dropping kept reply %d: %s", reply_id, exc)
                continue
            with deps.lock:
                deps.store.release_kept_reply(reply_id)
            log.info("Slack still unreachable; %d kept replies wait", len(kept) - delivered)
            break
        delivered += 1
    return delivered


def late(message: dict) -> dict:
    """The kept message, saying why it comes late."""
    out = {**message, "text": f"{LATE}\n{message.get('text', '')}"}
    if message.get("blocks"):
        out["blocks"] = [context(LATE), *message["blocks"]]
    return out


def unreachable(exc: Exception) -> bool:
    """A failure that says nothing about the message itself: Slack down, overloaded or out of reach."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 200)
        return status >= 500 or status == 429
    return True


def _for_dm(message: dict) -> dict:
    return {k: v for k, v in message.items() if k in ("text", "blocks")}


def _keep(deps, user_id: str, channel: str, message: dict, why) -> None:
    log.warning("Slack could not take the reply to %s (%s); kept to deliver later", user_id, why)
    with deps.lock:
        deps.store.keep_reply(user_id, channel, _for_dm(message) | {k: v for k, v in message.items()
                                                                     if k == "thread_ts" and v}, str(why))
