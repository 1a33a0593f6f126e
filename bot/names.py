"""Forgiving matching of people's names and item titles."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from bot.models import Person

_TITLES = re.compile(r"^(cllr|councillor|dr|mr|mrs|ms|miss|prof)\.?\s+", re.I)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accents dropped, as people type names on a phone: 'Siân' is 'Sian', 'Zoë' is 'Zoe'."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def normalise_name(name: str) -> str:
    """'Cllr  Val EVANS' -> 'val evans'; hyphens and spaces are the same thing; accents dropped."""
    name = " ".join(fold(name).replace("-", " ").split()).lower()
    while _TITLES.match(name):
        name = _TITLES.sub("", name, count=1)
    return name


def find_person(people: list[Person], text: str, cutoff: float = 85) -> list[Person]:
    """People whose name matches `text`: exact first, then a first-name/surname hit, then fuzzy."""
    key = normalise_name(text)
    if not key:
        return []
    by_id, exact, tokens, choices = _name_index(people)
    if key in exact:
        return [by_id[i] for i in exact[key]]
    if key in tokens:
        return [by_id[i] for i in tokens[key]]
    hits = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=3)
    return [by_id[h[2]] for h in hits if _every_word_close(key, h[0])]


_INDEXES: dict[int, tuple] = {}


def _name_index(people):
    """Lookups built once per list of people (kept while the store hands out the same tuple):
    by id, full names and Slack ids, single name words, and all names for fuzzy matching."""
    hit = _INDEXES.get(id(people))
    if hit and hit[0] is people:
        return hit[1]
    by_id = {p.id: p for p in people}
    exact: dict[str, list[int]] = {}
    tokens: dict[str, list[int]] = {}
    choices: dict[int, str] = {}
    for p in people:
        norm = normalise_name(p.name)
        choices[p.id] = norm
        exact.setdefault(norm, []).append(p.id)
        if p.slack_id:
            exact.setdefault(p.slack_id.lower(), []).append(p.id)
        for token in set(norm.split()):
            tokens.setdefault(token, []).append(p.id)
    index = (by_id, exact, tokens, choices)
    if isinstance(people, tuple):  # only an immutable sequence can be trusted to stay the same
        _INDEXES.clear()
        _INDEXES[id(people)] = (people, index)
    return index


def _every_word_close(key: str, name: str) -> bool:
    """'becky wilkinsen' is Becky Wilkinson; 'nobody smith' is not Earl Piggott-Smith."""
    words = name.split()
    return all(max(fuzz.ratio(k, w) for w in words) >= 80 for k in key.split())


def rank_titles(query: str, titles: dict[int, str], limit: int = 5, cutoff: float = 60) -> list[tuple[int, float]]:
    """Item ids ranked by how well their title matches `query`."""
    query = utils.default_process(query)
    if not query:
        return []
    hits = process.extract(
        query, titles, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=cutoff, limit=limit
    )
    return [(h[2], h[1]) for h in hits]
