"""Whether a message's words name an item already on the programme or a new one that shares some of its words."""
from __future__ import annotations

from dataclasses import replace

from bot.language.references import References
from bot.language.vocabulary import GENERIC, stem, tokens, words_of

_KINDS = frozenset({"item", "report", "paper"})


def as_known(refs: References, text: str) -> bool:
    """The item's words said as a thing already known: after 'the', or followed by 'item' ('the beaver item')."""
    if not refs.items:
        return False
    hit = refs.items[0]
    before = f" {text[:hit.start].lower().rstrip()}"
    said = text[hit.start:].lower()
    after = tokens(text[hit.end:])
    return said.startswith("the ") or before.endswith(" the") or bool(after) and after[0][0].lower() in _KINDS


def said_anew(refs: References, text: str, titles: dict) -> bool:
    """The item's words run on into two more of a title that item does not have ('Tram Stop Lighting and CCTV' beside
    'Tram Stop Accessibility Audit'): a new title that shares a few words."""
    if not refs.items or as_known(refs, text):
        return False
    hit = refs.items[0]
    own = {stem(w) for w in words_of(titles[hit.thing])}
    run = []
    for word, _, _ in tokens(text[hit.end:]):
        if word.lower() in _WHERE_WORDS:
            break
        run.append(word)
    return len({stem(w) for w in run if w.lower() not in GENERIC} - own) >= 2 and not any(w.lower() in _KINDS for w in run)


_WHERE_WORDS = frozenset({"on", "to", "for", "in", "at", "into", "onto", "please", "pls"})


def live_over_considered(readings: list, refs: References, text: str, titles: dict, item_of) -> list:
    """'the youth justice plan item is moving to march': a change never goes to an item already considered when live
    items hold the same words. One live item is the one meant; several are asked about."""
    if not refs.items:
        return readings
    hit = refs.items[0]
    said = {stem(w) for w in words_of(text[hit.start:hit.end]) if w not in GENERIC}
    out = []
    for reading in readings:
        chosen = item_of(hit.thing) if reading.handler in _MOVES and reading.slots.get("ref") == titles.get(hit.thing) \
            else None
        live = [t for i, t in titles.items() if i != hit.thing and said <= {stem(w) for w in words_of(t)}
                and item_of(i).status not in _DONE] if chosen is not None and chosen.status in _DONE else []
        if live:
            reading = replace(reading, slots={**reading.slots, "ref": live[0] if len(live) == 1 else text[hit.start:hit.end]})
        out.append(reading)
    return out


_MOVES = frozenset({"move_item", "defer_item"})
_DONE = frozenset({"considered", "withdrawn"})
