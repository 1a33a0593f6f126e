"""Changing items already on the programme: schedule, move, defer, withdraw, rename, change notes."""
from __future__ import annotations

import re

from bot import changes as ch
from bot.clauses import EARLIER, LATER, split_names, tidy_title
from bot.conversation import Context, Reply
from bot.days.dates import When
from bot.dialogue import ask_choice, ask_confirm, refuse_edit
from bot.intents import Intent
from bot.language.masking import QUOTED
from bot.language.titles import DOCUMENT
from bot.language.vocabulary import GENERIC, VERBS_NOT_TITLES, tokens, words_of
from bot.models import Item, join_names
from bot.replies import short_day
from bot.resolve import resolve_item, resolve_person
from bot.targets import (
    Target,
    find_target,
    later_this_year,
    outside_the_part,
    season_choices,
    target_for,
)

MAX_TITLE = 300
DEFERRING = ("defer", "postpone", "push", "put back", "delay", "slip", "carry", "roll")


def move_item(intent: Intent, ctx: Context, deferred: bool = False) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    deferred = deferred or intent.slots.get("verb", "").lower().startswith(DEFERRING)
    return with_item(ctx, intent.slots.get("ref", ""), lambda item: _move_to(ctx, item, intent, deferred))


def defer(ctx: Context, item: Item) -> Reply:
    """To the panel's next meeting after the item's own (the Defer button and 'defer X' alike)."""
    if refusal := refuse_edit(ctx):
        return refusal
    return _move_to(ctx, item, Intent("defer_item"), deferred=True)


def _move_to(ctx: Context, item: Item, intent: Intent, deferred: bool) -> Reply:
    when_text = intent.slots.get("when")
    current = ctx.programme.meeting(item.meeting_id) if item.meeting_id else None
    if when_text == "" or (when_text is None and current is None):
        return _ask_where(ctx, item, current, deferred)
    if when_text is None:
        target = target_for(ctx, When("next"), after=current)
        if not target.meeting:
            return Reply(f"There's no meeting after {short_day(current.date) if current else 'today'} to defer "
                         f"“{item.title}” to. Add one first, or move it to possible future items.")
    else:
        target = find_target(ctx, when_text, after=current if deferred else None)
    if target.error and (later := later_this_year(ctx, when_text or "", current)):
        target = Target(choices=tuple(later))  # "push X to later in the year": which of the meetings left
    if target.error:
        return Reply(target.error)
    if target.meeting and when_text and (either := outside_the_part(ctx, when_text, target.meeting)):
        target = Target(choices=tuple(either))  # "to the end of next month" when its meeting is on the 3rd: which
    if target.window and (seasonal := season_choices(ctx, intent.text or "", when_text)):
        target = Target(choices=tuple(seasonal))  # "defer X to the autumn" with two autumn meetings: which
    if target.choices:
        return ask_choice(ctx, "Which meeting?", target.choices, lambda m: short_day(m.date),
                          lambda m: move_to(ctx, item, Target(meeting=m), deferred))
    if _against_the_verb(intent.text or "", current, target) and when_text and not re.search(r"\b\d{4}\b", when_text):
        later = find_target(ctx, f"{when_text} {target.meeting.date.year + 1}")  # "defer X (in March) to January"
        if later.meeting and not later.error and later.meeting.date > current.date:
            target = later
    if clash := _against_the_verb(intent.text or "", current, target):  # "push X back to Feb" when X is in March
        return ask_choice(ctx, f"{clash} Move “{item.title}” there anyway?", [target],
                          lambda t: f"yes, to {t.describe()}", lambda t: move_to(ctx, item, t, deferred))
    reply = move_to(ctx, item, target, deferred)
    return confirm_if_needed(ctx, target, [], reply) if reply.changes else reply




def _against_the_verb(text: str, current, target: Target) -> str:
    """A move said to be later that lands earlier, or the other way round: say so rather than make it."""
    if not (current and target.meeting) or target.meeting.date == current.date:
        return ""
    now, then = short_day(current.date), short_day(target.meeting.date)
    if target.meeting.date < current.date and LATER.search(text) and not EARLIER.search(text):
        return f"{then} is earlier than its meeting now ({now}), not later."
    if target.meeting.date > current.date and EARLIER.search(text) and not LATER.search(text):
        return f"{then} is later than its meeting now ({now}), not earlier."
    return ""


def _ask_where(ctx: Context, item: Item, current, deferred: bool) -> Reply:
    """No meeting named (or nothing to defer from): ask which, never guess."""
    start = current.date if current else ctx.today
    coming = [m for m in ctx.programme.meetings(ctx.panel.id, start=start, include_cancelled=False)
              if not current or m.id != current.id][:4]
    if not coming:
        return Reply(f"There's no meeting to move “{item.title}” to. Add one first, or say “make it a possible future item”.")
    now = f" (it is on {short_day(current.date)})" if current else " (it has no meeting yet)"
    return ask_choice(ctx, f"Which meeting should “{item.title}” go to{now}?", coming, lambda m: short_day(m.date),
                      lambda m: move_to(ctx, item, Target(meeting=m), deferred))


def move_to(ctx: Context, item: Item, target: Target, deferred: bool) -> Reply:
    if target.meeting and target.meeting.id == item.meeting_id:
        return Reply(f"“{item.title}” is already on {target.describe()}.")
    if not item.meeting_id and not target.meeting and not target.meeting_to_add and item.window == target.window:
        return Reply(f"“{item.title}” is already a possible future item ({item.window or 'date tbc'}).")
    changes: list = []
    if target.meeting_to_add:
        changes.append(ch.AddMeeting(ctx.panel.id, target.meeting_to_add.day, target.meeting_to_add.at))
    changes.append(ch.MoveItem(item.id, target.meeting.id if target.meeting else None, target.window, deferred,
                               meeting_date=target.meeting_to_add.day if target.meeting_to_add else None))
    verb = "Deferred" if deferred else ("Scheduled" if not item.meeting_id else "Moved")
    source = f" from {short_day(item.meeting_date)}" if item.meeting_date else ""
    return Reply(f"{verb} “{item.title}”{source} to {target.describe()}.", changes=tuple(changes))


def defer_item(intent: Intent, ctx: Context) -> Reply:
    return move_item(intent, ctx, deferred=True)


def withdraw_item(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal

    def withdraw(item: Item) -> Reply:
        where = f" (it was on the {short_day(item.meeting_date)} meeting)" if item.meeting_date else ""
        return Reply(f"Withdrew “{item.title}”{where}.", changes=(ch.SetItemStatus(item.id, "withdrawn"),))

    return with_item(ctx, intent.slots.get("ref", ""), withdraw)


def set_notes(intent: Intent, ctx: Context, appending: bool = False) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    text = intent.slots.get("notes", "").strip()
    if not text:
        return Reply("What should the note say? For example: “note on the parking review: the cabinet member will attend”.")

    def change(item: Item) -> Reply:
        notes = f"{item.notes} {text}".strip() if appending else text
        return Reply(f"Notes for “{item.title}” now read: {notes}", changes=(ch.UpdateItem(item.id, notes=notes),))

    return with_item(ctx, intent.slots.get("ref", ""), change)


def rename_item(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    title = tidy_title(_after_the_pointer(intent.slots.get("title", "")))
    sentence = {w.lower() for w in title.split()[:3]} & VERBS_NOT_TITLES and not QUOTED.search(intent.text)  # "the X
    # title is far too long", "nobody rename X, the acronym is how everyone finds it": a sentence, not a title
    if not title or len(title) > MAX_TITLE or not words_of(title) - GENERIC or sentence:  # "X as it is, title and all"
        return Reply(f"Give the new title (under {MAX_TITLE} characters), e.g. “rename the fee review to Care fees review”.")

    def rename(item: Item) -> Reply:
        return Reply(f"Renamed “{item.title}” to “{title}”.", changes=(ch.UpdateItem(item.id, title=title),))

    return with_item(ctx, intent.slots.get("ref", ""), rename)


def add_note(intent: Intent, ctx: Context) -> Reply:
    return set_notes(intent, ctx, appending=True)


def with_item(ctx: Context, ref: str, act) -> Reply:
    if not ref.strip(" .,!?'\"") or _only_generic(ref):  # "add a note to the report: ..."
        return Reply(f"Which item on the {ctx.panel.name} programme? Name it, e.g. “the libraries strategy”.")
    found = resolve_item(ctx, ref)
    if found.choices:
        return ask_choice(ctx, f"More than one item matches “{ref}”. Which one?", found.choices, item_label, act)
    if not found.hit:
        return Reply(f"I can't find an item matching “{ref}” on the {ctx.panel.name} programme.")
    return act(found.hit)


def _only_generic(ref: str) -> bool:
    """'the report', 'that item': words that name no item of their own (an acronym such as 'TA' does)."""
    return not {w.lower() for w, _, _ in tokens(ref) if w.isupper() and len(w) > 1 or w.lower() not in GENERIC} - DOCUMENT


def _after_the_pointer(title: str) -> str:
    """'call the hatchery one Native Oyster Hatchery Study': the words that point at the item ('the hatchery one')
    are not part of its new title."""
    words = title.split()
    one = next((n for n, w in enumerate(words[:5]) if w.lower() in ("one", "item")), 0)
    return " ".join(words[one + 1:]) if one >= 2 and words[0].lower() == "the" and len(words) > one + 1 else title


def item_label(item: Item) -> str:
    when = short_day(item.meeting_date) if item.meeting_date else (item.window or "date tbc")
    return f"{item.title} ({when})"


def leads_named(ctx: Context, text: str) -> tuple[list[str], list[str]]:
    """Lead names as the store knows them, and the names it doesn't know yet."""
    leads, unknown = [], []
    for name in split_names(text):
        found = resolve_person(ctx, name)
        if found.hit:
            leads.append(found.hit.name)
        else:
            leads.append(" ".join(w[:1].upper() + w[1:] for w in name.split()))
            unknown.append(leads[-1])
    return leads, unknown


def confirm_if_needed(ctx: Context, target: Target, unknown: list[str], reply: Reply) -> Reply:
    """One short question when the meeting is missing or past, or a lead is new; else the reply as it is."""
    doubts = []
    if target.problem:
        doubts.append(target.problem)
    if target.past:
        doubts.append("That meeting date is in the past.")
    if unknown:
        doubts.append(f"I don't know {join_names(unknown)} yet (I'll add them as report authors).")
    if not doubts:
        return reply
    action = reply.text[0].lower() + reply.text[1:].rstrip(".")
    return ask_confirm(ctx, " ".join(doubts) + f" Shall I go ahead: {action}?", reply)
