"""`scrutiny-bot serve`: explains what to set without tokens; with them, serves HTTP (healthz answers)."""
from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from handlers.cli import main
from handlers.cli.serve import start
from handlers.deps import Deps, Settings

SLACK_VARS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "PORT")


def test_without_a_bot_token_it_explains_and_exits_2(monkeypatch, tmp_path, capsys):
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_http_mode_needs_a_signing_secret(monkeypatch, tmp_path, capsys):
    for name in SLACK_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    assert capsys.readouterr().err.strip().endswith("(or set SLACK_APP_TOKEN to use Socket Mode)")


def test_http_mode_serves_healthz(fresh_store, fake_slack):
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": fake_slack.url, "PORT": "0"}
    runner = start(Deps(store=fresh_store, settings=Settings.from_env(env)))
    threading.Thread(target=runner.run, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{runner.http.port}/healthz", timeout=5) as response:
            assert response.read() == b"ok"
    finally:
        runner.close()
    assert fake_slack.calls_to("auth.test")


def test_http_mode_serves_calendar_feeds_by_token_only(demo_store, fake_slack):
    token = demo_store.feed_token(demo_store.panels()[0].id)
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": fake_slack.url, "PORT": "0"}
    runner = start(Deps(store=demo_store, settings=Settings.from_env(env)))
    threading.Thread(target=runner.run, daemon=True).start()
    base = f"http://127.0.0.1:{runner.http.port}"
    try:
        with urllib.request.urlopen(f"{base}/feeds/{token}.ics", timeout=5) as response:
            body = response.read().decode()
            assert response.headers["Content-Type"].startswith("text/calendar")
        assert "BEGIN:VCALENDAR" in body and "20211019" in body
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/feeds/{'x' * 32}.ics", timeout=5)
        assert refused.value.code == 404
    finally:
        runner.close()
