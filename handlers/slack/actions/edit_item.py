"""The "Edit" button on an item (value: the item id) opens the item modal filled in."""
from __future__ import annotations

from handlers.slack.actions.tell import from_home
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy
from handlers.slack.views.opening import open_item_modal


def register(app, deps) -> None:
    def clicked(body, client, respond):
        action = body["actions"][0]
        person = person_for(deps, client, body["user"]["id"])
        open_item_modal(deps, client, body["trigger_id"], person, item_id=int(action["value"]), home=from_home(body))

    register_lazy(app, app.action("edit_item"), clicked)
