"""The Home tab: every panel a person belongs to (folded beyond a few), and the officer's late reports with "Chase"."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from bot.days.deadlines import LONDON
from tests.slack.signing import send_event, send_interaction

LATE_NOW = datetime(2021, 10, 6, 10, 0, tzinfo=LONDON)  # after the 19 October meeting's report deadline


def open_home(slack_app, user: str, event_id: str) -> dict:
    send_event(slack_app.url, {"type": "app_home_opened", "user": user, "channel": "D" + user, "tab": "home"}, event_id)
    slack_app.slack.wait_for("views.publish", len(slack_app.slack.calls_to("views.publish")) + 1)
    return slack_app.slack.calls_to("views.publish")[-1]["view"]


def texts(view: dict) -> list[str]:
    return [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]


def home_action(action: dict, user: str, ts: str) -> dict:
    return {"type": "block_actions", "user": {"id": user}, "trigger_id": "t" + ts, "view": {"type": "home"},
            "container": {"type": "view"}, "actions": [{**action, "action_ts": ts}]}


def test_home_lists_every_panel_and_folds_those_beyond_the_first_few(slack_app):
    store = slack_app.store
    names = [f"Panel {n:02d} Scrutiny Committee" for n in range(1, 9)]
    for name in names:
        store.add_person("Cllr Val Evans", role="member", panel_id=store.add_panel(name).id)
    view = open_home(slack_app, "UVAL", "EvHomeAll")
    shown = "\n".join(texts(view))
    assert all(name in shown for name in names) and "Adults and Safer City Scrutiny Panel" in shown
    assert len([t for t in texts(view) if "Next meeting:" in t or "No meeting scheduled." in t]) == 3
    assert "*Your other panels (6)*" in shown
    [menu] = [b["accessory"] for b in view["blocks"] if b.get("accessory", {}).get("action_id") == "home_open_panel"]
    folded = menu["options"][-1]
    send_interaction(slack_app.url, home_action({"action_id": "home_open_panel", "selected_option": folded}, "UVAL",
                                                "4.1"))
    slack_app.drain()
    opened = slack_app.slack.calls_to("views.publish")[-1]["view"]
    assert any(t.startswith(f"*{folded['text']['text']}*\nNo meeting scheduled.") for t in texts(opened))
    assert len(opened["blocks"]) <= 100


@pytest.fixture
def officer(slack_app):
    slack_app.store.add_person("Olive Officer", email="olive@example.org", slack_id="UOLIVE", role="scrutiny-officer",
                               panel_id=slack_app.people.panel.id)
    slack_app.deps.clock = lambda: LATE_NOW
    return slack_app


def chase_button(view: dict, title: str) -> dict:
    return next(b["accessory"] for b in view["blocks"] if b.get("accessory", {}).get("action_id") == "chase_report"
                and title in b["text"]["text"])


def beckys_late_report(slack_app):
    meeting = slack_app.store.next_meeting(slack_app.people.panel.id, LATE_NOW.date())
    return next(i for i in slack_app.store.items_at(meeting.id) if slack_app.people.becky.id in i.lead_ids)


def replies(slack_app) -> list[str]:
    return [c["text"] for c in slack_app.slack.calls_to("chat.postMessage") if c["channel"] == "UOLIVE"]


def test_the_officer_sees_late_reports_and_chases_one_once_a_day(officer):
    item = beckys_late_report(officer)
    view = open_home(officer, "UOLIVE", "EvHomeOff")
    assert any(t.startswith("*Late reports (") for t in texts(view))
    button = chase_button(view, item.title)
    assert button["value"] == str(item.id)
    for n in range(2):  # two clicks the same day: one nudge
        send_interaction(officer.url, home_action({"action_id": "chase_report", "value": button["value"]}, "UOLIVE",
                                                  f"5.{n}"))
    officer.drain()
    [nudge] = officer.slack.posted("DUBECKY")
    assert nudge["text"].startswith("*A gentle reminder from your scrutiny officer:*") and item.title in nudge["text"]
    assert [e["action_id"] for b in nudge["blocks"] if b["type"] == "actions" for e in b["elements"]] == [
        "mark_submitted", "snooze"]
    becky = officer.people.becky.id
    assert nudge["metadata"]["event_payload"]["keys"] == f"item:{item.id}:chase:2021-10-06:to:{becky}"
    said = sorted(replies(officer))  # the two clicks run side by side: either may be the one that chased
    assert said[0].startswith("Becky Wilkinson was already chased about") and said[1].startswith("Chased Becky")


def test_chasing_again_the_next_day_sends_another(officer, slack_app):
    item = beckys_late_report(officer)
    from handlers.slack.actions.chase import chase

    body = home_action({"action_id": "chase_report", "value": str(item.id)}, "UOLIVE", "6.1")
    chase(officer.deps, officer.app.client, body)
    officer.deps.clock = lambda: LATE_NOW + timedelta(days=1)
    assert chase(officer.deps, officer.app.client, body).startswith("Chased Becky Wilkinson")
    assert len(officer.slack.posted("DUBECKY")) == 2


@pytest.mark.parametrize("user", ["UVAL", "UBECKY", "UNEW"])
def test_only_the_officer_may_chase(officer, user):
    item = beckys_late_report(officer)
    send_interaction(officer.url, home_action({"action_id": "chase_report", "value": str(item.id)}, user, "7.1"))
    officer.drain()
    assert officer.slack.posted("DUBECKY") == []
    [told] = [c for c in officer.slack.calls_to("chat.postMessage") if c["channel"] == user]
    assert told["text"] == "Only the panel's scrutiny officer can chase a report."


def test_nobody_else_sees_the_late_list(officer):
    view = open_home(officer, "UVAL", "EvHomeVal")
    assert not any(t.startswith("*Late reports") for t in texts(view))
    assert "chase_report" not in json.dumps(view)
