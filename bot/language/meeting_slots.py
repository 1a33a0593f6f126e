"""The slots of meeting changes and settings: which meeting, where it goes, and numbers of working days."""
from __future__ import annotations

import re

from bot.clauses import EARLIER
from bot.days.dates import MEETING_NOUNS, NUMBER_WORDS
from bot.days.relative import WEEKDAYS
from bot.language.vocabulary import tokens

MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY_FIRST = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+(?=\d|the\s+\d))?"  # "Fri 18th", "Friday 19 Nov"
DAY = _WEEKDAY_FIRST + r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTHS + r"(?:\s+\d{4})?|" + MONTHS + \
    r"\s+\d{1,2}(?:st|nd|rd|th)?" \
    r"(?:,?\s+\d{4})?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)|" + MONTHS + r"(?:\s+\d{4})?|" \
    r"next\s+month(?:'s)?|this\s+month(?:'s)?|next|last|upcoming|(?:the\s+)?(?:one|meeting)\s+after\s+next|" \
    r"(?:mon|tues|wednes|thurs|fri)day)"
MEETING_WORD = r"(?:" + MEETING_NOUNS + r"|one|sitting|agenda|papers?|reports?|special|extraordinary)"
FROM = re.compile(r"\b(?P<from>" + DAY + r")(?:'s)?\s+(?:\w+\s+)?" + MEETING_WORD + r"\b|\b" + MEETING_WORD +
                   r"\s+(?:on|of|for|in|from)\s+(?:the\s+)?(?P<from2>" + DAY + r")\b", re.I)
TO = re.compile(r"\b(?:to|till|until|for|on|by|as|now|instead|->|moved\s+to|published|issued|out|despatched|dispatched)"
                 r"\s+(?:be\s+)?(?:on\s+)?(?:the\s+)?"
                 r"(?P<to>" + DAY + r"(?:\s+at\s+[\w:.]+(?:\s*[ap]m)?|\s+at\s+noon)?)\b", re.I)
_DATE_WORDS = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + MONTHS + r"(?:\s+\d{4})?|" + MONTHS +
                         r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\b", re.I)
_COUNT = re.compile(r"\b(?:by\s+)?(?P<n>an?|one|two|three|four|\d+)\s+(?P<unit>weeks?|days?)\b", re.I)
_DAY = re.compile(r"\b(?:" + DAY + r")\b", re.I)
_MONTHS_DATE = re.compile(r"\b(?P<from>" + MONTHS + r")(?:['’]s)?\s+(?:date|publication\s+date|(?:report\s+|papers?\s+)?"
                          r"deadline)\b", re.I)  # "our October date", "june pub date is 20 May", "december's deadline"
_FOR_DAY = re.compile(r"\bfor\s+(?:the\s+)?(?P<from>" + DAY + r")\b(?=.+\b(?:to|is|are|now|be)\b)", re.I)
MEETING_CHANGES = {"move_meeting", "shift_meeting", "cancel_meeting", "set_meeting_deadline", "set_publication"}


def meeting_slots(handler: str, text: str, slots: dict) -> dict:
    """The meeting a change is about ('from') and where it goes ('to'), from the date words and their neighbours."""
    slots = dict(slots)
    found = FROM.search(text)
    if not found and handler in {"set_meeting_deadline", "set_publication"}:
        found = _FOR_DAY.search(text) or _MONTHS_DATE.search(text)  # "deadline for march to 1 March", "june pub
        # date is 20 May": that month's meeting
    if not found and handler in {"move_meeting", "cancel_meeting", "shift_meeting"}:
        found = _MONTHS_DATE.search(text)
    if found and not slots.get("from"):
        slots["from"] = _with_the(found.group("from") or found.groupdict().get("from2"))
        if text[:found.start()].lower().endswith("last "):
            slots["from"] = f"last {slots['from']}"  # "last March's meeting was moved to the 10th": a year ago
    if handler in {"move_meeting", "set_meeting_deadline", "set_publication"} and not slots.get("to"):
        after = text[found.end():] if found else text
        to = TO.search(after) or (None if found else TO.search(text))
        if to:
            slots["to"] = _with_the(to.group("to"))
        if to and not found and handler == "move_meeting" and len(said := _DAY.findall(text[:to.start()])) == 1:
            slots["from"] = _with_the(said[0])  # "can we shift november to Wednesday 17th": November's meeting
        elif found and (last := [m for m in _DATE_WORDS.finditer(after)] or
                        [m for m in _DAY.finditer(after) if handler != "move_meeting" and any(c.isdigit() for c in m.group(0))]):
            slots["to"] = _with_the(last[-1].group(0))  # "make the deadline for the March papers 13 Feb", "report
            # deadline for the june meeting is wednesday 26th"
    if handler == "shift_meeting" and not slots.get("n"):
        count = _COUNT.search(text)
        if count:
            slots |= {"n": count.group("n"), "unit": count.group("unit")}
        elif re.search(r"\bfortnight\b", text, re.I):
            slots |= {"n": "two", "unit": "weeks"}
        slots["verb"] = "bring forward" if EARLIER.search(text) else "push back"
    return slots


_N = r"(?:\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2) + r")"
_RULE = re.compile(r"\b(?P<n>" + _N + r")\s+(?:clear\s+)?working\s+days?\s+(?:before|ahead\s+of|prior\s+to)\s+"
                   r"(?:the\s+|each\s+|every\s+)?(?P<anchor>meeting|committee|panel|agenda|publication|despatch|dispatch)", re.I)
_AT = re.compile(r"\b(?:by|at|before)\s+(?P<at>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|noon|midday)", re.I)
_DAYS = re.compile(r"\b(?P<days>" + _N + r"(?:\s*(?:,|and|&|\+)\s*" + _N + r")*)\s+(?:clear\s+)?working\s+days?\b", re.I)
_AS_WELL = re.compile(r"\b(?:as\s+well|too|also|extra|another|additional)\b", re.I)


def _with_the(words: str) -> str:
    """'27th' alone is read as a day of the month only as 'the 27th'."""
    return f"the {words}" if re.match(r"\d{1,2}(?:st|nd|rd|th)\b", words, re.I) else words


def settings_slots(handler: str, text: str, slots: dict) -> dict:
    """Numbers of working days, the anchor and the time, for the deadline rule and the reminder schedule."""
    slots = dict(slots)
    if handler == "set_rule" and not slots.get("n") and (m := _RULE.search(text)):
        anchor = "meeting" if m.group("anchor").lower() in {"meeting", "committee", "panel"} else "publication"
        slots |= {"n": str(NUMBER_WORDS.get(m.group("n").lower(), m.group("n"))), "anchor": anchor}
        if at := _AT.search(text):
            slots["at"] = at.group("at")
    if handler == "set_nudges" and not slots.get("days") and (m := _DAYS.search(text)):
        words = re.findall(_N, m.group("days"), re.I)
        slots["days"] = " ".join(str(NUMBER_WORDS.get(w.lower(), w)) for w in words)
        if _AS_WELL.search(text):
            slots["also"] = "yes"
    if handler == "set_nudges" and not slots.get("days") and (spans := list(_SPANS.finditer(text))):
        slots["days"] = " ".join(str(_working_days(m)) for m in spans)  # "a fortnight before and the day before"
    if handler == "set_nudges" and (days := [w for w, _, _ in tokens(text) if WEEKDAYS.get(w.lower().rstrip("s"), 5) < 5]):
        slots["weekdays"] = " ".join(days)  # "send the nudges on mondays at 9am"
    if handler == "set_nudges" and (at := _CLOCK.search(text)):
        slots["at"] = at.group("at")
    return slots


_CLOCK = re.compile(r"\bat\s+(?P<at>\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?)\b", re.I)


_SPANS = re.compile(r"\b(?:(?P<n>an?|" + _N + r")\s+(?P<unit>weeks?|days?)|a\s+(?P<fortnight>fortnight)|"
                    r"the\s+(?P<day>day)\s+before)\b", re.I)


def _working_days(m: re.Match) -> int:
    """A span said in weeks or days, as working days: a week is five, a fortnight ten, the day before one."""
    if m.group("fortnight"):
        return 10
    if m.group("day"):
        return 1
    n = NUMBER_WORDS.get(m.group("n").lower(), 1) if not m.group("n").isdigit() else int(m.group("n"))
    return n * 5 if m.group("unit").lower().startswith("week") else n
