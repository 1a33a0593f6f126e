"""Changing meetings and panel settings: add, move, cancel a meeting; the deadline rule; the channel link."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot import changes as ch
from bot.answers.general import cancelled_in, meeting_deadline
from bot.conversation import Context, Reply
from bot.days.dates import When, count_of, parse_time
from bot.days.deadlines import LONDON, is_working_day, report_deadline
from bot.dialogue import ask_choice, ask_confirm, ask_when, refuse_edit
from bot.intents import Intent
from bot.models import Meeting
from bot.replies import MONTHS, day, deadline_lines, meeting_line, moment, plural, short_day
from bot.resolve import resolve_meeting, when_of
from bot.targets import day_from_a_meeting

_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'-]*|of|and))*)")


def _day_named(ctx: Context, intent: Intent, example: str, meeting: Meeting | None = None, before: bool = False):
    """(the day in the 'to' words, None), or (None, a reply saying what was wrong).

    'the 24th' is a day of the meeting's own month (of the month before, for a date that must come before it)."""
    words = intent.slots.get("to", "").strip()
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", words.strip(), re.I):
        words = "the " + words.strip()
    to = when_of(ctx, words, past=False)
    if to is not None and to.kind == "day":
        return to, None
    if to is not None and to.kind == "dom" and meeting is not None:
        year, month = meeting.date.year, meeting.date.month
        if before and to.dom >= meeting.date.day:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        try:
            return When("day", date(year, month, to.dom), text=to.text), None
        except ValueError:
            return None, Reply(f"Sorry, {MONTHS[month - 1]} has no day {to.dom}.")
    return None, Reply(f"Sorry, {to.text}." if to and to.kind == "invalid" else example)


def add_meeting(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    rest = intent.slots.get("rest", "")
    when = day_from_a_meeting(ctx, rest) or when_of(ctx, rest, past=False)
    if when is None or when.kind not in {"day", "invalid"}:
        return ask_when(ctx, "Which day? Say the day and time of the new meeting, for example "
                        f"“{day(_example_day(ctx))} at 10am”.", "add a meeting on {when}")
    if when.kind == "invalid":
        return Reply(f"Sorry, {when.text}.")
    existing = resolve_meeting(ctx, when).hit
    if existing:
        return Reply(f"There's already a meeting on {day(existing.date)}.")
    venue_match = _VENUE.search(rest.replace(when.text, " "))
    venue = venue_match.group("venue") if venue_match else ""
    kinds = intent.slots.get("kinds", "") + " " + rest
    status = "provisional" if re.search(r"\bprovisional(ly)?\b|\btentative\b", kinds, re.I) else "confirmed"
    meeting = Meeting(0, ctx.panel.id, when.day, when.at, venue, status)
    reply = Reply(f"Added a meeting of the {ctx.panel.name} on {meeting_line(meeting)}. "
                  + deadline_lines(meeting, ctx.panel),
                  changes=(ch.AddMeeting(ctx.panel.id, when.day, when.at, venue, status),))
    if when.day < ctx.today:
        return ask_confirm(ctx, f"{day(when.day)} is in the past. Add a meeting on it anyway?", reply)
    if worry := _odd_day(ctx, meeting):
        return ask_confirm(ctx, f"{worry} Add the meeting anyway?", reply)
    return reply


def _example_day(ctx: Context) -> date:
    """A plausible day for an example: a working Tuesday about a month ahead."""
    start = ctx.today + timedelta(days=28)
    return next(d for d in (start + timedelta(days=n) for n in range(40)) if d.weekday() == 1 and is_working_day(d))


def _odd_day(ctx: Context, meeting: Meeting) -> str:
    """Why a new meeting's day looks like a slip: not a working day, or its report deadline already gone."""
    if meeting.date.weekday() >= 5:
        return f"{day(meeting.date)} is at the weekend."
    if not is_working_day(meeting.date):
        name = {(12, 25): "Christmas Day", (12, 26): "Boxing Day", (1, 1): "New Year's Day"}.get(
            (meeting.date.month, meeting.date.day), "a bank holiday")
        return f"{day(meeting.date)} is {name}."
    deadline = report_deadline(meeting, ctx.panel.rule)
    if deadline <= ctx.now:
        return f"Its report deadline ({moment(deadline)}) has already passed."
    return ""


def move_meeting(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    def move(meeting: Meeting) -> Reply:
        to, problem = _day_named(ctx, intent, "", meeting)
        if problem and not problem.text and (at := parse_time(intent.text)):
            return _moved(ctx, meeting, meeting.date, at)  # "the 4 May meeting will start at 6pm instead"
        if problem and not problem.text:
            week_on = short_day(meeting.date + timedelta(days=7))
            return ask_when(ctx, f"Move the {day(meeting.date)} meeting to which day? For example: “to {week_on}”.",
                            f"move the {day(meeting.date)} meeting to {{when}}")
        return problem or _moved(ctx, meeting, to.day, to.at)

    return _with_meeting(ctx, intent, move)


def _moved(ctx: Context, meeting: Meeting, to, at=None) -> Reply:
    """The reply (and change) for a meeting moving to another day, its items with it."""
    if to == meeting.date and at:
        return Reply(f"The meeting on {day(meeting.date)} now starts at {at:%H:%M}.",
                     changes=(ch.MoveMeeting(meeting.id, to, at),))
    count = len(ctx.programme.items_at(meeting.id))
    moved = replace(meeting, date=to, time=at or meeting.time, agenda_published=None, report_deadline=None)
    return Reply(f"Moved the meeting on {day(meeting.date)} to {day(to)} ({plural(count, 'item')} move with it). "
                 f"New report deadline: {moment(report_deadline(moved, ctx.panel.rule))}.",
                 changes=(ch.MoveMeeting(meeting.id, to, at),))


def shift_meeting(intent: Intent, ctx: Context) -> Reply:
    """'postpone the October meeting by a week': the same meeting, N days or weeks later (or earlier)."""
    if refusal := refuse_edit(ctx):
        return refusal
    days = count_of(intent.slots.get("n", "1"), 1) * (7 if intent.slots.get("unit", "").lower().startswith("week") else 1)
    if intent.slots.get("verb", "").lower() == "bring forward":
        days = -days
    return _with_meeting(ctx, intent, lambda meeting: _moved(ctx, meeting, meeting.date + timedelta(days=days)))


def cancel_meeting(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal

    def cancel(meeting: Meeting) -> Reply:
        items = ctx.programme.items_at(meeting.id)
        window = f"from the cancelled {short_day(meeting.date)} meeting"
        changes = (ch.CancelMeeting(meeting.id),) + tuple(ch.MoveItem(i.id, None, window) for i in items)
        after = f" Its {plural(len(items), 'item')} went back to possible future items." if items else ""
        return Reply(f"Cancelled the meeting on {day(meeting.date)}.{after}", changes=changes)

    def confirm(meeting: Meeting) -> Reply:
        count = len(ctx.programme.items_at(meeting.id))
        note = f" Its {plural(count, 'item')} will go back to possible future items." if count else ""
        return ask_confirm(ctx, f"Cancel the meeting on {day(meeting.date)}?{note}", cancel(meeting))

    named = when_of(ctx, " ".join(v for k, v in intent.slots.items() if k == "from"))
    exact = named is not None and named.kind in {"day", "dom", "month"}  # "the 16 Feb / the March meeting is off"
    return _with_meeting(ctx, intent, cancel if exact else confirm, act_on_choice=cancel)


def _with_meeting(ctx: Context, intent: Intent, act, act_on_choice=None) -> Reply:
    words = " ".join(v for k, v in intent.slots.items() if k == "from")
    if not words:
        coming = ctx.programme.meetings(ctx.panel.id, start=ctx.today, include_cancelled=False)[:4]
        if not coming:
            return Reply("There are no meetings coming up to change.")
        return ask_choice(ctx, "Which meeting?", coming, lambda m: day(m.date), act_on_choice or act)
    when = when_of(ctx, words)
    if when is None:
        return Reply(f"Which meeting do you mean by “{words}”? Give its date, e.g. “the 20 March meeting”.")
    if when.kind == "invalid":
        return Reply(f"Sorry, {when.text}.")
    found = resolve_meeting(ctx, when)
    if found.choices:
        return ask_choice(ctx, "Which meeting?", found.choices, lambda m: day(m.date), act_on_choice or act)
    if found.hit and when.kind == "month" and words.lower().startswith("last ") and found.hit.date.year != when.month[0]:
        return Reply(f"There was no meeting in {when.text}, so nothing has changed.")  # "last March's meeting was ..."
    if not found.hit:
        return Reply((f"I can't find a meeting for “{words or 'next meeting'}”. " + cancelled_in(ctx, when)).strip())
    return act(found.hit)


def set_meeting_deadline(intent: Intent, ctx: Context) -> Reply:
    """'set the report deadline for the March meeting to 1 March at noon': this meeting only."""
    if _only_asking(intent):
        return _dates_of(intent, ctx)
    if refusal := refuse_edit(ctx):
        return refusal
    def set_deadline(meeting: Meeting) -> Reply:
        to, problem = _day_named(ctx, intent, "To which day? e.g. “to 1 March at noon”.", meeting, before=True)
        if problem:
            return problem
        at = datetime.combine(to.day, to.at or parse_time(intent.text) or ctx.panel.rule.at, tzinfo=LONDON)
        if to.day >= meeting.date:
            return Reply(f"The report deadline must come before the meeting on {day(meeting.date)}.")
        return Reply(f"Reports for the meeting on {day(meeting.date)} are now due by {moment(at)} "
                     "(this meeting only; the panel's rule is unchanged).",
                     changes=(ch.SetMeetingDates(meeting.id, report_deadline=at),))

    return _with_dated_meeting(ctx, intent, set_deadline)


def set_publication(intent: Intent, ctx: Context) -> Reply:
    """'the agenda for the March meeting is published on 5 March': overrides five clear working days."""
    if _only_asking(intent):
        return _dates_of(intent, ctx)
    if refusal := refuse_edit(ctx):
        return refusal
    def set_date(meeting: Meeting) -> Reply:
        to, problem = _day_named(ctx, intent, "On which day? e.g. “on 5 March”.", meeting, before=True)
        if problem:
            return problem
        if to.day >= meeting.date:
            return Reply(f"The agenda must be published before the meeting on {day(meeting.date)}.")
        moved = replace(meeting, agenda_published=to.day)
        return Reply(f"The agenda for the meeting on {day(meeting.date)} will be published on {day(to.day)}; "
                     f"reports are due by {moment(report_deadline(moved, ctx.panel.rule))}.",
                     changes=(ch.SetMeetingDates(meeting.id, agenda_published=to.day),))

    return _with_dated_meeting(ctx, intent, set_date)


def _with_dated_meeting(ctx: Context, intent: Intent, act) -> Reply:
    """'papers for the budget meeting are due by 18 January': with no meeting named by its date, the meeting is the
    first one within four weeks after that day."""
    named = " ".join(v for k, v in intent.slots.items() if k == "from")
    to, problem = _day_named(ctx, intent, "")
    if problem is None and (not named or when_of(ctx, named) is None):
        after = ctx.programme.meetings(ctx.panel.id, start=to.day + timedelta(days=1), include_cancelled=False)[:1]
        if after and after[0].date <= to.day + timedelta(days=28):
            return act(after[0])
    return _with_meeting(ctx, intent, act)


_ASKED = re.compile(r"^\W*(?:when|what|which|last|latest|is|are|has|have|do|does|did|can\s+you\s+tell)\b|\?\s*$", re.I)


def _only_asking(intent: Intent) -> bool:
    """'last date to publish the March agenda?', 'agenda publication for the march meeting': a question about a
    meeting's dates, with no new date in it (a bare 'set the publication date for March' asks which day)."""
    first = intent.text.split()[0].lower() if intent.text.split() else ""
    return not intent.slots.get("to") and (bool(_ASKED.search(intent.text)) or first not in _COMMANDS)


_COMMANDS = frozenset({"set", "change", "move", "make", "put", "publish", "bring", "push", "please", "pls", "can",
                       "could", "update", "amend"})


def _dates_of(intent: Intent, ctx: Context) -> Reply:
    words = " ".join(v for k, v in intent.slots.items() if k == "from") or "next meeting"
    return meeting_deadline(intent, ctx, when_of(ctx, words))
