"""Working out where an item should go: a meeting, a month window, or the possible-future list."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.clauses import is_no_meeting
from bot.conversation import Context
from bot.days.dates import NUMBER_WORDS, When, has_date_words
from bot.models import Meeting
from bot.replies import MONTHS, day
from bot.resolve import resolve_meeting, when_of


@dataclass(frozen=True)
class Target:
    """Where to put an item. `problem` set means ask first (with `meeting_to_add` if the answer adds one)."""

    meeting: Meeting | None = None
    window: str = ""
    choices: tuple = ()
    problem: str = ""
    meeting_to_add: When | None = None
    past: bool = False
    error: str = ""

    def describe(self) -> str:
        if self.meeting:
            return f"the {day(self.meeting.date)} meeting"
        if self.meeting_to_add:
            return f"a new meeting on {day(self.meeting_to_add.day)}"
        return f"possible future items ({self.window or 'date tbc'})"


_SEASON = re.compile(r"\b(?:(?:early|late|mid)[\s-]+)?(?:spring|summer|autumn|winter|new year|next year|new municipal year)"
                     r"(?:\s+\d{4})?\b", re.I)


_SEASON_MONTHS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}


def season_meetings(ctx: Context, text: str) -> list[Meeting]:
    """The coming meetings in the season the words name ('the autumn': September to November, this year's if it is
    not over), or none when no plain season is named."""
    named = re.fullmatch(r"(?:the\s+)?(spring|summer|autumn|winter)", text.strip(), re.I)
    if named is None:
        return []
    months = _SEASON_MONTHS[named.group(1).lower()]
    coming = ctx.programme.meetings(ctx.panel.id, start=ctx.today, include_cancelled=False)
    first = next((m for m in coming if m.date.month in months), None)
    if first is None:
        return []
    return [m for m in coming if m.date.month in months and (m.date - first.date).days < 183]


_TO_A_SEASON = re.compile(r"\b(?:to|into|for)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b", re.I)  # not 'till'


def season_choices(ctx: Context, text: str, when_text: str) -> list[Meeting]:
    """The meetings to offer for a move to a season: 'defer X to the autumn' when two autumn meetings are set, or
    'to sometime in the summer' (a half date) whenever that season has a meeting; none when the season is plain."""
    season = _SEASON.search(when_text)
    if season and any(words in when_text.lower() for words in _VAGUE):  # 'to sometime in the summer'
        return season_meetings(ctx, season.group(0))
    seasonal = season_meetings(ctx, when_text) if _TO_A_SEASON.search(text) else []
    return seasonal if len(seasonal) > 1 else []


_LATER_IN_THE_YEAR = frozenset({"later in the year", "later this year", "later on in the year"})


def later_this_year(ctx: Context, text: str, after: Meeting | None) -> list[Meeting]:
    """The meetings left this year after the item's own, to offer for 'move X to later in the year'."""
    if " ".join(w for w in text.lower().split() if w not in {"to", "sometime"}) not in _LATER_IN_THE_YEAR:
        return []
    start = max(ctx.today, after.date) if after else ctx.today
    coming = ctx.programme.meetings(ctx.panel.id, start=start, include_cancelled=False)
    return [m for m in coming if m.date.year == start.year and (after is None or m.date > after.date)]


_PART_OF_MONTH = re.compile(r"^(?:to\s+)?(?:the\s+)?(?:(?P<end>end|back\s+end|tail\s+end)\s+of|(?P<start>start|beginning)\s+of|"
                            r"(?P<mid>middle|mid)(?:\s+of|-|\s)|(?P<late>late)(?:\s+in)?|(?P<early>early)(?:\s+in)?)\s*", re.I)


def outside_the_part(ctx: Context, text: str, meeting: Meeting) -> list[Meeting]:
    """'to the end of next month' when that month's meeting is on the 3rd: the meetings either side to choose from
    (none when the meeting falls in the part of the month said)."""
    said = _PART_OF_MONTH.match(text.strip())
    if said is None:
        return []
    third = 0 if said.group("start") or said.group("early") else 1 if said.group("mid") else 2
    if min((meeting.date.day - 1) // 10, 2) == third:
        return []
    coming = ctx.programme.meetings(ctx.panel.id, start=ctx.today, include_cancelled=False)
    at = next((n for n, m in enumerate(coming) if m.id == meeting.id), None)
    if at is None:
        return []
    return coming[at:at + 2] if third == 2 else coming[max(at - 1, 0):at + 1]


def names_a_time(text: str) -> bool:
    """A date, a month, or a season ('in the new year', 'the spring') that an item could go to."""
    return has_date_words(text) or bool(_SEASON.fullmatch(re.sub(r"^(?:the|a)\s+", "", text.strip(), flags=re.I)))


def find_target(ctx: Context, text: str | None, after: Meeting | None = None) -> Target:
    """Resolve the words after 'to'/'for' into a Target; no words means a possible future item."""
    if not text or is_no_meeting(text):
        return Target(window="date tbc")
    when = when_of(ctx, text, past=False)
    if any(words in text.lower() for words in _VAGUE):  # "at some point this year": no meeting chosen yet
        return Target(window=_window_of(when) if when is not None and when.kind == "range" else "date tbc")
    if when is None and (season := _SEASON.search(text)):
        return Target(window=season.group(0).strip().capitalize())
    if when is None:
        return Target(error=f"I couldn't tell which meeting “{text}” means. Try a date (20 March) or “next meeting”.")
    return target_for(ctx, when, after)


_VAGUE = ("some point", "sometime", "some time", "some stage", "no date", "in due course", "eventually")


def _beyond_the_calendar(ctx: Context, start) -> bool:
    """Whether a time begins after every meeting the panel has set: no meeting there is no surprise."""
    meetings = ctx.programme.meetings(ctx.panel.id)
    return bool(meetings) and start is not None and start > meetings[-1].date


def _window_of(when: When) -> str:
    """A time as words that stay true: 'next year' is '2042', 'next month' is 'March 2041'."""
    start, end = when.day, when.until or when.day
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    if start.year == end.year and start.month == end.month:
        return f"{MONTHS[start.month - 1]} {start.year}"
    return f"{start.day} {MONTHS[start.month - 1]} {start.year} to {end.day} {MONTHS[end.month - 1]} {end.year}"


def _coming_on_day(ctx: Context, dom: int) -> list[Meeting]:
    """The meetings in the coming year held on that day of their month."""
    coming = ctx.programme.meetings(ctx.panel.id, ctx.today, ctx.today + timedelta(days=366), include_cancelled=False)
    return [m for m in coming if m.date.day == dom]


def target_for(ctx: Context, when: When, after: Meeting | None = None) -> Target:
    if when.kind == "invalid":
        return Target(error=f"Sorry, {when.text}.")
    if when.kind == "tbc":
        return Target(window="date tbc")
    found = resolve_meeting(ctx, when, after=after)
    if when.kind == "dom":
        if len(same := _coming_on_day(ctx, when.dom)) > 1:
            return Target(choices=tuple(same))  # "move it to the 2nd": December's 2nd or June's? A change asks
        return Target(meeting=found.hit) if found.hit else Target(error=f"There's no meeting on {when.text}.")
    if when.kind == "last":
        if found.hit:
            return Target(meeting=found.hit, past=found.hit.date < ctx.today)
        return Target(error="There was no meeting in the past year to put it on.")
    if when.kind == "next":
        if found.hit:
            return Target(meeting=found.hit)
        return Target(window="date tbc", problem="There's no next meeting in the programme yet.")
    if when.kind == "range":
        if found.hit:
            return Target(meeting=found.hit)
        if found.choices:
            return Target(choices=found.choices)
        if _beyond_the_calendar(ctx, when.day):  # "park it till next year": a possible future item, as meant
            return Target(window=_window_of(when))
        return Target(window="date tbc", problem=f"There's no meeting {when.text}.")
    if when.kind == "month":
        if "/" in when.text:
            return Target(window=when.text)
        if found.hit:
            return Target(meeting=found.hit, past=found.hit.date < ctx.today)
        if found.choices:
            return Target(choices=found.choices)
        year, month = when.month
        return Target(window=f"{MONTHS[month - 1]} {year}",
                      problem=f"There's no meeting in {MONTHS[month - 1]} {year}.")
    if found.hit:
        return Target(meeting=found.hit, past=found.hit.date < ctx.today)
    return Target(meeting_to_add=when, past=when.day < ctx.today,
                  problem=f"There's no meeting on {day(when.day)}.")


_OFFSET = re.compile(r"\b(?P<n>an?|one|two|three|four|\d{1,2})\s+(?P<unit>weeks?|fortnights?|days?)\s+"
                     r"(?P<way>after|before)\s+(?P<ref>[^,.;!?]{2,40})", re.I)
_DAYS = {"week": 7, "fortnight": 14, "day": 1}


def day_from_a_meeting(ctx: Context, text: str) -> When | None:
    """'a fortnight after the june one', 'two weeks before the March meeting': a day counted from a meeting's."""
    m = _OFFSET.search(text)
    when = when_of(ctx, m.group("ref")) if m else None
    meeting = resolve_meeting(ctx, when).hit if when else None
    if meeting is None:
        return None
    count = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
    days = count * _DAYS[m.group("unit").lower().rstrip("s")] * (1 if m.group("way").lower() == "after" else -1)
    return When("day", day=meeting.date + timedelta(days=days), at=meeting.time, text=m.group(0))

