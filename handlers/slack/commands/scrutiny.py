"""/scrutiny <text>: ack at once, then answer privately through the command's response_url."""
from __future__ import annotations

from handlers.slack.lazy import register_lazy
from handlers.slack.talk import answer

COMMAND = "/scrutiny"


def register(app, deps) -> None:
    def reply(body, client, respond):
        text = (body.get("text") or "").strip() or "help"
        respond(response_type="ephemeral", **answer(deps, client, body["user_id"], text, body.get("channel_id")))

    register_lazy(app, app.command(COMMAND), reply)
