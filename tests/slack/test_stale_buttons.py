"""A button acts on the state it was shown for: a Defer left on screen after the item moved says so and moves nothing."""
from __future__ import annotations

from tests.slack.signing import send_command, send_interaction
from tests.slack.test_http import item_called


def shown_defer_button(slack_app, title: str) -> dict:
    """The Defer button beside `title` in the bot's real answer to "what's due next meeting?"."""
    send_command(slack_app.url, "what's due next meeting?", "UVAL", "C1", slack_app.slack.response_url("list"))
    [reply] = slack_app.slack.wait_for("response_url")
    item = item_called(slack_app.store, title)
    [actions] = [b for b in reply["blocks"] if b.get("block_id") == f"item-{item.id}"]
    return next(e for e in actions["elements"] if e["action_id"] == "defer_item")


def press(slack_app, button: dict, user: str, ts: str) -> None:
    payload = {"type": "block_actions", "user": {"id": user}, "trigger_id": "t" + ts, "channel": {"id": "C1"},
               "response_url": slack_app.slack.response_url(ts), "container": {"type": "message"},
               "actions": [{"action_id": button["action_id"], "value": button["value"], "action_ts": ts}]}
    assert send_interaction(slack_app.url, payload)[0] == 200


def test_a_stale_defer_button_does_not_move_the_item_twice(slack_app):
    button = shown_defer_button(slack_app, "Domestic Abuse Act 2021")
    press(slack_app, button, "UVAL", "7.1")
    slack_app.slack.wait_for("response_url", 2)
    assert str(item_called(slack_app.store, "Domestic Abuse Act 2021").meeting_date) == "2022-02-15"
    press(slack_app, button, "UVAL", "7.2")  # the same message, clicked again later: a new click, not a retry
    slack_app.drain()
    assert str(item_called(slack_app.store, "Domestic Abuse Act 2021").meeting_date) == "2022-02-15"
    said = [r["text"] for r in slack_app.slack.calls_to("response_url")][1:]
    assert said[0].startswith("Deferred")
    title = item_called(slack_app.store, "Domestic Abuse Act 2021").title
    assert said[1] == (f"*{title}* has moved since that message was sent: it is now on the "
                       "15 February 2022 meeting. Nothing was changed.")


def test_a_defer_button_shown_before_someone_typed_a_move_says_so(slack_app):
    button = shown_defer_button(slack_app, "Domestic Abuse Act 2021")
    send_command(slack_app.url, "move Domestic Abuse Act 2021 to possible future items", "UVAL", "C1",
                 slack_app.slack.response_url("typed"))
    slack_app.slack.wait_for("response_url", 2)
    moved = item_called(slack_app.store, "Domestic Abuse Act 2021")
    assert moved.meeting_id is None
    press(slack_app, button, "UVAL", "7.3")
    slack_app.drain()
    assert item_called(slack_app.store, "Domestic Abuse Act 2021").meeting_id is None
    assert "has moved since that message was sent: it is now a possible future item" in \
        slack_app.slack.calls_to("response_url")[-1]["text"]
