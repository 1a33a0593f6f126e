"""Answers about outstanding matters: all open, mine, someone's, due at the next meeting."""
from __future__ import annotations

from datetime import date, timedelta

from bot.answers.general import cancelled_in
from bot.answers.people import late_actions, owed
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words, parse_when
from bot.intents import Intent
from bot.models import Matter
from bot.replies import matter_line, plural, short_day
from bot.resolve import resolve_meeting, resolve_person


def matters(intent: Intent, ctx: Context) -> Reply:
    found = ctx.programme.matters(ctx.panel.id)
    return _list(found, f"Outstanding matters for the {ctx.panel.name}", "There are no open outstanding matters.")


def matter_detail(intent: Intent, ctx: Context) -> Reply:
    """'did anyone close the 101 action?', 'is the pothole claims action done?': that action, and where it stands."""
    subject = intent.slots.get("ref", "")
    found = [m for m in ctx.programme.matters(ctx.panel.id, status=None) if m.subject == subject]
    if not found:
        return matters(intent, ctx)
    state = "closed" if found[0].status == "closed" else "still open"
    return Reply(f"“{found[0].subject}” is {state}:\n{matter_line(found[0])}")


def late_matters(intent: Intent, ctx: Context) -> Reply:
    """Actions whose due date has passed: 'which actions are overdue?'."""
    return _list(late_actions(ctx), "Actions past their due date", "No open action is past its due date.")


def my_matters(intent: Intent, ctx: Context) -> Reply:
    if ctx.asker is None:
        return Reply("I don't know who you are yet, so I can't tell which actions are yours.")
    if owing := owed(ctx, ctx.asker, intent.text):
        return owing
    found = [m for m in ctx.programme.matters(ctx.panel.id) if m.lead_id == ctx.asker.id]
    return _list(found, "Your open actions", "You have no open actions.")


def person_matters(intent: Intent, ctx: Context) -> Reply:
    name = intent.slots.get("who", "")
    person = resolve_person(ctx, name)
    if not person.hit:
        return Reply(f"I don't know anyone called “{name}”.")
    if owing := owed(ctx, person.hit, intent.text):
        return owing
    found = [m for m in ctx.programme.matters(ctx.panel.id) if m.lead_id == person.hit.id]
    return _list(found, f"Open actions for {person.hit.name}", f"{person.hit.name} has no open actions.")


def matters_next(intent: Intent, ctx: Context) -> Reply:
    """Matters due back by the next meeting, or by the meeting the message names ('o/s matters for the 16th?')."""
    when = parse_when(intent.text, ctx.now) if has_date_words(intent.text) else None
    named = resolve_meeting(ctx, when).hit if when is not None and (when.kind in {"day", "dom", "month"} or
                                                                    when.kind == "next" and (when.day or when.skip)) else None
    meeting = named or ctx.programme.next_meeting(ctx.panel.id, ctx.today)
    found = ctx.programme.matters(ctx.panel.id)
    if meeting is None:
        due = [m for m in found if m.due_text == "next meeting"]
        return _list(due, "Due at the next meeting (none is scheduled yet)", "Nothing is waiting for the next meeting.")
    due = [m for m in found if (m.due and m.due <= meeting.date) or m.due_text == "next meeting"]
    said = f"{meeting.date.day} {meeting.date:%B %Y}"
    return _list(due, f"Due by the {said} meeting" if named else f"Due by the next meeting ({said})",
                 "No outstanding matters are due at the next meeting.")


def _list(found: list[Matter], heading: str, empty: str) -> Reply:
    if not found:
        return Reply(empty)
    return Reply(f"{heading} ({plural(len(found), 'matter')}):\n" + "\n".join(matter_line(m) for m in found))


def _span_of(when):
    """The days a month or a day names (a meeting no longer in the programme may still have raised actions)."""
    if when.kind == "month" and when.month:
        year, month = when.month
        return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    if when.kind == "day" and when.day:
        return when.day, when.day
    return None


def _cancelled_ahead(ctx: Context, intent: Intent) -> str:
    """'the 14 January meeting' when the 14 January still to come was called off."""
    ahead = parse_when(intent.slots.get("when", ""), ctx.now)
    return cancelled_in(ctx, ahead) if ahead is not None else ""


def matters_from(intent: Intent, ctx: Context) -> Reply:
    """Open matters raised at a meeting: 'what's outstanding from the last meeting?', 'actions from July'."""
    when = parse_when(intent.slots.get("when", ""), ctx.now, past=True)
    if when is None or when.kind in {"invalid", "tbc", "next"}:
        return matters(intent, ctx)
    found = resolve_meeting(ctx, when)
    meeting = found.hit or (found.choices[0] if found.choices else None)
    if meeting is None and (span := _span_of(when)):
        first, last = span
        raised = [m for m in ctx.programme.matters(ctx.panel.id) if m.raised_on and first <= m.raised_on <= last]
        if not raised and (gone := cancelled_in(ctx, when) or _cancelled_ahead(ctx, intent)):
            return Reply(f"{gone}Nothing was raised there.")  # "anything from the March meeting?" when it never met
        name = when.text
        return _list(raised, f"Still open from {name}", f"Nothing raised in {name} is still open.")
    if meeting is None:
        return Reply("I can't find that meeting, so here is everything still open.\n" + matters(intent, ctx).text)
    raised = [m for m in ctx.programme.matters(ctx.panel.id) if m.raised_on == meeting.date]
    return _list(raised, f"Still open from the {short_day(meeting.date)} meeting",
                 f"Nothing is still open from the {short_day(meeting.date)} meeting.")
