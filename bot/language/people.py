"""People named in a message: full names, first names, surnames, 'Cllr X', a first name and an initial."""
from __future__ import annotations

from bot.language.titles import Hit
from bot.language.vocabulary import COMMON_NAMES, GENERIC, SHORT_NAMES
from bot.models import Person
from bot.names import fold, normalise_name


def people_index(people) -> tuple[dict[str, list[Person]], dict[str, str], dict[str, frozenset], tuple[Person, ...],
                                  frozenset]:
    """Name words -> people, Slack id -> name, name words -> people's places in `people` (with `people` as a tuple),
    and which name words are only nicknames; kept while the store hands out the same tuple of people."""
    hit = _PEOPLE.get(id(people))
    if hit and hit[0] is people:
        return hit[1]
    by_token: dict[str, list[Person]] = {}
    places: dict[str, set[int]] = {}
    for n, person in enumerate(people):
        parts = normalise_name(person.name).split()
        for part in parts + SHORT_NAMES.get(parts[0] if parts else "", []):  # 'Jo T' is Joanne Threlfall
            if len(part) > 1:
                by_token.setdefault(part, []).append(person)
                places.setdefault(part, set()).add(n)
    nicknames = set()
    for n, person in enumerate(people):
        for nick in _nicknames(normalise_name(person.name).split()[:1]) - by_token.keys() - COMMON_NAMES - GENERIC:
            nicknames.add(nick)  # 'Winnie', 'Percy', 'Bart': said only with a capital, and only where no name is
            places.setdefault(nick, set()).add(n)
    for nick in nicknames:
        by_token[nick] = [people[n] for n in sorted(places[nick])]
    index = (by_token, {p.slack_id: p.name for p in people if p.slack_id},
             {part: frozenset(at) for part, at in places.items()}, tuple(people), frozenset(nicknames))
    if isinstance(people, tuple):
        _PEOPLE.clear()
        _PEOPLE[id(people)] = (people, index)
    return index


_PEOPLE: dict[int, tuple] = {}


def _nicknames(first: list[str]) -> set[str]:
    """The short forms people make of a first name: 'wini'/'winnie' of Winifred, 'percy', 'bart', 'derm'."""
    name = first[0] if first else ""
    out = {name[:4]} if len(name) >= 6 else set()
    for stem in (name[:3], name[:4]):
        if len(name) > len(stem) + 1:
            out |= {stem + "ie", stem + "y", stem + stem[-1] + "ie", stem + stem[-1] + "y"}
    return out


def _as_a_lead(words: list[tuple[str, int, int]], i: int) -> bool:
    """'grace to lead on the crisis pathway': a name typed in lower case where only a person can stand."""
    after = [w.lower() for w, _, _ in words[i + 1:i + 3]]
    return i == 0 and words[0][0].lower() in COMMON_NAMES and after in (["to", "lead"], ["to", "present"], ["will", "lead"],
                                                                    ["is", "leading"], ["to", "write"])


def find_people(words: list[tuple[str, int, int]], people) -> list[Hit]:
    """People named by full name, first name, surname or 'Cllr X'."""
    by_token, _, places, everyone, nicknames = people_index(people)  # places, not people, are intersected (a Person
    # hashes slowly)
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        word, start, end = words[i]
        low = fold(word.lower())
        found = by_token.get(low)
        lower_word = (low in COMMON_NAMES or low in GENERIC) and not word[:1].isupper()
        if not found or lower_word and not _as_a_lead(words, i) or low in nicknames and not word[:1].isupper():
            i += 1
            continue
        if _someone_else(words, i, by_token):
            i += 1
            continue
        j, at = i + 1, places[low]
        while j < len(words) and (nxt := _places_of(words[j][0], places)) and at & nxt:
            at &= nxt
            end = words[j][2]
            j += 1
        matched = [everyone[n] for n in sorted(at)]
        if len(matched) > 1 and j < len(words) and (initial := with_initial(words[j][0], matched)):
            matched, end, j = initial, words[j][2], j + 1  # "Kate L" is Kate Lindqvist, not Kate Adebayo
        for person in sorted(matched, key=lambda p: p.name):
            hits.append(Hit(person, 1.0 if j - i > 1 else 0.8, start, end))
        i = j
    return hits


def _places_of(word: str, places: dict) -> frozenset:
    """The people a name word can belong to; a double-barrelled surname ('Pryce-Jones') by both its halves; a surname
    said as a possessive without its apostrophe ('crispin oldroyds role')."""
    parts = fold(word.lower()).replace("-", " ").split()
    found = [places.get(part) or (places.get(part[:-1]) if part.endswith("s") else None) for part in parts]
    return frozenset.intersection(*found) if found and all(found) else frozenset()


def with_initial(word: str, people) -> set:
    """Of people sharing a first name, those whose surname starts with `word`, a letter on its own ('Lucy C')."""
    if len(word) != 1 or not word.isalpha() or word in {"a", "i"}:  # "Kate A" yes, "Kate a report" no
        return set()
    return {p for p in people if len(p.name.split()) > 1 and p.name.split()[-1][:1].upper() == word.upper()}


def _someone_else(words, i: int, by_token: dict) -> bool:
    """'Nobody Smith' is not Earl Piggott-Smith: a surname after an unknown capitalised first name is another person."""
    if i == 0 or (i + 1 < len(words) and words[i + 1][0].lower() in by_token):
        return False
    before = words[i - 1][0]
    if words[i - 1][2] + 1 != words[i][1]:
        return False  # "from March: Leila to send it": punctuation between, so not one name
    return before[:1].isupper() and before.lower() not in by_token and before.lower() not in GENERIC \
        and before.lower() not in {"cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "prof"}
