"""Buttons: mark submitted, defer, edit, add item or matter, close a matter, and the reminders' snooze."""
from __future__ import annotations

from handlers.slack.actions import (
    close_matter,
    defer_item,
    edit_item,
    mark_submitted,
    open_add_item,
    open_add_matter,
    snooze,
)


def register(app, deps) -> None:
    for module in (mark_submitted, defer_item, edit_item, open_add_item, open_add_matter, close_matter, snooze):
        module.register(app, deps)
