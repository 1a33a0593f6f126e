"""Replacing what a message refers to with placeholders, so the classifier learns shapes, not titles."""
from __future__ import annotations

import re

from bot.days.dates import MEETING_NOUNS, MONTHS
from bot.days.signs import could_be_dated

_MONTH = r"(?:" + "|".join(sorted((m for m in MONTHS if m != "may"), key=len, reverse=True)) + r")\.?"
DATES = re.compile(
    r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:" + _MONTH + r"|may)(?:,?\s+\d{4})?\b"
    r"|\b(?:" + _MONTH + r"|may)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{2,4})?\b"
    r"|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b" + _MONTH + r"(?:\s+\d{4})?\b|\bmay(?=\s+(?:agenda|reports|papers|items|" + MEETING_NOUNS + r")\b)"
    r"|\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:week|fortnight)\b"  # 'wednesday week'
    r"|\b(?:next|this|on|last|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:next|this|last|coming|the\s+following)\s+(?:week|month)\b"
    r"|\b(?:bank|public)\s+hol(?:iday)?s?\b",
    re.I)


# New words given in quotes ("call it 'Family Hubs Rollout'"): a value to store, not a reference or a cue.
QUOTED = re.compile(r"(?:^|(?<=[\s:]))[\"“‘']([^\"“”‘’]{3,500}?)[\"”’'](?=\s|$|[.,!?;:])")


def quoted_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "QUOTEX") for m in QUOTED.finditer(text)]


def mask_quotes(text: str) -> str:
    return " ".join(QUOTED.sub(" QUOTEX ", text).split())


def mask_dates(text: str) -> str:
    """Dates and month names become DATEX ('may' only with a day beside it, or where no verb can follow: 'to May')."""
    if not could_be_dated(text):
        return _MEETING_WORD.sub("DATEX meeting", " ".join(text.split()))
    dated = DATES.sub(" DATEX ", _MAY_THE_MONTH.sub(r"\1 DATEX", text))
    return _MEETING_WORD.sub("DATEX meeting", " ".join(dated.split()))


_MAY_THE_MONTH = re.compile(r"\b(to|in|for|till|until|by|from|since|of|mid|early|late|end)\s+may\b(?!\s+(?:be|have|not)\b)",
                            re.I)


_MEETING_WORD = re.compile(r"DATEX (?:" + MEETING_NOUNS + r")\b")  # "the June board" is the June meeting


def mask_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end, PLACEHOLDER) span; spans must not overlap."""
    out, last = [], 0
    for start, end, mask in sorted(spans):
        if start < last:
            continue
        out += [text[last:start], f" {mask} "]
        last = end
    out.append(text[last:])
    return " ".join("".join(out).split())
