"""Days said relative to today or a holiday: 'Thursday week', 'a week today', 'next month', 'after Easter'."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from bot.days.deadlines import england_holidays
from bot.days.when import When

WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
SPAN = re.compile(r"\b(this|next|coming)\s+(week|month|year)\b|\b(?:rest of the|still to come|left this)\s*(year)?\b",
                  re.I)
WEEKDAY_WEEK = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\s+(week|fortnight)\b"
                          r"(?!\s+(?:of|commencing|beginning))", re.I)
WEEK_ON = re.compile(r"\ba\s+(week|fortnight)\s+(?:(today)|(tomorrow)|on\s+(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
                     r"(?:day)?)\b", re.I)  # "a week today", "a fortnight on Friday"

# The holidays people plan by: 'the meeting after Easter', 'before Christmas'
AROUND_FESTIVAL = re.compile(r"\b(?:meeting|one|committee|panel|board|on)\s+(after|before|(?:of|in)(?=\s+the\s+new\s+year))\s+"
                             r"(?:the\s+)?"
                             r"(easter|christmas|xmas|new\s+year)\b", re.I)  # the holiday names alone stay words


def weeks_on(text: str, today: date) -> When | None:
    """'a week today', 'a fortnight on Friday', 'Thursday week' (said on a Thursday, a week today)."""
    if m := WEEK_ON.search(text):
        base = today if m.group(2) else today + timedelta(days=1) if m.group(3) else \
            today + timedelta(days=(weekday_number(m.group(4)) - today.weekday() - 1) % 7 + 1)
        return _on(base + timedelta(days=7 if m.group(1).lower() == "week" else 14))
    if m := WEEKDAY_WEEK.search(text):  # on from the coming Thursday, or from today when today is Thursday
        ahead = (weekday_number(m.group(1)) - today.weekday()) % 7
        return _on(today + timedelta(days=ahead + (7 if m.group(2).lower() == "week" else 14)))
    return None


def _on(day: date) -> When:
    return When("day", day, text=f"{calendar.day_name[day.weekday()]} {day.day} {calendar.month_name[day.month]}")


def festival(name: str, today: date) -> When:
    """Easter (its Monday, the last day off), Christmas Day or New Year's Day: the coming one, or the one just gone
    (the meeting after Christmas, asked on 28 December, is the one after this Christmas)."""
    years = (today.year - 1, today.year, today.year + 1)
    if name == "easter":
        days = [d for y in years for d, what in england_holidays(y).items() if what == "Easter Monday"]
    else:
        days = [date(y, 12, 25) if name in ("christmas", "xmas") else date(y, 1, 1) for y in years]
    on = next(d for d in sorted(days) if d >= today - timedelta(days=_JUST_GONE))
    words = {"easter": "Easter", "christmas": "Christmas", "xmas": "Christmas"}.get(name, "New Year")
    return When("day", on, text=f"{words} ({on.day} {calendar.month_name[on.month]} {on.year})")


_JUST_GONE = 42


def after(inner: When | None) -> When | None:
    """The first meeting after a day or a month: a 'next' counted from the day after it."""
    if inner is None or inner.kind not in {"day", "month"}:
        return None
    if inner.kind == "day":
        start = inner.day + timedelta(days=1)
    else:
        year, month = inner.month
        start = date(year + month // 12, month % 12 + 1, 1)
    return When("next", day=start, text=f"the meeting after {inner.text}")


def day_of(inner: When | None, today: date) -> When | None:
    """'the 12th' as the coming 12th (this month's, or next month's once it has passed); any other timing as it is."""
    if inner is None or inner.kind != "dom":
        return inner
    year, month = (today.year, today.month) if today.day <= inner.dom else \
        (today.year + today.month // 12, today.month % 12 + 1)
    if inner.dom > calendar.monthrange(year, month)[1]:
        return None
    return When("day", date(year, month, inner.dom), text=inner.text)


def before(inner: When | None) -> When | None:
    """The last meeting before a day or a month: a 'last' counted back from the day before it."""
    if inner is None or inner.kind not in {"day", "month"}:
        return None
    start = inner.day if inner.kind == "day" else date(*inner.month, 1)
    return When("last", day=start, text=f"the meeting before {inner.text}")


def span(text: str, today: date) -> When | None:
    """'this week', 'next month', 'this year', 'still to come': a range of days."""
    m = SPAN.search(text)
    if not m:
        return None
    which, unit = (m.group(1) or "this").lower(), (m.group(2) or "year").lower()
    if unit == "week":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=1 if which == "next" else 0)
        end = start + timedelta(days=6)
    elif unit == "month":
        year, month = (today.year + today.month // 12, today.month % 12 + 1) if which == "next" else (today.year, today.month)
        start, end = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    else:
        year = today.year + (1 if which == "next" else 0)
        start, end = date(year, 1, 1), date(year, 12, 31)
    return When("range", max(start, today) if which == "this" else start, until=end, text=m.group(0))


def weekday_number(word: str) -> int:
    return next(n for name, n in WEEKDAYS.items() if name.startswith(word.lower()[:3]))


_FROM_NOW = ("between now and ", "between today and ", "from now till ", "from now until ", "from now to ",
             "from today till ", "from today until ", "from today to ", "now till ", "now until ")


def from_now(text: str, today: date, parse) -> When | None:
    """'between now and march', 'from now till the summer': every day from today to the end of what is named."""
    said = " ".join(text.lower().split())
    lead = next((lead for lead in _FROM_NOW if lead in said), None)
    end = parse(said[said.find(lead) + len(lead):]) if lead else None
    last = None if end is None else end.until or end.day if end.kind in {"range", "day"} else \
        date(*end.month, calendar.monthrange(*end.month)[1]) if end.kind == "month" else None
    return When("range", today, until=last, text=f"now to {end.text}") if last and last >= today else None
