"""The one-click changes (mark submitted, defer, close a matter), with the permission checks, as sentences."""
from __future__ import annotations

from datetime import timedelta

from bot.changes import MoveItem, SetItemStatus, UpdateMatter
from bot.models import Person
from bot.replies import day

EDITORS_ONLY = "Only the chair, vice-chair or scrutiny officer of the {panel} can {what}."


def mark_submitted(deps, person: Person | None, item_id: int) -> str:
    with deps.lock:
        store = deps.store
        item = store.item(item_id)
        if item is None:
            return "I can't find that item any more; nothing was changed."
        if person is None or not (person.can_edit(item.panel_id) or person.id in item.lead_ids):
            return f"Only the report's author, the chair or the scrutiny officer can mark *{item.title}* submitted."
        if item.status == "submitted":
            return f"*{item.title}* is already marked as submitted."
        store.apply([SetItemStatus(item.id, "submitted")], actor=person.name)
    return f"Marked *{item.title}* as submitted. Thank you."


def defer_item(deps, person: Person | None, item_id: int) -> str:
    """Move an item to the panel's next meeting after its own; with none scheduled it becomes a future item."""
    with deps.lock:
        store = deps.store
        item = store.item(item_id)
        if item is None:
            return "I can't find that item any more; nothing was changed."
        panel = store.panel(item.panel_id)
        if person is None or not person.can_edit(item.panel_id):
            return EDITORS_ONLY.format(panel=panel.name, what="defer an item")
        if item.meeting_date is None:
            return f"*{item.title}* isn't on a meeting, so there is nothing to defer."
        later = store.next_meeting(item.panel_id, item.meeting_date + timedelta(days=1))
        change = MoveItem(item.id, later.id if later else None, "" if later else "date tbc", deferred=True)
        store.apply([change], actor=person.name)
    if later:
        return f"Deferred *{item.title}* to the meeting on {day(later.date)}."
    return f"No later meeting is scheduled, so *{item.title}* is now a possible future item (date tbc)."


def close_matter(deps, person: Person | None, matter_id: int) -> str:
    """Close an outstanding matter: its lead, the chair, vice-chair or scrutiny officer may."""
    with deps.lock:
        store = deps.store
        matter = store.matter(matter_id)
        if matter is None:
            return "I can't find that outstanding matter any more; nothing was changed."
        if person is None or not (person.can_edit(matter.panel_id) or person.id == matter.lead_id):
            return f"Only the lead, the chair or the scrutiny officer can close *{matter.subject}*."
        if matter.status == "closed":
            return f"*{matter.subject}* is already closed."
        store.apply([UpdateMatter(matter.id, status="closed")], actor=person.name)
    return f"Closed *{matter.subject}*. Thank you."
