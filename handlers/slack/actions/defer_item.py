"""The "Defer" button (value: "item id:meeting id it was shown for"; Slack has already asked the user to confirm)."""
from __future__ import annotations

from handlers.slack.actions.tell import from_home, item_and_state, tell
from handlers.slack.edits import defer_item
from handlers.slack.home.publish import publish_home
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy


def register(app, deps) -> None:
    def clicked(body, client, respond):
        user, action = body["user"]["id"], body["actions"][0]
        item_id, shown = item_and_state(action["value"])
        tell(deps, client, body, respond, defer_item(deps, person_for(deps, client, user), item_id, shown))
        if from_home(body):
            publish_home(deps, client, user)

    register_lazy(app, app.action("defer_item"), clicked)
