"""Whether a message's words name an item already on the programme or a new one that shares some of its words."""
from __future__ import annotations

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
