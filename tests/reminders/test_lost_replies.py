"""A nudge whose post reached Slack but whose reply was lost is found in the DM's history, never sent twice."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import sweep
from handlers.slack.client import make_client
from tests.reminders.conftest import add_item, add_matter, add_meeting, states
from tests.reminders.test_slack_delivery import NUDGE_TIME
from tests.slack.fake_slack import FakeSlack


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        fake.add_user("ULEE", "Lee Lead", "lee@example.org")
        yield fake


@pytest.fixture
def sender(slack, slept):
    client = make_client("xoxb-test", slack.url)
    client.timeout = 1  # a read timeout comes after a second, not slack_sdk's default thirty
    return SlackSender(client)


@pytest.fixture
def item(panel_store):
    return add_item(panel_store, add_meeting(panel_store, date(2021, 9, 14)), "Adult Social Care Annual Report",
                    "Lee Lead")


def sweeps(store, sender, count: int = 4) -> None:
    for n in range(1, count + 1):
        sweep(store, sender, NUDGE_TIME + n * timedelta(minutes=5))


def test_each_nudge_carries_its_key_in_the_message_metadata(panel_store, item, slack, sender):
    report = sweep(panel_store, sender, NUDGE_TIME)
    [key] = report.keys("sent")
    [message] = slack.posted("DULEE")
    assert message["metadata"] == {"event_type": "scrutiny_nudge", "event_payload": {"keys": key}}


@pytest.mark.parametrize("how", ["timeout", "reset"])
def test_a_lost_reply_is_found_in_the_history_and_not_sent_again(panel_store, item, slack, sender, how):
    slack.lose_reply("chat.postMessage", how)
    report = sweep(panel_store, sender, NUDGE_TIME)
    [key] = report.keys("sent")
    assert "found in the conversation" in panel_store.reminder(key)["detail"]
    [history] = slack.calls_to("conversations.history")
    assert history["channel"] == "DULEE" and str(history["include_all_metadata"]).lower() in ("1", "true")
    sweeps(panel_store, sender)
    assert len(slack.posted("DULEE")) == 1 and len(slack.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("how", ["timeout", "reset"])
def test_when_the_history_cannot_be_read_either_the_next_sweep_looks_again(panel_store, item, slack, sender, how):
    slack.lose_reply("chat.postMessage", how)
    slack.fail_next("conversations.history", status=500, times=4)  # the first look and slack_sdk's three retries
    [key] = sweep(panel_store, sender, NUDGE_TIME).keys("failed")
    assert len(slack.posted("DULEE")) == 1  # it had landed; nothing was sent blind
    sweeps(panel_store, sender)
    assert states(panel_store)[key] == "sent" and len(slack.posted("DULEE")) == 1


def test_a_post_that_never_landed_is_sent_once_more(panel_store, item, slack, sender):
    slack.fail_next("chat.postMessage", status=500, times=4)  # refused outright: nothing landed
    [key] = sweep(panel_store, sender, NUDGE_TIME).keys("failed")
    sweeps(panel_store, sender)
    assert states(panel_store)[key] == "sent" and len(slack.posted("DULEE")) == 1
    assert slack.calls_to("conversations.history")  # the retry looked before posting


def test_a_person_gets_one_message_listing_each_report_with_its_own_buttons(panel_store, slack, sender):
    meeting = add_meeting(panel_store, date(2021, 9, 14))
    items = [add_item(panel_store, meeting, title, "Lee Lead") for title in ("Adult Social Care Annual Report",
                                                                             "Libraries Review", "Waste Contract")]
    report = sweep(panel_store, sender, NUDGE_TIME)
    [message] = slack.posted("DULEE")
    assert len(report.keys("sent")) == 3
    assert set(message["metadata"]["event_payload"]["keys"].split()) == set(report.keys("sent"))
    texts = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
    assert texts[0].startswith("*You have 3 reports to send.*")
    for item, text in zip(items, texts[1:]):
        assert item.title in text and "Tuesday 14 September 2021" in text and "10:00 on Friday 27 August 2021" in text
    buttons = {b["block_id"]: [(e["action_id"], e["value"]) for e in b["elements"]]
               for b in message["blocks"] if b["type"] == "actions"}
    assert buttons == {f"nudge-{i.id}": [("mark_submitted", str(i.id)), ("snooze", str(i.id))] for i in items}
    sweeps(panel_store, sender)
    assert len(slack.posted("DULEE")) == 1


def test_a_report_and_an_outstanding_matter_due_together_come_as_one_message(panel_store, item, slack, sender):
    add_matter(panel_store, "Progress report on the HeadStart programme", "Lee Lead")
    report = sweep(panel_store, sender, NUDGE_TIME)
    [message] = slack.posted("DULEE")
    assert len(report.keys("sent")) == 2 and message["text"].startswith("*2 reminders for you today:*")
    assert "HeadStart" in message["text"] and item.title in message["text"]
    assert [b["block_id"] for b in message["blocks"] if b["type"] == "actions"] == [f"nudge-{item.id}"]
