"""Reply text: how meetings, items and matters read in a message."""
from __future__ import annotations

from datetime import date, datetime

from bot.days.deadlines import LONDON, publication_of, report_deadline
from bot.models import Item, Matter, Meeting, Panel

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
STATUS_WORDS = {"planned": "", "submitted": "report submitted", "considered": "considered",
                "deferred": "deferred", "withdrawn": "withdrawn"}


def day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def short_day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def moment(dt: datetime) -> str:
    local = dt.astimezone(LONDON)
    return f"{local:%H:%M} on {day(local.date())}"


def meeting_line(m: Meeting) -> str:
    parts = [day(m.date)]
    if m.time:
        parts.append(f"at {m.time:%H:%M}")
    if m.venue:
        parts.append(f"in {m.venue}")
    text = " ".join(parts)
    if m.status != "confirmed":
        text += f" ({m.status})"
    return text


def deadline_lines(m: Meeting, panel: Panel) -> str:
    return (f"Agenda published {day(publication_of(m))}; reports due by {moment(report_deadline(m, panel.rule))}.")


def item_line(item: Item, with_meeting: bool = False) -> str:
    text = f"• {item.title} — {item.lead_text}"
    extras = []
    if with_meeting and item.meeting_date:
        extras.append(short_day(item.meeting_date))
    if item.kind == "future":
        extras.append(item.window or "date tbc")
    if item.kind == "standing":
        extras.append(" ".join(x for x in (item.frequency, month_list(item.months)) if x) or "standing")
    if STATUS_WORDS.get(item.status):
        extras.append(STATUS_WORDS[item.status])
    if extras:
        text += f" ({'; '.join(extras)})"
    return text


def month_list(months) -> str:
    names = [MONTHS[m - 1] for m in months]
    if len(names) <= 1:
        return "".join(f"in {n}" for n in names)
    return "in " + ", ".join(names[:-1]) + " and " + names[-1]


def matter_line(m: Matter) -> str:
    text = f"• {m.subject} — {m.lead or 'no lead named'}"
    due = short_day(m.due) if m.due else m.due_text
    extras = [x for x in (f"raised {short_day(m.raised_on)}" if m.raised_on else "", f"due {due}" if due else "",
                          m.position, "closed" if m.status == "closed" else "") if x]
    return text + (f" ({'; '.join(extras)})" if extras else "")


def meeting_block(m: Meeting, panel: Panel, items: list[Item]) -> str:
    lines = [f"*{meeting_line(m)}*", deadline_lines(m, panel)]
    if m.status == "cancelled":
        lines = [f"*{meeting_line(m)}*"]
    lines += [item_line(i) for i in items] or ["No items yet."]
    return "\n".join(lines)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def capped(lines: list[str], limit: int = 10, more: str = "") -> list[str]:
    """The first `limit` lines, then a line saying how many were left out."""
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [f"…and {len(lines) - limit} more{more}."]
