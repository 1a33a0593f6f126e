"""Shared fixtures: a fresh database file, a fixed clock, the demo store, the Slack Web API stand-in."""
from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.http_retry import builtin_handlers, handler

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


@pytest.fixture
def fake_slack():
    """The local Slack Web API stand-in (tests/slack/fake_slack.py), running on 127.0.0.1."""
    from tests.slack.fake_slack import FakeSlack

    with FakeSlack() as slack:
        yield slack


@pytest.fixture
def slept(monkeypatch):
    """slack_sdk's retry handlers' sleeps, recorded instead of slept (no wall-clock waits in tests)."""
    durations: list[float] = []
    fake_time = SimpleNamespace(sleep=durations.append)
    monkeypatch.setattr(builtin_handlers, "time", fake_time)
    monkeypatch.setattr(handler, "time", fake_time)
    return durations
