"""The words a programme's titles are known by: distinctive words, short forms, initials, and typos' nearest words."""
from __future__ import annotations

import bisect
import math
import re

from rapidfuzz import fuzz, process

from bot.language.vocabulary import COMMON_NAMES, GENERIC, WELSH, stem, tokens, transposed

LINKING = frozenset(["the", "of", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "&", "from", "our",
                     "my", "your", "their", "this", "that", "it", "is", "be", "me", "we", "us", "you", "i"])
_BRACKETED = re.compile(r"\(([A-Za-z][A-Za-z&]{1,9})\)")


def shouted(word: str) -> bool:
    """An abbreviation in capitals ('SEND', 'CAMHS') is a name even when the word is also an everyday one."""
    return len(word) >= 3 and word.isupper()


_DAYS_SHORT = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"})


def prefixed(word: str, index: tuple) -> list[str]:
    """'reg' for 'regulation': title words the word begins, when no title word is the word itself."""
    low = word.lower()
    low = low[:-1] if len(low) > 4 and low.endswith("s") and not low.endswith("ss") else low  # 'dentists': 'dentistry'
    if not 3 <= len(low) <= 8 or not low.isalpha() or low in COMMON_NAMES or low in _DAYS_SHORT:
        return []  # 'fri 17 dec' is a Friday, not the 'Fridge' item
    keys = index[4]
    at = bisect.bisect_left(keys, low)
    found = []
    while at < len(keys) and keys[at].startswith(low) and len(found) < 5:
        if len(keys[at]) >= len(low) + (1 if len(low) >= 4 else 2):  # "eval" for "evaluation" (its stem "evalu")
            found.append(keys[at])
        at += 1
    return found if len(found) < 5 else []


_LETTERED_NUMBER = re.compile(r"^[a-z]{1,2}(\d{3})$")


def vocab_keys(word: str, vocab: dict, near: dict) -> list[str]:
    key = stem(word)
    if key in vocab:
        return [key]
    if (short := _LETTERED_NUMBER.match(key)) and short.group(1) in vocab:
        return [short.group(1)]  # "S106" is "Section 106", "A38" the road's own number
    if len(key) < 5:
        return []
    if key not in near:  # a typo's nearest title word, worked out once per set of titles
        if len(near) > 4096:
            near.clear()
        hit = process.extractOne(key, vocab.keys(), scorer=fuzz.ratio, score_cutoff=90)
        swapped = transposed(key, vocab) if not hit else ""  # "musuem" is "museum"
        near[key] = [hit[0]] if hit else [swapped] if swapped else _compound(word.lower(), vocab)
    return near[key]


def _compound(word: str, vocab: dict) -> list[str]:
    """Two title words run together ('foodbanks', 'flytipping'): both, when each is a title word of 3+ letters."""
    for at in range(3, len(word) - 2):
        first, second = stem(word[:at]), stem(word[at:])
        if first in vocab and second in vocab:
            return [first, second]
    return []



def kept(things: dict, name: str, build):
    """Work done on a programme's titles, kept while they are the same dict (the store hands out one until the
    database changes)."""
    hit = _KEPT.get((name, id(things)))
    if hit is None or hit[0] is not things:
        if len(_KEPT) > 32:
            _KEPT.clear()
        hit = _KEPT[(name, id(things))] = (things, build(things))
    return hit[1]


_KEPT: dict = {}


def index_of(things: dict) -> tuple:
    """Distinctive title words -> ids, their document frequency, and each title's total weight."""
    return kept(things, "index", _build_index)


def _build_index(things: dict) -> tuple:
    vocab: dict[str, set] = {}
    for thing_id, title in things.items():
        for key in _title_keys(title) | _short_forms(title):
            vocab.setdefault(key, set()).add(thing_id)
    df = {key: len(ids) for key, ids in vocab.items()}
    total = {thing_id: 0.0 for thing_id in things}
    for thing_id, title in things.items():
        for key in _title_keys(title):  # a title is "all said" when its words are; its short forms are extra ways in
            total[thing_id] += math.log(1 + len(things) / df[key])
    generic = {thing_id: _generic_words(title) for thing_id, title in things.items()}
    gdf: dict[str, int] = {}
    for words in generic.values():
        for word in words:
            gdf[word] = gdf.get(word, 0) + 1
    for thing_id, words in generic.items():  # 'Annual Report' is part of the title too, if less telling
        total[thing_id] += sum(0.5 * math.log(1 + len(things) / gdf[w]) for w in words)
    total = {k: v or 1.0 for k, v in total.items()}
    said_as_words = {k for title in things.values() for k in _title_keys(title)}
    shorts = {k for title in things.values() for k in _short_forms(title) if len(k) <= 2} - said_as_words
    for thing_id, title in things.items():  # 'Fixed penalty notices' is the FPN, said in capitals
        for initials, _ in _initial_runs(title, every_word=True):
            if len(initials) >= 3 and initials not in said_as_words:
                vocab.setdefault(initials, set()).add(thing_id)
                shorts.add(initials)
                df[initials] = len(vocab[initials])
    cover = {}  # (initials, id) -> the weight of the title words they stand for: 'AGS' says all three
    for thing_id, title in things.items():
        keys = _title_keys(title)
        bracketed = {stem(a) for a in _BRACKETED.findall(title)}
        for initials, words in _initial_runs(title) + _initial_runs(title, every_word=True):
            initials = stem(initials) if stem(initials) in bracketed else initials  # '(DoLS)' is kept as 'dol'
            if initials not in keys or (initials in bracketed and df[initials] == 1):  # 'DFG' says all four words
                # of 'Disabled Facilities Grants (DFG)' (when no other title uses it: 'ILACS action plan' is the plan)
                said = sum(math.log(1 + len(things) / df[stem(w)]) for w in words
                           if stem(w) in df and stem(w) in keys and stem(w) != initials) + \
                    (math.log(1 + len(things) / df[initials]) if initials in keys else 0.0)
                cover[(initials, thing_id)] = max(said, cover.get((initials, thing_id), 0.0))
    idf = {key: math.log(1 + len(things) / count) for key, count in df.items()}  # each word's weight, worked out once
    in_capitals = {stem(w) for title in things.values() for w, _, _ in tokens(title) if shouted(w) and w.isalpha()}
    return vocab, df, total, {}, sorted(vocab), shorts, gdf, cover, idf, {key for key, _ in cover}, in_capitals


def _generic_words(title: str) -> set[str]:
    """The title's everyday words ('annual', 'report', 'update'), which say less about which title is meant."""
    return {w.lower() for w, _, _ in tokens(title) if w.lower() in GENERIC and w.lower() not in LINKING
            and len(w) > 2 and w.isalpha() and not shouted(w)}


def hyphens(words: list[tuple[str, int, int]], vocab: dict) -> list[tuple[str, int, int]]:
    """'fly tipping' said for a title's 'Fly-Tipping': the hyphened spelling, where a title has it."""
    return [(f"{a}-{b}", start, end) for (a, start, _), (b, _, end) in zip(words, words[1:])
            if stem(f"{a}-{b}") in vocab and a.lower() not in GENERIC and b.lower() not in GENERIC]  # not 'sub committee'


def spelt_out(words: list[tuple[str, int, int]], index: tuple) -> list[tuple[str, int, int]]:
    """'freedom of information' said for a title's 'FOI': the initials of a run of words, where a title has them in
    capitals (with or without the linking words: 'health and wellbeing board' is HWB)."""
    in_capitals = index[10]
    if not in_capitals or len(words) < 2:
        return []
    found = []
    firsts = {key[0] for key in in_capitals}
    starts = [at for at, (word, _, _) in enumerate(words) if word[0].lower() in firsts and word.lower() not in LINKING]
    for at in starts:
        for size in (2, 3, 4, 5, 6):
            run = words[at:at + size]
            if len(run) < size or run[-1][0].lower() in LINKING or \
                    any(len(w) < 4 for w, _, _ in run if w.lower() not in LINKING):
                continue  # "his move out" is no HMO: every word a full word that could be in a title
            every = "".join(w[0][0] for w in run).lower()
            bare = "".join(w[0][0] for w in run if w[0].lower() not in LINKING).lower()
            found += [(key.upper(), run[0][1], run[-1][2]) for key in {every, bare} if len(key) >= 3 and key in in_capitals]
    return found


def _title_keys(title: str) -> set[str]:
    """The title's distinctive words, stemmed (a bracketed abbreviation is one of its words)."""
    return {stem(w) for w, _, _ in tokens(title)
            if (w.lower() not in GENERIC or shouted(w)) and len(w) > 1 and (not w.isdigit() or a_name(w))}


def a_name(number: str) -> bool:
    """'101', '111', '999' name a service; a year or a small number ('2029', '2') names nothing alone."""
    return len(number) == 3 and not number.startswith("0")


def _short_forms(title: str) -> set[str]:
    """Other ways in: its bracketed abbreviations, the initials of its capitalised runs ('EV', 'CSP'), and its
    hyphened words run together ('wifi' for 'Wi-Fi')."""
    words = tokens(title)
    return {stem(a) for a in _BRACKETED.findall(title)} | {initials for initials, _ in _initial_runs(title)} | \
        {stem(WELSH[w.lower()]) for w, _, _ in words if w.lower() in WELSH} | \
        {stem(w.replace("-", "")) for w, _, _ in words if "-" in w.strip("-")}


def _initial_runs(title: str, every_word: bool = False) -> list[tuple[str, list[str]]]:
    """Initials of runs of capitalised words (or of every word but the linking ones), with the words:
    ('ags', ['Annual', 'Governance', 'Statement'])."""
    words = [part for w, _, _ in tokens(title) for part in w.split("-")  # "Asylum-Seeking" gives its A and its S
             if part and part.lower() not in LINKING and not part.isdigit()]
    capitals = words if every_word else [w for w in words if w[:1].isupper()]  # 'Annual Governance Statement': AGS
    runs = [("".join(w[0] for w in capitals[i:i + size]).lower(), capitals[i:i + size])
            for size in (2, 3, 4, 5) for i in range(len(capitals) - size + 1)
            if size > 2 or not any(w.isupper() and len(w) > 1 for w in capitals[i:i + 2])]  # 'Games PE' is no 'GP'
    runs += [(joined, run) for initials, run in runs  # 'UK Shared Prosperity Fund' is the UKSPF: a short word in
             if (joined := "".join(w.lower() if w.isupper() and len(w) <= 3 else w[0].lower() for w in run)) != initials]
    with_of = [part for w, _, _ in tokens(title) for part in w.split("-")  # 'Rights of Way Improvement Plan': ROWIP;
               if part and (part[:1].isupper() or part in ("of", "and")) and not part.isdigit()]  # 'Speech and ...': SALT
    return runs + [("".join(w[0] for w in with_of[i:i + size]).lower(), [w for w in with_of[i:i + size] if w[:1].isupper()])
                   for size in (3, 4, 5) for i in range(len(with_of) - size + 1)
                   if {"of", "and"} & set(with_of[i + 1:i + size - 1])]
