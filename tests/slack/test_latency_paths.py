"""What the latency work changed keeps its behaviour: replies stay current, signatures are still checked once."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from handlers.deps import Deps, Settings
from handlers.slack.ackfirst import AckFirstPool
from handlers.slack.app import build_app
from handlers.slack.http import SlackServer
from handlers.slack.mrkdwn import escape
from store import open_store
from tests.conftest import FIXED_NOW
from tests.slack.signing import command_body, event_body, post, send_command, send_interaction


def replied(slack, tag: str) -> dict:
    """The post to response_url `tag`, waiting for it (the work after an ack runs on another thread)."""
    with slack._changed:
        slack._changed.wait_for(lambda: any(m == "response_url" and p["_tag"] == tag for m, p in slack.calls), 5)
    return next(p for p in slack.calls_to("response_url") if p["_tag"] == tag)


def ask_next_meeting(slack_app, tag: str) -> dict:
    """The `/scrutiny what's due next meeting?` reply for the chair, as it reached the stand-in."""
    url = slack_app.slack.response_url(tag)
    assert send_command(slack_app.url, "what's due next meeting?", "UVAL", "C1", url)[0] == 200
    return replied(slack_app.slack, tag)


def section_texts(reply: dict) -> str:
    return "\n".join(b["text"]["text"] for b in reply["blocks"] if b["type"] == "section")


def button_ids(reply: dict, item_id: int) -> list[str]:
    return [e["action_id"] for b in reply["blocks"] if b.get("block_id") == f"item-{item_id}" for e in b["elements"]]


def test_the_meetings_items_are_read_afresh_after_every_change(slack_app, db_path):
    """Items are read once per database state: a button press here and a write by another process both show."""
    store = slack_app.store
    first = ask_next_meeting(slack_app, "a")
    item = next(i for i in store.items_at(store.next_meeting(store.panels()[0].id, slack_app.deps.clock()).id)
                if i.status == "planned")
    assert "mark_submitted" in button_ids(first, item.id)

    click = {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t1", "channel": {"id": "C1"},
             "response_url": slack_app.slack.response_url("click"), "container": {"type": "message"},
             "actions": [{"action_id": "mark_submitted", "value": str(item.id), "action_ts": "9.1"}]}
    assert send_interaction(slack_app.url, click)[0] == 200
    assert "submitted" in replied(slack_app.slack, "click")["text"].lower()
    second = ask_next_meeting(slack_app, "b")
    assert "mark_submitted" not in button_ids(second, item.id)  # submitted now: nothing left to mark

    other = open_store(db_path)  # the CLI or the sweep, on its own connection
    try:
        other.update_item(item.id, actor="cli", title="Renamed by the command line")
    finally:
        other.close()
    third = ask_next_meeting(slack_app, "c")
    assert "Renamed by the command line" in section_texts(third)
    assert item.title not in section_texts(third)


def test_without_a_signing_secret_no_request_gets_in(demo_store, people, fake_slack):
    """Bolt's own signature check is off (ours runs first on the raw bytes); with no secret set, ours refuses all:
    a request signed with an empty key is not let through to the listeners."""
    settings = Settings(bot_token="xoxb-test", signing_secret=None, api_url=fake_slack.url)
    app = build_app(Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW))
    server = SlackServer(app, "127.0.0.1", 0)
    server.start_in_thread(poll_interval=0.05)
    try:
        url = f"http://127.0.0.1:{server.port}/slack/events"
        status, _ = send_command(url, "help", "UVAL", "C1", fake_slack.response_url("x"), secret="")
    finally:
        server.stop()
        app.listener_runner.listener_executor.shutdown(wait=True)
    assert status == 401
    assert [m for m, _ in fake_slack.calls if m != "auth.test"] == []


def test_a_form_of_more_than_500_fields_is_refused(slack_app):
    body = command_body("help", "UVAL", "C1", slack_app.slack.response_url("many")) + "&x=1" * 500
    assert post(slack_app.url, body, "application/x-www-form-urlencoded")[0] == 400
    assert send_command(slack_app.url, "help", "UVAL", "C1", slack_app.slack.response_url("few"))[0] == 200
    assert replied(slack_app.slack, "few")["text"]
    assert [p["_tag"] for p in slack_app.slack.calls_to("response_url")] == ["few"]


def test_json_with_a_charset_is_read_as_json(slack_app):
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> help", "channel": "C1", "ts": "1.1"}
    assert post(slack_app.url, event_body(event, "EvCharset"), "application/json; charset=utf-8")[0] == 200
    [posted] = slack_app.slack.wait_for("chat.postMessage")
    assert posted["channel"] == "C1"


def test_a_redelivered_action_acts_once(slack_app):
    """The dedupe middleware (now a Bolt Middleware object) still claims each delivery before any listener."""
    item = next(i for i in slack_app.store.items(slack_app.people.panel.id) if i.status == "planned")
    click = {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t1", "channel": {"id": "C1"},
             "response_url": slack_app.slack.response_url("once"), "container": {"type": "message"},
             "actions": [{"action_id": "mark_submitted", "value": str(item.id), "action_ts": "7.7"}]}
    audited = "SELECT COUNT(*) FROM audit"
    before = slack_app.store.db.execute(audited).fetchone()[0]
    assert send_interaction(slack_app.url, click)[0] == 200
    assert "submitted" in replied(slack_app.slack, "once")["text"].lower()
    once = slack_app.store.db.execute(audited).fetchone()[0]
    assert [send_interaction(slack_app.url, click)[0] for _ in range(2)] == [200, 200]
    slack_app.drain()
    assert once > before and slack_app.store.db.execute(audited).fetchone()[0] == once
    assert len(slack_app.slack.calls_to("response_url")) == 1


def test_escaping_is_slacks_rule_on_any_text():
    """escape() (three replaces now, in place of str.translate) gives Slack's entities, once, whatever the text."""
    assert escape("Spend > £1m & <!channel> review") == "Spend &gt; £1m &amp; &lt;!channel&gt; review"
    assert escape("<https://evil|click here> &amp; café") == "&lt;https://evil|click here&gt; &amp;amp; café"
    assert escape("") == "" and escape(None) == "" and escape("plain words") == "plain words"


class FakeTime:
    """A clock that moves only when the pool sleeps; `on_sleep` runs at each poll."""

    def __init__(self, on_sleep=lambda n: None):
        self.now, self.polls, self.on_sleep = 0.0, 0, on_sleep

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.polls += 1
        self.now += seconds
        self.on_sleep(self.polls)


def test_work_after_an_ack_waits_until_no_request_is_in_hand():
    busy = threading.Event()
    busy.set()
    fake = FakeTime(on_sleep=lambda polls: busy.clear() if polls == 3 else None)
    pool = AckFirstPool(1, clock=fake.clock, sleep=fake.sleep)
    pool.hold_while(busy.is_set)
    seen = []
    pool.submit(lambda: seen.append(("ran", busy.is_set(), fake.polls))).result(5)
    pool.shutdown()
    assert seen == [("ran", False, 3)]  # started at the first poll that found the server idle


def test_work_is_held_for_a_second_at_most_and_never_when_idle():
    fake = FakeTime()
    pool = AckFirstPool(1, hold=1.0, clock=fake.clock, sleep=fake.sleep)
    pool.hold_while(lambda: True)  # a stream of requests that never stops
    assert pool.submit(lambda: "answered").result(5) == "answered"
    assert fake.now == pytest.approx(1.0, abs=0.002)  # ran once its second was up, not starved
    pool.hold_while(lambda: False)
    fake.polls = 0
    assert pool.submit(lambda: "at once").result(5) == "at once" and fake.polls == 0
    pool.shutdown()


def test_a_burst_of_commands_gets_every_reply_once(slack_app):
    """Thirty signed commands at once over real HTTP: all acked, each answered exactly once, after its ack."""
    tags = [f"burst{n}" for n in range(30)]
    with ThreadPoolExecutor(10) as senders:
        statuses = list(senders.map(lambda tag: send_command(
            slack_app.url, "what's due next meeting?", "UVAL", "C1", slack_app.slack.response_url(tag))[0], tags))
    assert statuses == [200] * 30
    slack_app.drain()
    answered = [p["_tag"] for p in slack_app.slack.calls_to("response_url")]
    assert sorted(answered) == sorted(tags)
    assert all("Domestic Abuse Act 2021" in section_texts(replied(slack_app.slack, tag)) for tag in tags)
