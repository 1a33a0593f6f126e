"""A rename's new title: the words after 'call it', 'retitle it', 'rename ... to', '->', not the item's own words."""
from __future__ import annotations

import re

# Words after which the new name comes ('should be called X', 'retitle it X', 'rename the X item to Y', 'X -> Y')
_NAME_NEXT = re.compile(r"(?:(?<![\w-])(?:re-?titled?|titled?|re-?name[ds]?|call(?:ed)?|known\s+as|name\s+it)\b|->|\u2192)\s*",
                        re.I)
_POINTED = re.compile(r"\s*(?:it|this|that)\b", re.I)
_KIND = re.compile(r"\b(?:item|report|paper|review|one|thing)\b", re.I)
_LEADING = re.compile(r"^\W*(?:(?:it|this|that|instead)\b\s*)?(?:(?:to|as)\s+)?(?:be\s+)?", re.I)
_SENTENCE_END = re.compile(r"(?<=\w)[.!?](?:\s|$)")
_TRAILING = re.compile(r"[\s,;:.!?-]*\b(?:instead|please|pls|thanks|thank\s+you|cheers|ta)\b[\s\W]*$", re.I)
_CAPITALISED_TAIL = re.compile(r"\b([A-Z][\w'&-]*(?:\s+(?:[A-Z0-9][\w'&-]*|and|of|the|for|in|on|&))*)\W*$")


def new_title(text: str, item_start: int, item_end: int) -> str:
    """The new title a rename gives the item named at text[item_start:item_end], or ''."""
    for marker in reversed(list(_NAME_NEXT.finditer(text))):
        rest = text[marker.end():]
        if marker.end() <= item_start < marker.end() + 12 and not _POINTED.match(rest):  # 'call the parklets item
            # Parklets and ...': past the item; 'retitle it Fire Station Review - Phase 1: ...' names it anew
            kind = _KIND.search(text, item_start, item_end + 12)
            rest = text[kind.end():] if kind else text[item_end:]
        if said := _tidy(rest):
            return said
    named = _CAPITALISED_TAIL.search(text)  # "call the parking item Parking Enforcement and Permits"
    if named and named.start() > item_start:
        return named.group(1)
    return re.sub(r"^\W*(?:(?:item|report|paper|review|one)\b\W*)?(?:(?:to|as)\s+)?", "", text[item_end:]).strip()


def _tidy(rest: str) -> str:
    """The name alone: no 'it'/'to' before it, nothing after its sentence, no 'instead' or 'please' after it."""
    rest = _LEADING.sub("", rest.strip())
    if end := _SENTENCE_END.search(rest):
        rest = rest[:end.start()]
    return _TRAILING.sub("", rest).strip(" \"'“”‘’,.:;-")
