"""@scrutiny-bot in a channel: answer in the channel (in the thread if the mention was in one)."""
from __future__ import annotations

from handlers.slack.lazy import register_lazy
from handlers.slack.outbox import send
from handlers.slack.talk import answer


def register(app, deps) -> None:
    def mentioned(body, client, respond):
        event = body["event"]
        message = answer(deps, client, event.get("user"), event.get("text", ""), event.get("channel"))
        send(deps, client, event.get("user"), event["channel"], {"thread_ts": event.get("thread_ts"), **message})

    register_lazy(app, app.event("app_mention"), mentioned)
