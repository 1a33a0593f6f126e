"""Stage 2: what a message refers to, found once: dates, people, items and matters of the panel."""
from __future__ import annotations

import bisect
import heapq
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.date_signs import could_be_dated
from bot.dates import MEETING_NOUNS, When, parse_when
from bot.language.masking import DATES, mask_dates, mask_spans, quoted_spans
from bot.language.vocabulary import GENERIC, SHORT_NAMES, WELSH, everyday, misspelt_generic, stem, tokens, transposed
from bot.models import Person
from bot.names import fold, normalise_name

_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|im|i've|ive|i'd|i'll)\b", re.I)
# Name-like words too common in messages to be taken as a name unless capitalised.
_COMMON = frozenset([
    "will", "may", "mark", "bill", "grace", "hope", "joy", "rose", "dawn", "sue", "pat", "rob", "art", "faith",
    "holly", "jack", "frank", "earl",
])
_LINKING = frozenset(["the", "of", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "&", "from", "our",
                      "my", "your", "their", "this", "that", "it", "is", "be", "me", "we", "us", "you", "i"])
_DOCUMENT = frozenset(["report", "reports", "paper", "papers", "item", "items", "one", "thing", "doc", "document"])
_LEAD_INS = frozenset(["hi", "hello", "morning", "afternoon", "update", "news", "note", "fyi", "re", "new", "add", "action",
                       "item", "position", "urgent", "quick", "query", "question", "ps"])
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


@dataclass(frozen=True)
class References:
    when: When | None = None
    people: tuple[Hit, ...] = ()
    items: tuple[Hit, ...] = ()
    matters: tuple[Hit, ...] = ()
    first_person: bool = False
    masked: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def item(self):
        """The one item meant, if one is clearly ahead of the rest."""
        return clear_hit(self.items)

    @property
    def matter(self):
        return clear_hit(self.matters)

    @property
    def person(self) -> Person | None:
        people = {h.thing.id: h.thing for h in self.people}
        return next(iter(people.values())) if len(people) == 1 else None


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


def find_references(text: str, now, people, items: dict[int, str], matters: dict[int, str],
                    meeting_words: tuple[int, int] | None = None, pair: tuple = ()) -> References:
    """Everything `text` refers to. `items` and `matters` map id -> title; their hits carry the id.
    `meeting_words` (start, end) name a meeting ('the precept meeting'), never an item or a matter; `pair` holds two
    items named side by side, (id, start, end) each, both masked as items."""
    words = tokens(text)
    quotes = quoted_spans(text)
    quoted = {i for start, end, _ in quotes for i in range(start, end)}
    found_people = [h for h in find_people(words, people) if h.start not in quoted]
    taken = {i for h in found_people for i in range(h.start, h.end)} | quoted
    dates = DATES.finditer(text) if could_be_dated(text) else ()
    taken |= {i for m in dates for i in range(m.start(), _meeting_noun_end(text, m.end()))}
    taken |= set(range(*meeting_words)) if meeting_words else set()
    taken |= {i for m in _THE_PROGRAMME.finditer(text) for i in range(m.start(), m.end())}
    titled = taken | _value_after_colon(text, words, taken)  # "position on X: the news" names X before the colon
    found_items = rank_titles(words, items, titled) or _in_one_sentence(text, words, items, titled)
    found_matters = rank_titles(words, matters, titled)
    spans = [(h.start, h.end, "PERSONX") for h in found_people] + quotes + \
        ([(*meeting_words, "DATEX")] if meeting_words else [])
    best = _best_span(found_items, found_matters, text)
    spans += [(start, end, "ITEMX") for _, start, end in pair]
    if best and pair and any(start < best[1] and best[0] < end for _, start, end in pair):
        best = None  # "move the X and the Y to March": both are items, neither alone the one meant
    if best:
        things = items if best[2] == "ITEMX" else matters
        start, end = _widen(words, best[0], best[1], things[best[3]], taken)
        spans.append((*_one_clause(text, start, end, things[best[3]]), best[2]))
    said = mask_spans(text, quotes) if quotes else text  # a date in a new title is not a date meant
    when = _asked_when(said, now) or parse_when(said, now)
    masked = mask_dates(mask_spans(text, spans))
    return References(when, tuple(found_people), tuple(found_items), tuple(found_matters),
                      bool(_FIRST_PERSON.search(text)), masked, {"pair": pair} if pair else {})


def _asked_when(text: str, now) -> When | None:
    """'when do papers for january need to be in? I'm off from the 21st': the date in the one question, when
    another sentence says a date of its own."""
    sentences = SENTENCE_END.split(text)
    if len(sentences) < 2:
        return None
    dated = [s for s in sentences if could_be_dated(s) and parse_when(s, now) is not None]
    asked = [s for s in dated if s.rstrip().endswith("?")]
    return parse_when(asked[0], now) if len(asked) == 1 and len(dated) > 1 else None


# "the work programme", "fwp": the panel's programme itself, not its "Work Programme" item (unless called an item)
_THE_PROGRAMME = re.compile(r"\b(?:(?:forward\s+)?work\s+prog(?:ramme)?|f?wp)\b"
                            r"(?!\s+(?:item|report|paper|update|slot|review|discussion|session)s?\b)", re.I)
_MEETING_NOUN = re.compile(r"\s+(?:one|" + MEETING_NOUNS + r")\b", re.I)


def _meeting_noun_end(text: str, end: int) -> int:
    """'the June board', 'the May panel': the word after a date names the meeting, never an item ('Board Work
    Programme')."""
    noun = _MEETING_NOUN.match(text, end)
    return noun.end() if noun else end


def _value_after_colon(text: str, words, taken: set[int]) -> set[int]:
    """Where a short lead-in names the thing before a colon, what follows is a value, not a reference
    ('position on the bins action: figures reconciled'); a name or a greeting before it is no lead-in."""
    colon = text.find(":")
    if colon < 0:
        return set()
    head = [w for w, s, _ in words if s < colon and s not in taken and w.lower() not in GENERIC
            and w.lower() not in _LINKING and w.lower() not in _LEAD_INS]
    if not head or len([w for w, s, _ in words if s < colon]) > 8:
        return set()
    return set(range(colon, len(text)))


def _best_span(items: list[Hit], matters: list[Hit], text: str = ""):
    top_item = items[0] if items else None
    top_matter = matters[0] if matters else None
    if top_item and _named(top_item) and _ITEM_AFTER.match(text, top_item.end):
        return (top_item.start, top_item.end, "ITEMX", top_item.thing)  # "park the dental access item": it says so
    if top_item and top_matter and _says_more(top_item, top_matter) and _named(top_matter):
        return (top_item.start, top_item.end, "ITEMX", top_item.thing)  # "the VAWG update": the item's 'update' too
    if top_matter and (not top_item or top_matter.score > top_item.score):
        return (top_matter.start, top_matter.end, "MATTERX", top_matter.thing) if _named(top_matter) else None
    if top_item:
        return (top_item.start, top_item.end, "ITEMX", top_item.thing) if _named(top_item) else None
    return None


_ITEM_AFTER = re.compile(r"\s+items?\b", re.I)


def _says_more(longer: Hit, shorter: Hit) -> bool:
    """The words that name `shorter` name `longer` too, and more of it, as fully."""
    return longer.start <= shorter.start and longer.end >= shorter.end and longer.end - longer.start > \
        shorter.end - shorter.start and longer.fit >= shorter.fit


def _in_one_sentence(text: str, words, things: dict, taken: set[int]) -> list[Hit]:
    """In a long message whose every word together names nothing, the hits of the one sentence that names a thing
    ('Hi, sorry if this is a silly question but when would you need my DFG report? I'm on leave in June …')."""
    for cut in (SENTENCE_END, CLAUSE):  # failing a sentence, a clause: "X's phase 2 is going to May, he's waiting on …"
        breaks = [m.end() for m in cut.finditer(text)]
        if not breaks or not things:
            continue
        named = []
        for start, end in zip([0] + breaks, breaks + [len(text)]):
            hits = rank_titles([w for w in words if start <= w[1] < end], things, taken)
            if hits and _named(hits[0]) and (cut is SENTENCE_END or clear_hit(tuple(hits)) is not None):
                named.append(hits)  # a clause, weaker evidence, must name one thing only
        if named:
            return named[0] if len(named) == 1 else []
    return []


SENTENCE_END = re.compile(r"(?<=[?!.])\s+")  # where a sentence ends; CLAUSE also where a comma or a dash cuts one
CLAUSE = re.compile(r"(?<=[.?!])\s+|,\s+|\s[-–—]\s")


def _named(hit: Hit) -> bool:
    """Enough of the title is said to take it as a reference, not a word it happens to share."""
    return hit.whole >= 0.3 or (hit.fit >= 0.99 and hit.whole >= 0.2)


def people_index(people) -> tuple[dict[str, list[Person]], dict[str, str], dict[str, frozenset], tuple[Person, ...]]:
    """Name words -> people, Slack id -> name, and name words -> people's places in `people` (with `people` as a tuple);
    kept while the store hands out the same tuple of people."""
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
    index = (by_token, {p.slack_id: p.name for p in people if p.slack_id},
             {part: frozenset(at) for part, at in places.items()}, tuple(people))
    if isinstance(people, tuple):
        _PEOPLE.clear()
        _PEOPLE[id(people)] = (people, index)
    return index


_PEOPLE: dict[int, tuple] = {}


def _as_a_lead(words: list[tuple[str, int, int]], i: int) -> bool:
    """'grace to lead on the crisis pathway': a name typed in lower case where only a person can stand."""
    after = [w.lower() for w, _, _ in words[i + 1:i + 3]]
    return i == 0 and words[0][0].lower() in _COMMON and after in (["to", "lead"], ["to", "present"], ["will", "lead"],
                                                                    ["is", "leading"], ["to", "write"])


def find_people(words: list[tuple[str, int, int]], people) -> list[Hit]:
    """People named by full name, first name, surname or 'Cllr X'."""
    by_token, _, places, everyone = people_index(people)  # places, not people, are intersected: a Person hashes slowly
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        word, start, end = words[i]
        low = fold(word.lower())
        found = by_token.get(low)
        lower_word = (low in _COMMON or low in GENERIC) and not word[:1].isupper()
        if not found or lower_word and not _as_a_lead(words, i):
            i += 1
            continue
        if _someone_else(words, i, by_token):
            i += 1
            continue
        j, at = i + 1, places[low]
        while j < len(words) and (nxt := places.get(fold(words[j][0].lower()))) and at & nxt:
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


def rank_titles(words: list[tuple[str, int, int]], things: dict, taken: set[int], limit: int = 5) -> list[Hit]:
    """Ids of things whose title's distinctive words the message uses, best first."""
    if not things:
        return []
    index = _index(things)
    vocab, df, total, near, _, shorts, gdf, cover, idf, covered = index
    words = words + everyday(words, lambda word: stem(word) in vocab) + _hyphens(words, vocab)
    weights: dict[int, float] = {}  # how much of each title the words say (initials say all the words they stand for)
    fits: dict[int, float] = {}  # how much of the words each title explains
    where: dict[int, list[tuple[int, int]]] = {}
    numbers = {w for n, (w, s, _) in enumerate(words) if w.isdigit() and (len(w) <= 2 or _a_year(w)) and s not in taken
               and not (n + 1 < len(words) and words[n + 1][0].lower() in _UNITS)}  # not '10 mins ago'
    asked = 0.0  # how much the message says that could name a thing
    loose = []  # words no title holds as they are: maybe shortened ('reg 18', 'home ed') or generic
    for n, (word, start, end) in enumerate(words):
        if start in taken or len(word) < 2 or (word.isdigit() and not _a_name(word)):
            continue
        if word.lower() in GENERIC and not _shouted(word):
            loose.append(n)
            continue
        keys = _vocab_keys(word, vocab, near) or _prefixed(word, index)
        if keys and keys[0] in shorts and not word.isupper():
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
        start, end = _cluster(where[thing_id])
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


def _shouted(word: str) -> bool:
    """An abbreviation in capitals ('SEND', 'CAMHS') is a name even when the word is also an everyday one."""
    return len(word) >= 3 and word.isupper()


def _prefixed(word: str, index: tuple) -> list[str]:
    """'reg' for 'regulation': title words the word begins, when no title word is the word itself."""
    low = word.lower()
    low = low[:-1] if len(low) > 4 and low.endswith("s") and not low.endswith("ss") else low  # 'dentists': 'dentistry'
    if not 3 <= len(low) <= 8 or not low.isalpha() or low in _COMMON:
        return []
    keys = index[4]
    at = bisect.bisect_left(keys, low)
    found = []
    while at < len(keys) and keys[at].startswith(low) and len(found) < 5:
        if len(keys[at]) >= len(low) + 2:
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
        if word in _LINKING or word in _DOCUMENT:
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


def _one_clause(text: str, start: int, end: int, title: str) -> tuple[int, int]:
    """A title without a comma is named within one clause: 'park the playing pitch strategy, Sport England still
    haven't sent the data' names it before the comma; the word after it is the reason's."""
    if "," in title or "," not in text[start:end]:
        return start, end
    parts = text[start:end].split(",")
    longest = max(range(len(parts)), key=lambda n: len(parts[n].strip()))
    at = start + sum(len(part) + 1 for part in parts[:longest])
    part = parts[longest]
    return at + len(part) - len(part.lstrip()), at + len(part.rstrip())


def _widen(words: list[tuple[str, int, int]], start: int, end: int, title: str, taken: set[int]) -> tuple[int, int]:
    """Stretch a title's span over the title's own words beside it ('budget' -> 'budget scrutiny session 2')."""
    own = {stem(w) for w, _, _ in tokens(title)}
    inside = [n for n, (_, s, e) in enumerate(words) if s >= start and e <= end]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    while first > 0 and words[first - 1][1] not in taken and stem(words[first - 1][0]) in own:
        first -= 1
    while last + 1 < len(words) and words[last + 1][1] not in taken and stem(words[last + 1][0]) in own:
        last += 1
    return words[first][1], words[last][2]


_UNITS = frozenset({"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
                    "wk", "wks", "month", "months", "year", "years", "am", "pm", "percent", "pages", "people"})


def _numbers_agree(numbers: set[str], title: str) -> bool:
    """'session 1' is not 'session 2': a small number in both must be the same one."""
    in_title = _numbers_in(title)
    return not in_title or bool(in_title & numbers)


def _numbers_in(title: str) -> set[str]:
    return {n for n in re.findall(r"\b\d{1,4}\b", title) if len(n) <= 2 or _a_year(n)}


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
    index = (vocab, df, total, {}, sorted(vocab), shorts, gdf, cover, idf, {key for key, _ in cover})
    if len(_INDEXES) > 16:
        _INDEXES.clear()
    _INDEXES[id(things)] = (things, index)
    return index


def _generic_words(title: str) -> set[str]:
    """The title's everyday words ('annual', 'report', 'update'), which say less about which title is meant."""
    return {w.lower() for w, _, _ in tokens(title) if w.lower() in GENERIC and w.lower() not in _LINKING
            and len(w) > 2 and w.isalpha() and not _shouted(w)}


def _hyphens(words: list[tuple[str, int, int]], vocab: dict) -> list[tuple[str, int, int]]:
    """'fly tipping' said for a title's 'Fly-Tipping': the hyphened spelling, where a title has it."""
    return [(f"{a}-{b}", start, end) for (a, start, _), (b, _, end) in zip(words, words[1:])
            if stem(f"{a}-{b}") in vocab and a.lower() not in GENERIC and b.lower() not in GENERIC]  # not 'sub committee'


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
             if part and part.lower() not in _LINKING and not part.isdigit()]
    capitals = words if every_word else [w for w in words if w[:1].isupper()]  # 'Annual Governance Statement': AGS
    runs = [("".join(w[0] for w in capitals[i:i + size]).lower(), capitals[i:i + size])
            for size in (2, 3, 4, 5) for i in range(len(capitals) - size + 1)]
    runs += [(joined, run) for initials, run in runs  # 'UK Shared Prosperity Fund' is the UKSPF: a short word in
             if (joined := "".join(w.lower() if w.isupper() and len(w) <= 3 else w[0].lower() for w in run)) != initials]
    with_of = [part for w, _, _ in tokens(title) for part in w.split("-")  # 'Rights of Way Improvement Plan': ROWIP
               if part and (part[:1].isupper() or part == "of") and not part.isdigit()]
    return runs + [("".join(w[0] for w in with_of[i:i + size]).lower(), [])
                   for size in (3, 4, 5) for i in range(len(with_of) - size + 1) if "of" in with_of[i + 1:i + size - 1]]


def search_titles(text: str, titles: dict[int, str]) -> list[int]:
    """Ids whose titles the words of `text` name (plural-, typo- and abbreviation-tolerant), best first."""
    return [h.thing for h in rank_titles(tokens(text), titles, set(), limit=10)]
