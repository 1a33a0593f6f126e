"""Answers about meetings and the programme: the next meeting, a given meeting, the lists."""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.days.dates import When, has_date_words
from bot.days.deadlines import publication_of, report_deadline
from bot.intents import Intent
from bot.replies import MONTHS, capped, day, item_line, meeting_block, meeting_line, moment, plural, short_day
from bot.resolve import resolve_meeting, resolve_person, when_of

LOOK_BACK_DAYS = 400
LOOK_AHEAD_DAYS = 800
NEAR_DAYS = 180
HINT = "Try “what's due next meeting?”, “what am I presenting?” or “help”."

HELP = """I keep the panel's work programme and outstanding matters. Ask me, for example:
• what's due next meeting?  •  what's on in March?  •  show the work programme
• what is Becky Wilkinson presenting?  •  what am I presenting?  •  when is my report due?
• when did we last have a report on domestic abuse?  •  anything about vaccination?
• what's TBC?  •  outstanding matters  •  which reports are late?
Chairs and scrutiny officers can also say:
• add Social isolation among older people to the February meeting, lead Becky Wilkinson
• move the CHANNEL update to the next meeting  •  withdraw the workforce health check
• add meeting on 4 December 2024 at 10am  •  cancel the March meeting
• add an action: list of care homes, lead Becky Wilkinson, due next meeting
• set the report deadline to 7 working days before the meeting  •  remind authors 10 and 5 working days before
Report authors can say “I've sent the workforce report”. The scrutiny officer can ask “what couldn't you answer
this week?”, and “connect this panel to ModernGov committee X at democracy.example.gov.uk”.
In the console, “/as Val Evans” lets you be someone else and “/who” says who you are."""


def help_text(intent: Intent, ctx: Context) -> Reply:
    return Reply(HELP)


def thanks(intent: Intent, ctx: Context) -> Reply:
    return Reply("You're welcome.")


def undo(intent: Intent, ctx: Context) -> Reply:
    """Put back the sender's last change to items, actions or meetings, saying what it was."""
    if ctx.asker is None:
        return Reply("I don't know who you are, so I can't tell which change was yours.")
    done = ctx.programme.undoable(ctx.asker.name)
    if not done:
        return Reply("There's nothing of yours I can undo: I put back your last change to items, actions or "
                     "meetings. Tell me the opposite change instead, e.g. “move the fee review back to the February "
                     "meeting”, and I'll make it.")
    return Reply("Undone, back as it was before your last change: " + "; ".join(done) + ".",
                 changes=(ch.UndoLast(ctx.asker.name),))


def not_understood(intent: Intent, ctx: Context) -> Reply:
    return Reply("Sorry, I didn't understand that. " + HINT)


def next_meeting(intent: Intent, ctx: Context) -> Reply:
    meeting = ctx.programme.next_meeting(ctx.panel.id, ctx.today)
    if meeting is None:
        return _no_next_meeting(ctx)
    return _meeting_reply(ctx, meeting, f"Next meeting of the {ctx.panel.name}:")


def meeting_on(intent: Intent, ctx: Context, when: When) -> Reply:
    """What is (or was) on at the meeting a date or month names."""
    if when.kind == "invalid":
        return Reply(f"Sorry, {when.text}.")
    if when.kind == "next" and not when.skip and not when.day:
        return next_meeting(intent, ctx)
    if when.kind == "tbc":
        return future_items(intent, ctx)
    found = resolve_meeting(ctx, when)
    if not (found.hit or found.choices) and when.kind == "month" and str(when.month[0]) not in intent.text:
        # "where's the July meeting?" in September: the future July has none, so the one just gone is meant
        year, month = when.month
        other = replace(when, month=(year - 1 if (year, month) > (ctx.today.year, ctx.today.month) else year + 1, month))
        if not cancelled_in(ctx, when) and (cancelled_in(ctx, other) or resolve_meeting(ctx, other).hit):
            when = other  # "are we still meeting in July?": the July whose meeting was called off, if that one was
        found = resolve_meeting(ctx, when)
    if found.hit:
        return _meeting_reply(ctx, found.hit, f"{ctx.panel.name}:")
    if found.choices:
        return Reply("\n\n".join(meeting_block(m, ctx.panel, ctx.programme.items_at(m.id)) for m in found.choices))
    return Reply(f"There's no meeting of the {ctx.panel.name} {_described(when)}. " + cancelled_in(ctx, when)
                 + _meetings_near(ctx, when))


def cancelled_in(ctx: Context, when: When) -> str:
    """'The 4 November meeting was cancelled.' when the month or day asked about had one."""
    if when.kind not in {"day", "month", "range"}:
        return ""
    start = when.day or when_first(when)
    end = when.until or (when.day if when.kind == "day" else
                         date(start.year, start.month, calendar.monthrange(start.year, start.month)[1]))
    gone = [m for m in ctx.programme.meetings(ctx.panel.id, start, end) if m.status == "cancelled"]
    return "".join(f"The meeting on {day(m.date)} was cancelled. " for m in gone)


def _described(when: When) -> str:
    if when.kind == "day":
        return f"on {day(when.day)}"
    if when.kind in {"last", "next", "dom"}:
        return f"({when.text})"
    if when.kind == "range":
        return f"between {short_day(when.day)} and {short_day(when.until)}"
    year, month = when.month
    return f"in {MONTHS[month - 1]} {year}"


def when_first(when: When) -> date:
    return when.day if when.day else date(when.month[0], when.month[1], 1)


def _meetings_near(ctx: Context, when: When) -> str:
    if when.kind in {"last", "next", "dom"}:
        return "No meeting in the year either side is on that day." if when.kind == "dom" else ""
    target = when.day if when.kind == "day" else when_first(when)
    window = timedelta(days=NEAR_DAYS)
    meetings = ctx.programme.meetings(ctx.panel.id, target - window, target + window, include_cancelled=False)
    if not meetings:
        return "No meetings are in the programme within a few months of that date."
    nearest = sorted(meetings, key=lambda m: abs((m.date - target).days))[:2]
    return "Nearest: " + "; ".join(day(m.date) for m in sorted(nearest, key=lambda m: m.date)) + "."


def _meeting_reply(ctx: Context, meeting, heading: str) -> Reply:
    items = ctx.programme.items_at(meeting.id)
    return Reply(heading + "\n" + meeting_block(meeting, ctx.panel, items), meeting=meeting, items=tuple(items))


def _no_next_meeting(ctx: Context) -> Reply:
    prog, panel = ctx.programme, ctx.panel
    past = prog.meetings(panel.id, end=ctx.today, include_cancelled=False)
    since = f" after {short_day(past[-1].date)}" if past else ""
    lines = [f"No meeting of the {panel.name} is scheduled{since}."]
    future = prog.items(panel.id, kind="future")
    if future:
        lines.append("Possible future items (TBC):")
        lines += [item_line(i) for i in future]
    return Reply("\n".join(lines))


def programme(intent: Intent, ctx: Context) -> Reply:
    prog, panel = ctx.programme, ctx.panel
    items = prog.items(panel.id)
    by_meeting: dict[int, list] = {}
    for item in items:
        if item.meeting_id:
            by_meeting.setdefault(item.meeting_id, []).append(item)
    lines = [f"*{panel.name}: work programme*"]
    for meeting in prog.meetings(panel.id):
        lines += ["", meeting_block(meeting, panel, by_meeting.get(meeting.id, []))]
    for kind, heading in (("future", "Possible future items"), ("standing", "Standing items")):
        group = [i for i in items if i.kind == kind and not i.meeting_id]
        if group:
            lines += ["", f"*{heading}*"] + [item_line(i) for i in group]
    return Reply("\n".join(lines))


def future_items(intent: Intent, ctx: Context) -> Reply:
    items = [i for i in ctx.programme.items(ctx.panel.id, kind="future") if not i.meeting_id]
    if not items:
        return Reply("Nothing is waiting for a date: every item has a meeting.")
    return Reply("Possible future items (no meeting yet):\n" + "\n".join(item_line(i) for i in items))


def standing_items(intent: Intent, ctx: Context) -> Reply:
    items = ctx.programme.items(ctx.panel.id, kind="standing")
    if not items:
        return Reply(f"The {ctx.panel.name} has no standing items.")
    return Reply("Standing items:\n" + "\n".join(item_line(i) for i in items))


def meetings(intent: Intent, ctx: Context) -> Reply:
    span = when_of(ctx, intent.text) if intent.text and has_date_words(intent.text) else None
    if span is not None and span.kind == "range" and span.text.startswith("now to "):  # "between now and march"
        within = ctx.programme.meetings(ctx.panel.id, start=span.day, end=span.until)
        return Reply(f"Meetings of the {ctx.panel.name} from {day(span.day)} to {day(span.until)}:\n" +
                     "\n".join(f"• {meeting_line(m)}" for m in within) if within else
                     f"The {ctx.panel.name} has no meetings from {day(span.day)} to {day(span.until)}.")
    found = ctx.programme.meetings(ctx.panel.id, start=ctx.today - timedelta(days=LOOK_BACK_DAYS),
                                   end=ctx.today + timedelta(days=LOOK_AHEAD_DAYS))
    if not found:
        return Reply(f"No recent or coming meetings of the {ctx.panel.name} are in the programme.")
    upcoming = [m for m in found if m.date >= ctx.today]
    past = [m for m in found if m.date < ctx.today]
    shown = past[-3:] + upcoming[:12]
    trimmed = len(shown) < len(found) or len(past) >= 3
    lines = [f"Meetings of the {ctx.panel.name}" + (f" (the last {len(past[-3:])} and the next {len(upcoming[:12])})"
                                                      if trimmed else "") + ":"]
    live = [m for m in upcoming if m.status != "cancelled"]
    for m in shown:
        marker = " ← next" if live and m.id == live[0].id else ""
        lines.append(f"• {meeting_line(m)}{marker}")
    return Reply("\n".join(lines))


def meeting_deadline(intent: Intent, ctx: Context, when: When | None = None) -> Reply:
    when = when or when_of(ctx, "next meeting")
    if when.kind == "invalid":
        return Reply(f"Sorry, {when.text}.")
    if when.kind == "tbc":
        return Reply("Items with no meeting yet have no report deadline.")
    found = resolve_meeting(ctx, when)
    meeting = found.hit or (found.choices[0] if found.choices else None)
    if meeting is None:
        return Reply("I can't find that meeting. " + _meetings_near(ctx, when) if when.kind != "next"
                     else "No meeting is scheduled, so there is no report deadline yet.")
    mine = [i for i in ctx.programme.items_at(meeting.id) if ctx.asker and ctx.asker.id in i.lead_ids] \
        if intent.slots.get("mine") else []  # "when does my october report need to be in"
    yours = "\nYours for that meeting: " + ", ".join(f"“{i.title}”" for i in mine) + "." if mine else ""
    return Reply(f"For the meeting on {day(meeting.date)}: reports are due by "
                 f"{moment(report_deadline(meeting, ctx.panel.rule))}; the agenda is published on "
                 f"{day(publication_of(meeting))}.{yours}")


def who(intent: Intent, ctx: Context) -> Reply:
    """Who holds the panel's roles; or, asked about one person and no role ('who is Lysander Croft?'), that person."""
    person = resolve_person(ctx, intent.slots["who"]).hit if intent.slots.get("who") else None
    if person is not None and not _ROLE_WORDS & {w.strip("?.,!'").lower() for w in intent.text.split()}:
        return _someone(ctx, person)
    lines = [f"{ctx.panel.name}:"]
    order = ("chair", "vice-chair", "scrutiny-officer", "member")
    by_role: dict[str, list[str]] = {}
    for person in ctx.programme.people():
        for panel_id, role in person.roles:
            if panel_id == ctx.panel.id:
                by_role.setdefault(role, []).append(person.name)
    for role in order:
        names = by_role.get(role, [])
        if names:
            lines.append(f"• {role.replace('-', ' ').capitalize()}: {', '.join(names)}")
    return Reply("\n".join(lines) if len(lines) > 1 else "I don't know who is on this panel yet.")


_ROLE_WORDS = frozenset({"chair", "chairs", "chairing", "vice", "vice-chair", "vc", "officer", "members", "councillors",
                         "cllrs"})


def _someone(ctx: Context, person) -> Reply:
    roles = sorted(r.replace("-", " ") for r in person.roles_on(ctx.panel.id))
    led = ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
    lines = [f"{person.name}: {', '.join(roles) or 'no role'} on the {ctx.panel.name}."]
    if led:
        lines += [f"Leads {plural(len(led), 'item')} still to come:"]
        lines += capped([item_line(i, with_meeting=True) for i in led], 6)
    return Reply("\n".join(lines))


def no_lead(intent: Intent, ctx: Context) -> Reply:
    """Items still waiting for someone to write them, soonest first."""
    items = [i for i in ctx.programme.items(ctx.panel.id) if not i.leads and i.status in {"planned", "deferred"}
             and (not i.meeting_date or i.meeting_date >= ctx.today)]
    if not items:
        return Reply("Every item on the programme has a lead.")
    return Reply("Items with no lead yet:\n" + "\n".join(capped([item_line(i, with_meeting=True) for i in items], 15)))


def lost(ctx: Context, reading) -> Reply:
    """Not understood: say what was understood, so the user can fill in the rest."""
    understood = []
    refs = reading.refs
    if refs.item is not None:
        item = ctx.programme.item(refs.item)
        understood.append(f"the item “{item.title}”" if item else "")
    if refs.person is not None:
        understood.append(refs.person.name)
    if refs.when is not None and refs.when.kind != "invalid":
        understood.append(refs.when.text)
    understood = [u for u in understood if u]
    if understood:
        return Reply(f"Sorry, I didn't understand what you'd like me to do with {', '.join(understood)}. "
                     "Try, for example, “when is it due?”, “move it to March” or “help”.")
    return Reply("Sorry, I didn't understand that. " + HINT)


def unanswered(intent: Intent, ctx: Context) -> Reply:
    """What the bot could not answer lately, for the scrutiny officer to teach it."""
    since = ctx.today - timedelta(days=7)
    rows = ctx.programme.unanswered(since)
    if not rows:
        return Reply("I answered everything I was asked in the last week.")
    lines = [f"Messages I couldn't answer for sure since {since:%-d %B}:"]
    lines += [f"• “{r.text}” ({r.who or 'someone'}, {r.at:%-d %b}; I guessed {r.guess or 'nothing'})" for r in rows[:30]]
    if len(rows) > 30:
        lines.append(f"…and {len(rows) - 30} more (scrutiny-bot unanswered lists them all).")
    return Reply("\n".join(lines))
