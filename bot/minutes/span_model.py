"""What a clause owes, chosen among its spans by a linear model learned from hand-written subjects (numpy at run time)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.minutes.action import INFO
from bot.minutes.due import MONTH_NAMES
from bot.minutes.subject import tidy_subject

MODEL = Path(__file__).parent / "model"
_TOKEN = re.compile(r"\S{1,60}")
_CLEAN = ".,;:!?()[]'\"“”‘’"
# Where a thing owed starts: after a verb of supply or asking, a preposition of topic, "that", or at an article
_SUPPLY = {"provide", "provided", "circulate", "circulated", "report", "reported", "update", "updated", "bring",
           "brought", "receive", "received", "consider", "considered", "share", "shared", "send", "sent", "supply",
           "produce", "prepare", "submit", "submitted", "present", "presented", "arrange", "arranged", "investigate",
           "review", "explore", "give", "given", "see", "seek", "sought", "obtain", "forward", "include", "included",
           "add", "added", "request", "requested", "requests", "asked", "into", "look", "confirm", "check", "write",
           "circulation", "undertake", "develop", "draft", "establish", "set", "schedule", "invite", "invited"}
_TOPIC = {"on", "about", "regarding", "of", "for", "concerning", "re", "that", "with", "whether", "how", "why", "what"}
_ARTICLES = {"a", "an", "the", "any", "some", "further", "more", "its", "their", "this", "these", "all"}
# Where it ends: before who receives it, when it is due, or a verb ("would be circulated")
_ENDS_BEFORE = {"to", "at", "by", "in", "for", "with", "when", "once", "which", "and", "so", "if", "before", "after",
                "following", "as", "would", "will", "be", "was", "were", "is", "are", "should", "could", "from",
                "within", "during", "until", "via", "that", "who", "on", "being", "had", "has", "have", "but"}
_BODY = re.compile(r"\b(?:panel|committee|board|members|councillors|cabinet|council|group|commission)\b", re.I)
_ROLE = re.compile(r"\b(?:director|head|manager|officers?|chair(?:man)?|clerk|lead|member|leader|executive)\b", re.I)
_DATE = re.compile(rf"\b(?:{MONTH_NAMES}|\d{{4}}|next|future|months?|weeks?|year|meeting)\b", re.I)
_PAPER = re.compile(rf"\b(?:{INFO})s?\b", re.I)
_VERBISH = re.compile(r"\b(?:would|will|be|been|was|were|is|are|agreed|asked|requested|said|advised)\b", re.I)
MAX_WORDS = 14
# A span that says only when ("early November", "the next meeting") is a due date, never what is owed
# (each word whole, so a run of digits is read one way only)
_ONLY_WHEN = re.compile(rf"(?:(?:the|a|an|its|early|late|mid|next|this|last|future|in|of|on|\d{{1,2}}(?:st|nd|rd|th)?|"
                        rf"{MONTH_NAMES}|\d{{4}}|meeting|month|year|week|new)(?:\s+|$))+", re.I)


def _word(token: str) -> str:
    return token.strip(_CLEAN).lower()


def tokens_of(clause: str) -> list[str]:
    """The clause's first 60 words as printed."""
    return _TOKEN.findall(clause)[:60]


def spans(clause: str, limit: int = 60) -> list[tuple[int, int]]:
    """Each candidate (first word, last word) of the clause's first `limit` words: starting at the clause's start,
    after a verb of supply or a word of topic, or at an article; ending at punctuation, the clause's end, or before a
    word that starts who receives it, when it is due or a verb."""
    tokens = tokens_of(clause)[:limit]
    words = [_word(t) for t in tokens]
    starts = [i for i, w in enumerate(words) if w and w not in _ENDS_BEFORE and w not in _TOPIC
              and (i == 0 or words[i - 1] in _SUPPLY or words[i - 1] in _TOPIC or w in _ARTICLES
                   or tokens[i - 1][-1:] in ":;,")]
    out = []
    for i in starts:
        for j in range(i, min(i + MAX_WORDS, len(tokens))):
            last = j == len(tokens) - 1
            ends = last or tokens[j][-1:] in _CLEAN[:5] or words[j + 1] in _ENDS_BEFORE
            if ends and words[j] not in _ENDS_BEFORE | _TOPIC | _ARTICLES:
                out.append((i, j))
            if tokens[j][-1:] in ".;:!?":
                break
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return sum(n > e for e in edges)


def span_features(clause: str, first: int, last: int, tokens: list[str] | None = None) -> list[str]:
    """How a span sits in its clause, not what it is about: its length and place, the words at and around its edges,
    whether it follows a verb of supply, and whether it holds a date, a paper, a body, a role, a name or a verb."""
    tokens = tokens if tokens is not None else tokens_of(clause)
    words = [_word(t) for t in tokens]
    text = " ".join(tokens[first:last + 1])
    before = words[first - 1] if first else "^"
    after = words[last + 1] if last + 1 < len(words) else "$"
    n = last - first + 1
    out = {f"len {_bucket(n, (1, 2, 3, 5, 8, 11))}", f"at {_bucket(first * 4 // max(len(words), 1), (0, 1, 2))}",
           f"before {before}", f"after {after}", f"first {words[first]}", f"last {words[last]}",
           f"supply {before in _SUPPLY}", f"topic {before in _TOPIC}", f"end {after == '$'}",
           f"stop {tokens[last][-1:] in _CLEAN[:5]}", f"len {_bucket(n, (1, 2, 3, 5, 8, 11))} supply {before in _SUPPLY}"}
    for name, form in (("date", _DATE), ("paper", _PAPER), ("body", _BODY), ("role", _ROLE), ("verb", _VERBISH)):
        if form.search(text):
            out.add(f"has {name}")
    if any(t[:1].isupper() for t in tokens[first + 1:last + 1]):
        out.add("has capital")
    if "," in text[:-1]:
        out.add("has comma")
    return sorted(out)


@dataclass(frozen=True)
class SpanModel:
    """A linear scorer of spans, as trained by bot.minutes.training.fit_spans."""

    index: dict[str, int]
    coef: np.ndarray
    meta: dict

    def choose(self, clause: str) -> str:
        """The span the model scores highest, in the clause's own words ('' for a clause with no candidate)."""
        return self.best(clause)[0]

    def best(self, clause: str) -> tuple[str, float]:
        """The best-scored span that reads as a subject once tidied (two to fourteen words, more than a date), tidied,
        and its score (a log-odds that it is a good subject); ("", -inf) when none does."""
        tokens = tokens_of(clause)
        scored = []
        for first, last in spans(clause):
            rows = [self.index[f] for f in span_features(clause, first, last, tokens) if f in self.index]
            scored.append((float(self.coef[rows].sum()) if rows else 0.0, first, last))
        for score, first, last in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
            text = tidy_subject(" ".join(tokens[first:last + 1]))
            if 2 <= len(text.split()) <= MAX_WORDS and not _ONLY_WHEN.fullmatch(text.strip(_CLEAN)):
                return text, score + float(self.meta.get("intercept", 0.0))
        return "", -np.inf


def span_model_from_arrays(vocabulary: list[str], coef: np.ndarray, meta: dict | None = None) -> SpanModel:
    """A span model from its arrays (as trained, or as shipped)."""
    return SpanModel({f: i for i, f in enumerate(vocabulary)}, np.asarray(coef, dtype=np.float64), meta or {})


@lru_cache(maxsize=1)
def shipped_spans(folder: Path = MODEL) -> SpanModel | None:
    """The span weights shipped with the code, read once; None when none are shipped."""
    if not (folder / "spans.npz").exists():
        return None
    meta = json.loads((folder / "spans.json").read_text(encoding="utf-8"))
    with np.load(folder / "spans.npz", allow_pickle=False) as data:
        return span_model_from_arrays(data["vocabulary"].tolist(), data["coef"], meta)
