"""Changing outstanding matters: add one, update its position, close it."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot import changes as ch
from bot.clauses import PRONOUN, split_fields, when_after_comma
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words
from bot.dialogue import ask_choice, editors_named, refuse_edit
from bot.intents import Intent
from bot.language.masking import QUOTED
from bot.language.vocabulary import GENERIC, VERBS_NOT_TITLES, words_of
from bot.models import Matter
from bot.replies import MONTHS, short_day
from bot.resolve import resolve_matter, resolve_meeting, resolve_person, when_of


def add_matter(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    rest, raised = _raised_at(ctx, intent.slots.get("rest", ""))
    if quoted := _quoted(ctx, rest):  # "SOM: 'waiting times for burial slots' - Cornelius B - next meeting"
        subject, lead_text, due_words = quoted
        return _added(intent, ctx, subject, intent.slots.get("lead") or lead_text, due_words, raised, "")
    parts = split_fields(rest)
    main, due_words = parts.main, parts.fields.get("due", "")
    if due_words and not has_date_words(due_words):  # "paths that are due to lapse": words of the action, not a date
        main, due_words = f"{main} due {due_words}", ""
    if not due_words:
        main, due_words = _split_due(main)
    main = re.sub(r"[,;\s]+(?:to\s+)?(?:come\s+|report\s+|coming\s+)?back\W*$", "", main)  # ", back to the June meeting"
    lead_text = intent.slots.get("lead") or parts.fields.get("lead", "")
    if not lead_text and (actor := _ACTOR.match(due_words)) and _known(ctx, actor.group("who")):
        lead_text, due_words = actor.group("who"), actor.group("what")  # "figures by school, Non to bring to July"
    main = _ASKED_FOR.sub("", _WRAPPER.sub("", main.lstrip(" -:;,")))
    named = re.search(r"\s*\((?P<who>[A-Z][\w' -]{1,40})\)\W*$", main)  # "cemetery fees benchmarking (Aisha)"
    if not lead_text and named and _known(ctx, named.group("who")):
        lead_text, main = named.group("who"), main[:named.start()]
    if not lead_text and (tail := _TRAILING_ACTOR.search(main)) and _known(ctx, tail.group("who")):
        lead_text, main = tail.group("who"), main[:tail.start()]  # "breakdown of visits by branch - Dev to provide"
    m = None if lead_text else _ACTOR.match(main) or _FOR_ACTOR.match(main)  # "Becky to circulate the list"
    if m and (m.re is _ACTOR or _known(ctx, m.group("who"))):
        lead_text, main = m.group("who"), m.group("what")
    subject = _subject(main)
    if not subject or PRONOUN.match(main) or _SENTENCES.search(subject) or not words_of(subject) - GENERIC or \
            subject.split()[0].lower() in _NOT_A_SUBJECT:  # "log that as an action", a whole message, "for Jo C on ..."
        return Reply("What is the action? e.g. “add an action: list of care homes, lead Becky Wilkinson, due next meeting”.")
    if (same := _same_subject(ctx, subject)) is not None:  # "for reference: tree survey briefing note, Dev, due 2 Dec"
        return Reply(f"“{same.subject}” is already on the schedule{held(same)}; nothing was added.")
    if _names_an_action(ctx, subject):  # "Aisha's action will now come back in March": hers, not a new one
        return Reply(f"“{subject}” sounds like an action already on the schedule, not a new one. Which action do you "
                     "mean, and what should change? e.g. “the bus data action is now due in March”.")
    return _added(replace(intent, slots={**intent.slots, "rest": main}), ctx, subject, lead_text, due_words, raised,
                  parts.fields.get("position", ""))


# Words a subject never starts with: the request's own words cut short ('for Jo C on ...', 'be worth an action',
# 'raised in October about trees', 'against the X action', 'position "..."', 'then'), or a sentence's verb ('both
# matters were raised on 7 October', 'we may need a new action on ...')
_NOT_A_SUBJECT = frozenset({"for", "be", "then", "raised", "against", "position", "about", "on", "if", "once", "when", "re",
                            "regarding", "need"}) | VERBS_NOT_TITLES


def _same_subject(ctx: Context, subject: str) -> Matter | None:
    """An open action with this very subject."""
    return next((m for m in ctx.programme.matters(ctx.panel.id) if m.subject.lower() == subject.lower()), None)


def _names_an_action(ctx: Context, subject: str) -> bool:
    """Words that are only someone's name, or only words of one open action's subject, with 'action' and little words,
    name that action ("Aisha's action will now come back", "the hate crime action is due 3 Feb")."""
    words = words_of(subject) - GENERIC - _LITTLE
    if "action" not in words_of(subject) or not words:
        return False
    named = [p for p in ctx.programme.people() if words_of(p.name) & words]
    return bool(named) and not words - frozenset().union(*(words_of(p.name) for p in named)) or \
        any(words <= words_of(m.subject) for m in ctx.programme.matters(ctx.panel.id))


_LITTLE = frozenset({"will", "now", "come", "comes", "coming", "back", "go", "goes", "going", "need", "needs"})


def _added(intent: Intent, ctx: Context, subject: str, lead_text: str, due_words: str, raised, position: str) -> Reply:
    """The action added with its lead and due date, once the lead is one person."""
    found = resolve_person(ctx, lead_text) if lead_text else None
    if found and found.choices and not found.hit:
        return ask_choice(ctx, f"Which {lead_text.strip()} should lead it?", found.choices, lambda p: p.name,
                          lambda p: add_matter(replace(intent, slots={**intent.slots, "lead": p.name}), ctx))
    lead_name = found.hit.name if found and found.hit else lead_text.strip()
    due, due_text = due_of(ctx, due_words or "")
    if due_text.startswith("Sorry"):
        return Reply(due_text)
    raised = raised or _last_meeting_date(ctx)
    extras = [f"lead {lead_name}" if lead_name else "no lead named", f"due {due_text}" if due_text else "no due date"]
    return Reply(f"Added outstanding matter “{subject}” ({', '.join(extras)}).",
                 changes=(ch.AddMatter(ctx.panel.id, subject, lead_name, due, due_text if not due else "",
                                       raised, position),))


def _quoted(ctx: Context, rest: str) -> tuple[str, str, str] | None:
    """An action given in quotes is kept whole; the pieces after it are its lead and its due date, marked or not."""
    text = rest.strip()
    if (quoted := QUOTED.match(text)) is None:
        return None
    parts = split_fields(text[quoted.end():])
    lead, due = parts.fields.get("lead", ""), parts.fields.get("due", "")
    for piece in parts.main.replace(";", ",").replace(" - ", ",").split(","):
        piece = piece.strip(" -–")
        if piece and not lead and _known(ctx, piece):
            lead = piece
        elif piece and not due and has_date_words(piece):
            due = piece
    return _subject(quoted.group(1)), lead, due


_SENTENCES = re.compile(r"\w[.!?]\s+[A-Z]")
_ASKED_FOR = re.compile(r"^(?:(?:the\s+)?(?:members|panel|committee|councillors|cllrs|chair)\s+)?"
                        r"(?:asked|requested|want|wants|wanted|would\s+like)\s+"
                        r"(?:for\s+)?|^for\s+(?:officers|the\s+council|the\s+service|the\s+team)\s+to\s+", re.I)
# "breakdown of visits by branch - Dev to provide", "list of farms in the catchment, Carys, due March" (due cut off)
_TRAILING_ACTOR = re.compile(r"(?:\s+[-–—]|,)\s+(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]*)?)(?:\s+to\s+\w+(?:\s+\w+)?)?\W*$")
_FOR_ACTOR = re.compile(r"^for\s+(?P<who>[\w'-]+(?:\s+(?!please\b|pls\b)[\w'-]+)?)\s+(?:to\s+|(?:please\s+|pls\s+)?[-–:,]\s*)"
                        r"(?P<what>.+)$", re.I)  # "for Dev to send X", "for Honora please - a list of X"
_ACTOR = re.compile(r"^(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:to|will|should|is to)\s+(?P<what>.+)$")
_DUE_WORD = re.compile(r"\s+(?:by|before|for|at|in|to|until|due(?:\s+(?:by|at|on|for|in))?|no later than)\s+(?:the\s+)?"
                       r"(?:end\s+of\s+)?", re.I)


_WRAPPER = re.compile(r"^(?:(?:to\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:outstanding\s+matters?|actions?|matters?)"
                      r"(?:\s+(?:log|list|tracker|schedule))?\s*[:,–-]?\s*)+", re.I)


_FROM_MEETING = re.compile(r"^\s*(?:from|at|raised at)\s+(?:the\s+)?(?:(?P<when>.{2,30}?)\s+(?:meeting|panel|committee)|"
                           r"(?P<day>today|tonight|yesterday|last\s+night|this\s+morning)(?:'s\s+[\w-]+)?)\s*[:,-]\s*", re.I)


def _raised_at(ctx: Context, rest: str):
    """'from the Dec meeting: Aisha to send …': the meeting that raised it, and the action itself."""
    m = _FROM_MEETING.match(rest)
    if m is None:
        return rest, None
    when = when_of(ctx, m.group("when") or m.group("day"), past=True)
    found = resolve_meeting(ctx, when) if when else None
    meeting = (found.hit or (found.choices[-1] if found.choices else None)) if found else None
    return rest[m.end():], meeting.date if meeting else None


def _known(ctx: Context, name: str) -> bool:
    found = resolve_person(ctx, name)
    return bool(found.hit or found.choices)


def _subject(text: str) -> str:
    """The action in the user's own words: only the wrapper ('an action:') is dropped, never 'update on'."""
    text = _WRAPPER.sub("", text.strip())
    text = text.strip(" \"'“”‘’,.:;!?-")
    return text[:1].upper() + text[1:]


def _split_due(text: str) -> tuple[str, str]:
    """'circulate the list by end of October' -> ('circulate the list', 'October'); the last date-like tail wins,
    and a when after the last comma is the due date whatever words come before it ('..., next meeting')."""
    if cut := when_after_comma(text, has_date_words):
        return cut
    for m in reversed(list(_DUE_WORD.finditer(text))):
        tail = text[m.end():]
        if has_date_words(tail) and not re.search(r"\b(?:by|before|for|at|in)\b", tail, re.I):
            return text[:m.start()], tail
        if len(tail.split()) <= 2 and has_date_words(text[m.start():]):  # "by Friday": the weekday needs its "by"
            return text[:m.start()], text[m.start():].strip()
    return text, ""


def held(matter: Matter) -> str:
    """', with Dev Patel, due 2 December 2025': what the schedule holds, said back."""
    lead = f", with {matter.lead}" if matter.lead else ""
    return lead + (f", due {short_day(matter.due)}" if matter.due else f", due {matter.due_text}" if matter.due_text else "")


def close_matter(intent: Intent, ctx: Context) -> Reply:
    if ctx.asker is None:
        return refuse_edit(ctx)
    return with_matter(ctx, intent.slots.get("ref", ""), lambda m: close(ctx, m))


def close(ctx: Context, matter: Matter) -> Reply:
    """The chair, vice-chair or scrutiny officer close a matter (the Mark done button too); its lead tells them."""
    if ctx.asker is None or not ctx.asker.may_close(matter):
        return refuse_matter(ctx, matter)
    if matter.status == "closed":
        return Reply(f"“{matter.subject}” is already closed.")
    return Reply(f"Closed outstanding matter “{matter.subject}”.", changes=(ch.UpdateMatter(matter.id, status="closed"),))


def refuse_matter(ctx: Context, matter: Matter) -> Reply:
    """A polite no to changing an action, naming who keeps the schedule; its lead is told to let them know."""
    named = editors_named(ctx)
    if ctx.asker is not None and ctx.asker.id == matter.lead_id:
        return Reply(f"Thanks. Only the chair, vice-chair or scrutiny officer{named} can close or update "
                     f"“{matter.subject}”: let them know and they'll mark it on the schedule. Nothing was changed.")
    return Reply(f"Only the chair, vice-chair or scrutiny officer{named} can change “{matter.subject}”. "
                 "Nothing was changed.")


def with_matter(ctx: Context, ref: str, act) -> Reply:
    matters = ctx.programme.matters(ctx.panel.id)
    if not re.sub(r"\b(?:the|that|this|it|one|action|matter|outstanding)\b", " ", ref, flags=re.I).strip(" .,!?-"):
        if not matters:
            return Reply("There are no open outstanding matters.")
        return ask_choice(ctx, "Which outstanding matter?", matters[:6], lambda m: m.subject, act)
    if (theirs := _led_by_named(ctx, ref, matters)) is not None:  # "close Marcus's action"
        if len(theirs) == 1:
            return act(theirs[0])
        if theirs:  # two people of that name: each action says whose it is
            whose = len({m.lead_id for m in theirs}) > 1
            return ask_choice(ctx, "Which of their actions?", theirs[:6],
                              lambda m: f"{m.subject} ({m.lead})" if whose else m.subject, act)
        return Reply(f"“{ref}”: I can't find an open action they lead.")
    found = resolve_matter(ctx, ref, matters)
    if found.choices:
        return ask_choice(ctx, f"More than one open matter matches “{ref}”. Which one?", found.choices,
                          lambda m: m.subject, act)
    if not found.hit:
        return Reply(f"I can't find an open outstanding matter matching “{ref}”.")
    return act(found.hit)


def _led_by_named(ctx: Context, ref: str, matters: list[Matter]) -> list[Matter] | None:
    """The open matters of the person a possessive names ('Marcus's action'), or None if it names no one."""
    m = re.match(r"^\s*(?P<name>[A-Za-z][\w' -]{1,40}?)['’]s\s*(?:action|actions|one|matter)?\W*$", ref)
    if not m:
        return None
    found = resolve_person(ctx, m.group("name"))
    people = [found.hit] if found.hit else list(found.choices)
    if not people:
        return None
    return [matter for matter in matters if matter.lead_id in {p.id for p in people}]


def due_of(ctx: Context, text: str):
    """(due date, words): 'next meeting' becomes that meeting's date when there is one."""
    if not text:
        return None, ""
    when = when_of(ctx, text, past=False)
    if when is None:
        return None, text
    if when.kind == "invalid":
        return None, f"Sorry, {when.text}."
    if when.kind == "next":  # the meeting after the one it was raised at (today's, if there was one today)
        meeting = ctx.programme.next_meeting(ctx.panel.id, _last_meeting_date(ctx) + timedelta(days=1))
        return (meeting.date, f"next meeting ({short_day(meeting.date)})") if meeting else (None, "next meeting")
    if when.kind == "day":
        return when.day, short_day(when.day)
    if when.kind == "month":
        year, month = when.month
        meetings = [m for m in ctx.programme.meetings(ctx.panel.id, include_cancelled=False)
                    if (m.date.year, m.date.month) == (year, month)]
        label = f"{MONTHS[month - 1]} {year}"
        return (meetings[0].date, label) if meetings else (None, label)
    return None, when.text


def _last_meeting_date(ctx: Context):
    return raised_date(ctx.programme.meetings(ctx.panel.id, end=ctx.today, include_cancelled=False), ctx.today)


def raised_date(past_meetings: list, today):
    """One rule for chat and the Slack form: an action is raised at the latest meeting held by today, else today."""
    held = [m.date for m in past_meetings if m.date <= today and m.status != "cancelled"]
    return max(held) if held else today
