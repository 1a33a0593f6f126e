"""The message shortcut "Add to work programme": the item modal, filled in from the message."""
from __future__ import annotations

from bot.language.normalise import normalise
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy
from handlers.slack.mrkdwn import from_slack
from handlers.slack.views.opening import open_item_modal

CALLBACK = "add_to_programme"


def register(app, deps) -> None:
    def shortcut(body, client, respond):
        text = normalise(from_slack(body.get("message", {}).get("text", "")))
        channel = (body.get("channel") or {}).get("id")
        with deps.lock:
            panel = deps.store.panel_for_channel(channel) if channel else None
        person = person_for(deps, client, body["user"]["id"])
        open_item_modal(deps, client, body["trigger_id"], person, panel_id=panel.id if panel else None,
                        title=first_line(text), notes=text, channel=channel)

    register_lazy(app, app.shortcut(CALLBACK), shortcut)


def first_line(text: str, limit: int = 150) -> str:
    line = text.split(". ")[0].strip()
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"
