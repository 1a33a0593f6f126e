"""What the latency work changed keeps its behaviour: replies stay current, signatures are still checked once."""
from __future__ import annotations

from store import open_store
from tests.slack.signing import send_command, send_interaction


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
