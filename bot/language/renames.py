"""A rename's new title: the words after 'call it', 'retitle it', 'rename ... to', '->', not the item's own words."""
from __future__ import annotations

import re

from bot.language.references import SENTENCE_END
from bot.language.vocabulary import BECAUSE, tokens

# Words after which the new name comes ('should be called X', 'retitle it X', 'rename the X item to Y', 'X -> Y')
_NAME_NEXT = re.compile(r"(?:(?<![\w-])(?:re-?titled?|titled?|re-?name[ds]?|call(?:ed)?|known\s+as|name\s+it)\b|->|\u2192)\s*",
                        re.I)
_VERB = frozenset({"retitle", "title", "rename", "call"})  # 'call the X item Y': the item comes first
_CAPITALISED_TAIL = re.compile(r"\b([A-Z][\w'&-]*(?:\s+(?:[A-Z0-9][\w'&-]*|and|of|the|for|in|on|&))*)\W*$")
_KIND = frozenset({"item", "report", "paper", "review", "one", "thing"})
_BEFORE = frozenset({"it", "this", "that", "instead", "to", "as", "be"})  # 'retitle it X', 'rename X to Y'
_AFTER = frozenset({"instead", "please", "pls", "thanks", "cheers", "ta", "now"})  # '... Seating Policy instead'


def new_title(text: str, item_start: int, item_end: int) -> str:
    """The new title a rename gives the item named at text[item_start:item_end], or ''."""
    for marker in reversed(list(_NAME_NEXT.finditer(text))):
        rest = text[marker.end():]
        if marker.end() <= item_start < marker.end() + 12 and _first_word(rest) not in {"it", "this", "that"} and \
                marker.group(0).strip().lower().replace("-", "") in _VERB:
            rest = text[_past_the_item(text, item_start, item_end):]  # 'call the parklets item Parklets and ...';
        if said := _tidy(rest):  # 'retitle it Fire Station Review - Phase 1: ...' names it anew
            return said
    named = _CAPITALISED_TAIL.search(text)  # "call the parking item Parking Enforcement and Permits"
    if named and named.start() > item_start:
        return named.group(1)
    return _tidy(text[_past_the_item(text, item_start, item_end):])


def _past_the_item(text: str, item_start: int, item_end: int) -> int:
    """Where the words naming the item end: after its 'item' or 'report' when that follows closely."""
    kind = next((end for word, start, end in tokens(text) if item_start <= start <= item_end + 12
                 and word.lower() in _KIND), None)
    return kind if kind is not None else item_end


def _first_word(text: str) -> str:
    words = tokens(text)
    return words[0][0].lower() if words else ""


def _before_the_reason(sentence: str, words: list) -> list:
    """The words before a reason given after the name: ', since it's grown ...', ': members prefer it'."""
    for n, (word, start, _) in enumerate(words[1:], 1):
        mark = sentence[words[n - 1][2]:start].strip(" )\"'”’")
        if mark == "," and word.lower() in BECAUSE or mark == ":" and word.islower() and word.isalpha():
            return words[:n]
    return words


def without_reason(title: str) -> str:
    """A new title cut before the reason given after it."""
    words = tokens(title)
    kept = _before_the_reason(title, words)
    if not kept or len(kept) == len(words):
        return title
    end = kept[-1][2]
    return title[:end + (title[end:end + 1] == ")")]  # 'Library Hours (Pilot): as asked


def _tidy(rest: str) -> str:
    """The name alone: no 'it'/'to' before it, nothing after its sentence, no 'instead' or 'please' after it."""
    sentence = SENTENCE_END.split(rest.strip(), maxsplit=1)[0]
    words = _before_the_reason(sentence, tokens(sentence))
    while words and words[0][0].lower() in _BEFORE:
        words = words[1:]
    while words and words[-1][0].lower() in _AFTER or [w.lower() for w, _, _ in words[-3:]] == ["from", "now", "on"]:
        words = words[:-1] if words[-1][0].lower() in _AFTER else words[:-3]
    if not words:
        return ""
    end = words[-1][2] + (sentence[words[-1][2]:words[-1][2] + 1] == ")")  # 'Library Hours (Pilot)'
    return sentence[words[0][1]:end].strip(" \"'“”‘’,.:;-")
