"""Minutes text -> proposed outstanding matters and future items, from resolutions and promises in the discussion."""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from bot.dates import MONTHS, parse_when
from bot.deadlines import LONDON
from bot.minutes_clauses import find_action
from bot.minutes_people import Person, lead_officer, people_in, resolve_person, speaker_of

_MONTH_NAMES = "|".join(n for n in MONTHS if len(n) > 3 or n == "may")  # full names: "mar" and "dec" are words too
_MINUTES_OF = re.compile(r"^\W*minutes\b(?!\s+of\s+(?:the\s+)?(?:previous|last))[^\n]{0,200}?\b(\d{1,2}(?:st|nd|rd|th)?\s+"
                         r"(?:" + _MONTH_NAMES + r")\s+\d{4})", re.I | re.M)
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
_FULL_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_GENERIC_ITEMS = re.compile(r"^(?:matters arising|minutes|apologies|any other business|declarations|work programme)", re.I)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12,
                 "eighteen": 18, "18": 18}
_STOP = {"the", "a", "an", "of", "on", "to", "in", "and", "for", "with", "from", "by", "at", "be", "that", "this",
         "report", "update", "panel", "meeting", "future", "receive", "would", "will", "its", "their", "any"}


@dataclass(frozen=True)
class ProposedMatter:
    """Something the minutes say must come back or be done, ready to become an outstanding matter (and item)."""

    subject: str
    lead: str = ""
    raised_on: date | None = None
    due: date | None = None
    due_text: str = ""
    item: str = ""  # the agenda item it came from
    source: str = ""  # the sentence or resolution, for the officer to check
    programme: bool = False  # a report to come back: also a possible future item on the work programme
    resolved: bool = False


@dataclass(frozen=True)
class MinutesReading:
    meeting: date | None
    proposals: tuple[ProposedMatter, ...]


def read_minutes(text: str, meeting: date | None = None, programme: Sequence[date] = ()) -> MinutesReading:
    """Propose matters from minutes; `programme` (the panel's meeting dates) turns 'next meeting' into a date."""
    start = _MINUTES_OF.search(text)
    if meeting is None and start:
        found = parse_when(start.group(1), datetime(2000, 1, 1, 9, tzinfo=LONDON))
        meeting = found.day if found and found.kind == "day" else None
    body = text[start.start():] if start else text
    lines = _minute_lines(body)
    everyone = people_in("\n".join(lines))
    programme = tuple(programme) or next_meeting_named(lines, meeting)
    proposals: list[ProposedMatter] = []
    for title, item_lines in _items(lines):
        proposals += _item_proposals(title, item_lines, meeting, programme, everyone)
    return MinutesReading(meeting, tuple(proposals))


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


def _minute_lines(body: str) -> list[str]:
    out = []
    for line in body.splitlines():
        if _END.search(line):
            break
        if not _NOISE.match(line):
            out.append(line.replace("**", "").rstrip())
    return out


def _items(lines: list[str]) -> list[tuple[str, list[str]]]:
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


def _item_proposals(title: str, lines: list[str], meeting: date | None, programme: Sequence[date],
                    everyone: list[Person]) -> list[ProposedMatter]:
    discussion, resolutions, in_resolved = [], [], False
    for line in lines:
        m = _RESOLVED.match(line)
        rest = line[m.end():] if m else ""
        if m and (not rest.strip() or re.match(r"that\b", rest.strip(), re.I) or m.group("mark")):
            in_resolved = True
            resolutions.append("§ " + rest)
            continue
        (resolutions if in_resolved else discussion).append(line)
    local = people_in("\n".join(lines))
    presenter = lead_officer(local)
    found: list[ProposedMatter] = []
    follows = False  # did the sentence before this one propose something?
    for sentence in _sentences(" ".join(discussion)):
        new = _propose(sentence, False, title, meeting, programme, local, everyone, presenter)
        if new and follows and _REFERS_BACK.search(sentence):
            # "Cllr Patel asked for a breakdown ... The Director agreed to provide this.": one matter, the Director's
            found[-1] = replace(found[-1], lead=new[0].lead or found[-1].lead,
                                due=found[-1].due or new[0].due, due_text=found[-1].due_text or new[0].due_text)
            continue
        found += new
        follows = bool(new)
    for clause in _clauses(" ".join(resolutions)):
        found += _propose(clause, True, title, meeting, programme, local, everyone, presenter)
    return _merge(found)


def _propose(sentence: str, resolved: bool, title: str, meeting: date | None, programme: Sequence[date],
             local: list[Person], everyone: list[Person], presenter: str) -> list[ProposedMatter]:
    action = find_action(sentence, resolved)
    if action is None:
        return []
    subject = _tidy_subject(action.thing)
    if re.fullmatch(r"(?:this|it|these|that|they|this information|the information)", subject, re.I) and title:
        subject = f"Information on {title}"  # "this would be circulated": the item says what 'this' is
    if len(subject) < 4:
        return []
    if len(subject.split()) <= 2 and title and not _GENERIC_ITEMS.match(title):
        subject = f"{subject} on {title}"
    speaker = speaker_of(sentence)
    actor = action.actor
    if actor.lower() in {"he", "she", "they", "i", "we", "it", ""}:
        actor = speaker
    if re.fullmatch(r"(?:the\s+)?officer", actor, re.I):
        actor = presenter or actor  # "the officer" in an item is the one who presented it
    lead = resolve_person(actor, local, everyone) if actor else ""
    if not lead or lead.lower() == "it" or re.search(r"\b(?:panel|committee|board|members|councillors)\b", lead, re.I):
        lead = presenter
    elif _ASKING_MEMBER.match(lead) and _ASKED.search(sentence):
        lead = presenter  # the councillor who asked is not the one who owes it
    due, due_text = due_of(sentence, meeting, programme)
    return [ProposedMatter(subject, lead, meeting, due, due_text, title, " ".join(sentence.split()), action.programme,
                           resolved)]


_REFERS_BACK = re.compile(r"\b(?:provide|circulate|send|share|supply|do|arrange|produce|forward|look into|"
                          r"find out|obtain)\s+(?:this|that|it|these|them|those|the same)\b|\b(?:this|that|it|these|they)"
                          r"\s+(?:would|will|could|can)\s+be\s+(?:provided|circulated|sent|shared|supplied|forwarded)", re.I)
_ASKING_MEMBER = re.compile(r"^(?:cllr|councillor)\b", re.I)
_ASKED = re.compile(r"\b(?:asked|requested|called|pressed|wished)\s+for\b|\brequested\b", re.I)


def _sentences(text: str) -> list[str]:
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


def _clauses(text: str) -> list[str]:
    text = " ".join(text.split())
    parts = [p for chunk in text.split("§") for p in _CLAUSE.split(" " + chunk) if p.strip()]
    return [s for p in parts for s in _sentences(p)]


def due_of(sentence: str, meeting: date | None, programme: Sequence[date] = ()) -> tuple[date | None, str]:
    """When an action is due: the next meeting (dated if the programme knows it), a date, a month, or words."""
    s = " ".join(sentence.split())
    later = sorted(d for d in programme if meeting is None or d > meeting)
    if re.search(r"\b(?:next|following|forthcoming)\s+(?:scheduled\s+|panel\s+|committee\s+|board\s+)?"
                 r"(?:meeting|panel|committee|board|sitting)", s, re.I):
        return (later[0] if later else None), "next meeting"
    if m := re.search(r"\bin\s+(\d+|a|one|two|three|four|six|nine|twelve|eighteen)\s+(months?|years?)(?:['’]?\s*time)?",
                      s, re.I):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
        months = count * (12 if m.group(2).lower().startswith("year") else 1)
        if meeting:
            day = _add_months(meeting, months)
            return _meeting_in_month(day, later) or day, f"{calendar.month_name[day.month]} {day.year}"
        return None, m.group(0)[3:]
    month = _MONTH_DATE.search(s)
    if month and meeting:
        when = parse_when(month.group(1), datetime.combine(meeting, time(9), LONDON))
        if when and when.kind == "day":
            return when.day, f"{when.day.day} {when.day:%B %Y}"
        if when and when.kind == "month":
            first = date(when.month[0], when.month[1], 1)
            return _meeting_in_month(first, later) or first, f"{calendar.month_name[first.month]} {first.year}"
    if re.search(r"\b(?:future|later|subsequent)\s+meeting|\bin due course\b|\bwork\s*programme\b", s, re.I):
        return None, "future meeting"
    if m := re.search(r"\bwhen\s+(?:it is\s+|they are\s+|this is\s+)?(available|completed?|published|received|"
                      r"finalised|ready|known|agreed)\b", s, re.I):
        return None, f"when {m.group(1).lower()}"
    if m := re.search(r"\b(six[- ]monthly|quarterly|annually|annual)\b", s, re.I):
        return None, m.group(1).lower()
    return None, ""


_MONTH_DATE = re.compile(r"\b(?:in|by|at the|at its|at their|to the|to its|to their|for the|during|before the end of|"
                         r"until|on|from)\s+("
                         r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH_NAMES +
                         r")(?:\s+\d{4})?)\b", re.I)


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _meeting_in_month(day: date, later: list[date]) -> date | None:
    return next((d for d in later if (d.year, d.month) == (day.year, day.month)), None)


def _tidy_subject(thing: str) -> str:
    """The matter in a few words: no due phrase, no 'to the panel', no trailing clause, capitalised."""
    s = " ".join(thing.split()).strip(" .;,")
    s = re.sub(r"^(?:a |an |the )?(?:copy|copies) of (?:the )?", "", s, flags=re.I)
    cuts = [r"\s+(?:to|at|for)\s+(?:the|a)\s+(?:next|future|later|subsequent|forthcoming)\b.*",
            r"\s+(?:at|to|for)\s+the\s+\w+(?:\s+\d{4})?\s+meeting\b.*", r"\s+after the meeting\b.*",
            r"\s+at\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}meeting\b.*",
            r"\s+(?:to|with)\s+(?:the\s+)?(?:panel|committee|members|councillors)\b.*",
            r"\s+in\s+(?:\d+|a|one|two|three|four|six|nine|twelve|eighteen)\s+(?:months?|years?)\b.*",
            r"\s+(?:in|by|during|before the end of)\s+(?:\d{1,2}\s+)?(?:" + _MONTH_NAMES
            + r")\b.*", r"\s+when\s+(?:it is\s+|they are\s+)?(?:available|completed?|published|received|finalised|ready|"
                        r"known)\b.*", r"\s+and\s+(?:would|will|to)\s+.*", r"\s+(?:as soon as|once)\s+.*"]
    for cut in cuts:
        s = re.sub(cut, "", s, flags=re.I)
    s = re.sub(r"^(?:a|an|the)\s+", "", s.strip(" .;,"), flags=re.I)
    return (s[:1].upper() + s[1:])[:160]


def _merge(found: list[ProposedMatter]) -> list[ProposedMatter]:
    """One matter per thing: a resolution and the discussion that led to it are the same matter."""
    out: list[tuple[int, ProposedMatter]] = []
    for index, p in sorted(enumerate(found), key=lambda pair: not pair[1].resolved):
        # Two resolutions are two decisions; only discussion folds into a resolution (or into itself).
        # An officer's promise and a report back to the panel are different matters even on one topic.
        at = next((n for n, (_, o) in enumerate(out) if not (o.resolved and p.resolved) and o.programme == p.programme
                   and _same(o.subject, p.subject)), None)
        if at is None:
            out.append((index, p))
            continue
        first, twin = out[at]
        due_from = twin if twin.due or not p.due else p
        out[at] = (min(first, index), ProposedMatter(
            twin.subject, twin.lead or p.lead, twin.raised_on, due_from.due, due_from.due_text or twin.due_text or
            p.due_text, twin.item, twin.source, twin.programme or p.programme, twin.resolved))
    return [p for _, p in sorted(out, key=lambda pair: pair[0])]


def _same(a: str, b: str) -> bool:
    wa, wb = _content(a), _content(b)
    if not wa or not wb:
        return False
    overlap = len(wa & wb)
    return overlap / min(len(wa), len(wb)) >= 0.66 or overlap / len(wa | wb) >= 0.5


def _content(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}
