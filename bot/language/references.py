"""Stage 2: what a message refers to, found once: dates, people, items and matters of the panel."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.days.dates import MEETING_NOUNS, NEXT_MEETING, When, parse_when
from bot.days.signs import could_be_dated
from bot.language.kept import kept_as_is
from bot.language.masking import DATES, mask_dates, mask_spans, quoted_spans
from bot.language.people import find_people
from bot.language.titles import LINKING, Hit, clear_hit, numbers_in, rank_titles
from bot.language.vocabulary import CLAUSE, GENERIC, KEPT, NOT_YET, SENTENCE_END, SHORTHAND, command_word, stem, tokens
from bot.models import Person

_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|i'm|im|i've|ive|i'd|i'll)\b", re.I)
_TOPIC_FIRST = frozenset({"regarding", "concerning", "re", "ref"})
_LEAD_INS = frozenset(["hi", "hello", "morning", "afternoon", "update", "news", "note", "fyi", "re", "new", "add", "action",
                       "item", "position", "urgent", "quick", "query", "question", "ps"])


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
    taken |= {i for m in NEXT_MEETING.finditer(text) for i in range(m.start(), m.end())}  # "the next sub-committee"
    taken |= {i for m in _THE_PROGRAMME.finditer(text) for i in range(m.start(), m.end())}
    taken |= command_word(words, text)  # "replace the dols notes: ...": the verb is the request, not "Replacement"
    taken |= set_aside(text, words)  # "note for the cemetery review (not the parking contract): ..."
    taken |= _kept_aside(text, words, items, matters, taken)  # "DoLS stays; session 2 goes to March": not DoLS
    taken |= day_parts(words)  # "last night's session": no Night-Time item
    titled = taken | _value_after_colon(text, words, taken)  # "position on X: the news" names X before the colon
    found_items = rank_titles(words, items, titled) or _in_one_sentence(text, words, items, titled) or \
        _called_an_item(words, items, titled)
    found_matters = rank_titles(words, matters, titled)
    spans = [(h.start, h.end, "PERSONX") for h in found_people] + quotes + \
        ([(*meeting_words, "DATEX")] if meeting_words else [])
    best = _best_span(found_items, found_matters, text) or _named_in_its_clause(text, words, found_items, items, titled)
    spans += [(start, end, "ITEMX") for _, start, end in pair]
    if best and pair and any(start < best[1] and best[0] < end for _, start, end in pair):
        best = None  # "move the X and the Y to March": both are items, neither alone the one meant
    if best and best[2] == "ITEMX" and _runs_on(words, best[1], items[best[3]]):
        best = None  # "a report on the Parish Boundary Stones Survey": a new title, not the Upland Parishes one
    if best:
        things = items if best[2] == "ITEMX" else matters
        start, end = _widen(words, best[0], best[1], things[best[3]], taken)
        spans.append((*_one_clause(text, start, end, things[best[3]]), best[2]))
    said = mask_spans(text, quotes) if quotes else text  # a date in a new title is not a date meant
    when = _asked_when(said, now) or (_clause_when(text, best[:2], now) if best and not quotes else None) or \
        parse_when(said, now)
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


def _clause_when(text: str, span: tuple[int, int], now) -> When | None:
    """'with the season finishing late this year, I think we'd be better taking X in January': the date in the
    clause that names the thing, when another clause says a date of its own."""
    cuts = [0, *(m.end() for m in CLAUSE.finditer(text)), len(text)]
    if len(cuts) < 3:
        return None
    start = max(c for c in cuts if c <= span[0])
    clause = text[start:min(c for c in cuts if c >= span[1])]
    if not could_be_dated(clause) or not (when := parse_when(clause, now)):
        return None
    rest = text[:start] + " " + text[start + len(clause):]
    return when if parse_when(rest, now) else None  # ("this year" holds no sign could_be_dated looks for)


# "the work programme", "fwp": the panel's programme itself, not its "Work Programme" item (unless called an item)
_THE_PROGRAMME = re.compile(r"\b(?:(?:forward\s+)?work\s+prog(?:ramme)?|f?wp)\b"
                            r"(?!\s+(?:item|report|paper|update|slot|review|discussion|session)s?\b)", re.I)
_MEETING_NOUN = re.compile(r"\s+(?:one|" + MEETING_NOUNS + r")\b|(?:\s+[a-z][\w-]*){1,2}?\s+(?:meeting|mtg|panel|board|"
                           r"sub-?committee|committee|cttee)\b", re.I)  # 'the June board', 'the feb budget meeting'


def _meeting_noun_end(text: str, end: int) -> int:
    """'the June board', 'the May panel': the word after a date names the meeting, never an item ('Board Work
    Programme')."""
    noun = _MEETING_NOUN.match(text, end)
    return noun.end() if noun else end


_WHICH_PART = frozenset({"last", "this", "tomorrow", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday"})
_PARTS_OF_A_DAY = frozenset({"night", "morning", "afternoon", "evening"})


def day_parts(words) -> set[int]:
    """Where 'last night', 'this morning', 'Friday afternoon' stand: a time, never a title's word."""
    return {i for (a, _, _), (b, start, end) in zip(words, words[1:])
            if a.lower() in _WHICH_PART and b.lower() in _PARTS_OF_A_DAY for i in range(start, end)}


def set_aside(text: str, words) -> set[int]:
    """'X (not the parking contract)', 'move X, not the Y', 'not the drill one, the evac plans report': what is set
    aside after a bracket or a comma, or first, names nothing the request is about."""
    out: set[int] = set()
    for word, start, _ in words:
        if word.lower() != "not":
            continue
        before = text[:start].rstrip()
        comma = text.find(",", start)  # "not the draft one, the final one": set against what follows the comma
        contrast = comma > 0 and text[comma + 1:].lstrip().lower().startswith(("the ", "it's ", "its ", "but "))
        if before.endswith(("(", ",")) or not before and contrast:
            ends = [i for i in (text.find(mark, start) for mark in "),:;") if i > 0] + ([comma] if contrast else [])
            out |= set(range(start, min(ends, default=len(text))))
    return out


_STAY_WORDS = KEPT | NOT_YET


def _kept_aside(text: str, words, items: dict, matters: dict, taken: set[int]) -> set[int]:
    """What `kept_as_is` sets aside, when it names a record and the rest of the message names another or asks for a
    change ('the LED action needs to stay open - Sholto's still waiting' is about that action all the same)."""
    if not _STAY_WORDS.intersection(w.lower() for w, _, _ in words):
        return set()  # most messages: no word that could keep a record where it is
    kept = kept_as_is(text)
    if not kept:
        return set()
    inside = [w for w in words if w[1] in kept]
    outside = [w for w in words if w[1] not in kept]
    named_in = rank_titles(inside, items, taken) or rank_titles(inside, matters, taken)
    numbered = {w for w, _, _ in outside} & {n for title in items.values() for n in numbers_in(title)}  # "session 2"
    return kept if named_in and (command_word(outside) or numbered or rank_titles(outside, items, taken) or
                                 rank_titles(outside, matters, taken)) else set()


def _value_after_colon(text: str, words, taken: set[int]) -> set[int]:
    """Where a short lead-in names the thing before a colon, what follows is a value, not a reference
    ('position on the bins action: figures reconciled'); a name or a greeting before it is no lead-in."""
    colon = text.find(":")
    if colon < 0:
        return set()
    head = [w for w, s, _ in words if s < colon and s not in taken and w.lower() not in GENERIC
            and w.lower() not in LINKING and w.lower() not in _LEAD_INS and w.lower() not in SHORTHAND]  # "SOM update:"
    if not head or len([w for w, s, _ in words if s < colon]) > 8 or words[0][0].lower() in _TOPIC_FIRST:
        return set()  # "regarding the leisure strategy: Dev is also behind on the tree survey note": a topic, then news
    return set(range(colon, len(text)))


def _best_span(items: list[Hit], matters: list[Hit], text: str = ""):
    top_item = items[0] if items else None
    top_matter = matters[0] if matters else None
    same_words = top_matter is not None and top_item is not None and \
        (top_matter.start, top_matter.end) == (top_item.start, top_item.end)  # "walled garden": an action's words too
    if top_item and (_named(top_item) or same_words) and _ITEM_AFTER.match(text, top_item.end):
        return (top_item.start, top_item.end, "ITEMX", top_item.thing)  # "park the dental access item": it says so
    if top_item and top_matter and says_more(top_item, top_matter) and _named(top_matter):
        return (top_item.start, top_item.end, "ITEMX", top_item.thing)  # "the VAWG update": the item's 'update' too
    if top_matter and (not top_item or top_matter.score > top_item.score):
        return (top_matter.start, top_matter.end, "MATTERX", top_matter.thing) if _named(top_matter) else None
    if top_item:
        return (top_item.start, top_item.end, "ITEMX", top_item.thing) if _named(top_item) else None
    return None


_ITEM_AFTER = re.compile(r"\s+items?\b", re.I)


def _named_in_its_clause(text: str, words, found: list[Hit], things: dict, taken: set[int]):
    """'DoLS report to march, jo wants to add the new guidance': words that name an item plainly within their own
    clause, though the whole message's other words dilute them."""
    if not found:
        return None
    cuts = [0, *(m.end() for m in CLAUSE.finditer(text)), len(text)]
    start = max(c for c in cuts if c <= found[0].start)
    end = min(c for c in cuts if c >= found[0].end)
    hits = rank_titles([w for w in words if start <= w[1] < end], things, taken)
    if (start, end) == (0, len(text)) or not hits or hits[0].thing != found[0].thing or not _named(hits[0]) or \
            clear_hit(tuple(hits)) is None:
        return None
    return (hits[0].start, hits[0].end, "ITEMX", hits[0].thing)


def says_more(longer: Hit, shorter: Hit) -> bool:
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




def _called_an_item(words, things: dict, taken: set[int]) -> list[Hit]:
    """'... add a note to the funicular item asking for the accident figures from before the closure?': in a long
    message naming nothing as a whole, the word or two said as 'the X item' name the one title holding them."""
    for at, (word, _, _) in enumerate(words):
        if word.lower() in _KINDS and at:
            said = [w for w in words[max(0, at - 3):at] if w[0].lower() not in _BEFORE_A_NAME][-2:]
            hits = tuple(rank_titles(said, things, taken)) if said else ()
            if clear_hit(hits) is not None and hits[0].fit >= 0.99:
                return list(hits[:1])
    return []


_KINDS = frozenset({"item", "report", "paper"})
_BEFORE_A_NAME = frozenset({"the", "a", "an", "to", "on", "for", "of", "my", "our", "his", "her", "their", "that", "this"})


def _runs_on(words, end: int, title: str) -> bool:
    """The words naming an item run on, capitalised, into two or more words its title does not hold: they name
    something else."""
    own = {stem(w) for w, _, _ in tokens(title)}
    run = [w for w, _ in zip((w for w, start, _ in words if start >= end), range(4))]
    run = run[:next((n for n, w in enumerate(run) if not w[:1].isupper()), len(run))]
    return sum(stem(w) not in own for w in run) >= 2


def _named(hit: Hit) -> bool:
    """Enough of the title is said to take it as a reference, not a word it happens to share."""
    return hit.whole >= 0.3 or (hit.fit >= 0.99 and hit.whole >= 0.2)



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
