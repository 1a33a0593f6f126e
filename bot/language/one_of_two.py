"""Of two items named, the one a pointer means: 'the former', 'the latter', 'the other one', or 'one' of them."""
from __future__ import annotations

from bot.language.both import pair_named
from bot.language.references import SENTENCE_END
from bot.language.titles import rank_titles, strong
from bot.language.vocabulary import one_of_them, stem, tokens, words_of


def former_or_latter(text: str, titles: dict) -> str:
    """The first or the second of two items named before 'the former' or 'the latter', in its own sentence or the one
    before (whatever the ref was cut as: 'X and Y are both Dev's. Please withdraw the former'); '' when it says
    neither, or neither sentence names just two."""
    last = [w for w in ("former", "latter") if "the " + w in text.lower()][-1:]
    if not last:
        return ""
    before = SENTENCE_END.split(text[:text.lower().rfind("the " + last[0])])
    for said in before[-1:-3:-1]:  # its own sentence ("X and the Y - can we park the former?"), or the one before
        named = [h for h in rank_titles(tokens(said), titles, set()) if strong(h)]
        if len({h.thing for h in named}) == 2:
            break
    else:
        return ""
    one, other = {h.thing for h in named}
    at = {one: _first_own_word(said, titles[one], titles[other]), other: _first_own_word(said, titles[other], titles[one])}
    if None in at.values():
        return ""  # what the two share comes first in both ("lamp column repainting and the LED trial"): by own words
    first, second = sorted(at, key=at.get)
    return titles[first if last == ["former"] else second]


def _first_own_word(said: str, title: str, other: str) -> int | None:
    """Where the message first says a word of `title` that `other` does not hold."""
    own = {stem(w) for w in words_of(title)} - {stem(w) for w in words_of(other)}
    return next((start for word, start, _ in tokens(said) if stem(word) in own), None)


def the_other(text: str, titles: dict) -> str:
    """'Spoke to Aisha re parking and cemetery. Cemetery is fine; the other one needs deferring': of two items the
    sentence before names (side by side, or by the words they share: 'two portrait papers'), the one that the sentence
    saying 'the other one' does not name again ('When's the other one, not the conservation plan?')."""
    at = text.lower().rfind("the other ")
    if at < 0 or [w.lower() for w, _, _ in tokens(text[at:])][2:3] not in (["one"], ["item"], ["report"], ["paper"]):
        return ""
    sentences = SENTENCE_END.split(text[:at])
    if len(sentences) < 2:
        return "the other one"
    two = {thing for thing, _, _ in pair_named(sentences[-2], titles)} or \
        {h.thing for h in rank_titles(tokens(sentences[-2]), titles, set()) if h.fit >= 0.5}  # 'two portrait papers'
    own = sentences[-1] + SENTENCE_END.split(text[at:], maxsplit=1)[0]  # ", not the conservation plan?" too
    again = {h.thing for h in rank_titles(tokens(own), titles, set()) if strong(h)} & two
    return titles[(two - again).pop()] if len(two) == 2 and len(again) == 1 else "the other one"  # never a guess


def one_of_two(text: str, titles: dict) -> str:
    """'X and Y are both Dev's. Please withdraw one.': either of the two the sentence before names, so both are the
    choices ('X or Y'), never one picked."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2 or not one_of_them(tokens(sentences[-1])) or \
            any(strong(h) for h in rank_titles(tokens(sentences[-1]), titles, set())):
        return ""
    two = {h.thing for h in rank_titles(tokens(sentences[-2]), titles, set()) if strong(h)}
    return " or ".join(titles[t] for t in sorted(two)) if len(two) == 2 else ""
