"""Conversions between SQLite text columns and Python values."""
from __future__ import annotations

from datetime import date, datetime, time


def d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def t(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value.isoformat()


def placeholders(values) -> str:
    return ",".join("?" for _ in values)
