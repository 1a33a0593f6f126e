"""Splitting a change request into its parts: title, target, lead(s), requested by, notes, due."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_MARKER = re.compile(
    r"(?:[,;(]|\s-)?\s*\b(?P<key>lead(?:\s+(?:officer|author|report author|member))?|led by|presented by|presenter|"
    r"authors?|authored by|leads|written by|with lead|owner|requested by|asked for by|suggested by|raised by|notes?|note that|"
    r"due(?:\s+(?:by|at|on|for|in))?|deadline|position)\b\s*(?::|=|-|\bis\b)?\s*",
    re.I)
_WITH_AS_LEAD = re.compile(r"\s*,?\s*\bwith\s+(?P<lead>.+?)\s+as\s+(?:the\s+)?(?:lead|author|presenter)\b", re.I)
_TARGET = re.compile(r"\s+(?:to|on|for|at|into|onto|in|as|under)\s+(?:the\s+|a\s+|an\s+)?(?P<target>.+)$", re.I)
_WHEN_AFTER_COMMA = re.compile(r",\s*(?:(?:due|for|at|to|by)\s+)?(?:the\s+)?(?P<when>[^,]{2,40})$", re.I)
_NO_MEETING = re.compile(r"^(?:(?:work\s*)?programme|work\s*plan|agenda|list|plan|forward plan|(?:possible\s+)?future"
                         r"(?:\s+items?)?(?:\s+list)?|possible\s+(?:future\s+)?items?|tbc|later|backlog|"
                         r"(?:possible\s+)?future\s+item)\W*$", re.I)
_AGENDA_TAIL = re.compile(r"\s+(?:on|to|onto|in|into)\s+(?:the\s+)?(?:agenda|work\s*programme|programme)$", re.I)
_LEADING = re.compile(r"^(?:(?:wants?|would\s+like|(?:has\s+)?asked\s+for|is\s+after)\s+)?"  # "wants a look at X"
                      r"(?:an?\s+|the\s+)?(?:new\s+)?(?:(?:possible\s+)?future\s+)?(?:item|report|paper|update|briefing|something|session|look|"
                      r"discussion|presentation)\s+(?:on|about|at|called|"
                      r"titled|re|regarding)\s+|^(?:an?\s+|the\s+)?(?:new\s+)?(?:item|topic)\s*[:,-]\s*", re.I)
_KEYS = {"lead": "lead", "led by": "lead", "presented by": "lead", "presenter": "lead", "author": "lead",
         "authored by": "lead", "authors": "lead", "leads": "lead", "written by": "lead", "with lead": "lead",
         "owner": "lead", "requested by": "requested_by",
         "asked for by": "requested_by", "suggested by": "requested_by", "raised by": "requested_by", "note": "notes",
         "notes": "notes", "note that": "notes", "due": "due", "deadline": "due", "position": "position"}


@dataclass(frozen=True)
class Parts:
    main: str
    fields: dict = field(default_factory=dict)


def split_fields(text: str) -> Parts:
    """'X to March, lead Becky, requested by Cllr Khan' -> main 'X to March' + fields."""
    fields: dict[str, str] = {}
    m = _WITH_AS_LEAD.search(text)
    if m:
        fields["lead"] = m.group("lead")
        text = text[:m.start()] + text[m.end():]
    markers = list(_MARKER.finditer(text))
    markers = [mk for mk in markers if _is_field_start(text, mk)]
    if not markers:
        return Parts(text.strip(" ,;"), fields)
    main = text[:markers[0].start()]
    for mk, nxt in zip(markers, markers[1:] + [None]):
        value = text[mk.end(): nxt.start() if nxt else len(text)].strip(" ,;)(")
        key = _KEYS.get(re.sub(r"\s+(officer|author|report author|member)$", "", mk.group("key").lower()))
        if key is None:
            key = "due" if mk.group("key").lower().startswith("due") else "lead"
        if value:
            fields[key] = value
    return Parts(main.strip(" ,;"), fields)


def _is_field_start(text: str, mk: re.Match) -> bool:
    """A marker word counts only after a comma/bracket/dash, or when it is 'led by'-like or 'lead <Name>'."""
    key = mk.group("key").lower()
    before = text[:mk.start()].rstrip()
    punctuated = mk.group(0).lstrip()[:1] in ",;(-" or before.endswith((",", ";", "("))
    if punctuated:
        return True
    if key in {"led by", "presented by", "requested by", "asked for by", "suggested by", "written by", "authored by",
               "raised by"}:
        return True
    if key.startswith("due") and mk.start() > 0:
        return True
    after_an_article = before.lower().endswith((" a", " an", " the", " our")) or before.lower() in {"a", "an", "the"}
    return key.startswith("lead") and bool(re.match(r"[A-Z]", text[mk.end():mk.end() + 1])) and not after_an_article
    # "a Lead Local Flood consultation response item": a title's word, not its lead


# "a report on empty homes sometime next year", "... at some point, no date yet": a vague when, said last
_VAGUE_TAIL = re.compile(r"[\s,;(-]+(?:(?:some\s*time|at\s+some\s+(?:point|stage))(?:\s+(?:in\s+)?(?P<when>(?:the\s+)?"
                         r"(?:next|new)\s+year|(?:the\s+)?(?:spring|summer|autumn|winter)))?|no\s+date\s+(?:yet|set))"
                         r"(?:[\s,;-]+no\s+date\s+(?:yet|set))?\W*$", re.I)


def when_after_comma(text: str, is_when) -> tuple[str, str] | None:
    """'list of parishes not signed up to the charter, next meeting' -> (the list..., 'next meeting'): a when after
    the last comma ends a new title or action whatever its words, when the words before it name no when."""
    comma = _WHEN_AFTER_COMMA.search(text)
    if not comma or not is_when(comma.group("when")) or is_when(text[:comma.start()]):
        return None
    return text[:comma.start()].strip(), comma.group("when").strip()


def split_target(main: str, is_target) -> tuple[str, str | None]:
    """'Title to the February meeting' -> ('Title', 'February meeting'), trying the last preposition first."""
    if vague := _VAGUE_TAIL.search(main):
        undated = "no date" in vague.group(0).lower()  # "at some point next year, no date yet": no meeting yet
        return _AGENDA_TAIL.sub("", main[:vague.start()].strip()), "tbc" if undated else vague.group("when") or "tbc"
    if cut := when_after_comma(main, lambda words: is_target(words) or bool(_NO_MEETING.match(words))):
        return _AGENDA_TAIL.sub("", cut[0]), cut[1]
    positions = [m.start() for m in re.finditer(r"(?:^|\s+)(?:to|on|for|at|into|onto|in|as|under)\s+", main, re.I)]
    for start in reversed(positions):
        m = _TARGET.match(" " + main[start:].lstrip())
        if m and is_target(m.group("target")):
            return _AGENDA_TAIL.sub("", main[:start].strip()), m.group("target").strip()
        if m and _NO_MEETING.match(m.group("target")):  # "X at the April meeting to the programme": April's
            title, when = split_target(main[:start], is_target)
            return (title, when) if when and not _NO_MEETING.match(when) else \
                (_AGENDA_TAIL.sub("", main[:start].strip()), m.group("target").strip())
    return main.strip(), None


def is_no_meeting(target: str | None) -> bool:
    return bool(target and _NO_MEETING.match(target))


# A new title that is only a pronoun's reference ('bung it on the May agenda'); 'This Girl Can' (capital T) is a title.
# Words that move something later or earlier: one list for reading a request and for checking where it lands.
LATER = re.compile(r"\b(?:defer\w*|postpon\w*|(?:push|put|knock)\w*\s+(?:\w+\s+){0,4}?back|delay\w*|slip\w*|bump\w*|"
                   r"carry\w*\s+(?:over|forward)|roll\w*\s+over|back\s+a\s+meeting)\b", re.I)
EARLIER = re.compile(r"\b(?:forward|earlier|sooner)\b", re.I)
# What a new item is about, said inside a sentence: "I'd like us to look at X", "a future item on X - date tbc"
TOPIC = re.compile(r"\b(?:look\s+(?:\w+ly\s+)?(?:at|into)|asked\s+for(?:\s+an?)?|(?:worr\w*|concerns?|hearing)\s+about|"
                   r"report\s+on|paper\s+on|item\s+on|briefing\s+on|update\s+on|"
                   r"session\s+on|something\s+on|scrutin(?:y|ise)(?:\s+(?:of|on))?)\s+(?P<topic>[^,.;!?]{3,80}?)"
                   r"(?=\s*(?:[,.;!?]|\s-\s|$))", re.I)
PRONOUN = re.compile(r"^\s*(?:[Ii]t|[Tt]hat|[Tt]hem|[Hh]im|[Hh]er|this)\b(?!\s*[-:])")
_TBC_TAIL = re.compile(r"[\s,;(-]+(?:date\s+)?(?:tbc|tba|to be confirmed)\)?\W*$", re.I)


def tidy_title(title: str) -> str:
    asks = title.strip(" !").endswith("?") and title.split()[:1] and title.split()[0].lower() in _ASKING
    title = re.sub(r"(?:\s+(?:please|instead|pls|from\s+now\s+on)|,\s*(?:can|could|would)\s+you\b.*)+\W*$", "",
                   title.strip(" ?!"), flags=re.I)  # "... Registration Scheme from now on, can you change it"
    title = _TBC_TAIL.sub("", title)  # "Public Toilets, TBC": the when, not the title
    title = _LEADING.sub("", title.strip(" \"'“”‘’,.:;-"))
    title = title.strip(" \"'“”‘’,.:;-")
    words = title.split()  # "bung a Lead Local Flood response item on sept": the title between "a" and "item"
    if len(words) >= 4 and words[0] in {"a", "an"} and words[-1] == "item" and \
            not {"future", "new", "possible"} & {w.lower() for w in words}:
        title = " ".join(words[1:-1])
    return title[:1].upper() + title[1:] + ("?" if asks and title else "")  # 'What Is a Library For?' keeps its mark


_ASKING = frozenset({"what", "why", "how", "who", "where", "when", "which", "is", "are", "does", "do", "can", "should"})


def split_names(text: str) -> list[str]:
    """'Becky Wilkinson/Sandra Ashton-Jones and Tom Denham' -> three names."""
    parts = re.split(r"\s*(?:/|&|,|;|\band\b|\bwith\b|\bplus\b)\s*", text.strip(" .)"))
    return [p.strip() for p in parts if p.strip() and p.strip().lower() not in {"tbc", "tba", "unknown", "n/a"}]
