"""Which numbered lines head agenda items: minute numbers as councils print them (any start, '45/23', gaps), not lists."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.minutes.cleaning import looks_like_title

# "12. Budget", "112 Archives", "Minute 45/23 Budget", "23/45 Budget", "Item 7 Budget", "**4 Budget**"; a line that ends
# with a full stop is a sentence, and "That ..." / "The Panel ..." a numbered resolution, never a heading
_NUMBERED = re.compile(r"\s*(?:#+\s*)?(?P<prefix>(?i:(?:agenda\s+)?item|minute|min\.?)\s*(?i:no\.?\s*)?)?"
                       r"(?P<a>\d{1,4})(?:\s*/\s*(?P<b>\d{1,4}))?\.?\s+(?:\*\*)?(?P<title>[A-Z(][^\n]{2,110}?)(?:\*\*)?\s*")
_NOT_TITLE = re.compile(r"(?:that|the (?:panel|committee|board))\b", re.I)
_NEAR = 3  # how far a small minute number may jump (an item or two taken out); larger numbers: _FAR
_FAR = 10  # minutes numbered through the year ("98", "112") skip exempt items and items taken at other meetings


_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
           "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}


def _is_month(title: str) -> bool:
    return title.split(maxsplit=1)[0].strip(".,").lower() in _MONTHS


@dataclass(frozen=True)
class Numbered:
    """A line that could head an agenda item: its minute number, the other half of 'a/b', and its title."""

    number: int
    pair: tuple[int, int] | None
    strong: bool  # said as a minute number: "Minute 45", "45/23" (a bare "150" may be a figure)
    title: str
    titled: bool  # the line reads as a title ('Budget Monitoring'), not a sentence cut short


def numbered(line: str) -> Numbered | None:
    """The numbered heading a line may be, or None."""
    m = _NUMBERED.fullmatch(line)
    if not m or line.rstrip().endswith(".") or _NOT_TITLE.match(m.group("title")):
        return None
    a, b = int(m.group("a")), int(m.group("b")) if m.group("b") else None
    if b is None and not m.group("prefix") and (1990 <= a <= 2039 or _is_month(m.group("title"))):
        return None  # "2024 Annual Report", "22 July 20 January": a year or a date, not a minute
    return Numbered(a, (a, b) if b is not None else None, bool(m.group("prefix") or b is not None),
                    m.group("title"), looks_like_title(m.group("title")))


def headings(lines: list[str]) -> set[int]:
    """The indexes of `lines` that head agenda items.

    Minute numbers count up from wherever the council's numbering stands ("98", "Minute 45/23", "23/45"), with gaps
    where exempt or withdrawn items were taken out; a numbered list inside an item starts again from 1 (or carries on
    its own count) and heads nothing. A jump forward past a gap is a heading when it is said as a minute number, when
    the next heading carries on from it, or when it leaves a count of small numbers (a list) for a minute number. A
    first number nothing carries on, followed by a count from a lower number, was a figure ("150 Years of ...")."""
    found = [(i, n) for i, line in enumerate(lines) if (n := numbered(line))]
    out: set[int] = set()
    last = 0  # the last heading's number
    pair: tuple[int, int] | None = None  # the last "a/b" heading
    inner = 0  # the count of a list inside the current item
    lone = -1  # the line of a heading that opened a count nothing has carried on yet (-1: none)
    for k, (i, n) in enumerate(found):
        if n.pair is not None:
            if pair is None or (n.pair[0] == pair[0]) != (n.pair[1] == pair[1]) and n.pair > pair:
                out.add(i)
                pair, last, inner = n.pair, n.number, 0
            continue
        gap = _NEAR if last < 10 else _FAR
        follows = next((m.number for _, m in found[k + 1:k + 2] if m.pair is None), None)
        if last and inner and n.number == inner + 1 and (not n.titled or follows == n.number):
            inner = n.number  # "2 ...", "3 ...": the list inside the item goes on (the heading with its number follows)
        elif not last or last < n.number <= last + gap:
            out.add(i)
            lone = i if not last else -1
            last, inner = n.number, 0
        elif n.number <= last and lone >= 0 and n.titled and not _carried_on(found[k + 1:k + _AHEAD], last, gap):
            out.discard(lone)  # "150 Years of the Park" opened the page: a figure, not a minute; the count starts here
            out.add(i)
            lone, last, inner = -1, n.number, 0
        elif n.number <= last:
            inner = n.number
        elif n.strong or follows is not None and n.number < follows <= n.number + _FAR or last < 10 <= n.number:
            out.add(i)
            lone = -1 if n.strong or follows is not None and n.number < follows <= n.number + _FAR else i
            last, inner = n.number, 0
    return out


_AHEAD = 40  # how many numbered lines ahead are looked at to see whether a count carries on


def _carried_on(ahead: list[tuple[int, Numbered]], last: int, gap: int) -> bool:
    return any(m.pair is None and last < m.number <= last + gap for _, m in ahead)
