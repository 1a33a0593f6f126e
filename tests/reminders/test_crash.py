"""A sweep killed half-way: nothing lost, nothing doubled; the DM's history settles it, else the officer is told."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers.nudges.sender import DeliveryFailed
from handlers.nudges.sweep import sweep
from tests.reminders.conftest import FakeSender, add_item, add_meeting, states, utc

NUDGE_TIME = utc(2021, 8, 13, 8, 5)  # the 10-working-days nudge for a 14 September 2021 meeting is due


class Killed(BaseException):
    """The process dying: not an error the sweep could catch and record."""


class CrashingSender(FakeSender):
    def __init__(self, stage: str):
        super().__init__()
        self.stage = stage

    def open_dm(self, user_id: str) -> str:
        if self.stage == "before-send":
            raise Killed()
        return super().open_dm(user_id)

    def post(self, channel: str, message: dict) -> None:
        super().post(channel, message)  # Slack has the message...
        if self.stage == "after-send":
            raise Killed()  # ...but we die before recording it


@pytest.fixture
def one_item(panel_store):
    meeting = add_meeting(panel_store, date(2021, 9, 14))
    return add_item(panel_store, meeting, "Adult Social Care Annual Report", "Lee Lead")


def _sweeps(store, sender, start, count, every=timedelta(minutes=5)):
    for n in range(count):
        sweep(store, sender, start + n * every)


def test_killed_after_claim_before_send_is_sent_once_on_restart(panel_store, one_item):
    crashing = CrashingSender("before-send")
    with pytest.raises(Killed):
        sweep(panel_store, crashing, NUDGE_TIME)
    key = next(iter(states(panel_store)))
    assert states(panel_store) == {key: "claimed"} and crashing.posts == []

    restarted = FakeSender()
    sweep(panel_store, restarted, NUDGE_TIME + timedelta(minutes=1))  # too soon to call it stale: still held
    assert restarted.posts == []
    _sweeps(panel_store, restarted, NUDGE_TIME + timedelta(minutes=5), 6)
    assert [c for c, _ in restarted.posts] == ["DULEE"]  # sent exactly once
    assert states(panel_store) == {key: "sent"}
    assert panel_store.reminder(key)["attempts"] == 2


def _killed_after_send(panel_store) -> tuple[CrashingSender, str]:
    crashing = CrashingSender("after-send")
    with pytest.raises(Killed):
        sweep(panel_store, crashing, NUDGE_TIME)
    assert [c for c, _ in crashing.posts] == ["DULEE"]
    key = next(iter(states(panel_store)))
    assert states(panel_store)[key] == "sending"
    assert panel_store.unsent_claims() == [(key, "sending", "2021-08-13T08:05:00+00:00")]
    return crashing, key


def test_killed_after_send_is_found_in_the_conversation_and_not_resent(panel_store, one_item):
    crashing, key = _killed_after_send(panel_store)
    restarted = FakeSender()
    restarted.posts = crashing.posts  # the same Slack: what the killed process posted is in the DM's history
    _sweeps(panel_store, restarted, NUDGE_TIME + timedelta(minutes=5), 12)
    assert [c for c, _ in restarted.posts] == ["DULEE"]  # not doubled, and nobody needs telling
    assert states(panel_store) == {key: "sent"}
    assert "found in the conversation" in panel_store.reminder(key)["detail"]


def test_killed_before_slack_had_it_is_sent_once_after_looking(panel_store, one_item):
    class DiesPosting(FakeSender):
        def post(self, channel, message):
            raise Killed()  # marked 'sending', but the post never left

    with pytest.raises(Killed):
        sweep(panel_store, DiesPosting(), NUDGE_TIME)
    restarted = FakeSender()
    _sweeps(panel_store, restarted, NUDGE_TIME + timedelta(minutes=5), 12)
    assert [c for c, _ in restarted.posts] == ["DULEE"]
    assert set(states(panel_store).values()) == {"sent"}


def test_killed_after_send_with_the_history_unreadable_is_not_resent_and_the_officer_is_told_once(panel_store,
                                                                                                  one_item):
    _, key = _killed_after_send(panel_store)

    class NoHistory(FakeSender):
        def find_posted(self, channel, keys):
            raise DeliveryFailed("Slack answered 500 internal_error")

    restarted = NoHistory()
    _sweeps(panel_store, restarted, NUDGE_TIME + timedelta(minutes=5), 12)
    assert [c for c, _ in restarted.posts] == ["DUOLIVE"]  # the lead is not nudged twice; the officer hears once
    assert "Adult Social Care Annual Report" in restarted.posts[0][1]["text"]
    assert "I may not have sent it" in restarted.posts[0][1]["text"]
    assert states(panel_store) == {key: "uncertain", f"notice:{key}": "sent"}
    assert panel_store.reminder(key)["told"] == 1 and panel_store.reminder_problems() == []


def test_a_key_is_claimed_once(panel_store):
    assert panel_store.claim_reminder("item:1:before-10:2021-08-27T10:00:to:2", "before-10", at=NUDGE_TIME)
    assert not panel_store.claim_reminder("item:1:before-10:2021-08-27T10:00:to:2", "before-10", at=NUDGE_TIME)
    panel_store.mark_reminders(["item:1:before-10:2021-08-27T10:00:to:2"], "failed", "boom", at=NUDGE_TIME)
    assert panel_store.claim_reminder("item:1:before-10:2021-08-27T10:00:to:2", "before-10", at=NUDGE_TIME)
    assert not panel_store.claim_reminder("item:1:before-10:2021-08-27T10:00:to:2", "before-10", at=NUDGE_TIME)


def test_dry_run_changes_nothing(panel_store, one_item):
    report = sweep(panel_store, None, NUDGE_TIME, dry_run=True)
    assert [n.kind for n in report.due] == ["before-10"]
    assert states(panel_store) == {}
