"""A direct message to the bot: answer in the DM. Edits, bot posts and other subtypes are ignored."""
from __future__ import annotations

from handlers.slack.lazy import register_lazy
from handlers.slack.outbox import send
from handlers.slack.talk import answer


def register(app, deps) -> None:
    def direct_message(body, client, respond):
        event = body["event"]
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        message = answer(deps, client, event.get("user"), event.get("text", ""), event.get("channel"))
        send(deps, client, event.get("user"), event["channel"], message)

    register_lazy(app, app.event("message"), direct_message)
