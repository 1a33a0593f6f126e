"""The "Snooze 2 days" button on a nudge: ack, then quieten that item's nudges for two working days, say so privately.

Only those who may mark the report submitted (its author, the panel's chair, vice-chair or scrutiny officer) may
snooze it: the button's payload names any item, and anyone can send it.
"""
from __future__ import annotations

from bot.reminders import snooze_until
from bot.replies import moment
from handlers.slack.actions.tell import tell
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy

SNOOZE_DAYS = 2


def register(app, deps) -> None:
    def clicked(body, client, respond):
        tell(deps, client, body, respond, snooze_item(deps, client, body))

    register_lazy(app, app.action("snooze"), clicked)


def snooze_item(deps, client, body: dict) -> str:
    """Snooze the item named by the button's value; the reply text says what happened."""
    value = str((body.get("actions") or [{}])[0].get("value", "")).split(":")[0]
    if not value.isdigit():
        return "Sorry, I couldn't tell which report that button was for."
    who = person_for(deps, client, (body.get("user") or {}).get("id"))
    with deps.lock:
        item = deps.store.item(int(value))
        if item is None:
            return "That item is no longer on the work programme, so there is nothing to snooze."
        if who is None or not who.may_mark_submitted(item):
            return f"Only the report's author, the chair or the scrutiny officer can snooze reminders for *{item.title}*."
        if item.status != "planned":
            return f"*{item.title}* is already {item.status}; no more reminders are due for it."
        until = snooze_until(deps.clock(), SNOOZE_DAYS)
        deps.store.snooze_item(item.id, until, actor=who.name)
    return f"Snoozed: I'll remind you about *{item.title}* again at {moment(until)}."
