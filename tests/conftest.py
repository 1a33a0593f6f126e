"""Shared fixtures: a fresh database file, a fixed clock, the demo store."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from store import open_store
from store.demo import build_demo

LONDON = ZoneInfo("Europe/London")
FIXED_NOW = datetime(2021, 9, 1, 9, 0, tzinfo=LONDON)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "scrutiny.db"


@pytest.fixture
def fresh_store(db_path):
    store = open_store(db_path)
    store.clock = lambda: FIXED_NOW
    yield store
    store.close()


@pytest.fixture
def demo_store(fresh_store):
    build_demo(fresh_store)
    return fresh_store


@pytest.fixture
def demo_db(db_path, demo_store):
    """The path of a database holding the demo programme."""
    return db_path
