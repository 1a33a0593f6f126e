"""app_home_opened: publish the Home tab for whoever opened it."""
from __future__ import annotations

from handlers.slack.home.publish import publish_home
from handlers.slack.lazy import register_lazy


def register(app, deps) -> None:
    def home_opened(body, client, respond):
        event = body["event"]
        if event.get("tab", "home") == "home":
            publish_home(deps, client, event["user"])

    register_lazy(app, app.event("app_home_opened"), home_opened)
