"""Answers about people: what someone is presenting, when their reports are due, what is late."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot.conversation import Context, Reply
from bot.days.dates import has_date_words, parse_when
from bot.days.deadlines import report_deadline
from bot.intents import Intent
from bot.language.vocabulary import tokens, words_of
from bot.models import Item, Person
from bot.replies import capped, item_line, matter_line, moment, plural, short_day
from bot.resolve import resolve_item, resolve_meeting, resolve_person

OPEN = {"planned", "deferred"}
LONGEST_LEAD_DAYS = 120
ITEM_WORDS = re.compile(r"\b(report|paper|update|item|briefing|review|strategy)\b", re.I)


def my_items(intent: Intent, ctx: Context) -> Reply:
    if ctx.asker is None:
        return _who_are_you()
    when = parse_when(intent.text, ctx.now) if has_date_words(intent.text) else None
    if when and when.kind in {"day", "month", "range", "next", "last"}:
        return _items_at(ctx, ctx.asker, when)
    return owed(ctx, ctx.asker, intent.text) or _items_of(ctx, ctx.asker, "You are")


def person_items(intent: Intent, ctx: Context) -> Reply:
    who = intent.slots.get("who", "")
    person, reply = _person(ctx, who)
    if reply:
        return reply
    rest = intent.text.replace(who, " ")
    when = parse_when(rest, ctx.now) if has_date_words(rest) else None
    if when and when.kind in {"day", "month", "range", "next"}:
        return _items_at(ctx, person, when)
    return owed(ctx, person, intent.text) or _items_of(ctx, person, f"{person.name} is")


def owed(ctx: Context, person: Person, text: str) -> Reply | None:
    """'what does Neil owe us', 'anything on my list?': what he is to present and his open actions (else None)."""
    words = [w.lower() for w, _, _ in tokens(text)]
    said = " ".join(text.lower().replace("’", "'").split())
    listed = "'s list" in said or any(f"{whose} list" in said for whose in _WHOSE)
    if not (_OWING & set(words) or listed):  # "anything on my list?", "what's on Paul's list", not "list X's reports"
        return None
    items = ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
    actions = [m for m in ctx.programme.matters(ctx.panel.id) if m.lead_id == person.id]
    if not items and not actions:
        return Reply(f"{person.name} owes the panel nothing: no reports to come and no open actions.")
    lines = [f"{person.name} owes the panel:"]
    lines += [f"Reports ({len(items)}):"] + capped([item_line(i, with_meeting=True) for i in items], 12) if items else []
    lines += [f"Open actions ({len(actions)}):"] + [matter_line(m) for m in actions] if actions else []
    return Reply("\n".join(lines), items=tuple(items[:12]))


_OWING = frozenset({"owe", "owes", "owed", "owing"})
_WHOSE = frozenset({"my", "his", "her", "their", "your"})


def _items_at(ctx: Context, person: Person, when) -> Reply:
    when = _council_year(when)
    found = resolve_meeting(ctx, when)
    meetings = [found.hit] if found.hit else list(found.choices)
    led = ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
    after = [i for i in led if i.meeting_date and when.until and i.meeting_date > when.until] \
        if when.kind == "range" else []  # "what am I presenting this year?" in late November: what comes next
    then = ("\nAfter that:\n" + "\n".join(item_line(i, with_meeting=True) for i in after[:_AFTER])) if after else ""
    if not meetings:
        return Reply(f"There's no meeting then, so {person.name} has nothing to present.{then}", items=tuple(after))
    ids = {m.id for m in meetings}
    items = [i for i in led if i.meeting_id in ids]
    dates = " or ".join(short_day(m.date) for m in meetings)
    undated = [i for i in led if not i.meeting_id and i.kind == "future"] \
        if _a_long_span(when) or (after and not items) else []
    later = ("\nNo date yet:\n" + "\n".join(item_line(i) for i in undated)) if undated else ""  # "this year"
    standing = [i for i in led if i.kind == "standing"] if _a_long_span(when) else []
    later += ("\nStanding items:\n" + "\n".join(item_line(i) for i in standing)) if standing else ""
    undated += standing
    if not items:
        return Reply(f"{person.name} is not presenting at the {dates} meeting.{then}{later}",
                     items=tuple(after + undated))
    return Reply(f"{person.name} at the {dates} meeting:\n" + "\n".join(item_line(i) for i in items) + later,
                 items=tuple(items + undated))


_AFTER = 8  # items listed after a span with none in it


def _council_year(when):
    """'what am I presenting this year?' asked in August means the council's year, which runs to next May."""
    if when.kind != "range" or when.text.lower() != "this year" or when.until.month != 12:
        return when
    return replace(when, until=max(when.until, when.until.replace(year=when.day.year + (when.day.month >= 6),
                                                                   month=5, day=31)))


def _a_long_span(when) -> bool:
    """'this year', 'over the next six months': not one meeting, so items still to be dated count too."""
    return when.kind == "range" and when.until is not None and (when.until - when.day).days > 60


def my_deadlines(intent: Intent, ctx: Context) -> Reply:
    if ctx.asker is None:
        return _who_are_you()
    return _deadlines_of(ctx, ctx.asker, "Your")


def person_deadline(intent: Intent, ctx: Context) -> Reply:
    person, reply = _person(ctx, intent.slots.get("who", ""))
    if reply:
        item = resolve_item(ctx, intent.slots.get("who", ""))
        return _item_deadline(ctx, item.hit) if item.hit else reply
    return _deadlines_of(ctx, person, f"{person.name}'s")


def item_deadline(intent: Intent, ctx: Context) -> Reply:
    ref = intent.slots.get("ref", "")
    found = resolve_item(ctx, ref)
    if found.hit:
        return _item_deadline(ctx, found.hit)
    if found.choices:
        return Reply("That could be several items:\n" + "\n".join(_deadline_line(ctx, i) for i in found.choices))
    if not ITEM_WORDS.search(ref):  # "when is Becky Wilkinson due?" names a person, "the X report" does not
        person, _ = _person(ctx, ref)
        if person:
            return _deadlines_of(ctx, person, f"{person.name}'s")
    return Reply(f"I can't find an item matching “{ref}” on the programme.")


def overdue(intent: Intent, ctx: Context) -> Reply:
    """What is late: reports past their deadline and, unless reports alone are asked about, actions past their due date."""
    late = late_reports(ctx)
    if {"report", "reports", "paper", "papers"} & words_of(intent.text):
        return late
    actions = late_actions(ctx)
    if not actions:
        return late
    lines = [f"Actions past their due date ({plural(len(actions), 'matter')}):"] + [matter_line(m) for m in actions]
    head = [] if late.text == NONE_OVERDUE else [late.text, ""]
    return Reply("\n".join(head + lines))


def late_actions(ctx: Context) -> list:
    """Open actions whose due date has passed."""
    return [m for m in ctx.programme.matters(ctx.panel.id) if m.due and m.due < ctx.today]


def late_reports(ctx: Context) -> Reply:
    """Reports whose deadline has passed for meetings still to come, not yet submitted."""
    late = []
    horizon = ctx.today + timedelta(days=LONGEST_LEAD_DAYS)  # later meetings cannot have a deadline already past
    for meeting in ctx.programme.meetings(ctx.panel.id, start=ctx.today, end=horizon, include_cancelled=False):
        deadline = report_deadline(meeting, ctx.panel.rule)
        if deadline <= ctx.now:
            late += [(i, deadline) for i in ctx.programme.items_at(meeting.id) if i.status in OPEN]
    if not late:
        return Reply(NONE_OVERDUE)
    lines = [f"{plural(len(late), 'report')} overdue:"]
    lines += [f"{item_line(i, with_meeting=True)}: was due {moment(d)}" for i, d in late]
    return Reply("\n".join(lines))


NONE_OVERDUE = "No reports are overdue."


def deadlines_between(intent: Intent, ctx: Context, when) -> Reply:
    """Report deadlines falling in a span: 'are there any reports due this week?'."""
    start, end = when.day, when.until
    meetings = ctx.programme.meetings(ctx.panel.id, start=start, end=end + timedelta(days=LONGEST_LEAD_DAYS),
                                      include_cancelled=False)
    lines = []
    for meeting in meetings:
        deadline = report_deadline(meeting, ctx.panel.rule)
        if start <= deadline.date() <= end:
            waiting = [i for i in ctx.programme.items_at(meeting.id) if i.status in OPEN]
            lines.append(f"*By {moment(deadline)}*, for the {short_day(meeting.date)} meeting: "
                         f"{plural(len(waiting), 'report')} still to come")
            lines += [item_line(i) for i in waiting]
    if not lines:
        return Reply(f"No report deadlines fall between {short_day(start)} and {short_day(end)}.")
    return Reply("\n".join(lines))


def _items_of(ctx: Context, person: Person, subject: str) -> Reply:
    items = ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
    if not items:
        return Reply(f"{subject} not down to present anything on the {ctx.panel.name} programme.")
    lines = [f"{subject} lead on {plural(len(items), 'item')}:"]
    lines += capped([item_line(i, with_meeting=True) for i in items], 12)
    return Reply("\n".join(lines), items=tuple(items[:12]))


def _deadlines_of(ctx: Context, person: Person, owner: str) -> Reply:
    items = [i for i in ctx.programme.items_led_by(person.id, ctx.panel.id, since=ctx.today)
             if i.meeting_id and i.meeting_date >= ctx.today and (i.status in OPEN or i.status == "submitted")]
    if not items:
        return Reply(f"{owner} reports: none are due for a scheduled meeting.")
    if all(i.status == "submitted" for i in items):
        return Reply("\n".join([f"{owner} reports are all in:"] + [_deadline_line(ctx, i) for i in items]),
                     items=tuple(items))
    lines = [f"{owner} report deadlines:"] + [_deadline_line(ctx, i) for i in items]
    return Reply("\n".join(lines), items=tuple(items))


def _item_deadline(ctx: Context, item: Item) -> Reply:
    if not item.meeting_id:
        return Reply(f"“{item.title}” has no meeting yet ({item.window or 'date tbc'}), so no deadline.")
    return Reply(_deadline_line(ctx, item))


def _deadline_line(ctx: Context, item: Item) -> str:
    if not item.meeting_id:
        return f"• {item.title}: no meeting yet"
    meeting = ctx.programme.meeting(item.meeting_id)
    deadline = report_deadline(meeting, ctx.panel.rule)
    state = " (submitted)" if item.status == "submitted" else (" — overdue" if deadline <= ctx.now else "")
    return f"• {item.title} ({meeting.date.day} {meeting.date:%B %Y} meeting): due by {moment(deadline)}{state}"


def _person(ctx: Context, name: str) -> tuple[Person | None, Reply | None]:
    found = resolve_person(ctx, name)
    if found.hit:
        return found.hit, None
    if found.choices:
        names = ", ".join(p.name for p in found.choices)
        return None, Reply(f"“{name}” could be {names}. Which one?")
    return None, Reply(f"I don't know anyone called “{name}”. Ask “who's on the panel?” to see who I know.")


def _who_are_you() -> Reply:
    return Reply("I don't know who you are yet, so I can't tell what's yours. Ask the scrutiny officer to add you.")
