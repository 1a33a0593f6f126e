"""Block Kit for nudges: each report due (what, which meeting, by when) with its own "Mark submitted" and "Snooze".

Every message carries its nudge keys in Slack message metadata, so a post whose reply was lost can be found in the
DM's history instead of being sent twice (handlers/nudges/sweep.py).
"""
from __future__ import annotations

from datetime import datetime

from bot.nudge_text import notices_text, nudge_text
from bot.reminders import NOTICE, Nudge
from handlers.slack.blocks import button, message_text, section

LEAD_BUTTONS = ("before-", "deadline-day", "overdue", "snoozed", "chase")
EVENT_TYPE = "scrutiny_nudge"
MAX_REPORTS = 20  # three blocks a report keeps one message under Slack's 50 blocks; more wait for the next sweep


def is_lead_nudge(n: Nudge) -> bool:
    return bool(n.item) and n.kind.startswith(LEAD_BUTTONS)


def message_for(nudges: list[Nudge], now: datetime) -> dict:
    """chat.postMessage arguments for one nudge, several reports to one person, or several notices to one officer."""
    if nudges[0].kind == NOTICE:
        text = notices_text(nudges)
        return _message(text, [section(text)], nudges)
    if len(nudges) == 1:
        n = nudges[0]
        text = nudge_text(n, now)
        return _message(text, [section(text)] + _buttons(n), nudges)
    head = (f"*You have {len(nudges)} reports to send.* Each one below, with its deadline:"
            if all(is_lead_nudge(n) for n in nudges) else f"*{len(nudges)} reminders for you today:*")
    texts = [nudge_text(n, now) for n in nudges]
    blocks = [section(head)]
    for n, text in zip(nudges, texts):
        blocks += [{"type": "divider"}, section(text)] + _buttons(n)
    return _message("\n\n".join([head, *texts]), blocks, nudges)


def _buttons(n: Nudge) -> list[dict]:
    if not is_lead_nudge(n):
        return []
    return [{"type": "actions", "block_id": f"nudge-{n.item.id}", "elements": [
        button("Mark submitted", "mark_submitted", str(n.item.id), style="primary"),
        button("Snooze 2 days", "snooze", str(n.item.id)),
    ]}]


def _message(text: str, blocks: list[dict], nudges: list[Nudge]) -> dict:
    return {"text": message_text(text), "blocks": blocks, "metadata": metadata([n.key for n in nudges])}


def metadata(keys: list[str]) -> dict:
    return {"event_type": EVENT_TYPE, "event_payload": {"keys": " ".join(keys)}}


def keys_in(message: dict) -> set[str]:
    """The nudge keys a message from conversations.history carries (none for other messages)."""
    meta = message.get("metadata") or {}
    if meta.get("event_type") != EVENT_TYPE:
        return set()
    return set(str((meta.get("event_payload") or {}).get("keys", "")).split())
