"""The "Snooze 2 days" button on a nudge: ack, quieten that item's nudges for two working days, say so privately."""
from __future__ import annotations

from bot.reminders import snooze_until
from bot.replies import moment
from handlers.slack.actions.tell import tell
from handlers.slack.identity import person_for

SNOOZE_DAYS = 2


def register(app, deps) -> None:
    @app.action("snooze")
    def snooze(ack, body, client, respond):
        ack()
        tell(client, body, respond, snooze_item(deps, client, body))


def snooze_item(deps, client, body: dict) -> str:
    """Snooze the item named by the button's value; the reply text says what happened."""
    value = (body.get("actions") or [{}])[0].get("value", "")
    if not value.isdigit():
        return "Sorry, I couldn't tell which report that button was for."
    user_id = (body.get("user") or {}).get("id")
    who = person_for(deps, client, user_id)
    with deps.lock:
        item = deps.store.item(int(value))
        if item is None:
            return "That item is no longer on the work programme, so there is nothing to snooze."
        if item.status != "planned":
            return f"*{item.title}* is already {item.status}; no more reminders are due for it."
        until = snooze_until(deps.clock(), SNOOZE_DAYS)
        deps.store.snooze_item(item.id, until, actor=who.name if who else f"slack:{user_id}")
    return f"Snoozed: I'll remind you about *{item.title}* again at {moment(until)}."
