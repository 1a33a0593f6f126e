"""Changing who leads an item: set, add or remove a lead."""
from __future__ import annotations

import re

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.dialogue import ask_choice, refuse_edit
from bot.edits.items import confirm_if_needed, item_label, leads_named, with_item
from bot.intents import Intent
from bot.models import Item, join_names
from bot.resolve import resolve_person
from bot.targets import Target


def set_lead(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    leads, unknown = leads_named(ctx, intent.slots.get("lead", ""))
    if not leads:
        return Reply("Who should lead it? For example: “change the lead for the CHC update to Becky Wilkinson”.")

    def change(item: Item) -> Reply:
        if tuple(item.leads) == tuple(leads):
            return Reply(f"{join_names(leads)} already leads “{item.title}”; nothing to change.")
        was = f" (was {item.lead_text})" if item.leads else ""
        return Reply(f"“{item.title}” is now led by {join_names(leads)}{was}.",
                     changes=(ch.UpdateItem(item.id, leads=tuple(leads)),))

    reply = with_item(ctx, intent.slots.get("ref", ""), change)
    return confirm_if_needed(ctx, Target(meeting=None), unknown, reply) if reply.changes else reply


def add_lead(intent: Intent, ctx: Context) -> Reply:
    """'add Jenny Rogers as a lead on the fee review': the item keeps its other leads."""
    if refusal := refuse_edit(ctx):
        return refusal
    extra, unknown = leads_named(ctx, intent.slots.get("lead", ""))
    if not extra:
        return Reply("Who should be added? e.g. “add Jenny Rogers as a lead on the fee review”.")

    def add(item: Item) -> Reply:
        leads = tuple(dict.fromkeys(item.leads + tuple(extra)))
        if leads == item.leads:
            return Reply(f"{join_names(extra)} already leads “{item.title}”.")
        return Reply(f"“{item.title}” is now led by {join_names(leads)}.", changes=(ch.UpdateItem(item.id, leads=leads),))

    reply = with_item(ctx, intent.slots.get("ref", ""), add)
    return confirm_if_needed(ctx, Target(meeting=None), unknown, reply) if reply.changes else reply


def _without_leads(item: Item) -> Reply:
    if not item.leads:
        return Reply(f"“{item.title}” has no lead to remove.")
    return Reply(f"Removed {join_names(item.leads)} as lead: “{item.title}” now has no lead.",
                 changes=(ch.UpdateItem(item.id, leads=()),))


_LEAD_WORD = re.compile(r"\b(?:lead|leads|author|authors|presenter|owner|led)\b", re.I)


def remove_lead(intent: Intent, ctx: Context) -> Reply:
    """'remove Jenny Rogers as lead (on the PSW report)': the item keeps any other leads."""
    if refusal := refuse_edit(ctx):
        return refusal
    if not intent.slots.get("lead", "").strip() and intent.slots.get("ref"):
        if _LEAD_WORD.search(intent.text or ""):
            return with_item(ctx, intent.slots["ref"], _without_leads)  # "remove the lead from the allotments item"
        return with_item(ctx, intent.slots["ref"], lambda item: ask_choice(  # "October's off": no lead was named
            ctx, f"Do you mean: take {item.lead_text or 'the lead'} off “{item.title}”?", [item],
            lambda i: "yes, remove the lead", _without_leads))
    found = resolve_person(ctx, intent.slots.get("lead", ""))
    if not found.hit:
        return Reply(f"I don't know anyone called “{intent.slots.get('lead', '')}”.")
    person = found.hit

    def remove(item: Item) -> Reply:
        if person.id not in item.lead_ids:
            return Reply(f"{person.name} is not a lead on “{item.title}”.")
        rest = tuple(name for pid, name in zip(item.lead_ids, item.leads) if pid != person.id)
        now = f"now led by {join_names(rest)}" if rest else "now has no lead"
        return Reply(f"Removed {person.name} as lead: “{item.title}” {now}.", changes=(ch.UpdateItem(item.id, leads=rest),))

    if intent.slots.get("ref"):
        return with_item(ctx, intent.slots["ref"], remove)
    theirs = ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
    if not theirs:
        return Reply(f"{person.name} leads nothing still to come.")
    if len(theirs) == 1:
        return remove(theirs[0])
    return ask_choice(ctx, f"{person.name} leads several items. Which one?", theirs, item_label, remove)
