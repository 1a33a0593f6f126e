"""Second thoughts in one message ('wed 9 june? no wait, 16 june', 'Tobias to lead... actually make that Hamid')."""
from __future__ import annotations

import re

from bot.language.masking import DATES
from bot.language.references import find_people
from bot.language.vocabulary import tokens

# The words that take back what was just said; what follows them, after 'make it', replaces it
_CORRECTION = re.compile(r"\s*[,;.!?-]*\s*\b(?:(?:sorry|oops)(?:[,\s]+i\s+mean)?|i mean|correction|scratch that|"
                         r"no\s+wait|hang\s+on|actually(?:\s+no)?|no\s+sorry(?:[,\s]+i\s+mean)?|"
                         r"(?<=[?.]\s)no)\b[,:!.]*\s+(?:(?:make|change)\s+(?:it|that)\s+|it'?s\s+|(?:to\s+)?)",
                         re.I)
_NEAR = 3  # the new value comes straight after the words that take the old one back


def corrected_date(text: str) -> str:
    """'a meeting on 10 May pls - sorry, Friday 11 May': the date said after the correction replaces the one before."""
    if not (fix := _CORRECTION.search(text)):
        return text
    before, after = text[:fix.start()], text[fix.end():]
    first = list(DATES.finditer(before))
    second = DATES.search(after)
    if not first or not second or second.start() > _NEAR + 9:  # '16 june' after 'wed '
        return text
    old = first[-1]
    return before[:old.start()] + after[:second.end()] + before[old.end():] + after[second.end():]


def corrected_person(text: str, people) -> str:
    """'set Tobias as lead on it... actually make that Hamid': the person named after the correction in place of the
    one before it; otherwise the text as it was."""
    if not (fix := _CORRECTION.search(text)):
        return text
    hits = find_people(tokens(text), people)
    old = [h for h in hits if h.end <= fix.start()]
    new = [h for h in hits if h.start >= fix.end()]
    if not old or not new or new[0].start - fix.end() > _NEAR or old[-1].thing == new[0].thing:
        return text
    was, now = old[-1], new[0]
    return text[:was.start] + text[now.start:now.end] + text[was.end:fix.start()] + text[now.end:]
