"""Answer whoever clicked: in the message they clicked (ephemerally), or by DM when they clicked in App Home.

Either way a reply Slack cannot take now is kept and delivered later (handlers/slack/outbox.py).
"""
from __future__ import annotations

from handlers.slack.blocks import message_text
from handlers.slack.outbox import respond_or_keep, send


def tell(deps, client, body: dict, respond, text: str) -> None:
    user = body["user"]["id"]
    if body.get("response_url"):
        respond_or_keep(deps, respond, user, {"text": message_text(text), "response_type": "ephemeral",
                                              "replace_original": False})
    else:
        send(deps, client, user, user, {"text": message_text(text)})


def from_home(body: dict) -> bool:
    return (body.get("view") or {}).get("type") == "home"


def item_and_state(value: str) -> tuple[int, str | None]:
    """A button's value "item id[:state it was shown in]"; the state is None on buttons older than this."""
    item, sep, state = str(value).partition(":")
    return int(item), (state if sep else None)
