"""Answers to questions about the programme: the next meeting, the whole programme, help."""
from __future__ import annotations

from bot.conversation import Context, Reply
from bot.intents import Intent
from bot.replies import item_line, meeting_block, short_day

HINT = "Try “what's due next meeting?”, “show the work programme” or “help”."


def help_text(intent: Intent, ctx: Context) -> Reply:
    return Reply("\n".join([
        "I keep the panel's work programme and outstanding matters. Ask me things like:",
        "• what's due next meeting?",
        "• show the work programme",
    ]))


def not_understood(intent: Intent, ctx: Context) -> Reply:
    return Reply("Sorry, I didn't understand that. " + HINT)


def next_meeting(intent: Intent, ctx: Context) -> Reply:
    prog, panel = ctx.programme, ctx.panel
    meeting = prog.next_meeting(panel.id, ctx.today)
    if meeting is None:
        return _no_next_meeting(ctx)
    items = prog.items_at(meeting.id)
    text = f"Next meeting of the {panel.name}:\n" + meeting_block(meeting, panel, items)
    return Reply(text, meeting=meeting, items=tuple(items))


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
