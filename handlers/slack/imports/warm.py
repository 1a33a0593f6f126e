"""Imported by the file readers' fork server: pays dateparser's start-up once, not in every child."""
from __future__ import annotations

from bot.days.dates import warm_up

warm_up()
