"""/scrutiny <text>: ack at once, then answer privately through the command's response_url."""
from __future__ import annotations

from handlers.slack.lazy import register_lazy
from handlers.slack.outbox import respond_or_keep
from handlers.slack.talk import answer

COMMAND = "/scrutiny"


def register(app, deps) -> None:
    def reply(body, client, respond):
        text = (body.get("text") or "").strip() or "help"
        message = answer(deps, client, body["user_id"], text, body.get("channel_id"))
        respond_or_keep(deps, respond, body["user_id"], {"response_type": "ephemeral", **message})

    register_lazy(app, app.command(COMMAND), reply)
