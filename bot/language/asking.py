"""Asking instead of guessing: 'did you mean', which of two items, and answers that are not choices."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.clauses import PRONOUN, split_names
from bot.conversation import Context, Option, Pending, Reply
from bot.days.dates import MONTHS
from bot.dialogue import ask_choice, ask_when
from bot.language.decide import CHANGES
from bot.language.titles import clear_hit, rank_titles, said_in_a_row
from bot.language.vocabulary import GENERIC, TOWARDS, tokens, words_of
from bot.resolve import resolve_meeting, resolve_person

READINGS = {
    "meeting_agenda": "what's on at a meeting", "programme": "the whole work programme",
    "future_items": "the possible future items", "standing_items": "the standing items", "meetings": "the meeting dates",
    "who": "who holds a role on the panel", "no_lead": "items with no lead", "person_items": "what someone is presenting",
    "deadline": "a report deadline", "overdue": "which reports are late", "awaiting": "which reports are still to come",
    "received": "which reports are in", "last_report": "when we last looked at a topic",
    "on_programme": "whether a topic is on the programme", "search": "a search of the programme",
    "item_detail": "the details of an item", "matters": "the outstanding matters",
    "matters_person": "someone's outstanding matters", "matters_next": "matters due at the next meeting",
    "matters_from": "matters from a meeting", "unanswered": "what I couldn't answer", "help": "help",
    "add_item": "add a new item", "move_item": "move or defer an item", "withdraw_item": "withdraw an item",
    "mark_submitted": "mark a report as submitted", "set_lead": "change an item's lead", "add_lead": "add a lead",
    "remove_lead": "remove a lead", "add_note": "add a note to an item", "set_notes": "replace an item's notes",
    "rename_item": "rename an item", "add_meeting": "add a meeting", "move_meeting": "move a meeting",
    "cancel_meeting": "cancel a meeting", "set_rule": "change the report deadline rule",
    "set_nudges": "change when authors are reminded", "set_meeting_deadline": "set one meeting's report deadline",
    "set_publication": "set one meeting's agenda publication date", "add_matter": "record an outstanding matter",
    "update_matter": "update a matter's position", "close_matter": "close an outstanding matter",
    "link_channel": "link this channel to a panel", "thanks": "thanks", "undo": "undo",
    "rotate_feed": "a new calendar feed address", "connect_moderngov": "connect to ModernGov",
}
_ITEM_CHANGES = {"move_item", "defer_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead", "remove_lead",
                 "add_note", "set_notes", "rename_item"}
_ITEM_QUESTIONS = {"item_detail", "item_deadline"}  # about one item; "is X on the programme" is about a topic
_ANSWERISH = re.compile(r"^(?:#|no\.?\s*|number\s+|option\s+)?(?:\d{1,2}|one|two|three|four|first|second|third|yes|yeah|"
                        r"yep|the (?:first|second|third|last)(?: one)?)\W*$", re.I)


def did_you_mean(ctx: Context, reading, run: Callable) -> Reply:
    """'Did you mean: 1. … 2. …?' with each reading's reply ready to give when chosen."""
    options, asking = [], []
    for candidate in reading.readings:
        reply = run(candidate)
        if reply.ask is None:
            options.append(Option(_describe(candidate, ctx), reply.text, reply.changes))
        else:
            asking.append(reply)
    if not options and asking:
        return asking[0]  # the likeliest reading needs a detail first: its own question is the one to ask
    if not options:
        return Reply("Sorry, I'm not sure what you mean. " + _HINT)
    if len(options) == 1:  # one likely reading: say exactly what would be done, and ask yes or no
        only = options[0]
        ask = Pending("Is that what you meant", (replace(only, label="yes"),), ctx.panel.id if ctx.panel else None)
        return Reply(f"I think you mean: {only.label}. If so, I'll reply: “{_first_line(only.text)}” (yes/no)", ask=ask)
    lines = ["I'm not sure what you mean. Did you mean:"] + [f"{n}. {o.label}" for n, o in enumerate(options, 1)]
    lines.append("Reply with the number, or say it another way.")
    return Reply("\n".join(lines), ask=Pending("Did you mean", tuple(options), ctx.panel.id if ctx.panel else None))


def _first_line(text: str) -> str:
    line = text.split("\n", 1)[0]
    return line if len(line) <= 160 else line[:159] + "…"


def _describe(reading, ctx: Context) -> str:
    text = READINGS.get(reading.label, reading.label.replace("_", " "))
    ref = reading.slots.get("ref") or reading.slots.get("who")
    return f"{text}: “{ref}”" if ref else text


def ask_which_item(ctx: Context, reading, refs, run: Callable, text: str = "") -> Reply | None:
    """A change to an item whose words fit two items equally well: ask which, never pick one.

    The words judged are the item's own (a new title or a note in the same message names nothing)."""
    if reading.handler not in _ITEM_CHANGES | _ITEM_QUESTIONS:
        return None
    if reading.handler in _ITEM_CHANGES and not (
            ctx.asker and (ctx.asker.can_edit(ctx.panel.id) or reading.handler == "mark_submitted")):
        return None  # the handler says who may make it
    if reading.handler == "mark_submitted" and not ctx.asker.can_edit(ctx.panel.id) and \
            reading.slots.get("by", ctx.asker.name).lower() != ctx.asker.name.lower():
        return None  # "Imogen C's report has gone in" from another Imogen: refused whichever report it is
    owned = refs.extra.get("owned")  # "move anita's report to jan": her items
    if owned and reading.handler in _ITEM_CHANGES - {"mark_submitted"} and \
            reading.slots.get("ref") not in ctx.programme.item_titles(ctx.panel.id).values():  # sent in: whose, asked
        return ask_choice(ctx, "Which item do you mean?", [ctx.programme.item(i) for i in owned], lambda i: i.title,
                          lambda i: run(replace(reading, slots={**reading.slots, "ref": i.title})))  # which of hers
    ref = reading.slots.get("ref", "")
    titles = ctx.programme.item_titles(ctx.panel.id)
    if not ref or reading.handler in _ITEM_QUESTIONS and ref in ctx.programme.item_titles(ctx.panel.id, True).values():
        return None  # a withdrawn item named plainly is the one asked about
    hits = tuple(rank_titles(tokens(ref), titles, set()))
    if any(titles[h.thing].lower() == ref.lower() for h in hits):
        return None  # the exact title (a chosen answer runs with it, and must not be asked again)
    if reading.handler in _ITEM_CHANGES and len(hits) == 1 and hits[0].whole < 0.34 and hits[0].fit < 0.75:
        item = ctx.programme.item(hits[0].thing)  # a change on a weak match: make sure it is this item
        if _named_lead(refs, item) or _leads_nothing(ctx) or _mine(ctx, [item], refs):
            return run(replace(reading, slots={**reading.slots, "ref": item.title}))
        return _offer_one(ctx, item, reading, run)
    if len(hits) < 2 or clear_hit(hits) is not None:
        return None
    close = [h for h in hits if hits[0].fit - h.fit < 0.1]
    items = [item for h in close if (item := ctx.programme.item(h.thing))]
    live = [i for i in items if still_to_come(ctx, i)]
    if reading.handler == "mark_submitted" and (reading.slots.get("by") or refs.first_person) and \
            [i for i in live if i.meeting_id]:
        live = [i for i in live if i.meeting_id]  # "Aisha's report just landed", "my report": the one due at a meeting
    if (at := _at_the_meeting_said(ctx, reading, refs, live or items) or _in_the_month_said(text, live or items)):
        return run(replace(reading, slots={**reading.slots, "ref": at.title}))  # "the dark sky paper for the 10th"
    if len(live) == 1 and len(items) > 1:  # "the winter plan report": this year's, not last year's, already heard
        return run(replace(reading, slots={**reading.slots, "ref": live[0].title}))
    if len(mine := _mine(ctx, live or items, refs)) == 1:  # "when's my report due? the contract one"
        return run(replace(reading, slots={**reading.slots, "ref": mine[0].title}))
    if refs.people and reading.handler not in _NEW_LEAD and len(led := [i for i in live or items
                                                                    if _named_lead(refs, i)]) == 1:
        return run(replace(reading, slots={**reading.slots, "ref": led[0].title}))  # "Jocasta has sent the rollout
        # paper": of two rollouts, the one she leads (not "give the ACP item to Hesper": she is the lead to be)
    if reading.handler in _ITEM_QUESTIONS and 1 < len(mine) == len(live or items):  # "when's my LTN report due?": both
        return Reply("\n\n".join(run(replace(reading, slots={**reading.slots, "ref": i.title})).text for i in mine))
    if reading.handler in _ITEM_CHANGES and not _may_change_any(ctx, reading.handler, live or items):
        return run(replace(reading, slots={**reading.slots, "ref": (live or items)[0].title}))  # its refusal, not a
    # question it can't act on; of matches alike in score, one far ahead in fit is the one meant ("the mine shaft
    # capping", not the mine museum), and a weaker one alone is offered with yes or no, never as a list of one
    if len(live or items) == 1:
        if hits[0].fit >= 0.75:
            return run(replace(reading, slots={**reading.slots, "ref": (live or items)[0].title}))
        return _offer_one(ctx, (live or items)[0], reading, run)
    return ask_choice(ctx, "Which item do you mean?", live or items, lambda i: i.title,
                      lambda i: run(replace(reading, slots={**reading.slots, "ref": i.title})))


def _offer_one(ctx: Context, item, reading, run: Callable) -> Reply:
    """'Do you mean X?': one item on a weak match, offered with yes or no, never as a list of one."""
    return ask_choice(ctx, f"Do you mean “{item.title}”?", [item], lambda i: f"yes, “{i.title}”",
                      lambda i: run(replace(reading, slots={**reading.slots, "ref": i.title})))


def _may_change_any(ctx: Context, handler: str, items: list) -> bool:
    """Whether the sender may make this change to any of the items (a member asking which of two is no use)."""
    if ctx.asker is None or ctx.panel is None or ctx.asker.can_edit(ctx.panel.id):
        return True
    return handler == "mark_submitted" and any(ctx.asker.may_mark_submitted(i) for i in items)


def _at_the_meeting_said(ctx: Context, reading, refs, items: list):
    """Of items alike, the one at the meeting the message names, when the date says which report (it is in, when is
    it due), not where it goes."""
    if reading.handler not in _ITEM_QUESTIONS | {"mark_submitted"} or refs.when is None:
        return None
    meeting = resolve_meeting(ctx, refs.when).hit
    at = [i for i in items if meeting is not None and i.meeting_id == meeting.id]
    return at[0] if len(at) == 1 else None


def _in_the_month_said(text: str, items: list):
    """'the budget item in December needs to go to Feb', 'drop the March libraries item': of items alike, the one at
    the month said where it is now (a month after 'to' is where it goes)."""
    said = [w for w, _, _ in tokens(text)]
    words = [w.lower() for w in said]
    months = {MONTHS[w] for n, w in enumerate(words) if w in MONTHS and (words[n - 1:n] or [""])[0] not in TOWARDS
              and said[n] != "may"}  # "we may move it": not the month
    at = [i for i in items if i.meeting_date and i.meeting_date.month in months]
    return at[0] if len(at) == 1 else None



def _leads_nothing(ctx: Context) -> bool:
    """A report said to be in by someone who may not mark any (a councillor): no need to ask which, the answer is no
    whichever it is, and the handler says who may."""
    return not ctx.asker.can_edit(ctx.panel.id) and not ctx.programme.items_led_by(ctx.asker.id, ctx.panel.id)


def _mine(ctx: Context, items: list, refs) -> list:
    """Of the items the words fit, those the sender leads, when the message says 'my' and names no one else who leads
    one of them ('Hi Hester, my 101 paper is now with you': Hester is who it is sent to)."""
    if ctx.asker is None or "my" not in refs.masked.lower().split() or \
            any(h.thing.id != ctx.asker.id and h.thing.id in i.lead_ids for h in refs.people for i in items):
        return []
    return [i for i in items if ctx.asker.id in i.lead_ids]



_NEW_LEAD = frozenset({"set_lead", "add_lead"})  # the person named is the lead to be, not whose the item is


def _named_lead(refs, item) -> bool:
    """The one person named leads it, or of two sharing the name said, one does ('Kieran's phase 2': the Kieran who
    writes it, not the councillor)."""
    one = _one_named(refs)
    if one is not None:
        return one.id in item.lead_ids
    return any(h.thing.id in item.lead_ids for h in refs.people if refs.people[0].start == h.start)


def _one_named(refs):
    """The one person a message names: when they lead the thing its few words point to, the two clues agree
    ('Sam has sent in the accounts paper' and Sam leads the one accounts item), so there is nothing to ask."""
    named = {h.thing.id: h.thing for h in refs.people}
    return next(iter(named.values())) if len(named) == 1 else None


def still_to_come(ctx: Context, item) -> bool:
    """An item not yet heard: on a coming meeting, or waiting for one."""
    if item.status in {"withdrawn", "considered"}:
        return False
    return item.meeting_date is None or item.meeting_date >= ctx.today


_MATTER_CHANGES = {"update_matter", "close_matter"}


def ask_weak_matter(ctx: Context, reading, refs, text: str, run: Callable) -> Reply | None:
    """A change to an outstanding matter named by a word or two of its subject: make sure it is this one."""
    if reading.handler not in _MATTER_CHANGES or not refs.matters or refs.matter is None:
        return None
    hit = refs.matters[0]
    if hit.whole >= 0.34 or hit.fit >= 0.75 or not (ctx.asker and ctx.asker.can_edit(ctx.panel.id)):
        return None
    matter = next((m for m in ctx.programme.matters(ctx.panel.id) if m.id == refs.matter), None)
    if matter is not None and (one := _one_named(refs)) and one.name == matter.lead:
        return None  # "tick off the FOI action, Aoife circulated it": Aoife leads that one action
    if matter is not None and len(refs.matters) == 1 and said_in_a_row(text, matter.subject) >= 2:
        return None  # "the sampling dates went round, close that action": two of its words together, and no other
    subject = reading.slots.get("ref", "")
    return ask_choice(ctx, f"Do you mean the action “{subject}”?", [subject], lambda s: f"yes, “{s}”",
                      lambda s: run(reading))


_PERSON_SLOTS = ("lead", "who", "by")


def ask_which_person(ctx: Context, reading, run: Callable) -> Reply | None:
    """'Jo to lead on it' with two Jos: ask which, never add a new 'Jo' or pick one."""
    for slot in _PERSON_SLOTS:
        for name in split_names(reading.slots.get(slot, "")):
            found = resolve_person(ctx, name)
            choices = _leading_now(ctx, reading, found.choices)
            if not found.hit and len(choices) == 1:  # "take Paul off X", "Paul's sent X in": the Paul who leads X
                return run(replace(reading, slots={**reading.slots, slot: reading.slots[slot].replace(name, choices[0].name)}))
            if not found.hit and len(choices) > 1 and (reports := _reports_owed(ctx, reading, name, choices)):
                return ask_choice(ctx, "Which report?", reports, lambda r: f"{r[1].title} ({r[0].name})",
                                  lambda r, slot=slot: run(replace(reading, slots={
                                      **reading.slots, slot: r[0].name, "ref": r[1].title})))
            if not found.hit and len(found.choices) > 1:
                return ask_choice(ctx, f"Which {name.strip()} do you mean?", found.choices, lambda p: p.name,
                                  lambda p, slot=slot, name=name: run(replace(reading, slots={
                                      **reading.slots, slot: reading.slots[slot].replace(name, p.name)})))
    return None


def _leading_now(ctx: Context, reading, people) -> list:
    """Of people sharing a name, those who lead the item named: a lead removed from it, a report sent for it; or,
    asked what someone presents or owes, those who present or owe anything (an author, not the councillor of the
    same name); given an action to owe, the one report author among them (a scrutiny officer keeps the schedule, a
    councillor may owe it too: with no author among them it is asked, as a lead said alone is)."""
    if reading.handler in {"person_items", "person_deadline"} and ctx.panel is not None:
        return [p for p in people if ctx.programme.items_led_by(p.id, ctx.panel.id, since=ctx.today)]
    if reading.handler == "add_matter" and ctx.panel is not None:  # "note that Ben will send members X": the author
        authors = [p for p in people if "report-author" in p.roles_on(ctx.panel.id) and not p.is_councillor(ctx.panel.id)]
        return authors if len(authors) == 1 else []
    if reading.handler == "person_matters" and ctx.panel is not None:  # "what's outstanding for Yvette"
        leads = {m.lead_id for m in ctx.programme.matters(ctx.panel.id)}
        return [p for p in people if p.id in leads]
    if reading.handler not in {"remove_lead", "mark_submitted"} or ctx.panel is None or \
            (not reading.slots.get("ref") and reading.handler != "mark_submitted"):
        return []
    titles = ctx.programme.item_titles(ctx.panel.id)
    item_id = next((i for i, t in titles.items() if t == reading.slots["ref"]), None)
    item = ctx.programme.item(item_id) if item_id is not None else None
    if item is None and reading.handler == "mark_submitted":  # "Harriet's report just landed": the Harriet owing one
        return [p for p in people if any(i.still_to_come
                                         for i in ctx.programme.items_led_by(p.id, ctx.panel.id, since=ctx.today))]
    return [p for p in people if item and p.id in item.lead_ids]


def _reports_owed(ctx: Context, reading, name: str, people) -> list:
    """'Gethin's report is in' with two Gethins owing reports: the reports themselves are the choices."""
    if reading.handler != "mark_submitted" or words_of(reading.slots.get("ref", "")) - words_of(name) - GENERIC:
        return []
    owed = [(p, i) for p in people for i in ctx.programme.items_led_by(p.id, ctx.panel.id, since=ctx.today)
            if i.still_to_come]
    return owed if len(owed) <= 6 else []


def looks_like_an_answer(text: str) -> bool:
    return bool(_ANSWERISH.match(text.strip()))


def repeat_question(pending: Pending) -> Reply:
    """An answer that is none of the choices: keep the question and say what answers work."""
    lines = [f"That isn't one of the choices. {pending.question}"]
    lines += [f"{n}. {o.label}" for n, o in enumerate(pending.options, 1)]
    lines.append(f"Reply with a number from 1 to {len(pending.options)}, or “no” to leave it.")
    return Reply("\n".join(lines), ask=pending)


def is_change(label: str) -> bool:
    return label in CHANGES


_HINT = "Try “what's due next meeting?”, “what am I presenting?” or “help”."


_MOVES = {"move_item", "defer_item", "withdraw_item"}


def ask_what_is_meant(ctx: Context, reading, refs, text: str) -> Reply | None:
    """'that one can wait till spring' with nothing named: ask which item, and read the answer in its place."""
    said = PRONOUN.match(text)
    if reading.handler not in _MOVES or refs.items or refs.matters or not said or \
            not (ctx.asker and ctx.asker.can_edit(ctx.panel.id)):
        return None
    rest = text[said.end():]
    rest = rest[4:] if rest.lower().startswith(" one") else rest
    return ask_when(ctx, "Which item do you mean? Name it, e.g. “the libraries strategy”.", "{which}" + rest)
