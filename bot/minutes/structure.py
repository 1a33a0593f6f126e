"""Structure first: minutes text -> agenda items -> clauses (resolutions, bullets, sentences), minus what is not minutes."""
from __future__ import annotations

import re
from datetime import date, datetime

from bot.dates import parse_when
from bot.deadlines import LONDON
from bot.minutes.due import MONTH_NAMES

_MINUTES_OF = re.compile(r"^\W*minutes\b(?!\s+of\s+(?:the\s+)?(?:previous|last))[^\n]{0,200}?\b(\d{1,2}(?:st|nd|rd|th)?\s+"
                         r"(?:" + MONTH_NAMES + r")\s+\d{4})", re.I | re.M)
_END = re.compile(r"^\W*(?:the meeting (?:ended|closed|finished|concluded)\b|meeting (?:closed|ended) at\b|"
                  r"recommendations?(?:\(s\))? for (?:action|decision|noting)|report title\b|<b>report title|"
                  r"(?:<b>)?city of \w+ council(?:</b>)?\s*(?:<b>)?cabinet)", re.I)
_NOISE = re.compile(r"^\s*(?:page \d+|\[?not protectively marked\]?|minutes|agenda item no:? ?\d*|-{3,}|\|.*\|)\s*$",
                    re.I)
_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:item\s+)?(?:minute\s+no\.?\s*)?(?P<n>\d{1,2})\.?\s+(?:\*\*)?(?P<title>[A-Z(][^\n]"
                      r"{2,110}?)(?:\*\*)?\s*$")
_RESOLVED = re.compile(r"^\s*(?:it was\s+)?(?:resolved|agreed|decision|decided|resolution|actions? agreed|actions?)\b\s*"
                       r"(?P<mark>[:–-])?\s*", re.I)
_CLAUSE = re.compile(r"(?:^|\s)(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|\([ivx]{1,4}\))\s+")



def meeting_date(text: str) -> tuple[date | None, int]:
    """The date in 'Minutes of the meeting held on 14 March 2023', and where the minutes start (0 if not said)."""
    start = _MINUTES_OF.search(text)
    if not start:
        return None, 0
    found = parse_when(start.group(1), datetime(2000, 1, 1, 9, tzinfo=LONDON))
    return (found.day if found and found.kind == "day" else None), start.start()


def minute_lines(body: str) -> list[str]:
    out = []
    for line in body.splitlines():
        if _END.search(line):
            break
        if not _NOISE.match(line):
            out.append(line.replace("**", "").rstrip())
    return out


def split_items(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Split at numbered agenda headings that count up; numbered resolutions inside an item are not headings."""
    items: list[tuple[str, list[str]]] = [("", [])]
    last = 0
    for line in lines:
        m = _HEADING.match(line)
        if m and (last == 0 or last < int(m.group("n")) <= last + 3) and not line.rstrip().endswith(".") \
                and not re.match(r"(?:that|the (?:panel|committee|board))\b", m.group("title"), re.I):
            last = int(m.group("n"))
            title = m.group("title").strip()
            items.append((title.title() if title.isupper() else title, []))
        else:
            items[-1][1].append(line)
    return [i for i in items if i[1]]



def split_item(lines: list[str]) -> tuple[list[str], list[str]]:
    """An item's discussion, and its resolutions (each clause of a RESOLVED block marked with a leading '§')."""
    discussion, resolutions, in_resolved = [], [], False
    for line in lines:
        m = _RESOLVED.match(line)
        rest = line[m.end():] if m else ""
        if m and (not rest.strip() or re.match(r"that\b", rest.strip(), re.I) or m.group("mark")):
            in_resolved = True
            resolutions.append("§ " + rest)
            continue
        (resolutions if in_resolved else discussion).append(line)
    return discussion, resolutions


def sentences(text: str) -> list[str]:
    """Sentences, and each bullet of a list as its own, led by who the list is about ('the Head of Inclusion:')."""
    text = " ".join(text.split())
    out = []
    for sentence in re.split(r"(?<=[a-z0-9)’'\]][.!?])\s+(?=[A-Z“\"])", text):
        parts = [p.strip(" ;") for p in re.split(r"\s*[•·▪●]\s*|;\s+(?=(?:and\s+)?[a-z])", sentence) if p.strip(" ;")]
        if len(parts) > 1 and (who := _LEAD_IN.search(parts[0])):
            parts = [parts[0]] + [f"{who.group(1)} {p}" if p[:1].islower() else p for p in parts[1:]]
        out += parts
    return out


_LEAD_IN = re.compile(r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*))*)\s*:?\s*$")


def clauses(text: str) -> list[str]:
    text = " ".join(text.split())
    parts = [p for chunk in text.split("§") for p in _CLAUSE.split(" " + chunk) if p.strip()]
    return [s for p in parts for s in sentences(p)]

