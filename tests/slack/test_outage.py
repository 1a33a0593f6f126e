"""During a Slack outage a change is still made, and its confirmation is kept and delivered when Slack answers again."""
from __future__ import annotations

import threading

import pytest

from handlers.nudges import scheduler
from handlers.nudges.sender import SlackSender
from handlers.slack.client import make_client
from handlers.slack.outbox import LATE
from tests.slack.signing import send_command, send_event, send_interaction
from tests.slack.test_http import item_called, mark_submitted


@pytest.fixture
def linked(slack_app, slept):
    """Val and Becky as the store already knows them (looking them up needs Slack, which is about to go down)."""
    slack_app.store.add_person("Cllr Val Evans", slack_id="UVAL")
    slack_app.store.add_person("Becky Wilkinson", slack_id="UBECKY")
    return slack_app


def until(condition, timeout: float = 5.0) -> bool:
    """Wait for work running after an ack (on the listener pool) to reach a state; bounded, not a fixed sleep."""
    done = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():
            return True
        done.wait(0.01)
    return condition()


def kept(slack_app) -> list:
    with slack_app.deps.lock:
        return slack_app.store.kept_replies()


def dm(slack_app, text: str, event_id: str) -> None:
    event = {"type": "message", "channel_type": "im", "user": "UVAL", "channel": "DUVAL", "text": text,
             "ts": event_id}
    assert send_event(slack_app.url, event, event_id)[0] == 200


def test_a_change_made_during_an_outage_is_confirmed_on_the_next_sweep(linked):
    slack = linked.slack
    slack.down = True
    dm(linked, "defer Domestic Abuse Act 2021", "EvOut1")
    linked.drain()
    assert str(item_called(linked.store, "Domestic Abuse Act 2021").meeting_date) == "2022-02-15"  # made
    assert slack.posted("DUVAL") == [] and len(linked.store.kept_replies("UVAL")) == 1  # not told: kept
    slack.down = False
    sender = SlackSender(make_client("xoxb-test", slack.url))
    scheduler.run_sweep(linked.deps, sender)
    scheduler.run_sweep(linked.deps, sender)  # and only once
    [told] = slack.posted("DUVAL")
    assert told["text"].startswith(LATE) and "Deferred" in told["text"]
    assert linked.store.kept_replies() == []


def test_a_kept_reply_comes_before_the_answer_to_the_next_message(linked):
    slack = linked.slack
    slack.down = True
    send_command(linked.url, "defer Domestic Abuse Act 2021", "UVAL", "C1", slack.response_url("out"))
    assert until(lambda: len(kept(linked)) == 1)  # the work after the ack has kept it
    slack.down = False
    dm(linked, "help", "EvOut2")
    linked.drain()
    late, answer = slack.posted()  # the kept one to Val (her DM, by user id), then the answer in the DM
    assert (late["channel"], answer["channel"]) == ("UVAL", "DUVAL")
    assert late["text"].startswith(LATE) and "Deferred" in late["text"]
    assert not answer["text"].startswith(LATE)


def test_a_button_pressed_during_an_outage_is_answered_later(linked):
    slack = linked.slack
    item = item_called(linked.store, "Adult Social Care Annual Report")
    slack.down = True
    assert send_interaction(linked.url, mark_submitted(linked, "UBECKY", item.id, "9.1"))[0] == 200
    linked.drain()
    assert item_called(linked.store, "Adult Social Care Annual Report").status == "submitted"
    slack.down = False
    scheduler.run_sweep(linked.deps, SlackSender(make_client("xoxb-test", slack.url)))
    [told] = slack.posted("UBECKY")
    assert told["text"].startswith(LATE) and "Marked *Adult Social Care Annual Report" in told["text"]


def test_while_slack_stays_down_replies_wait_and_are_not_lost(linked):
    slack = linked.slack
    slack.down = True
    dm(linked, "defer Domestic Abuse Act 2021", "EvOut3")
    linked.drain()
    scheduler.run_sweep(linked.deps, SlackSender(make_client("xoxb-test", slack.url)))
    assert len(linked.store.kept_replies("UVAL")) == 1 and slack.posted() == []
