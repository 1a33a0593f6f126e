"""Hostile titles, notes, names, venues and positions go through every surface; no raw <, > or & reaches Slack's mrkdwn.

And text typed in Slack (which Slack sends as &amp; &lt; &gt;) is stored as the person typed it.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta

import pytest

from bot.changes import AddItem, AddMatter
from bot.days.deadlines import LONDON
from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import sweep
from handlers.slack.client import make_client
from handlers.slack.mrkdwn import escape, from_slack
from tests.slack.signing import send_command, send_event, send_interaction
from tests.slack.test_http import item_called

TITLE = "Spend > £1m & <!channel> review"
NOTES = "<https://evil.example|click here> & <!here>"
NAME = "Eve <!here> Smith"
SUBJECT = "Care homes <@UVAL> & <#C1|general> list"
POSITION = "<https://evil.example|Report attached>"
VENUE = "Room <!everyone> & Annex"
SAFE_ENTITY = re.compile(r"&(?!amp;|lt;|gt;)")


def mrkdwn_texts(value, top: bool = True) -> list[str]:
    """Every string Slack will parse as mrkdwn in a call: top-level text and each mrkdwn text object."""
    out = []
    if isinstance(value, dict):
        if top and isinstance(value.get("text"), str):
            out.append(value["text"])
        if value.get("type") == "mrkdwn":
            out.append(value.get("text", ""))
        for inner in value.values():
            out += mrkdwn_texts(inner, top=False)
    elif isinstance(value, list):
        for inner in value:
            out += mrkdwn_texts(inner, top=False)
    return out


def assert_all_escaped(calls) -> None:
    for method, params in calls:
        for text in mrkdwn_texts(params):
            assert "<" not in text and ">" not in text, (method, text)
            assert not SAFE_ENTITY.search(text), (method, text)


@pytest.fixture
def hostile(slack_app):
    store, panel = slack_app.store, slack_app.people.panel
    eve = store.add_person(NAME, email="eve@example.org", slack_id="UEVE", role="report-author", panel_id=panel.id)
    store.add_person("Olive Officer", email="olive@example.org", slack_id="UOLIVE", role="scrutiny-officer",
                     panel_id=panel.id)
    store.add_person("Mallory <!channel>", email="mal@nowhere.example", role="report-author", panel_id=panel.id)
    store.link_channel(panel.id, "CPANEL", "test")
    meeting = store.next_meeting(panel.id, date(2021, 9, 1))
    store.update_meeting(meeting.id, "test", venue=VENUE)
    item = store.add_item(AddItem(panel.id, TITLE, meeting.id, "scheduled", (NAME,), NOTES))
    store.add_item(AddItem(panel.id, "Libraries & <!channel>", meeting.id, "scheduled", ("Mallory <!channel>",)))
    store.add_matter(AddMatter(panel.id, SUBJECT, NAME, None, "next meeting", date(2021, 7, 20), POSITION))
    slack_app.slack.add_user("UEVE", "Eve Smith", "eve@example.org")
    return item, eve, meeting


def test_escape_and_read_back():
    assert escape(TITLE) == "Spend &gt; £1m &amp; &lt;!channel&gt; review"
    assert from_slack(escape(TITLE)) == TITLE
    assert from_slack("<@UBOT> add Health &amp; Wellbeing <https://x.example|the page> <!channel>") == \
        "<@UBOT> add Health & Wellbeing the page "


def test_hostile_text_is_escaped_on_every_surface(slack_app, hostile):
    item, eve, meeting = hostile
    url, slack = slack_app.url, slack_app.slack
    for n, text in enumerate(["what's due next meeting?", "show the work programme", "outstanding matters",
                              "what's on in October?", "anything about spend?"]):
        send_command(url, text, "UVAL", "C1", slack.response_url(f"c{n}"))
    send_event(url, {"type": "app_mention", "user": "UEVE", "text": "<@UBOT> when is my report due?",
                     "channel": "CPANEL", "ts": "1.1"}, "EvE1")
    send_event(url, {"type": "message", "channel_type": "im", "user": "UEVE", "text": "what am I presenting?",
                     "channel": "DUEVE", "ts": "1.2"}, "EvE2")
    for user, ev in (("UEVE", "EvH1"), ("UVAL", "EvH2")):
        send_event(url, {"type": "app_home_opened", "user": user, "channel": "D" + user, "tab": "home"}, ev)
    click = {"type": "block_actions", "user": {"id": "UEVE"}, "trigger_id": "t1", "channel": {"id": "DUEVE"},
             "response_url": slack.response_url("ms"), "container": {"type": "message"},
             "actions": [{"action_id": "mark_submitted", "value": str(item.id), "action_ts": "8.1"}]}
    send_interaction(url, click)
    for action_id, value in (("edit_item", str(item.id)), ("open_add_matter", str(item.panel_id))):
        send_interaction(url, {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t" + action_id,
                               "view": {"type": "home"}, "container": {"type": "view"},
                               "actions": [{"action_id": action_id, "value": value, "action_ts": "8." + action_id}]})
    slack_app.drain()

    said = json.dumps([p for _, p in slack.calls])
    assert json.dumps(escape(TITLE))[1:-1] in said and json.dumps(escape(NAME))[1:-1] in said
    assert escape(SUBJECT) in said and escape(VENUE) in said
    assert {m for m, _ in slack.calls} >= {"response_url", "chat.postMessage", "views.publish", "views.open"}
    assert_all_escaped(slack.calls)


def test_hostile_text_is_escaped_in_every_nudge(slack_app, hostile, slept):
    store, slack = slack_app.store, slack_app.slack
    sender = SlackSender(make_client("xoxb-test", slack.url))
    late = datetime(2021, 10, 12, 11, 0, tzinfo=LONDON)  # after the deadline, on agenda publication week
    for minutes in (0, 5, 10):
        sweep(store, sender, late + timedelta(minutes=minutes))
    posted = slack.calls_to("chat.postMessage")
    channels = {p["channel"] for p in posted}
    assert {"DUEVE", "DUOLIVE", "CPANEL"} <= channels  # lead nudge and matter, overdue digest, meeting digest
    assert any(escape("Libraries & <!channel> — Mallory <!channel>") in p["text"] for p in posted if
               p["channel"] == "DUOLIVE")
    assert any(escape(TITLE) in p["text"] for p in posted if p["channel"] == "CPANEL")
    assert any(escape(SUBJECT) in p["text"] for p in posted if p["channel"] == "DUEVE")
    assert_all_escaped(slack.calls)


def test_typed_text_is_stored_as_typed(slack_app):
    event = {"type": "message", "channel_type": "im", "user": "UVAL", "channel": "DUVAL", "ts": "2.1",
             "text": "add Health &amp; Wellbeing Board update &lt;draft&gt; to the February meeting"}
    send_event(slack_app.url, event, "EvTyped")
    slack_app.drain()
    item = item_called(slack_app.store, "Health")
    assert item.title == "Health & Wellbeing Board update <draft>"
    [reply] = slack_app.slack.calls_to("chat.postMessage")
    assert "Health &amp; Wellbeing Board update &lt;draft&gt;" in reply["text"]



@pytest.mark.parametrize("text", ["<" * 40000, "<a" * 20000, "<a|" + "b" * 40000, ("<a|" + "b" * 499) * 80,
                                  "&amp;" * 8000, "<" + "a" * 40000])
def test_reading_slack_markup_is_linear_on_hostile_input(text):
    import time

    start = time.process_time()
    from_slack(text)
    assert time.process_time() - start < 0.05  # a 40,000-character message, not the 2,000 of the target
