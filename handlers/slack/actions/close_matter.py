"""The "Mark done" button beside an outstanding matter on the Home tab (value: the matter id)."""
from __future__ import annotations

from handlers.slack.actions.tell import from_home, tell
from handlers.slack.edits import close_matter
from handlers.slack.home.publish import publish_home
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy


def register(app, deps) -> None:
    def clicked(body, client, respond):
        user, action = body["user"]["id"], body["actions"][0]
        tell(deps, client, body, respond, close_matter(deps, person_for(deps, client, user), int(action["value"])))
        if from_home(body):
            publish_home(deps, client, user)

    register_lazy(app, app.action("close_matter"), clicked)
