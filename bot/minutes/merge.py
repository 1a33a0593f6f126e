"""One matter per thing: a resolution and the discussion that led to it fold together."""
from __future__ import annotations

import re

from bot.minutes.proposal import ProposedMatter

_STOP = {"the", "a", "an", "of", "on", "to", "in", "and", "for", "with", "from", "by", "at", "be", "that", "this",
         "report", "update", "panel", "meeting", "future", "receive", "would", "will", "its", "their", "any"}


def merge(found: list[ProposedMatter]) -> list[ProposedMatter]:
    """One matter per thing: a resolution and the discussion that led to it are the same matter."""
    out: list[tuple[int, ProposedMatter]] = []
    for index, p in sorted(enumerate(found), key=lambda pair: not pair[1].resolved):
        if any(o.source == p.source and o.subject == p.subject for _, o in out):
            continue  # the page printed the decision twice (under 'Decision' and under 'Minutes')
        # Two resolutions are two decisions; only discussion folds into a resolution (or into itself).
        # An officer's promise and a report back to the panel are different matters even on one topic.
        at = next((n for n, (_, o) in enumerate(out) if not (o.resolved and p.resolved) and (
            o.programme == p.programme and _same(o.subject, p.subject, p.item) or _said_again(o.subject, p.subject))),
            None)
        if at is None:
            out.append((index, p))
            continue
        first, twin = out[at]
        due_from = twin if twin.due or not p.due else p
        out[at] = (min(first, index), ProposedMatter(
            twin.subject, twin.lead or p.lead, twin.raised_on, due_from.due, due_from.due_text or twin.due_text or
            p.due_text, twin.item, twin.source, twin.programme or p.programme, twin.resolved))
    return [p for _, p in sorted(out, key=lambda pair: pair[0])]


def _said_again(a: str, b: str) -> bool:
    """The very same subject, said in the discussion and again in the resolution ('Item on public toilets')."""
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _same(a: str, b: str, item: str = "") -> bool:
    """Two subjects name one thing: most of their words shared, not counting the item's title that short subjects
    borrow ('Slides on Health Update' and 'Update on Health Update' are two things)."""
    title = _content(item)
    wa, wb = _content(a) - title or _content(a), _content(b) - title or _content(b)
    if not wa or not wb:
        return False
    overlap = len(wa & wb)
    # one word left ("Information on <the item>") is too little to call two things one
    return overlap / min(len(wa), len(wb)) >= 0.66 and min(len(wa), len(wb)) > 1 or overlap / len(wa | wb) >= 0.5


def _content(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}
