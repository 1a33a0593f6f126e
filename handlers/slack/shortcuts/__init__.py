"""Shortcuts."""
from __future__ import annotations

from handlers.slack.shortcuts import add_to_programme


def register(app, deps) -> None:
    add_to_programme.register(app, deps)
