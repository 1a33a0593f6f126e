"""Reading dates and times out of messages: the one place dateparser is called."""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import dateparser

from bot.days.deadlines import LONDON
from bot.days.relative import (
    AROUND_FESTIVAL,
    SPAN,
    WEEK_ON,
    WEEKDAY_WEEK,
    WEEKDAYS,
    after,
    before,
    day_of,
    festival,
    from_now,
    span,
    weeks_on,
)
from bot.days.signs import DAYISH, DIGIT, MONTHISH, TIMEISH
from bot.days.when import When

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
# Counts said in words ("two weeks", "ten working days"): one table for every reader of them
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
                "twenty": 20}


def count_of(word: str, default: int = 0) -> int:
    """'5' or 'five' as a number; `default` when it is neither."""
    word = word.strip().lower()
    return int(word) if word.isascii() and word.isdigit() else NUMBER_WORDS.get(word, default)


MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

NEXT_MEETING = re.compile(r"\b(next|upcoming|coming|following) (meeting|mtg|mtng|panel|sitting|agenda|one|time|session|"
                          r"committee|sub-?committee|cttee|board)\b|^next$", re.I)
DAY_ONLY = re.compile(r"\b(?:the|on)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:[a-z]+\s+(?:\d|of)|floor|time|item|"
                      r"place|round|row|century|anniversary|birthday|session|phase|stage|quarter|year|week|month|edition))",
                      re.I)
LAST_MEETING = re.compile(r"\b(?:last|previous|most recent)\s+(?:meeting|time|panel|sitting|session|agenda|one)\b", re.I)
AFTER_NEXT = re.compile(r"\b(?:meeting|one)\s+after\s+(?:the\s+)?next\b", re.I)
AFTER_ONE = re.compile(r"\b(?:meeting|one|committee|panel|board|on|coming)(?:\s+(?:that\s+|which\s+)?comes)?\s+(after|before)\s+"
                       r"(?:the\s+)?", re.I)  # "what's on after jan", "what meeting comes after june", "the one before may"
TBC = re.compile(r"\b(tbc|tba|to be confirmed|date tbc|no date|possible future( items?)?|future (?:items?|date)|unscheduled)\b",
                 re.I)
NUMERIC = re.compile(r"(?<!\bat\s)\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_ONLY = re.compile(rf"\b({_MONTH})(?:\s+(\d{{4}}))?\b", re.I)
# British writing puts the day first, so "Feb 22" and "march 26" are a month and a year, not a day.
MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+'?(\d{{2}})\b(?!\s*(?:st|nd|rd|th|[/:.]\d|\d|am|pm))", re.I)
WINDOW = re.compile(rf"\b({_MONTH})\s*(?:/|-|or|to)\s*({_MONTH})(?:\s+(\d{{4}}))?\b", re.I)
TIME = re.compile(r"\b(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\bat\s+(\d{1,2})[:.](\d{2})\b|\b(noon|midday)\b", re.I)
RELATIVE = re.compile(r"\b(today|tomorrow|yesterday|in \w+ (days?|weeks?|months?)|"
                      r"(next|this|on) (monday|tuesday|wednesday|thursday|friday))\b", re.I)
_WEEKDAY_BEFORE_DAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+(?:the\s+)?(?=\d)", re.I)
WEEK_OF = re.compile(r"\b(?:w/?c|wc|week\s+(?:commencing|beginning|starting|of))\s+", re.I)
WEEKDAY = re.compile(r"\b(on|next|this|by)\s+(" + "|".join(WEEKDAYS) + r")\b|\b()(" + "|".join(WEEKDAYS) + r")'s\b", re.I)
PAST_HINT = re.compile(r"\b(was|were|did|last(?!\s+(?:date|day|chance|call|minute|possible))|previous|ago|had)\b", re.I)

_DATE_SIGNS = (SPAN, NEXT_MEETING, AFTER_NEXT, LAST_MEETING, TBC, AROUND_FESTIVAL)
_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first",
             "RETURN_AS_TIMEZONE_AWARE": False}


def warm_up() -> None:
    """dateparser loads its language data on first use; pay that at start-up, not on the first message."""
    dateparser.parse("1 January 2020 at 10am", languages=["en"], settings=_SETTINGS)


def _past_meant(text: str, now: datetime) -> bool:
    """A past word counts only in the part of the message that holds the date: 'went live last week, first data due
    in May' means the May to come."""
    if not PAST_HINT.search(text):
        return False
    parts = re.split(r"[.!?;,]\s+|\s+-\s+", text)
    dated = [part for part in parts if len(parts) > 1 and parse_when(part, now, past=False) is not None]
    ahead = [part for part in dated if not PAST_HINT.search(part) and _FUTURE_WORDS & set(part.lower().split())]
    return not ahead or len(ahead) < len(dated)


_FUTURE_WORDS = frozenset({"due", "will", "next", "till", "until", "by", "coming", "upcoming", "to", "into", "won't"})


@lru_cache(maxsize=512)
def parse_when(text: str, now: datetime, past: bool | None = None) -> When | None:
    """The timing a phrase names, or None. `past` prefers past dates (e.g. 'what was on in March')."""
    text = text.strip()
    digit = bool(DIGIT.search(text))
    text = _WEEKDAY_BEFORE_DAY.sub("the ", text) if digit else text  # "Fri 18th" is the 18th; "Friday 19 Nov" is 19 Nov
    if not text:
        return None
    month, dayish = bool(MONTHISH.search(text)), bool(DAYISH.search(text))
    today = now.astimezone(LONDON).date()
    past = _past_meant(text, now) if past is None else past
    if LAST_MEETING.search(text):
        return When("last", text="last meeting")
    if AFTER_NEXT.search(text):
        return When("next", text="the meeting after next", skip=1)
    if (m := AFTER_ONE.search(text)) and \
            (beside := (after if m.group(1).lower() == "after" else before)(
                day_of(parse_when(" ".join(text[m.end(1):].split()[:5]), now, past), today))):  # not "one before I go"
        return beside  # "what's coming to the meeting after June?"
    if NEXT_MEETING.search(text):
        return When("next", text="next meeting")
    if TBC.search(text):
        return When("tbc", text="date tbc")
    if m := AROUND_FESTIVAL.search(text):  # "the first meeting of the new year", "the one before christmas"
        return (before if m.group(1).lower() == "before" else after)(festival(m.group(2).lower(), today))
    if found := from_now(text, today, lambda rest: parse_when(rest, now, past=False)) or span(text, today):
        return found
    if dayish and (weeks := weeks_on(text, today)):
        return weeks
    if (m := WEEK_OF.search(text)) and (start := parse_when(text[m.end():], now, past)) and start.kind == "day":
        return When("range", start.day, until=start.day + timedelta(days=6), text=f"the week of {start.text}")
    at = parse_time(text)
    if month and digit and (m := MONTH_YEAR.search(text)) and abs(2000 + int(m.group(2)) - today.year) <= 2:
        ym = (2000 + int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")])
        return When("month", month=ym, text=f"{calendar.month_name[ym[1]]} {ym[0]}")
    found = _numeric(text, today, past) or (_day_month(text, today, past) if month else None) if digit else None
    if found:
        return found if found.kind == "invalid" else When("day", found.day, at=at, text=found.text)
    if digit and (m := DAY_ONLY.search(text)) and 1 <= int(m.group(1)) <= 31:
        return When("dom", text=m.group(0), dom=int(m.group(1)))
    if month and (m := WINDOW.search(text)):
        year = int(m.group(3)) if m.group(3) else None
        first = _month_of(m.group(1), year, today, past)
        return When("month", month=first, text=_window_text(m, first))
    if month and (m := MONTH_ONLY.search(text)):
        if _is_false_month(m.group(1), text):
            return None
        ym = _month_of(m.group(1), int(m.group(2)) if m.group(2) else None, today, past)
        return When("month", month=ym, text=f"{calendar.month_name[ym[1]]} {ym[0]}")
    phrase = _relative_phrase(text) if dayish else None
    if phrase:
        parsed = _dateparser(phrase, today, past and not _coming_weekday(text))
        if parsed:
            return When("day", parsed.date(), at=at, text=phrase)
    return None


def parse_time(text: str) -> time | None:
    m = TIME.search(text) if TIMEISH.search(text) else None
    if not m:
        return None
    if m.group(6):
        return time(12, 0)
    if m.group(4):  # "at 6.30" with no am or pm: council business runs from 8 in the morning to 7 at night
        hour, minute = int(m.group(4)), int(m.group(5))
        hour += 12 if 1 <= hour <= 7 else 0
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3).lower() == "pm" and hour < 12:
            hour += 12
        if m.group(3).lower() == "am" and hour == 12:
            hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _years(m: re.Match) -> bool:
    """'98/99', '24/25': a year and the next, no day and month (a month past 12 says so)."""
    first, second = int(m.group(1)), int(m.group(2))
    return m.group(3) is None and second > 12 and second == (first + 1) % 100


def has_date_words(text: str) -> bool:
    """Whether the text names a time at all: the guard in front of dateparser."""
    if any(pattern.search(text) for pattern in _DATE_SIGNS):
        return True
    digit, month = DIGIT.search(text), MONTHISH.search(text)
    if digit and (DAY_ONLY.search(text) or any(not _years(m) for m in NUMERIC.finditer(text))) or digit and month and \
            (DAY_MONTH.search(text) or MONTH_DAY.search(text)):
        return True
    if DAYISH.search(text) and (WEEKDAY_WEEK.search(text) or WEEK_ON.search(text) or RELATIVE.search(text) or
                                WEEKDAY.search(text)):
        return True
    month = month and MONTH_ONLY.search(text)
    return bool(month and not _is_false_month(month.group(1), text))


def _numeric(text: str, today: date, past: bool) -> When | None:
    m = next((m for m in NUMERIC.finditer(text) if not _years(m)), None)
    if not m:
        return None
    day_n, month_n = int(m.group(1)), int(m.group(2))
    year = _full_year(m.group(3)) if m.group(3) else None
    plain = "/" in m.group(0) and len(m.group(3) or "0000") == 4  # '18.11' dateparser reads as a time; '1/2/27' 1927
    return _make_day(day_n, month_n, year, today, past, m.group(0), plain)


def _day_month(text: str, today: date, past: bool) -> When | None:
    m = DAY_MONTH.search(text)
    if m:
        return _make_day(int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")],
                         int(m.group(3)) if m.group(3) else None, today, past, m.group(0), plain=True)
    m = MONTH_DAY.search(text)
    if m and not _is_false_month(m.group(1), text):
        return _make_day(int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")],
                         int(m.group(3)) if m.group(3) else None, today, past, m.group(0), plain=True)
    return None


def _make_day(day_n: int, month_n: int, year: int | None, today: date, past: bool, words: str,
              plain: bool = False) -> When:
    """Check the day exists (for a precise complaint), then read the words: a plain day and month ourselves,
    anything else with dateparser."""
    if not 1 <= month_n <= 12:
        return When("invalid", text=f"“{words}” isn't a date I can read (I read dates day first: 20/3 is 20 March)")
    if not 1 <= day_n <= calendar.monthrange(year or 2024, month_n)[1]:
        return When("invalid", text=f"{calendar.month_name[month_n]} {year or ''} has no day {day_n}".replace("  ", " "))
    if year is None and (month_n, day_n) == (today.month, today.day):
        return When("day", today, text=words)
    if plain and (on := _nearest_day(day_n, month_n, year, today, past)):
        return When("day", on, text=words)
    parsed = _dateparser(words, today, past)
    if parsed is None:
        return When("invalid", text=f"“{words}” isn't a date I can read")
    return When("day", parsed.date(), text=words)


def _nearest_day(day_n: int, month_n: int, year: int | None, today: date, past: bool) -> date | None:
    """The day '20/3', '22 January' or 'Jan 22nd 2026' names, as dateparser reads it (the nearest one ahead, or
    behind when `past`), without its millisecond a call. None for 29 February and unusual years: dateparser's call."""
    if (month_n, day_n) == (2, 29) or (year is not None and not 1900 <= year <= 2099):
        return None
    if year is not None:
        return date(year, month_n, day_n)
    on = date(today.year, month_n, day_n)
    if past and on > today:
        return on.replace(year=today.year - 1)
    if not past and on < today:
        return on.replace(year=today.year + 1)
    return on


def _month_of(name: str, year: int | None, today: date, past: bool) -> tuple[int, int]:
    month = MONTHS[name.lower().rstrip(".")]
    if year:
        return year, month
    if past:
        return (today.year, month) if month <= today.month else (today.year - 1, month)
    return (today.year, month) if month >= today.month else (today.year + 1, month)


def _window_text(m: re.Match, first: tuple[int, int]) -> str:
    a, b = (calendar.month_name[MONTHS[g.lower().rstrip(".")]] for g in (m.group(1), m.group(2)))
    return f"{a}/{b} {first[0]}"


# What a meeting is called after its date: 'the June board', 'the May panel', 'Tuesday's cttee'.
MEETING_NOUNS = "meeting|mtg|sub-?committee|sub\\s+committee|panel|committee|cttee|board|commission|session"


def _is_false_month(word: str, text: str) -> bool:
    """'may' and 'march' are verbs too: 'may I ask', 'march on'. Only trust them near date words."""
    w = word.lower().rstrip(".")
    if w == "may":
        return not re.search(r"\b(in|on|for|to|by|the|of|until|from|since|during|at)\s+may\b|\bmay['’]s\b|"
                             rf"\bmay\s+(\d+(?:st|nd|rd|th)?|agenda|reports|papers|items|{MEETING_NOUNS})\b"
                             r"|^may$|\bmay\s*\?", text, re.I)
    if w in {"mar", "jan", "dec"}:  # 'mar' the verb, 'Jan' the name, 'dec' a decision; 'nov' is only ever November
        return not re.search(rf"\b{w}\b\.?(?:['’]s)?\s*(\d|agenda|one|{MEETING_NOUNS}|$|\?)|\d\s+{w}\b|"
                             rf"\b(in|on|for|to|by|the|till|until)\s+{w}\b", text, re.I)
    return False


def _relative_phrase(text: str) -> str | None:
    m = RELATIVE.search(text)
    if m:
        return m.group(0)[3:] if m.group(0).lower().startswith("on ") else m.group(0)
    m = WEEKDAY.search(text)
    if not m:
        return None
    if m.group(4):  # "Tuesday's meeting": the coming Tuesday
        return m.group(4)
    return m.group(2) if m.group(1).lower() in {"on", "by"} else m.group(0)


def _coming_weekday(text: str) -> bool:
    """'when was thursday's agenda due out?': a weekday's meeting is the coming one, whatever the tense (not 'last
    Thursday's')."""
    m = WEEKDAY.search(text)
    return bool(m and m.group(4) and not text[:m.start()].lower().rstrip().endswith("last"))


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _dateparser(text: str, today: date, past: bool = False) -> datetime | None:
    """The single call into dateparser: English, day first, relative to today, future unless told past."""
    settings = {**_SETTINGS, "RELATIVE_BASE": datetime.combine(today, time(9, 0)),
                "PREFER_DATES_FROM": "past" if past else "future"}
    return dateparser.parse(text, languages=["en"], settings=settings)
