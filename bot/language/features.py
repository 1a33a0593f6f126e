"""What the classifier sees: the message with its references masked, as words, word pairs and letter runs."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language.vocabulary import SHORTHAND

_WORD = re.compile(r"\bo/s\b|[a-z0-9]+(?:'[a-z]+)?|[?!]")  # "o/s": outstanding
MASKS = ("ITEMX", "MATTERX", "PERSONX", "DATEX")


def words(text: str) -> list[str]:
    """Lower-case words, office shorthand spelt out ('fwp'); a masked reference stays one token."""
    found = _WORD.findall(text.lower().replace("\u2019", "'"))
    return [part for w in found for part in (SHORTHAND[w].split() if w in SHORTHAND else (w,))]


def featurise(text: str) -> list[str]:
    """Word unigrams and bigrams, plus 3-5 letter runs inside words (typo-tolerant)."""
    return list(_features(text))


@lru_cache(maxsize=4)  # one message: its whole, its request part, a sentence or two
def _features(text: str) -> tuple[str, ...]:
    """Read once per text: the intent and force models both look at the same message."""
    tokens = words(text)
    feats = [f"w:{t}" for t in tokens]
    padded = ["^"] + tokens + ["$"]
    feats += [f"b:{a} {b}" for a, b in zip(padded, padded[1:])]
    for token in tokens:
        if token.upper() in MASKS or not token.isalpha():
            continue
        feats += _letter_runs(token)
    return tuple(feats)


@lru_cache(maxsize=8192)  # a word's runs are the same in every message: most words have been seen before
def _letter_runs(token: str) -> tuple[str, ...]:
    """The 3-5 letter runs of one word, padded with a space each side."""
    word = f" {token} "
    runs: list[str] = []
    for n in (3, 4, 5):
        if len(word) < n:
            break
        runs += [f"c:{word[i:i + n]}" for i in range(len(word) - n + 1)]
    return tuple(runs)


def features_of(text: str) -> tuple[str, ...]:
    """The same features as a tuple, kept for the next model to read the same text."""
    return _features(text)
