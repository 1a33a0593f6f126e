"""`scrutiny-bot serve`: explains what to set without tokens; with them, serves HTTP (healthz answers)."""
from __future__ import annotations

import json
import logging
import socket
import threading
import urllib.error
import urllib.request

import pytest

from handlers.cli import build_parser, main
from handlers.cli.serve import run_serve, start
from handlers.deps import Deps, Settings
from handlers.slack.client import make_client
from handlers.slack.startup import until_reached
from tests.conftest import FIXED_NOW
from tests.slack.signing import event_body

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


def serve_env(monkeypatch, **values) -> None:
    for name in SLACK_VARS + ("HOST",):
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("error", ["invalid_auth", "not_authed", "token_revoked"])
def test_a_refused_bot_token_is_one_line_and_exit_2(monkeypatch, tmp_path, capsys, fake_slack, error):
    fake_slack.errors["auth.test"] = error
    serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxb-wrong", SLACK_SIGNING_SECRET="s", SLACK_API_URL=fake_slack.url)
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"scrutiny-bot: Slack refused SLACK_BOT_TOKEN ({error}): set it to the Bot User OAuth Token")
    assert not (tmp_path / "x.db").exists()


def test_a_token_of_the_wrong_kind_is_named(monkeypatch, tmp_path, capsys):
    serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxp-a-user-token", SLACK_SIGNING_SECRET="s")
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    assert capsys.readouterr().err == ("scrutiny-bot: SLACK_BOT_TOKEN should start with xoxb-: set it to the Bot User "
                                       "OAuth Token (xoxb-...) under OAuth & Permissions\n")


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/api/"


def test_while_slack_is_unreachable_serve_retries_with_backoff(monkeypatch, tmp_path, capsys):
    serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s", SLACK_API_URL=closed_port())
    waits = []

    def sleep(seconds):  # the fifth wait is where the operator presses Ctrl-C
        waits.append(seconds)
        if len(waits) == 5:
            raise KeyboardInterrupt

    args = build_parser().parse_args(["serve", "--db", str(tmp_path / "x.db")])
    assert run_serve(args, sleep=sleep) == 0
    assert waits == [1, 2, 4, 8, 16]
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 5 and "Traceback" not in "".join(lines)
    assert lines[0].startswith("scrutiny-bot: can't reach Slack (") and lines[0].endswith(
        "trying again in 1 s. Check the network (or SLACK_API_URL).")


def test_when_slack_comes_back_the_check_succeeds(fake_slack):
    client = make_client("xoxb-test", closed_port(), handlers=[])
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        if len(waits) == 2:
            client.base_url = fake_slack.url  # the network is back

    said = []
    assert until_reached(lambda: client.auth_test().data, "SLACK_BOT_TOKEN", sleep, said.append)["user_id"] == "UBOT"
    assert waits == [1, 2] and len(said) == 2


def test_a_refused_app_token_is_one_line_and_exit_2(monkeypatch, tmp_path, capsys, fake_slack):
    serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxb-test", SLACK_APP_TOKEN="xapp-wrong", SLACK_API_URL=fake_slack.url)
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2  # the stand-in refuses apps.connections.open
    err = capsys.readouterr().err.splitlines()
    assert err[-1].startswith("scrutiny-bot: Slack refused SLACK_APP_TOKEN (invalid_auth): set it to an App-Level Token")
    assert "Traceback" not in "".join(err)


def test_no_token_will_be_unused_warning_on_start(monkeypatch, fresh_store, fake_slack, caplog):
    serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s", SLACK_API_URL=fake_slack.url, PORT="0")
    runner = start(Deps(store=fresh_store, settings=Settings.from_env()))
    runner.close()
    assert not [r for r in caplog.records if "will be unused" in r.getMessage()]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_http_binds_loopback_unless_host_is_set(fresh_store, fake_slack):
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": fake_slack.url, "PORT": "0"}
    assert Settings.from_env(env).host == "127.0.0.1"
    runner = start(Deps(store=fresh_store, settings=Settings.from_env({**env, "HOST": "127.0.0.2"})))
    try:
        assert runner.http.server.effective_host == "127.0.0.2"
    finally:
        runner.close()


def test_a_port_in_use_is_one_line_and_exit_2(monkeypatch, tmp_path, capsys, fake_slack):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        serve_env(monkeypatch, SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s", SLACK_API_URL=fake_slack.url,
                  PORT=str(port))
        assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"scrutiny-bot: can't listen on 127.0.0.1:{port} (Address already in use): "
                       "set PORT (or HOST) to a free address")
    assert "Traceback" not in "".join(err)


def test_socket_mode_runs_with_its_watchdog(demo_store, fake_slack, fake_socket):
    fake_slack.socket_url = fake_socket.url
    settings = Settings(bot_token="xoxb-test", app_token="xapp-test", api_url=fake_slack.url)
    runner = start(Deps(store=demo_store, settings=settings))
    thread = threading.Thread(target=runner.run, daemon=True)
    thread.start()
    try:
        assert fake_socket.wait_for_sessions(1) == 1
        event = {"type": "app_mention", "user": "UX", "text": "<@UBOT> help", "channel": "C3", "ts": "1.5"}
        fake_socket.send({"envelope_id": "env-serve", "type": "events_api", "accepts_response_payload": False,
                          "payload": json.loads(event_body(event, "EvServe"))})
        assert fake_socket.wait_for_ack("env-serve") == {"envelope_id": "env-serve"}
        assert fake_slack.wait_for("chat.postMessage")[0]["channel"] == "C3"
        assert runner.watchdog is not None and runner.watchdog.check() == "ok"
    finally:
        runner.close()
    thread.join(10)
    assert not thread.is_alive()


def test_http_mode_serves_a_published_programme_page_and_nothing_unpublished(demo_store, fake_slack):
    panel = demo_store.panels()[0]
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": fake_slack.url, "PORT": "0"}
    runner = start(Deps(store=demo_store, settings=Settings.from_env(env), clock=lambda: FIXED_NOW))
    threading.Thread(target=runner.run, daemon=True).start()
    base = f"http://127.0.0.1:{runner.http.port}"
    try:
        slug = demo_store.set_page_published(panel.id, False, actor="test")
        with pytest.raises(urllib.error.HTTPError) as hidden:
            urllib.request.urlopen(f"{base}/programme/{slug}", timeout=5)
        assert hidden.value.code == 404
        demo_store.set_page_published(panel.id, True, actor="test")
        with urllib.request.urlopen(f"{base}/programme/{slug}", timeout=5) as response:
            page = response.read().decode()
            assert response.headers["Content-Type"].startswith("text/html")
        assert "<caption" in page and "Domestic Abuse Act 2021" in page and "<script" not in page
    finally:
        runner.close()
