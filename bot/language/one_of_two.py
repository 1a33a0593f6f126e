"""Of two items named, the one a pointer means: 'the former', 'the latter', 'the other one', or 'one' of them."""
from __future__ import annotations

from bot.language.both import pair_named
from bot.language.references import CLAUSE, SENTENCE_END
from bot.language.titles import numbers_in, rank_titles, strong
from bot.language.vocabulary import one_of_them, stem, tokens, words_of


def former_or_latter(text: str, titles: dict) -> str:
    """The first or the second of two items named before 'the former' or 'the latter' ('the first one', 'the second
    one'), in its own sentence or the one before (whatever the ref was cut as: 'X and Y are both Dev's. Please
    withdraw the former'); '' when it says neither, or neither sentence names just two."""
    said = text.lower()
    last = [w for w in ("former", "latter", "first one", "second one") if "the " + w in said][-1:]
    if not last:
        return ""
    before = SENTENCE_END.split(text[:said.rfind("the " + last[0])])
    for said in before[-1:-3:-1]:  # its own sentence ("X and the Y - can we park the former?"), or the one before
        named = _two_named(said, titles, strong)  # side by side, or just two plainly
        if len(named) == 2:
            break
    else:
        return ""
    one, other = named
    at = {one: _first_own_word(said, titles[one], titles[other]), other: _first_own_word(said, titles[other], titles[one])}
    if None in at.values():
        return ""  # what the two share comes first in both ("lamp column repainting and the LED trial"): by own words
    first, second = sorted(at, key=at.get)
    return titles[first if last[0] in ("former", "first one") else second]


def _two_named(said: str, titles: dict, enough) -> set:
    """The items a clause names side by side ('the X and Y items'), else those of its matches that are `enough`."""
    return {thing for thing, _, _ in pair_named(said, titles)} or \
        {h.thing for h in rank_titles(tokens(said), titles, set()) if enough(h)}


def _first_own_word(said: str, title: str, other: str) -> int | None:
    """Where the message first says a word of `title` that `other` does not hold."""
    own = {stem(w) for w in words_of(title)} - {stem(w) for w in words_of(other)}
    return next((start for word, start, _ in tokens(said) if stem(word) in own), None)


def the_other(text: str, titles: dict) -> str:
    """'Spoke to Aisha re parking and cemetery. Cemetery is fine; the other one needs deferring', "Clemmie's two archive
    store reports - the capacity one stays in may, the other one can slip": of two items the nearest clause before
    names (side by side, or by the words they share), the one that the words after it do not name again ('When's the
    other one, not the conservation plan?')."""
    said = text.lower()
    at = max(said.rfind(f"{whose} other ") for whose in ("the", "her", "his", "their"))  # "her other one"
    if at < 0 or [w.lower() for w, _, _ in tokens(text[at:])][2:3] not in (["one"], ["item"], ["report"], ["paper"]):
        return ""
    parts = [part for clause in CLAUSE.split(text[:at]) for part in clause.split(": ") if part.strip()]
    for n in range(len(parts) - 1, -1, -1):
        two = _two_named(parts[n], titles, lambda h: h.fit >= 0.5)  # or by shared words: 'two portrait papers'
        if len(two) == 2:
            break
    else:
        return "the other one"
    after = [*parts[n + 1:], SENTENCE_END.split(text[at:], maxsplit=1)[0]]  # ", not the conservation plan?" too
    again = {h.thing for part in after for h in rank_titles(tokens(part), titles, set()) if strong(h)} & two or \
        _by_number(after, two, titles)  # "the two budget sessions - session 1 stays, the other one ..."
    return titles[(two - again).pop()] if len(again) == 1 else "the other one"  # never a guess


def _by_number(parts: list[str], two: set, titles: dict) -> set:
    """Of two titles told apart by a number ('Session 1', 'Session 2'), the one whose number the words say."""
    said = {w for part in parts for w, _, _ in tokens(part)}
    return {thing for thing in two if numbers_in(titles[thing]) & said and
            not any(numbers_in(titles[other]) & said for other in two - {thing})}


def one_of_two(text: str, titles: dict) -> str:
    """'X and Y are both Dev's. Please withdraw one.': either of the two the sentence before names, so both are the
    choices ('X or Y'), never one picked."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2 or not one_of_them(tokens(sentences[-1])) or \
            any(strong(h) for h in rank_titles(tokens(sentences[-1]), titles, set())):
        return ""
    two = {h.thing for h in rank_titles(tokens(sentences[-2]), titles, set()) if strong(h)}
    return " or ".join(titles[t] for t in sorted(two)) if len(two) == 2 else ""
