"""Slack test fixtures: the Web API stand-in and the Socket Mode stand-in, both real servers on loopback."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from handlers.deps import Deps, Settings
from handlers.slack.app import build_app
from handlers.slack.http import SlackServer
from tests.conftest import FIXED_NOW
from tests.slack.fake_socket import FakeSocketMode
from tests.slack.signing import SECRET


@pytest.fixture
def fake_socket():
    with FakeSocketMode() as socket:
        yield socket


@pytest.fixture
def people(demo_store):
    """Slack-side identities for the demo panel: a chair, a report author; anyone else is unknown."""
    panel = demo_store.panels()[0]
    val = demo_store.add_person("Cllr Val Evans", email="val@example.org", role="chair", panel_id=panel.id)
    becky = demo_store.add_person("Becky Wilkinson", email="becky@example.org", role="report-author", panel_id=panel.id)
    return SimpleNamespace(panel=panel, val=val, becky=becky)


@pytest.fixture
def slack_app(demo_store, people, fake_slack):
    """The real app in HTTP mode on loopback, talking to the Web API stand-in; `drain()` waits for work after acks."""
    fake_slack.add_user("UVAL", "Val Evans", "val@example.org")
    fake_slack.add_user("UBECKY", "Becky Wilkinson", "becky@example.org")
    settings = Settings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake_slack.url)
    deps = Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW)
    app = build_app(deps)
    server = SlackServer(app, "127.0.0.1", 0)
    server.start_in_thread(poll_interval=0.05)

    def drain():
        app.listener_runner.listener_executor.shutdown(wait=True)

    yield SimpleNamespace(url=f"http://127.0.0.1:{server.port}/slack/events", app=app, deps=deps, store=demo_store,
                          slack=fake_slack, drain=drain, people=people, server=server)
    server.stop()
    drain()
