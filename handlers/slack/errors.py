"""The one error handler: log with the traceback, tell the user something short and true."""
from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side and I couldn't finish that. It has been logged; please try again."


def register(app, deps) -> None:
    app.error(report)


def report(error, body, client) -> None:
    log.error("Slack request failed: %s", error, exc_info=error)
    tell_user(client, body or {})


def tell_user(client, body: dict) -> None:
    user = (body.get("user") or {}).get("id") or body.get("user_id") or (body.get("event") or {}).get("user")
    channel = ((body.get("channel") or {}).get("id") or body.get("channel_id")
               or (body.get("event") or {}).get("channel") or user)
    if not user or not channel:
        return
    try:
        if channel.startswith("D") or channel == user:
            client.chat_postMessage(channel=channel, text=SORRY)
        else:
            client.chat_postEphemeral(channel=channel, user=user, text=SORRY)
    except SlackApiError as exc:  # telling them failed too; the log above has the cause
        log.warning("could not tell %s about the error: %s", user, exc.response.get("error"))
