"""Items and matters named by their titles: distinctive words, typos, initials and numbers, ranked."""
from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.title_index import LINKING, a_name, hyphens, index_of, prefixed, shouted, spelt_out, vocab_keys
from bot.language.vocabulary import GENERIC, SHORTHAND, everyday, misspelt_generic, stem, tokens, words_of

DOCUMENT = frozenset(["report", "reports", "paper", "papers", "item", "items", "one", "thing", "doc", "document"])
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


def _clock(words: list[tuple[str, int, int]], n: int) -> bool:
    """'4:55', '9.30': an hour and its minutes one mark apart are a time of day, not a title's number ('2030/31' is)."""
    def clock(hour, minutes) -> bool:
        digits = hour[0].isascii() and hour[0].isdigit() and minutes[0].isascii() and minutes[0].isdigit()
        return digits and len(hour[0]) <= 2 and int(hour[0]) <= 24 and len(minutes[0]) == 2 and \
            int(minutes[0]) <= 59 and minutes[1] == hour[2] + 1
    return n + 1 < len(words) and clock(words[n], words[n + 1]) or n > 0 and clock(words[n - 1], words[n])


def rank_titles(words: list[tuple[str, int, int]], things: dict, taken: set[int], limit: int = 5) -> list[Hit]:
    """Ids of things whose title's distinctive words the message uses, best first."""
    if not things:
        return []
    index = index_of(things)
    vocab, df, total, near, _, shorts, gdf, cover, idf, covered, _ = index
    words = words + everyday(words, lambda word: stem(word) in vocab) + hyphens(words, vocab) + spelt_out(words, index)
    weights: dict[int, float] = {}  # how much of each title the words say (initials say all the words they stand for)
    fits: dict[int, float] = {}  # how much of the words each title explains
    where: dict[int, list[tuple[int, int]]] = {}
    numbers = {w for n, (w, s, _) in enumerate(words) if w.isdigit() and (len(w) <= 2 or _a_year(w)) and s not in taken
               and not (n + 1 < len(words) and words[n + 1][0].lower() in _UNITS) and not _clock(words, n)}  # not
    # '10 mins ago', not 'at 4:55'
    numbers |= {w[1] for w, s, _ in words if _quarter(w) and s not in taken}  # 'Q4' is 'Quarter 4'
    numbers |= _lettered(words)  # 'phase B' is not 'phase C'
    numbers |= _spelt_numbers(words, taken)  # 'the second budget session', 'session two'
    asked = 0.0  # how much the message says that could name a thing
    loose = []  # words no title holds as they are: maybe shortened ('reg 18', 'home ed') or generic
    credited: set[tuple[str, int]] = set()
    for n, (word, start, end) in enumerate(words):
        if start in taken or len(word) < 2 or (word.isdigit() and not a_name(word)):
            continue
        if word.lower() in GENERIC and not shouted(word) or word.lower() in SHORTHAND:  # 'SOM', 'fwp': the schedule
            # and the programme themselves, never a standing item named after them
            loose.append(n)
            continue
        keys = vocab_keys(word, vocab, near) or prefixed(word, index) or \
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
                if (key, thing_id) not in credited:  # 'libraries ... libraries' says one word of the title, not two
                    weights[thing_id] = weights.get(thing_id, 0.0) + weight
                    credited.add((key, thing_id))
                fits[thing_id] = fits.get(thing_id, 0.0) + min(weight, 2 * says)  # 'HRO': three words, not 'consultation'
                where.setdefault(thing_id, []).append((start, end))
    extra, said, asked = _title_words_said(words, loose, things, weights, where, asked, gdf)
    for number in numbers:  # 'street trees year 3': the 3 is explained by a title with a 3 in it, by no other
        holders = [thing_id for thing_id in weights if number in numbers_in(things[thing_id])]
        weight = math.log(1 + len(things) / len(holders)) if holders else 0.0  # '3 of 7 agencies': no title's
        asked += weight
        for thing_id in holders:
            extra[thing_id] = extra.get(thing_id, 0.0) + weight
    scored = []
    for thing_id, got in weights.items():
        whole = min((got + said.get(thing_id, 0.0)) / total[thing_id], 1.0)
        fit = min((fits.get(thing_id, 0.0) + extra.get(thing_id, 0.0)) / asked, 1.0)
        if 0.5 * whole + 0.5 * fit >= MIN_SCORE:
            scored.append((0.5 * whole + 0.5 * fit, fit, whole, thing_id))
    hits = []
    best = heapq.nlargest(limit * 3, scored)  # a common word can touch hundreds of titles
    numbered = bool(numbers) and any(numbers & numbers_in(things[t]) for *_, t in best)
    for score, fit, whole, thing_id in best:
        if numbers and not _numbers_agree(numbers, things[thing_id]):
            continue
        if numbered and not numbers & numbers_in(things[thing_id]):
            continue  # "phase 2 consultation": the title with the 2 in it, not one with no number
        shared = numbers & numbers_in(things[thing_id]) if numbers else ()
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


def _title_words_said(words, loose: list[int], things: dict, weights: dict, where: dict, asked: float, gdf: dict):
    """Words of the message that tell apart titles it already names: 'ILACS action plan' is the one with the
    action plan in it; 'home ed' is the one whose other word begins 'ed'. Extra fit and extra said per thing,
    and the new total of what was asked."""
    extra: dict = {}
    said: dict = {}
    if not weights or not loose:
        return extra, said, asked
    own = {thing_id: words_of(things[thing_id]) for thing_id in weights}
    for n in loose:
        word = words[n][0].lower()
        if word in LINKING or word in DOCUMENT:
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




def _beside_a_hit(words, n: int, spots) -> bool:
    """Whether the word before or after word n is one that named the thing."""
    starts = {s for s, _ in spots}
    return any(0 <= m < len(words) and words[m][1] in starts for m in (n - 1, n + 1))


_UNITS = frozenset({"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
                    "wk", "wks", "month", "months", "year", "years", "am", "pm", "percent", "pages", "people"})


def _numbers_agree(numbers: set[str], title: str) -> bool:
    """'session 1' is not 'session 2': a small number in both must be the same one."""
    in_title = numbers_in(title)
    return not in_title or bool(in_title & numbers)


@lru_cache(maxsize=8192)
def numbers_in(title: str) -> frozenset[str]:
    """The numbers a title holds, worked out once per title (the message's numbers are checked against many)."""
    words = tokens(title)
    return frozenset({n for n in re.findall(r"\b\d{1,4}\b", title) if len(n) <= 2 or _a_year(n)} |
                     {w[1] for w, _, _ in words if _quarter(w)} | _lettered(words))  # 'Q2 2041/42' is quarter 2


_SERIES = frozenset({"phase", "stage", "tranche", "round", "part", "zone", "block", "lot"})


def _lettered(words) -> set[str]:
    """'Phase B', 'Zone C': a letter that numbers a series tells its members apart, as a number does."""
    return {f"~{b.lower()}" for (a, _, _), (b, _, _) in zip(words, words[1:])
            if a.lower() in _SERIES and len(b) == 1 and b.isalpha()}


_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}
_CARDINALS = {"two": "2", "three": "3", "four": "4", "five": "5"}
_AFTER_SERIES = {**_CARDINALS, "one": "1"}


def _spelt_numbers(words, taken: set[int]) -> set[str]:
    """Numbers said in words: an ordinal before a series word ('the second budget session'), a count after one
    ('session two', and 'session one', though 'one' alone is never a number: 'the one about X'), never 'second author'."""
    out = {_ORDINALS[w.lower()] for n, (w, s, _) in enumerate(words) if w.lower() in _ORDINALS and s not in taken
           and any(b.lower() in _SERIES or b.lower() in _SERIAL for b, _, _ in words[n + 1:n + 4])}
    return out | {_AFTER_SERIES[b.lower()] for (a, _, _), (b, s, _) in zip(words, words[1:])
                  if b.lower() in _AFTER_SERIES and s not in taken and (a.lower() in _SERIES or a.lower() in _SERIAL)}


_SERIAL = frozenset({"session", "year", "phase", "week"})


def _quarter(word: str) -> bool:
    """'Q4', 'q2': a quarter of the year."""
    return len(word) == 2 and word[0] in "qQ" and word[1] in "1234"


def _number_of(word: str) -> str:
    """The number a word says: '4' for '4', for 'Q4' and for 'fourth'."""
    low = word.lower()
    return word[1] if _quarter(word) else _ORDINALS.get(low) or _CARDINALS.get(low) or word


def _a_year(word: str) -> bool:
    """'the DPH annual report 2047': a year tells this year's report from last year's, as 'phase 2' does."""
    return len(word) == 4 and word[:2] in ("19", "20")


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


def strong(hit) -> bool:
    """Enough of the title said, or little else said, to take the words as naming it outright."""
    return hit.whole >= 0.34 or hit.fit >= 0.75
