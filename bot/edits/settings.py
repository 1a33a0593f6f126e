"""Panel settings said in chat: the report deadline rule, and when report authors are reminded."""
from __future__ import annotations

import calendar
import re

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.days.dates import count_of, parse_time
from bot.days.deadlines import report_deadline
from bot.days.relative import WEEKDAYS
from bot.dialogue import refuse_edit
from bot.intents import Intent
from bot.models import DeadlineRule
from bot.replies import moment, short_day


def set_rule(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    days = count_of(intent.slots.get("n", "5"))
    if not 0 < days <= 30:
        return Reply("The deadline must be between 1 and 30 working days before.")
    anchor = "meeting" if "meeting" in intent.slots.get("anchor", "").lower() else "publication"
    at = parse_time(intent.slots.get("at", "")) or ctx.panel.rule.at
    rule = DeadlineRule(days, anchor, at)
    anchor_text = "the meeting" if anchor == "meeting" else "agenda publication"
    text = f"Report deadlines for the {ctx.panel.name} are now {days} working days before {anchor_text}, at {at:%H:%M}."
    meeting = ctx.programme.next_meeting(ctx.panel.id, ctx.today)
    if meeting and not meeting.report_deadline:
        text += f" For the next meeting ({short_day(meeting.date)}) that is {moment(report_deadline(meeting, rule))}."
    return Reply(text, changes=(ch.SetDeadlineRule(ctx.panel.id, days, anchor, at),))


def set_nudges(intent: Intent, ctx: Context) -> Reply:
    """'remind authors 10 and 5 working days before', 'nudges on Mondays at 9am': this panel's nudge schedule."""
    if refusal := refuse_edit(ctx):
        return refusal
    timing = _timing(ctx, intent)
    days = {int(n) for n in re.findall(r"\d+", intent.slots.get("days", ""))}
    if timing and not days:
        return timing
    if intent.slots.get("also"):
        days |= set(ctx.programme.nudge_days(ctx.panel.id))
    days = tuple(sorted(days, reverse=True))
    if not days or any(not 0 < d <= 30 for d in days):
        return Reply("Give working days between 1 and 30, e.g. “remind authors 10 and 3 working days before”, or the "
                     "day and time they go, e.g. “nudges on Mondays at 9am”.")
    listed = " and ".join(", ".join(str(d) for d in days).rsplit(", ", 1))
    reply = Reply(f"Report authors on the {ctx.panel.name} will be reminded {listed} working days before their "
                  "deadline, on its morning, and once if it is missed.", changes=(ch.SetNudgeDays(ctx.panel.id, days),))
    return Reply(f"{reply.text} {timing.text}", changes=reply.changes + timing.changes) if timing else reply


def _timing(ctx: Context, intent: Intent) -> Reply | None:
    """'on Mondays', 'at 9am': the weekdays the advance reminders go on and the time they start, if said."""
    weekdays = sorted({WEEKDAYS[w.lower().rstrip("s")] for w in intent.slots.get("weekdays", "").split()})
    at = parse_time(_with_hours(intent.slots.get("at", ""))) if intent.slots.get("at") else None
    if not weekdays and at is None:
        return None
    when = " and ".join(", ".join(f"{calendar.day_name[d]}s" for d in weekdays).rsplit(", ", 1)) or "any working day"
    start = f", from {at:%H:%M}" if at else ""
    return Reply(f"Advance reminders for the {ctx.panel.name} will go on {when}{start} (a deadline's own reminders "
                 "go on the day).", changes=(ch.SetNudgeTiming(ctx.panel.id, tuple(weekdays), at),))


def _with_hours(said: str) -> str:
    """'10' said after 'at' is ten o'clock: the hour in a form the time reader takes ('at 10:00')."""
    return f"at {said.strip()}:00" if said.strip().isdigit() else f"at {said}"
