"""Delivery through the local Slack stand-in: DMs with buttons, 429s and 500s, lookups by email, snooze, the job."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bot.days.deadlines import LONDON
from handlers.deps import Deps
from handlers.nudges import scheduler
from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import sweep
from handlers.slack.actions import snooze
from handlers.slack.client import make_client
from tests.reminders.conftest import add_item, add_meeting, states, utc
from tests.slack.fake_slack import FakeSlack

NUDGE_TIME = utc(2021, 8, 13, 8, 5)  # the 10-working-days nudge for a 14 September 2021 meeting is due


@pytest.fixture
def slack():
    with FakeSlack() as fake:
        fake.add_user("ULEE", "Lee Lead", "lee@example.org")
        fake.add_user("UOLIVE", "Olive Officer", "olive@example.org")
        yield fake


@pytest.fixture
def sender(slack, slept):
    return SlackSender(make_client("xoxb-test", slack.url))


@pytest.fixture
def meeting(panel_store):
    return add_meeting(panel_store, date(2021, 9, 14))


def _posted(slack) -> list[dict]:
    """chat.postMessage calls Slack accepted (the stand-in also records the ones it failed)."""
    return [p for p in slack.calls_to("chat.postMessage") if p.get("text")]


def test_a_lead_gets_a_dm_saying_what_for_when_with_buttons(panel_store, meeting, slack, sender):
    item = add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    sweep(panel_store, sender, NUDGE_TIME)
    assert slack.calls_to("conversations.open")[0]["users"] == "ULEE"
    [post] = slack.calls_to("chat.postMessage")
    assert post["channel"] == "DULEE"
    text = post["blocks"][0]["text"]["text"]
    assert "Adult Social Care Annual Report" in text
    assert "Tuesday 14 September 2021" in text and "10:00 on Friday 27 August 2021" in text
    buttons = post["blocks"][1]["elements"]
    assert [(b["action_id"], b["value"], b["text"]["text"]) for b in buttons] == [
        ("mark_submitted", str(item.id), "Mark submitted"), ("snooze", str(item.id), "Snooze 2 days")]


def test_429_and_500_are_retried_and_the_nudge_goes_once(panel_store, meeting, slack, sender, slept):
    add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    slack.fail_next("chat.postMessage", status=429, retry_after=1)
    slack.fail_next("chat.postMessage", status=500)
    report = sweep(panel_store, sender, NUDGE_TIME)
    assert report.keys("sent") and len(slack.calls_to("chat.postMessage")) == 3  # two refusals, one delivery
    assert len(slept) == 2 and slept[0] >= 1  # Retry-After honoured (recorded, not slept), then a backoff
    for n in range(1, 6):
        sweep(panel_store, sender, NUDGE_TIME + n * timedelta(minutes=5))
    assert len(slack.calls_to("chat.postMessage")) == 3


def test_a_permanent_failure_is_recorded_then_retried_once(panel_store, meeting, slack, sender):
    add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    slack.fail_next("chat.postMessage", status=500, times=4)  # the first try and all three retries
    report = sweep(panel_store, sender, NUDGE_TIME)
    [key] = report.keys("failed")
    assert "500" in panel_store.reminder(key)["detail"]
    sweep(panel_store, sender, NUDGE_TIME + timedelta(minutes=5))
    sweep(panel_store, sender, NUDGE_TIME + timedelta(minutes=10))
    assert states(panel_store)[key] == "sent"
    assert len(slack.calls_to("chat.postMessage")) == 5  # four refused, one delivered, none doubled


def test_failures_end_by_telling_the_officer(panel_store, meeting, slack, sender):
    add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    slack.fail_next("chat.postMessage", status=500, times=4 * 5)  # five sweeps of four attempts
    for n in range(5):
        sweep(panel_store, sender, NUDGE_TIME + n * timedelta(minutes=5))
    [key] = [k for k in states(panel_store)]
    assert states(panel_store)[key] == "given-up"
    sweep(panel_store, sender, NUDGE_TIME + timedelta(minutes=30))
    notice = _posted(slack)[-1]
    assert notice["channel"] == "DUOLIVE" and "Slack kept refusing it" in notice["text"]


def test_a_lead_without_a_slack_id_is_found_by_email_and_remembered(panel_store, meeting, slack, sender):
    slack.add_user("UNIA", "Nia Noslack", "nia@example.org")
    add_item(panel_store, meeting, "Homelessness Review", "Nia Noslack")
    sweep(panel_store, sender, NUDGE_TIME)
    assert slack.calls_to("users.lookupByEmail")[0]["email"] == "nia@example.org"
    assert _posted(slack)[0]["channel"] == "DUNIA"
    assert panel_store.person_named("Nia Noslack").slack_id == "UNIA"


def test_an_unreachable_lead_is_listed_to_the_officer(panel_store, meeting, slack, sender):
    add_item(panel_store, meeting, "Homelessness Review", "Nia Noslack")
    add_item(panel_store, meeting, "Libraries Review")  # no lead named at all
    first = sweep(panel_store, sender, NUDGE_TIME)
    assert len(first.keys("unreachable")) == 2 and _posted(slack) == []
    sweep(panel_store, sender, NUDGE_TIME + timedelta(minutes=5))
    sweep(panel_store, sender, NUDGE_TIME + timedelta(minutes=10))
    [notice] = _posted(slack)  # both in one message, once
    assert notice["channel"] == "DUOLIVE"
    assert "Homelessness Review" in notice["text"] and "nia@example.org is not in Slack" in notice["text"]
    assert "Libraries Review" in notice["text"] and "nobody (no lead named)" in notice["text"]


def test_snooze_button_quietens_the_item_for_two_working_days(panel_store, meeting, slack, sender):
    item = add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    sweep(panel_store, sender, NUDGE_TIME)  # Friday 13 August
    deps = Deps(store=panel_store, clock=lambda: NUDGE_TIME + timedelta(hours=1))
    body = {"user": {"id": "ULEE"}, "actions": [{"action_id": "snooze", "value": str(item.id)}]}
    text = snooze.snooze_item(deps, make_client("xoxb", slack.url), body)  # over HTTP: tests/slack/test_roles.py
    assert "09:00 on Tuesday 17 August 2021" in text
    for hours in (24 * 3 + 2, 24 * 4):  # Monday 16th 10:05: quiet; Tuesday 17th 09:05: one reminder
        sweep(panel_store, sender, NUDGE_TIME + timedelta(hours=hours))
    assert len(_posted(slack)) == 2 and "Report due by" in _posted(slack)[1]["text"]
    assert any(k.startswith(f"item:{item.id}:snoozed:2021-08-17T09:00") for k in states(panel_store))


def test_snooze_refuses_a_report_already_in(panel_store, meeting, slack):
    item = add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    panel_store.set_item_status(item.id, "submitted")
    deps = Deps(store=panel_store, clock=lambda: NUDGE_TIME)
    text = snooze.snooze_item(deps, make_client("xoxb", slack.url), {"user": {"id": "ULEE"},
                                                                      "actions": [{"value": str(item.id)}]})
    assert "already submitted" in text and panel_store.snoozes_for([item.id]) == {}


def test_the_job_sweeps_every_few_minutes_at_the_deps_clock(panel_store, meeting, slack, sender):
    add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")
    deps = Deps(store=panel_store, clock=lambda: NUDGE_TIME)
    client = make_client("xoxb-test", slack.url)
    job_scheduler = scheduler.start(deps, client)
    try:
        [job] = job_scheduler.get_jobs()
        assert job.id == "nudge-sweep" and job.trigger.interval == timedelta(minutes=5)
        assert slack.wait_for("chat.postMessage", 1)  # the first run is straight away
    finally:
        job_scheduler.shutdown(wait=True)
    scheduler.run_sweep(deps, sender)  # a second run at the same moment sends nothing new
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert datetime.fromisoformat(panel_store.reminder(next(iter(states(panel_store))))["sent_at"]) == \
        NUDGE_TIME.astimezone(LONDON)
