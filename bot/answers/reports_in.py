"""Which reports are in for a meeting, and which are still to come ('what's still to come?', 'which reports are in?')."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.answers.general import cancelled_in
from bot.answers.people import NONE_OVERDUE, OPEN, late_reports
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words, parse_when
from bot.days.deadlines import report_deadline
from bot.intents import Intent
from bot.language.references import SENTENCE_END
from bot.language.vocabulary import words_of
from bot.replies import item_line, moment, plural, short_day
from bot.resolve import resolve_meeting


def awaiting(intent: Intent, ctx: Context) -> Reply:
    """Reports not yet in for a given meeting: 'which reports are still outstanding for the next meeting?'."""
    words = intent.slots.get("when", "")
    when = parse_when(words, ctx.now) if has_date_words(words) else None
    if when is None:
        late = late_reports(ctx)
        if late.text != NONE_OVERDUE or not ctx.programme.next_meeting(ctx.panel.id, ctx.today):
            return late
        return awaiting(replace(intent, slots={**intent.slots, "when": "next meeting"}), ctx)
    return _reports_at(ctx, when, words, arrived_first=False)


def received(intent: Intent, ctx: Context) -> Reply:
    """'Which reports are in?': for the meeting named, else the next one, what has come (and how many are to come)."""
    words = intent.slots.get("when", "") or "next meeting"
    when = parse_when(words, ctx.now) if has_date_words(words) else None
    asked = next((s for s in SENTENCE_END.split(intent.text) if s.rstrip().endswith("?")), intent.text)
    every = "all" in words_of(asked)  # "are all the papers in?": no, and these are missing ("hope all's well" aside)
    reply = _reports_at(ctx, when or parse_when("next meeting", ctx.now), words, arrived_first=not every)
    return reply if every or intent.slots.get("when") else _with_early(ctx, reply)


def _with_early(ctx: Context, reply: Reply) -> Reply:
    """'Which reports are in?' with no meeting named: the next meeting's, then those in early for later ones."""
    soon = ctx.programme.next_meeting(ctx.panel.id, ctx.today)
    early = [i for i in ctx.programme.items(ctx.panel.id, "scheduled") if i.status == "submitted" and soon and
             i.meeting_date and i.meeting_date > soon.date]
    if not early:
        return reply
    lines = [reply.text, "In early for later meetings:"] + [item_line(i, with_meeting=True) for i in early]
    return replace(reply, text="\n".join(lines), items=(*reply.items, *early))


def _reports_at(ctx: Context, when, words: str, arrived_first: bool) -> Reply:
    """A meeting's reports: those asked about listed, the others counted."""
    found = resolve_meeting(ctx, when)
    meeting = found.hit or (found.choices[0] if found.choices else None)
    if meeting is None and when is not None and when.kind == "range":  # "for next week": the one just after, too
        soon = ctx.programme.next_meeting(ctx.panel.id, when.day)
        meeting = soon if soon and soon.date <= when.until + timedelta(days=7) else None
    if meeting is None and when is not None and when.kind == "day" and ctx.today <= when.day <= ctx.today + timedelta(1):
        meeting = ctx.programme.next_meeting(ctx.panel.id, ctx.today)  # "agenda goes out today - who do I chase?"
    if meeting is None:
        return Reply((f"I can't find a meeting for “{words}”. " + (cancelled_in(ctx, when) if when else "")).strip())
    items = ctx.programme.items_at(meeting.id)
    waiting = [i for i in items if i.status in OPEN]
    arrived = [i for i in items if i.status == "submitted"]
    deadline = report_deadline(meeting, ctx.panel.rule)
    state = "were due" if deadline <= ctx.now else "are due"
    if not items:
        return Reply(f"There are no reports for the {short_day(meeting.date)} meeting.")
    if arrived_first:
        return _arrived(meeting, items, arrived, waiting, f"{state} by {moment(deadline)}")
    if not waiting:
        return Reply(f"All {plural(len(items), 'report')} for the {short_day(meeting.date)} meeting are in.")
    lines = [f"Still to come for the {short_day(meeting.date)} meeting ({len(waiting)} of {len(items)}; they {state} by "
             f"{moment(deadline)}):"] + [item_line(i) for i in waiting]
    if arrived:
        lines.append(f"({plural(len(arrived), 'report')} in already; ask “which reports are in?” for them.)")
    return Reply("\n".join(lines), items=tuple(waiting))


def _arrived(meeting, items, arrived, waiting, due: str) -> Reply:
    if not arrived:
        lines = [f"Nothing is in yet for the {short_day(meeting.date)} meeting: all {plural(len(items), 'report')} "
                 f"are still to come (they {due}):"] + [item_line(i) for i in waiting]
        return Reply("\n".join(lines), items=tuple(waiting))
    lines = [f"In for the {short_day(meeting.date)} meeting ({len(arrived)} of {len(items)}):"]
    lines += [item_line(i) for i in arrived]
    if waiting:
        lines.append(f"{plural(len(waiting), 'report')} still to come (they {due}); ask “what's still to come?” for them.")
    return Reply("\n".join(lines), items=tuple(arrived))
