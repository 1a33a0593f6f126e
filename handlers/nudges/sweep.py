"""One nudge sweep: plan what is due now, claim each key, send, and record the outcome.

Exactly once, and honest about the one case no one can know. Every nudge has a key (item or matter or meeting,
kind, deadline, recipient) under the `reminders` table's unique constraint. For each nudge the sweep:
  1. claims the key (INSERT OR IGNORE; only the caller whose row lands may go on), state 'claimed';
  2. finds the recipient (users.lookupByEmail, conversations.open: safe to repeat);
  3. marks the key 'sending', then calls chat.postMessage with the keys in the message's metadata; if the reply is
     lost (timeout, reset), or this is a retry, it looks for the keys in the conversation's history first;
  4. marks it 'sent', 'failed' (Slack said no, after slack_sdk's own 429/5xx retries) or 'unreachable'.
A crash leaves a key 'claimed' or 'sending'; the next sweep (after STALE_AFTER) recovers it:
  - 'claimed': it crashed before posting, so nothing went out: the key is freed and the nudge sent again;
  - 'sending': it crashed during or after the post. chat.postMessage has no idempotency key, but each message
    carries its keys in metadata: the conversation's history settles it (found: 'sent'; not there: sent again).
    When the history cannot be read either, the key becomes 'uncertain' (never re-sent) and the scrutiny officer
    is told once, by name, so a person can check.
'failed' keys are re-claimed atomically (UPDATE ... WHERE state = 'failed') on later sweeps, so a retry is never
doubled; after MAX_ATTEMPTS they are 'given-up'. 'unreachable', 'uncertain' and 'given-up' keys each produce
one notice to the panel's scrutiny officer (several notices to one officer go as one message).
"""
from __future__ import annotations

import logging
import sqlite3
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.days.deadlines import LONDON
from bot.nudge_text import recipient_label, summary
from bot.reminders import NOTICE, Nudge, Slice, horizon_days, in_working_hours, plan_nudges
from handlers.nudges.blocks import MAX_REPORTS, message_for
from handlers.nudges.sender import DeliveryFailed, Lost, Sender, Unreachable

log = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=5)  # longer than any one send, retries included; shorter than the sweep interval
MAX_ATTEMPTS = 5


@dataclass
class SweepReport:
    due: list[Nudge] = field(default_factory=list)  # what the plan said was due and not yet recorded
    outcomes: dict[str, str] = field(default_factory=dict)  # key -> state this sweep left it in
    freed: list[str] = field(default_factory=list)  # interrupted before sending: sent again
    uncertain: list[str] = field(default_factory=list)  # interrupted while sending: officer told

    def keys(self, state: str) -> list[str]:
        return [k for k, s in self.outcomes.items() if s == state]

    def line(self) -> str:
        counts = {s: len(self.keys(s)) for s in ("sent", "unreachable", "failed", "given-up")}
        text = ", ".join(f"{n} {s}" for s, n in counts.items())
        return text + (f"; {len(self.uncertain)} interrupted while sending" if self.uncertain else "")


def sweep(store, sender: Sender | None, now: datetime, lock=None, dry_run: bool = False) -> SweepReport:
    """One pass; with `dry_run` it plans and reports but claims, sends and changes nothing."""
    guard = lock or nullcontext()
    report = SweepReport()
    if not dry_run:
        with guard:
            report.freed, uncertain = store.recover_interrupted(now - STALE_AFTER)
        report.uncertain = _settle(store, sender, uncertain, now, guard) if uncertain else []
    with guard:
        report.due = due_nudges(store, now)
    if dry_run:
        return report
    for group in _messages(report.due):
        deliver(store, sender, group, now, guard, report)
    if report.outcomes:
        log.info("nudge sweep at %s: %s", now.isoformat(), report.line())
    return report


def due_nudges(store, now: datetime) -> list[Nudge]:
    """The plan at `now`, less the keys already recorded (a key whose last attempt failed is due again)."""
    planned = plan_nudges(load_slice(store, now), now)
    states = store.reminder_states([n.key for n in planned]) if planned else {}
    return [n for n in planned if states.get(n.key, "failed") == "failed"]


def load_slice(store, now: datetime) -> Slice:
    """Only the meetings whose deadlines are near `now` (an indexed date range), never the whole programme."""
    policy, policies = store.nudge_policies()
    if not in_working_hours(now, policy):
        return Slice(panels={}, policy=policy)
    panels = {p.id: p for p in store.panels()}
    today = now.astimezone(LONDON).date()
    ahead = horizon_days(panels.values(), [policy, *policies.values()])
    meetings = store.meetings_near(today, today + timedelta(days=ahead))
    items = store.items_at_meetings([m.id for m in meetings]) if meetings else []
    panel_ids = {m.panel_id for m in meetings}
    matters = store.open_matters_of(panel_ids) if panel_ids else []
    problems = store.reminder_problems()
    officers = store.officers_of(panel_ids | {p.panel_id for p in problems if p.panel_id})
    wanted = ({pid for i in items for pid in i.lead_ids} | {m.lead_id for m in matters if m.lead_id}
              | {pid for ids in officers.values() for pid in ids})
    return Slice(panels=panels, meetings=tuple(meetings), items=tuple(items), matters=tuple(matters),
                 people=store.people_with_ids(wanted) if wanted else {}, officers=officers,
                 snoozes=store.snoozes_for([i.id for i in items]) if items else {}, problems=tuple(problems),
                 policies=policies, policy=policy)


def _messages(due: list[Nudge]) -> list[list[Nudge]]:
    """One message per person per sweep (their reports, matters, digests; up to MAX_REPORTS); notices to one officer
    go together; a channel's digest goes alone."""
    out, notices, reports = [], {}, {}
    for n in due:
        if n.kind == NOTICE:
            notices.setdefault(n.person.id if n.person else None, []).append(n)
        elif n.person and not n.channel:
            reports.setdefault(n.person.id, []).append(n)
        else:
            out.append([n])
    return out + [group[:MAX_REPORTS] for group in reports.values()] + list(notices.values())


def deliver(store, sender: Sender, group: list[Nudge], now: datetime, guard, report: SweepReport) -> None:
    """Claim, send once and record one message's nudges (a sweep's, or a "Chase" click's)."""
    with guard:
        held = [n for n in group if store.claim_reminder(
            n.key, n.kind, n.panel_id, n.item.id if n.item else None, n.matter.id if n.matter else None,
            n.meeting.id if n.meeting else None, _deadline(n), _recipient(n), summary(n), at=now)]
        retry = held and any((store.reminder(n.key) or {}).get("attempts", 1) > 1 for n in held)
    if not held:
        return  # another sweep holds these keys
    keys, state, detail = [n.key for n in held], "sent", ""
    try:
        channel = _destination(store, sender, held[0], guard)
        with guard:
            store.mark_reminders(keys, "sending", at=now)
        detail = _post_once(sender, channel, message_for(held, now), keys, retry)
    except Unreachable as exc:
        state, detail = "unreachable", str(exc)
    except DeliveryFailed as exc:
        state, detail = "failed", str(exc)
    with guard:
        store.mark_reminders(keys, state, detail, max_attempts=MAX_ATTEMPTS, at=now)
        final = store.reminder_states(keys)
        settled = [n.problem.key for n in held if n.problem and final.get(n.key) != "failed"]
        if settled:
            store.mark_told(settled)
    report.outcomes.update(final)
    if state != "sent":
        log.warning("nudge %s not delivered (%s): %s", ", ".join(keys), final.get(keys[0]), detail)


def _post_once(sender: Sender, channel: str, message: dict, keys: list[str], retry: bool) -> str:
    """Post, unless an earlier attempt already landed: after a lost reply, or on a retry, the history decides.

    Returns a note for the record ('' for a plain send). A second lost reply raises, and the next sweep looks again.
    """
    if retry and _posted_already(sender, channel, keys):
        return "found in the conversation after an earlier attempt"
    try:
        sender.post(channel, message)
        return ""
    except Lost as lost:
        if _posted_already(sender, channel, keys):
            return f"found in the conversation after {lost}"
    sender.post(channel, message)
    return "sent again: the first reply was lost and the message was not in the conversation"


def _settle(store, sender: Sender, keys: list[str], now: datetime, guard) -> list[str]:
    """Keys interrupted while sending, settled by the conversation's history where it can be read: found means
    sent; not found means it never landed, so it goes again (as 'failed'). The rest stay uncertain (officer told)."""
    if getattr(sender, "find_posted", None) is None:
        return keys
    still = []
    for key in keys:
        try:
            channel = _channel_of(store, sender, key, guard)
            found = bool(channel) and sender.find_posted(channel, [key])
        except (DeliveryFailed, Unreachable):
            channel = None
        if not channel:
            still.append(key)
            continue
        state, detail = ("sent", "found in the conversation after an interruption") if found else (
            "failed", "interrupted while sending and not in the conversation: sent again")
        with guard:
            store.mark_reminders([key], state, detail, at=now)
    return still


def _channel_of(store, sender: Sender, key: str, guard) -> str | None:
    """Where a recorded nudge went: its channel, or the DM of the person it was for (None if unknown)."""
    with guard:
        recipient = (store.reminder(key) or {}).get("recipient") or ""
        pid = recipient.removeprefix("person:")
        person = store.people_with_ids([int(pid)]).get(int(pid)) if pid.isdigit() else None
    if not recipient.startswith("person:"):
        return recipient or None
    return sender.open_dm(person.slack_id) if person and person.slack_id else None


def _posted_already(sender: Sender, channel: str, keys: list[str]) -> bool:
    """The conversation's history says so; a sender that cannot read history (a console, a test double) says no."""
    find = getattr(sender, "find_posted", None)
    return bool(find and find(channel, keys))


def _destination(store, sender: Sender, n: Nudge, guard) -> str:
    """The channel to post in: the panel's channel, or the person's DM (found by email, then remembered)."""
    if n.channel:
        return n.channel
    person = n.person
    if person is None:
        raise Unreachable(recipient_label(n))
    user = person.slack_id
    if not user:
        user = sender.find_user(person.email) if person.email else None
        if not user:
            why = f"{person.email} is not in Slack" if person.email else "no email on record"
            raise Unreachable(f"{person.name} has no Slack id and {why}")
        with guard:
            _remember(store, person, user)
    return sender.open_dm(user)


def _remember(store, person, user: str) -> None:
    try:
        store.add_person(person.name, slack_id=user, actor="nudges")
    except sqlite3.IntegrityError as exc:  # that Slack id already belongs to someone else: deliver, but keep records
        log.warning("not remembering %s as %s: %s", user, person.name, exc)


def _recipient(n: Nudge) -> str:
    if n.channel:
        return n.channel
    if n.person:
        return f"person:{n.person.id}"
    return ""


def _deadline(n: Nudge) -> str | None:
    if isinstance(n.deadline, datetime):
        return n.deadline.astimezone(UTC).isoformat(timespec="seconds")
    return n.deadline.isoformat() if n.deadline else None
