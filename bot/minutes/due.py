"""When an action is due: 'next meeting' against the panel's meetings, 'in six months' from the meeting, month names."""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, datetime, time

from bot.days.dates import MONTHS, count_of, parse_when
from bot.days.deadlines import LONDON

MONTH_NAMES = "|".join(n for n in MONTHS if len(n) > 3 or n == "may")  # full names: "mar" and "dec" are words too
_FULL_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")


def next_meeting_named(lines: list[str], meeting: date | None) -> tuple[date, ...]:
    """'The next meeting will be held on 20 June 2023': the one future date minutes themselves give."""
    for n, line in enumerate(lines):
        if re.search(r"\b(?:date of (?:the )?next meeting|next meeting (?:will|is to|would) be held)\b", line, re.I):
            for text in lines[n:n + 3]:
                words = _FULL_DATE.search(text)
                found = parse_when(words.group(0), datetime.combine(meeting or date(2000, 1, 1), time(9), LONDON)) \
                    if words else None
                if found and found.kind == "day" and (meeting is None or found.day > meeting):
                    return (found.day,)
    return ()



def due_of(sentence: str, meeting: date | None, programme: Sequence[date] = ()) -> tuple[date | None, str]:
    """When an action is due: the next meeting (dated if the programme knows it), a date, a month, or words."""
    s = " ".join(sentence.split())
    later = sorted(d for d in programme if meeting is None or d > meeting)
    if re.search(r"\b(?:next|following|forthcoming)\s+(?:(?:scheduled|ordinary|formal|overview|scrutiny|panel|committee|"
                 r"board|and|&|(?-i:[A-Z][\w&]*))\s+){0,4}(?:meeting|panel|committee|board|sitting)", s, re.I):
        return (later[0] if later else None), "next meeting"
    if m := (re.search(r"\bin\s+(\d+|a|one|two|three|four|six|nine|twelve|eighteen)\s+(months?|years?)(?:['’]?\s*time)?",
                       s, re.I) or re.search(r"\b(\d+|three|four|six|nine|twelve|eighteen)[- ](month|year)\s+(?:update|"
                                             r"report|review|progress|follow[- ]up)", s, re.I)):
        count = count_of(m.group(1))
        months = count * (12 if m.group(2).lower().startswith("year") else 1)
        if meeting:
            day = _add_months(meeting, months)
            return _meeting_in_month(day, later) or day, f"{calendar.month_name[day.month]} {day.year}"
        return None, m.group(0).removeprefix("in ")
    month = next((m for m in _MONTH_DATE.finditer(s) if not _PAST_BEFORE.search(s[max(0, m.start() - 100):m.start()])),
                 None)  # "the surveys that had taken place in August": a date gone by is never when it is due
    if month and meeting:
        when = parse_when(month.group(1), datetime.combine(meeting, time(9), LONDON))
        if when and when.kind == "day":
            return when.day, f"{when.day.day} {when.day:%B %Y}"
        if when and when.kind == "month":
            first = date(when.month[0], when.month[1], 1)
            return _meeting_in_month(first, later) or first, f"{calendar.month_name[first.month]} {first.year}"
    if month and not meeting:
        return None, " ".join(w.capitalize() if w.isalpha() else w for w in month.group(1).split())  # "the January meeting"
    if season := _SEASON.search(s):
        return None, season.group(1).lower()  # "a further report in the autumn"
    if re.search(r"\b(?:future|later|subsequent)\s+meeting|\bin due course\b|\bwork\s*programme\b", s, re.I):
        return None, "future meeting"
    if m := re.search(r"\bwhen\s+(?:it is\s+|they are\s+|this is\s+)?(available|completed?|published|received|"
                      r"finalised|ready|known|agreed)\b", s, re.I):
        return None, f"when {m.group(1).lower()}"
    if m := re.search(r"\b(six[- ]monthly|quarterly|annually|annual(?!\s+(?:[a-z]+\s+)?(?:report|statement|accounts|"
                      r"plan|review|audit|letter|conference|meeting|survey|return|budget)))\b", s, re.I):
        # "an annual update" comes back each year; "the annual report" is the thing's name
        return None, m.group(1).lower()
    return None, ""


_MONTH_DATE = re.compile(r"\b(?:in|by|at the|at its|at their|to the|to its|to their|for the|during|before the end of|"
                         r"until|on|from|to|for)\s+(?:the\s+)?("
                         r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + MONTH_NAMES +
                         r")(?:\s+\d{4})?)\b", re.I)


_SEASON = re.compile(r"\b(?:in|during|by|over)\s+the\s+(autumn|spring|summer|winter|new year)\b", re.I)
_PAST_BEFORE = re.compile(r"\b(?:had|took place|held|adopted|initially|previously|originally|since|was considered|"
                          r"were considered)\b[^.;]*$", re.I)


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _meeting_in_month(day: date, later: list[date]) -> date | None:
    return next((d for d in later if (d.year, d.month) == (day.year, day.month)), None)

