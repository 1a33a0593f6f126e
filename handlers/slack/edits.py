"""The one-click changes (mark submitted, defer, close a matter), with the permission checks, as sentences."""
from __future__ import annotations

from bot.changes import SetItemStatus, UpdateMatter
from bot.conversation import Context
from bot.edits.items import defer
from bot.models import Person
from bot.replies import short_day

EDITORS_ONLY = "Only the chair, vice-chair or scrutiny officer of the {panel} can {what}."


def mark_submitted(deps, person: Person | None, item_id: int) -> str:
    with deps.lock:
        store = deps.store
        item = store.item(item_id)
        if item is None:
            return "I can't find that item any more; nothing was changed."
        if person is None or not person.may_mark_submitted(item):
            return f"Only the report's author, the chair or the scrutiny officer can mark *{item.title}* submitted."
        if item.status == "submitted":
            return f"*{item.title}* is already marked as submitted."
        store.apply([SetItemStatus(item.id, "submitted")], actor=person.name)
    return f"Marked *{item.title}* as submitted. Thank you."


def defer_item(deps, person: Person | None, item_id: int, shown_meeting: str | None = None) -> str:
    """The same deferral as typing 'defer X': to the panel's next meeting after the item's own.

    `shown_meeting` is the meeting id the button was shown for ("" for none): a button left on screen after the
    item moved says where it is now instead of moving it again.
    """
    with deps.lock:
        store = deps.store
        item = store.item(item_id)
        if item is None:
            return "I can't find that item any more; nothing was changed."
        if shown_meeting is not None and shown_meeting != str(item.meeting_id or ""):
            return moved_since(store, item)
        reply = defer(Context(store, deps.clock(), person, store.panel(item.panel_id)), item)
        if reply.changes:
            store.apply(reply.changes, actor=person.name)
    return reply.text


def moved_since(store, item) -> str:
    """What a stale button says: where the item is now, and that nothing was done."""
    meeting = store.meeting(item.meeting_id) if item.meeting_id else None
    where = (f"it is now on the {short_day(meeting.date)} meeting" if meeting
             else f"it is now a possible future item ({item.window or 'date tbc'})")
    status = f" and {item.status}" if item.status not in ("planned", "submitted") else ""
    return f"*{item.title}* has moved since that message was sent: {where}{status}. Nothing was changed."


def close_matter(deps, person: Person | None, matter_id: int) -> str:
    """Close an outstanding matter: the chair, vice-chair or scrutiny officer may."""
    with deps.lock:
        store = deps.store
        matter = store.matter(matter_id)
        if matter is None:
            return "I can't find that outstanding matter any more; nothing was changed."
        if person is None or not person.may_close(matter):
            return f"Only the chair, vice-chair or scrutiny officer can close *{matter.subject}*. Nothing was changed."
        if matter.status == "closed":
            return f"*{matter.subject}* is already closed."
        store.apply([UpdateMatter(matter.id, status="closed")], actor=person.name)
    return f"Closed *{matter.subject}*. Thank you."
