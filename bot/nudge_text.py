"""What a nudge says: the message text, and a one-line summary for records, notices and dry runs."""
from __future__ import annotations

from datetime import date, datetime

from bot.models import Item
from bot.reminders import (
    CHASE,
    DEADLINE_DAY,
    MATTER_DUE,
    MEETING_DIGEST,
    NOTICE,
    OVERDUE,
    OVERDUE_DIGEST,
    SNOOZED,
    Nudge,
)
from bot.replies import day, moment, short_day

WHY = {"unreachable": "I couldn't reach them", "uncertain": "I may not have sent it (I stopped while sending)",
       "given-up": "Slack kept refusing it"}


def recipient_label(n: Nudge) -> str:
    if n.person:
        return n.person.name + ("" if n.person.slack_id else " (no Slack id)")
    if n.channel:
        return f"channel {n.channel}"
    if n.kind == MEETING_DIGEST:
        return "nobody (the panel has no Slack channel)"
    if n.kind in (OVERDUE_DIGEST, NOTICE):
        return "nobody (the panel has no scrutiny officer)"
    return "nobody (no lead named)"


def subject(n: Nudge) -> str:
    if n.item:
        return n.item.title
    if n.matter:
        return n.matter.subject
    if n.kind == OVERDUE_DIGEST:
        return f"{len(n.items)} overdue report(s)"
    if n.kind == MEETING_DIGEST:
        return f"meeting digest ({len(n.items)} item(s))"
    return n.problem.summary if n.problem else ""


def when(value: datetime | date | None) -> str:
    if isinstance(value, datetime):
        return moment(value)
    return day(value) if value else ""


def summary(n: Nudge) -> str:
    """One line: what, for which meeting, by when, to whom."""
    parts = [subject(n)]
    if n.meeting:
        parts.append(f"meeting {short_day(n.meeting.date)}")
    if n.deadline and n.kind not in (OVERDUE_DIGEST,):
        parts.append(f"due {when(n.deadline)}")
    parts.append(f"to {recipient_label(n)}")
    return "; ".join(parts)


def nudge_text(n: Nudge, now: datetime) -> str:
    """The message (Slack mrkdwn)."""
    if n.kind == OVERDUE_DIGEST:
        lines = [f"*Overdue reports for the {n.panel_name} ({len(n.items)})*, as of {when(now)}:"]
        return "\n".join(lines + [_row(i, m_date=m.date, deadline=d) for i, m, d in n.items])
    if n.kind == MEETING_DIGEST:
        missing = [i for i, _, _ in n.items if i.status == "planned"]
        lines = [f"*Coming up: the {n.panel_name} meeting on {day(n.meeting.date)}*"]
        lines += [_row(i) + ("" if i.status != "planned" else " — *report still missing*") for i, _, _ in n.items]
        lines.append(f"{len(missing)} of {len(n.items)} report(s) still missing." if n.items else "No items yet.")
        return "\n".join(lines)
    if n.kind == MATTER_DUE:
        return (f"*Outstanding matter due at the next {n.panel_name} meeting* ({day(n.meeting.date)})\n"
                f"*{n.matter.subject}*\n"
                f"Please send an update by {when(n.deadline)}.")
    if n.kind == NOTICE:
        return _notice_line(n)
    return _lead_text(n, now)


def notices_text(notices: list[Nudge]) -> str:
    head = "*I couldn't deliver these nudges; please pass them on or fix the contact details:*"
    return "\n".join([head] + [f"• {_notice_line(n)}" for n in notices])


def _notice_line(n: Nudge) -> str:
    p = n.problem
    line = f"{p.summary} — {WHY.get(p.state, p.state)}"
    return line + (f" ({p.detail})" if p.detail else "")


def _lead_text(n: Nudge, now: datetime) -> str:
    meeting = f"for the {n.panel_name} meeting on {day(n.meeting.date)}"
    if n.kind == CHASE:
        return (f"*A gentle reminder from your scrutiny officer:* the report below was due by {when(n.deadline)}.\n"
                f"*{n.item.title}*, {meeting}.\nCould you send it, or let them know when it will come? Thank you.")
    if n.kind == OVERDUE or (n.kind == SNOOZED and n.deadline <= now):
        head = f"*Your report is overdue:* it was due by {when(n.deadline)}"
    elif n.kind == DEADLINE_DAY:
        head = f"*Your report is due today*, by {when(n.deadline)}"
    else:
        head = f"*Report due by {when(n.deadline)}*"
    return f"{head}\n*{n.item.title}*, {meeting}."


def _row(item: Item, m_date: date | None = None, deadline: datetime | None = None) -> str:
    text = f"• {item.title} — {item.lead_text}"
    if m_date:
        text += f" (meeting {short_day(m_date)}; due {when(deadline)})"
    elif item.status != "planned":
        text += f" ({item.status})"
    return text
