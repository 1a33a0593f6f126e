"""Items and matters named by their titles: distinctive words, typos, initials and numbers, ranked."""
from __future__ import annotations

import bisect
import heapq
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.language.vocabulary import COMMON_NAMES, GENERIC, WELSH, everyday, misspelt_generic, stem, tokens, transposed

LINKING = frozenset(["the", "of", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "&", "from", "our",
                      "my", "your", "their", "this", "that", "it", "is", "be", "me", "we", "us", "you", "i"])
_DOCUMENT = frozenset(["report", "reports", "paper", "papers", "item", "items", "one", "thing", "doc", "document"])
_BRACKETED = re.compile(r"\(([A-Za-z][A-Za-z&]{1,9})\)")
CLEAR = 0.15
MIN_SCORE = 0.35



@dataclass(frozen=True)
class Hit:
    """One thing the message names: what it is, how well it matched, and where the words are."""

    thing: object
    score: float
    start: int
    end: int
    fit: float = 0.0  # how much of what the message says the title explains
    whole: float = 0.0  # how much of the title the message says



def clear_hit(hits: tuple[Hit, ...]):
    """The first hit, unless another fits the message's words as well (then the words name both)."""
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0].thing
    first, second = hits[0], hits[1]
    if first.whole >= 0.99 and second.whole < 0.99:
        return first.thing
    if first.fit - second.fit >= 0.1 and first.score - second.score >= CLEAR / 2:
        return first.thing
    return None


def rank_titles(words: list[tuple[str, int, int]], things: dict, taken: set[int], limit: int = 5) -> list[Hit]:
    """Ids of things whose title's distinctive words the message uses, best first."""
    if not things:
        return []
    index = _index(things)
    vocab, df, total, near, _, shorts, gdf, cover, idf, covered, _ = index
    words = words + everyday(words, lambda word: stem(word) in vocab) + _hyphens(words, vocab) + _spelt_out(words, index)
    weights: dict[int, float] = {}  # how much of each title the words say (initials say all the words they stand for)
    fits: dict[int, float] = {}  # how much of the words each title explains
    where: dict[int, list[tuple[int, int]]] = {}
    numbers = {w for n, (w, s, _) in enumerate(words) if w.isdigit() and (len(w) <= 2 or _a_year(w)) and s not in taken
               and not (n + 1 < len(words) and words[n + 1][0].lower() in _UNITS)}  # not '10 mins ago'
    numbers |= {w[1] for w, s, _ in words if _quarter(w) and s not in taken}  # 'Q4' is 'Quarter 4'
    asked = 0.0  # how much the message says that could name a thing
    loose = []  # words no title holds as they are: maybe shortened ('reg 18', 'home ed') or generic
    for n, (word, start, end) in enumerate(words):
        if start in taken or len(word) < 2 or (word.isdigit() and not _a_name(word)):
            continue
        if word.lower() in GENERIC and not _shouted(word):
            loose.append(n)
            continue
        keys = _vocab_keys(word, vocab, near) or _prefixed(word, index) or \
            (["quarter"] if _quarter(word) and "quarter" in vocab else [])  # 'Q4' says 'Quarter 4'
        if keys and keys[0] in shorts and not _initialism(word):
            keys = []  # two initials ('ED') name a title only in capitals: 'home ed' is not 'Educational Disabilities'
        if not keys:
            loose.append(n)
            if misspelt_generic(word):
                continue  # 'commitee' asks about no title
        says = max((idf[k] for k in keys), default=0.3 * math.log(1 + len(things)))
        asked += says
        for key in keys:
            for thing_id in vocab[key]:
                weight = max(idf[key], cover.get((key, thing_id), 0.0)) if key in covered else idf[key]
                if word.isdigit():  # '101', '999': a service's own number says half its title
                    weight = max(weight, 0.5 * total[thing_id])
                weights[thing_id] = weights.get(thing_id, 0.0) + weight
                fits[thing_id] = fits.get(thing_id, 0.0) + min(weight, 2 * says)  # 'HRO': three words, not 'consultation'
                where.setdefault(thing_id, []).append((start, end))
    extra, said, asked = _title_words_said(words, loose, things, weights, where, asked, gdf)
    scored = []
    for thing_id, got in weights.items():
        whole = min((got + said.get(thing_id, 0.0)) / total[thing_id], 1.0)
        fit = min((fits.get(thing_id, 0.0) + extra.get(thing_id, 0.0)) / asked, 1.0)
        if 0.5 * whole + 0.5 * fit >= MIN_SCORE:
            scored.append((0.5 * whole + 0.5 * fit, fit, whole, thing_id))
    hits = []
    best = heapq.nlargest(limit * 3, scored)  # a common word can touch hundreds of titles
    numbered = bool(numbers) and any(numbers & _numbers_in(things[t]) for *_, t in best)
    for score, fit, whole, thing_id in best:
        if numbers and not _numbers_agree(numbers, things[thing_id]):
            continue
        if numbered and not numbers & _numbers_in(things[thing_id]):
            continue  # "phase 2 consultation": the title with the 2 in it, not one with no number
        shared = numbers & _numbers_in(things[thing_id]) if numbers else ()
        spots = where[thing_id] + [(s, e) for w, s, e in words if _number_of(w) in shared] if shared else where[thing_id]
        start, end = _cluster(spots)  # with the number that agrees: 'Q4 delivery'
        hits.append(Hit(thing_id, round(score, 3), start, end, round(fit, 3), round(whole, 3)))
        if len(hits) == limit:
            break
    return hits


def _cluster(spots: list[tuple[int, int]]) -> tuple[int, int]:
    """The run of matched words that names the thing: words close together, the longest run (the first of equals).
    'ambulance paper sent to Tom ..., apologies for the delay' names the ambulance item by 'ambulance' alone."""
    runs: list[list[tuple[int, int]]] = []
    for start, end in sorted(set(spots)):
        if runs and start - runs[-1][-1][1] <= 8:
            runs[-1].append((start, end))
        else:
            runs.append([(start, end)])
    best = max(runs, key=len)
    return best[0][0], best[-1][1]


def _initialism(word: str) -> bool:
    """Initials as people write them: 'ED', 'SoI' (Statement of Intent), 'MoU'; never 'ed' or 'Ed'."""
    return word.isupper() or any(ch.isupper() for ch in word[1:])


def _shouted(word: str) -> bool:
    """An abbreviation in capitals ('SEND', 'CAMHS') is a name even when the word is also an everyday one."""
    return len(word) >= 3 and word.isupper()


def _prefixed(word: str, index: tuple) -> list[str]:
    """'reg' for 'regulation': title words the word begins, when no title word is the word itself."""
    low = word.lower()
    low = low[:-1] if len(low) > 4 and low.endswith("s") and not low.endswith("ss") else low  # 'dentists': 'dentistry'
    if not 3 <= len(low) <= 8 or not low.isalpha() or low in COMMON_NAMES:
        return []
    keys = index[4]
    at = bisect.bisect_left(keys, low)
    found = []
    while at < len(keys) and keys[at].startswith(low) and len(found) < 5:
        if len(keys[at]) >= len(low) + (1 if len(low) >= 4 else 2):  # "eval" for "evaluation" (its stem "evalu")
            found.append(keys[at])
        at += 1
    return found if len(found) < 5 else []


def _title_words_said(words, loose: list[int], things: dict, weights: dict, where: dict, asked: float, gdf: dict):
    """Words of the message that tell apart titles it already names: 'ILACS action plan' is the one with the
    action plan in it; 'home ed' is the one whose other word begins 'ed'. Extra fit and extra said per thing,
    and the new total of what was asked."""
    extra: dict = {}
    said: dict = {}
    if not weights or not loose:
        return extra, said, asked
    own = {thing_id: _words_of(things[thing_id]) for thing_id in weights}
    for n in loose:
        word = words[n][0].lower()
        if word in LINKING or word in _DOCUMENT:
            continue  # "the leisure trust report": the paper for it, whichever leisure trust item it is
        begun = {t: w for t, title_words in own.items() if len(word) <= 3 and word not in title_words and
                 _beside_a_hit(words, n, where.get(t, ()))
                 for w in title_words if w.startswith(word) and len(w) > len(word) + 2}
        holders = [t for t, title_words in own.items() if word in title_words] + list(begun)
        if not holders:
            continue
        weight = 0.5 * math.log(1 + len(things) / len(holders))
        asked += weight
        for thing_id in holders:
            extra[thing_id] = extra.get(thing_id, 0.0) + weight
            if thing_id in begun:  # 'ed' said for 'education': the title's word is said
                weights[thing_id] += weight
            elif word in gdf:
                said[thing_id] = said.get(thing_id, 0.0) + 0.5 * math.log(1 + len(things) / gdf[word])
            where[thing_id].append(words[n][1:])
    return extra, said, asked


@lru_cache(maxsize=8192)
def _words_of(title: str) -> frozenset:
    return frozenset(w.lower() for w, _, _ in tokens(title))


def _beside_a_hit(words, n: int, spots) -> bool:
    """Whether the word before or after word n is one that named the thing."""
    starts = {s for s, _ in spots}
    return any(0 <= m < len(words) and words[m][1] in starts for m in (n - 1, n + 1))



_UNITS = frozenset({"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
                    "wk", "wks", "month", "months", "year", "years", "am", "pm", "percent", "pages", "people"})


def _numbers_agree(numbers: set[str], title: str) -> bool:
    """'session 1' is not 'session 2': a small number in both must be the same one."""
    in_title = _numbers_in(title)
    return not in_title or bool(in_title & numbers)


def _numbers_in(title: str) -> set[str]:
    return {n for n in re.findall(r"\b\d{1,4}\b", title) if len(n) <= 2 or _a_year(n)} | \
        {w[1] for w, _, _ in tokens(title) if _quarter(w)}  # 'Q2 2041/42' is quarter 2


def _quarter(word: str) -> bool:
    """'Q4', 'q2': a quarter of the year."""
    return len(word) == 2 and word[0] in "qQ" and word[1] in "1234"


def _number_of(word: str) -> str:
    """The number a word says: '4' for '4' and for 'Q4'."""
    return word[1] if _quarter(word) else word


def _a_year(word: str) -> bool:
    """'the DPH annual report 2047': a year tells this year's report from last year's, as 'phase 2' does."""
    return len(word) == 4 and word[:2] in ("19", "20")


_LETTERED_NUMBER = re.compile(r"^[a-z]{1,2}(\d{3})$")


def _vocab_keys(word: str, vocab: dict, near: dict) -> list[str]:
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


_INDEXES: dict[int, tuple] = {}


def _index(things: dict) -> tuple:
    """Distinctive title words -> ids, their document frequency, and each title's total weight."""
    hit = _INDEXES.get(id(things))
    if hit and hit[0] is things:
        return hit[1]
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
            if initials not in keys or (initials in bracketed and df[initials] == 1):  # 'DFG' says all four words
                # of 'Disabled Facilities Grants (DFG)' (when no other title uses it: 'ILACS action plan' is the plan)
                cover[(initials, thing_id)] = sum(math.log(1 + len(things) / df[stem(w)]) for w in words
                                                  if stem(w) in df and stem(w) in keys and stem(w) != initials) + \
                    (math.log(1 + len(things) / df[initials]) if initials in keys else 0.0)
    idf = {key: math.log(1 + len(things) / count) for key, count in df.items()}  # each word's weight, worked out once
    shouted = {stem(w) for title in things.values() for w, _, _ in tokens(title) if _shouted(w) and w.isalpha()}
    index = (vocab, df, total, {}, sorted(vocab), shorts, gdf, cover, idf, {key for key, _ in cover}, shouted)
    if len(_INDEXES) > 16:
        _INDEXES.clear()
    _INDEXES[id(things)] = (things, index)
    return index


def _generic_words(title: str) -> set[str]:
    """The title's everyday words ('annual', 'report', 'update'), which say less about which title is meant."""
    return {w.lower() for w, _, _ in tokens(title) if w.lower() in GENERIC and w.lower() not in LINKING
            and len(w) > 2 and w.isalpha() and not _shouted(w)}


def _hyphens(words: list[tuple[str, int, int]], vocab: dict) -> list[tuple[str, int, int]]:
    """'fly tipping' said for a title's 'Fly-Tipping': the hyphened spelling, where a title has it."""
    return [(f"{a}-{b}", start, end) for (a, start, _), (b, _, end) in zip(words, words[1:])
            if stem(f"{a}-{b}") in vocab and a.lower() not in GENERIC and b.lower() not in GENERIC]  # not 'sub committee'


def _spelt_out(words: list[tuple[str, int, int]], index: tuple) -> list[tuple[str, int, int]]:
    """'freedom of information' said for a title's 'FOI': the initials of a run of words, where a title has them in
    capitals (with or without the linking words: 'health and wellbeing board' is HWB)."""
    shouted = index[10]
    if not shouted or len(words) < 2:
        return []
    found = []
    firsts = {key[0] for key in shouted}
    starts = [at for at, (word, _, _) in enumerate(words) if word[0].lower() in firsts and word.lower() not in LINKING]
    for at in starts:
        for size in (2, 3, 4, 5, 6):
            run = words[at:at + size]
            if len(run) < size or run[-1][0].lower() in LINKING or \
                    any(len(w) < 4 for w, _, _ in run if w.lower() not in LINKING):
                continue  # "his move out" is no HMO: every word a full word that could be in a title
            every = "".join(w[0][0] for w in run).lower()
            bare = "".join(w[0][0] for w in run if w[0].lower() not in LINKING).lower()
            found += [(key.upper(), run[0][1], run[-1][2]) for key in {every, bare} if len(key) >= 3 and key in shouted]
    return found


def _title_keys(title: str) -> set[str]:
    """The title's distinctive words, stemmed (a bracketed abbreviation is one of its words)."""
    return {stem(w) for w, _, _ in tokens(title)
            if (w.lower() not in GENERIC or _shouted(w)) and len(w) > 1 and (not w.isdigit() or _a_name(w))}


def _a_name(number: str) -> bool:
    """'101', '111', '999' name a service; a year or a small number ('2029', '2') names nothing alone."""
    return len(number) == 3 and not number.startswith("0")


def _short_forms(title: str) -> set[str]:
    """Other ways in: its bracketed abbreviations and the initials of its capitalised runs ('EV', 'CSP')."""
    return {stem(a) for a in _BRACKETED.findall(title)} | {initials for initials, _ in _initial_runs(title)} | \
        {stem(WELSH[w.lower()]) for w, _, _ in tokens(title) if w.lower() in WELSH}


def _initial_runs(title: str, every_word: bool = False) -> list[tuple[str, list[str]]]:
    """Initials of runs of capitalised words (or of every word but the linking ones), with the words:
    ('ags', ['Annual', 'Governance', 'Statement'])."""
    words = [part for w, _, _ in tokens(title) for part in w.split("-")  # "Asylum-Seeking" gives its A and its S
             if part and part.lower() not in LINKING and not part.isdigit()]
    capitals = words if every_word else [w for w in words if w[:1].isupper()]  # 'Annual Governance Statement': AGS
    runs = [("".join(w[0] for w in capitals[i:i + size]).lower(), capitals[i:i + size])
            for size in (2, 3, 4, 5) for i in range(len(capitals) - size + 1)]
    runs += [(joined, run) for initials, run in runs  # 'UK Shared Prosperity Fund' is the UKSPF: a short word in
             if (joined := "".join(w.lower() if w.isupper() and len(w) <= 3 else w[0].lower() for w in run)) != initials]
    with_of = [part for w, _, _ in tokens(title) for part in w.split("-")  # 'Rights of Way Improvement Plan': ROWIP;
               if part and (part[:1].isupper() or part in ("of", "and")) and not part.isdigit()]  # 'Speech and ...': SALT
    return runs + [("".join(w[0] for w in with_of[i:i + size]).lower(), []) for size in (3, 4, 5)
                   for i in range(len(with_of) - size + 1) if {"of", "and"} & set(with_of[i + 1:i + size - 1])]


def search_titles(text: str, titles: dict[int, str]) -> list[int]:
    """Ids whose titles the words of `text` name (plural-, typo- and abbreviation-tolerant), best first."""
    return [h.thing for h in rank_titles(tokens(text), titles, set(), limit=10)]


def said_in_a_row(text: str, subject: str) -> int:
    """The most words of the subject the text says one after another ('sampling dates' of 'Bathing water sampling
    dates for members': two)."""
    own = {w.lower() for w, _, _ in tokens(subject) if w.lower() not in LINKING}
    run = best = 0
    for word, _, _ in tokens(text):
        run = run + 1 if word.lower() in own else 0
        best = max(best, run)
    return best
