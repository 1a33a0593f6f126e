"""The Home tab's "Open a panel" menu: publish the Home tab again with the chosen panel shown in full."""
from __future__ import annotations

from handlers.slack.home.publish import publish_home
from handlers.slack.lazy import register_lazy


def register(app, deps) -> None:
    def chosen(body, client, respond):
        option = ((body.get("actions") or [{}])[0].get("selected_option") or {}).get("value", "")
        publish_home(deps, client, body["user"]["id"], expand=int(option) if option.isdigit() else None)

    register_lazy(app, app.action("home_open_panel"), chosen)
