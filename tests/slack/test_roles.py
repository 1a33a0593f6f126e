"""Buttons act only for those whose role allows it, and every button is acked before any Slack call is made."""
from __future__ import annotations

import pytest

from tests.slack.signing import send_interaction
from tests.slack.test_http import item_called


@pytest.fixture
def others(slack_app):
    """A member of the demo panel (UMO) and the chair of another panel (UOLA), both known to Slack by email."""
    store = slack_app.store
    store.add_person("Cllr Mo Member", email="mo@example.org", role="member", panel_id=slack_app.people.panel.id)
    board = store.add_panel("Corporate Parenting Board")
    store.add_person("Cllr Ola Other", email="ola@example.org", role="chair", panel_id=board.id)
    slack_app.slack.add_user("UMO", "Mo Member", "mo@example.org")
    slack_app.slack.add_user("UOLA", "Ola Other", "ola@example.org")
    return board


def click(slack_app, action_id: str, value: str, user: str, ts: str) -> dict:
    return {"type": "block_actions", "user": {"id": user}, "trigger_id": "t" + ts, "channel": {"id": "DU"},
            "response_url": slack_app.slack.response_url(ts), "container": {"type": "message"},
            "actions": [{"action_id": action_id, "value": value, "action_ts": ts}]}


def told(slack_app) -> list[str]:
    return [r["text"] for r in slack_app.slack.calls_to("response_url")]


@pytest.mark.parametrize("user", ["UMO", "UNEW", "UOLA"])
def test_snooze_is_refused_to_a_member_a_stranger_and_another_panels_chair(slack_app, others, user):
    item = item_called(slack_app.store, "Adult Social Care Annual Report")
    assert send_interaction(slack_app.url, click(slack_app, "snooze", str(item.id), user, "5.1"))[0] == 200
    slack_app.drain()
    assert told(slack_app) == [f"Only the report's author, the chair or the scrutiny officer can snooze reminders for "
                               f"*{item.title}*."]
    assert slack_app.store.snoozes_for([item.id]) == {}


@pytest.mark.parametrize("user", ["UBECKY", "UVAL"])
def test_the_author_or_the_chair_may_snooze(slack_app, others, user):
    item = item_called(slack_app.store, "Adult Social Care Annual Report")
    assert send_interaction(slack_app.url, click(slack_app, "snooze", str(item.id), user, "5.2"))[0] == 200
    slack_app.drain()
    assert told(slack_app)[0].startswith("Snoozed: I'll remind you about")
    assert list(slack_app.store.snoozes_for([item.id])) == [item.id]


def test_another_panels_chair_cannot_snooze_through_a_forged_value_either(slack_app, others):
    item = item_called(slack_app.store, "Domestic Abuse Act 2021")
    for n, value in enumerate([f"{item.id}", f"{item.id}:999", "abc", ""]):
        send_interaction(slack_app.url, click(slack_app, "snooze", value, "UOLA", f"5.{n + 3}"))
    slack_app.drain()
    assert slack_app.store.snoozes_for([item.id]) == {}
    assert all(t.startswith(("Only the report's author", "Sorry, I couldn't tell")) for t in told(slack_app))


SLOW = ("users.info", "response_url", "chat.postMessage", "views.open", "views.publish", "chat.postEphemeral")


@pytest.mark.parametrize("action_id", ["snooze", "mark_submitted", "defer_item", "edit_item", "close_matter",
                                       "open_add_item", "open_add_matter", "chase_report"])
def test_every_button_is_acked_while_slack_is_still_answering(slack_app, action_id):
    """Slack's API held (as if it took seconds): the ack still comes back at once, the work follows."""
    item = item_called(slack_app.store, "Adult Social Care Annual Report")
    for method in SLOW:
        slack_app.slack.hold(method)
    try:
        status, _ = send_interaction(slack_app.url, click(slack_app, action_id, str(item.id), "UVAL", "6.1"))
        assert status == 200
        assert slack_app.slack.calls_to("response_url") == []  # nothing answered yet: the ack did not wait
    finally:
        slack_app.slack.release()
    slack_app.drain()
    assert slack_app.slack.calls_to("users.info")  # the work ran after the ack


def test_a_form_is_validated_without_calling_slack_before_the_ack(slack_app):
    slack_app.store.add_person("Cllr Val Evans", slack_id="UVAL")
    from tests.slack.test_http import item_submission

    for method in SLOW:
        slack_app.slack.hold(method)
    try:
        status, body = send_interaction(slack_app.url, item_submission({"title": "", "meeting": {"value": "m:1"}}))
        assert status == 200 and "Give the item a title." in body
    finally:
        slack_app.slack.release()
    assert slack_app.slack.calls_to("users.info") == []
