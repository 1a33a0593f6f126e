"""Slash commands."""
from __future__ import annotations

from handlers.slack.commands import scrutiny


def register(app, deps) -> None:
    scrutiny.register(app, deps)
