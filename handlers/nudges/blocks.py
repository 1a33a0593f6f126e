"""Block Kit for nudges: what is due, for which meeting, by when, with "Mark submitted" and "Snooze 2 days"."""
from __future__ import annotations

from datetime import datetime

from bot.nudge_text import notices_text, nudge_text
from bot.reminders import NOTICE, Nudge
from handlers.slack.blocks import button, clip, section

LEAD_BUTTONS = ("before-", "deadline-day", "overdue", "snoozed")


def message_for(nudges: list[Nudge], now: datetime) -> dict:
    """chat.postMessage arguments for one nudge, or for several notices to one officer."""
    if nudges[0].kind == NOTICE:
        text = notices_text(nudges)
        return {"text": clip(text, 39000), "blocks": [section(text)]}
    n = nudges[0]
    text = nudge_text(n, now)
    blocks = [section(text)]
    if n.item and n.kind.startswith(LEAD_BUTTONS):
        blocks.append({"type": "actions", "block_id": f"nudge-{n.item.id}", "elements": [
            button("Mark submitted", "mark_submitted", str(n.item.id), style="primary"),
            button("Snooze 2 days", "snooze", str(n.item.id)),
        ]})
    return {"text": clip(text, 39000), "blocks": blocks}
