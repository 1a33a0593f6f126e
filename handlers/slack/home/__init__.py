"""The App Home tab: published when opened, and again after a change made from it."""
from __future__ import annotations

from handlers.slack.home import app_home_opened


def register(app, deps) -> None:
    app_home_opened.register(app, deps)
