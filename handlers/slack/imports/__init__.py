"""Files and feeds in Slack: a programme or minutes shared with the bot, previewed, then imported on a click."""
from __future__ import annotations

from handlers.slack.imports import file_shared, import_button, minutes_buttons


def register(app, deps) -> None:
    for module in (file_shared, import_button, minutes_buttons):
        module.register(app, deps)
