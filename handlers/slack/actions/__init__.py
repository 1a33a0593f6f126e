"""Buttons: mark submitted, defer, edit, add item or matter, close a matter, snooze, chase, open a panel on Home."""
from __future__ import annotations

from handlers.slack.actions import (
    chase,
    close_matter,
    defer_item,
    edit_item,
    mark_submitted,
    open_add_item,
    open_add_matter,
    open_panel,
    snooze,
)


def register(app, deps) -> None:
    for module in (mark_submitted, defer_item, edit_item, open_add_item, open_add_matter, close_matter, snooze, chase,
                   open_panel):
        module.register(app, deps)
