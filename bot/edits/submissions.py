"""Reports said to be in: 'I've sent the workforce report', 'Gethin's paper is in', 'my report's gone over'."""
from __future__ import annotations

import re
from datetime import timedelta

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words
from bot.days.deadlines import report_deadline
from bot.dialogue import ask_choice, ask_confirm
from bot.intents import Intent
from bot.language.titles import clear_hit, numbers_in, rank_titles, said_in_a_row
from bot.language.vocabulary import tokens
from bot.models import Item
from bot.replies import short_day
from bot.resolve import resolve_item, resolve_meeting, resolve_person, same_text, when_of

_GENERIC = re.compile(r"\b(?:the|my|our|her|his|their|it|report|reports|paper|papers|in|now|yet|off|hers|theirs|mine|"
                      r"its|it's|report's|paper's|over|across|through|just|final|version|draft|today|this|morning|"
                      r"landed|arrived|come|gone|sent|submitted|received|already|finally)\b", re.I)
_OFFICE = re.compile(r"\b(?:dem(?:ocratic)?\s+services|committee\s+services|the\s+clerk)\b", re.I)
# "my report's gone to dem services": where it went is not which report it is
_DESTINATION = re.compile(r"\s+(?:(?:over|across|through)\s+)?(?:to|with)\s+(?:dem(?:ocratic)?\s+services|you|the\s+\w+\s+team|"
                          r"[A-Z][a-z]+|the\s+clerk|committee\s+services|scrutiny)\b.*$", re.I)

def mark_submitted(intent: Intent, ctx: Context) -> Reply:
    """'I've sent the workforce report' (its lead) or 'Hannah has sent the CHANNEL report' (the officer)."""
    if ctx.asker is None:
        return Reply("I don't know who you are yet, so I can't mark reports as submitted for you.")
    author = ctx.asker
    if intent.slots.get("by"):
        found = resolve_person(ctx, intent.slots["by"])
        if not found.hit:
            return Reply(f"I don't know anyone called “{intent.slots['by']}”.")
        addressed = found.hit.can_edit(ctx.panel.id) and not _owes_reports(ctx, found.hit)
        author = ctx.asker if addressed and _owes_reports(ctx, ctx.asker) else found.hit  # "@Radhika half-year waivers
        # update done and sent" from its author: the officer, who writes none, is who it is said to
    may_mark_any = ctx.asker.can_edit(ctx.panel.id)
    if author.id != ctx.asker.id and not may_mark_any:
        return Reply("Only the report's lead or the scrutiny officer can mark it submitted.")
    waiting = [i for i in ctx.programme.items_led_by(author.id, ctx.panel.id, since=ctx.today)
               if i.still_to_come and i.meeting_date >= ctx.today]
    ref = _whose_cut(intent)
    if not any(ref.lower() == t.lower() for t in ctx.programme.item_titles(ctx.panel.id).values()):  # a title as it
        # stands: "... Migration to HM Land ..." is no destination
        ref = re.sub(r"['’]s\b", "", _OFFICE.sub("", _DESTINATION.sub("", ref)))
    narrowed = len(waiting)
    ref, waiting = _at_meeting_named(ctx, ref, waiting)
    waiting = _at_meeting_dated(ctx, intent.slots.get("when", ""), waiting)
    if not _GENERIC.sub(" ", ref).strip(" .!'"):
        return _pick_waiting(ctx, waiting, dated=len(waiting) < narrowed or bool(intent.slots.get("when")))
    titled = resolve_item(ctx, ref, include_withdrawn=True)  # the report named by its whole title, waiting or not
    if titled.hit and same_text(titled.hit.title, ref) and titled.hit not in waiting and author.id in titled.hit.lead_ids:
        found = titled  # "linnea b's supplier paper has arrived": that one (already in), never another of hers
    else:
        found = resolve_item(ctx, ref, among=waiting) if waiting else resolve_item(ctx, ref, among=[])
    if found.hit and titled.hit and titled.hit != found.hit and numbers_in(ref) and \
            numbers_in(ref) != numbers_in(found.hit.title):
        found = titled  # "phase 2 ... for Leopoldine C": the phase 2 named, never the phase 3 the sender co-leads
    if not (found.hit or found.choices) and (own := _own_named(ref, waiting) or _own_said(intent.text, waiting)):
        return _submitted(own)  # "my NTE report's gone": the initials of one of the sender's own reports
    if not (found.hit or found.choices):
        anywhere = resolve_item(ctx, ref)
        if may_mark_any or (anywhere.hit and (anywhere.hit.status == "submitted" or
                                              not ctx.asker.may_mark_submitted(anywhere.hit))):
            found = anywhere  # someone else's report, or one already in: say so
    if found.choices:
        return ask_choice(ctx, "Which report?", found.choices, lambda i: i.title, _submitted)
    if not found.hit:
        return Reply(f"I can't find a report matching “{ref}” waiting for a meeting.")
    if not ctx.asker.may_mark_submitted(found.hit):
        if not found.hit.leads:
            return Reply(f"“{found.hit.title}” has no lead named yet; only the scrutiny officer can mark it submitted.")
        return Reply(f"“{found.hit.title}” is led by {found.hit.lead_text}; only they or the scrutiny officer "
                     "can mark it submitted.")
    return _submitted(found.hit)


_FOR_MEETING = re.compile(r"\s*\b(?:for|at|to)\s+(?:the\s+)?(?P<when>.{2,40}?)\s+(?:meeting|panel|committee|agenda)\b", re.I)


def _at_meeting_named(ctx: Context, ref: str, waiting: list[Item]) -> tuple[str, list[Item]]:
    """'the report for the December meeting': only the reports waiting for that meeting, and the rest of the words."""
    m = _FOR_MEETING.search(ref)
    when = when_of(ctx, m.group("when")) if m and has_date_words(m.group("when")) else None
    if when is None:
        return ref, waiting
    meeting = resolve_meeting(ctx, when).hit
    at = [i for i in waiting if meeting and i.meeting_id == meeting.id]
    return (ref[:m.start()] + ref[m.end():], at) if at else (ref, waiting)


def _at_meeting_dated(ctx: Context, words: str, waiting: list[Item]) -> list[Item]:
    """'my report for 2 Dec is in': of several reports waiting, those for the meeting on that day."""
    when = when_of(ctx, words) if len(waiting) > 1 and words else None
    meeting = resolve_meeting(ctx, when).hit if when is not None else None
    at = [i for i in waiting if meeting and i.meeting_id == meeting.id]
    return at or waiting


def _whose_cut(intent: Intent) -> str:
    """The words naming the report, without the author's name said as whose it is at their start ('Gethin's paper':
    paper); a name word anywhere else may be part of the title."""
    ref, by = intent.slots.get("ref", ""), intent.slots.get("by", "").lower().split()
    name, said, rest = ref.replace("’", "'").partition("'s ")
    return rest if by and said and 0 < len(name.split()) <= 2 and set(name.lower().split()) <= set(by) else ref


def _own_named(words: str, waiting: list[Item]) -> Item | None:
    """Of the reports still to come from this author, the one the words name plainly (by initials too)."""
    hits = tuple(rank_titles(tokens(words), {i.id: i.title for i in waiting}, set()))
    best = clear_hit(hits)
    return next((i for i in waiting if i.id == best and hits[0].fit >= 0.75), None)


def _own_said(text: str, waiting: list[Item]) -> Item | None:
    """The one report still to come from this author two of whose title words the message says together ('Morning
    Yusuf, sorry for the delay - the phase 2 report has now gone over. Nell')."""
    said = [i for i in waiting if said_in_a_row(text, i.title) >= 2]
    return said[0] if len(said) == 1 else None


def _pick_waiting(ctx: Context, waiting: list[Item], dated: bool = False) -> Reply:
    """'my report's gone over': the one waiting, or the one of them already late; otherwise ask which. A report
    months off, said of no meeting, is asked about first: 'sent mine over' may be something else."""
    late = [i for i in waiting if report_deadline(ctx.programme.meeting(i.meeting_id), ctx.panel.rule) <= ctx.now]
    if len(waiting) == 1 or len(late) == 1:
        item = waiting[0] if len(waiting) == 1 else late[0]
        if dated or not _months_off(ctx, item):
            return _submitted(item)
        return ask_confirm(ctx, f"Is that your report “{item.title}” for the {short_day(item.meeting_date)} meeting?",
                           _submitted(item))
    if waiting:
        return ask_choice(ctx, "Which report has been sent?", waiting, lambda i: i.title, _submitted)
    return Reply("There are no reports waiting for a meeting, so there's nothing to mark.")


def _months_off(ctx: Context, item: Item) -> bool:
    """Whether a report is for a meeting after the next one and not due in for over four weeks."""
    after = ctx.programme.next_meeting(ctx.panel.id, ctx.today)
    deadline = report_deadline(ctx.programme.meeting(item.meeting_id), ctx.panel.rule)
    return after is not None and after.id != item.meeting_id and deadline > ctx.now + timedelta(weeks=4)


def _submitted(item: Item) -> Reply:
    if item.status == "submitted":
        return Reply(f"“{item.title}” is already marked as submitted.")
    meeting = f" for the {short_day(item.meeting_date)} meeting" if item.meeting_date else ""
    return Reply(f"Marked “{item.title}” as submitted{meeting}. Thank you!",
                 changes=(ch.SetItemStatus(item.id, "submitted"),))


def _owes_reports(ctx: Context, person) -> bool:
    """Whether the person leads a report still to come in for a meeting."""
    return any(i.still_to_come for i in ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today))
