"""Who a Slack user is, and each Slack delivery claimed once in SQLite."""
from __future__ import annotations

import threading

from handlers.deps import Deps
from handlers.slack.client import make_client
from handlers.slack.dedupe import delivery_key
from handlers.slack.identity import person_for
from store import open_store


def test_identity_by_slack_id_then_email_then_unknown(demo_store, people, fake_slack):
    fake_slack.add_user("UVAL", "Val Evans", "VAL@example.org")
    fake_slack.add_user("UNEW", "New Member", "new@example.org")
    deps, client = Deps(store=demo_store), make_client("xoxb-test", fake_slack.url)
    assert person_for(deps, client, "UVAL").name == "Cllr Val Evans"
    assert demo_store.person_by_slack("UVAL").id == people.val.id  # remembered
    assert person_for(deps, client, "UVAL").id == people.val.id
    assert len(fake_slack.calls_to("users.info")) == 1  # the second time needed no lookup
    assert person_for(deps, client, "UNEW") is None
    assert person_for(deps, client, "UGONE") is None  # users.info: user_not_found


def test_delivery_keys():
    assert delivery_key({"event_id": "Ev1", "event": {}}) == "event:Ev1"
    click = {"type": "block_actions", "user": {"id": "U1"}, "actions": [{"action_id": "defer_item", "action_ts": "1.5"}]}
    assert delivery_key(click) == "action:U1:defer_item:1.5"
    first = delivery_key({"type": "view_submission", "view": {"id": "V1", "hash": "h2", "state": {"values": {"t": 1}}}})
    again = delivery_key({"type": "view_submission", "view": {"id": "V1", "hash": "h2", "state": {"values": {"t": 1}}}})
    fixed = delivery_key({"type": "view_submission", "view": {"id": "V1", "hash": "h2", "state": {"values": {"t": 2}}}})
    assert first == again != fixed and first.startswith("view:V1:h2:")
    assert delivery_key({"type": "message_action", "trigger_id": "t1"}) == "shortcut:t1"
    assert delivery_key({"command": "/scrutiny", "text": "help"}) is None


def test_claims_are_atomic_across_connections(db_path, fresh_store):
    stores = [open_store(db_path) for _ in range(6)]  # separate connections, as separate processes would have
    results: list[bool] = []
    threads = [threading.Thread(target=lambda s=s: results.append(s.claim_slack_event("event:Ev1"))) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert sorted(results) == [False] * 5 + [True]
    assert fresh_store.claim_slack_event("event:Ev2") is True
    assert fresh_store.forget_slack_events("9999") == 2 and fresh_store.claim_slack_event("event:Ev1") is True
