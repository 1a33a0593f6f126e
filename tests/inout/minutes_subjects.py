"""Subjects against the hand-written ones: how well the reader's subject covers them, and the span model trained on them."""
from __future__ import annotations

import re
from statistics import mean

from bot.minutes.reader import _propose
from bot.minutes.span_model import span_features, spans, tokens_of
from bot.minutes.subject import subject_of_clause, tidy_subject
from bot.minutes.training import SPAN_C, fit_spans
from tests.inout.minutes_clauses import Labelled, joined
from tests.inout.minutes_corpus import Minutes, _fold_of, load_corpus

_STOP = frozenset({"a", "an", "the", "of", "on", "to", "for", "in", "at", "by", "and", "or", "with", "from", "as", "be",
                   "is", "are", "was", "were", "would", "will", "that", "this", "these", "those", "it", "its", "their",
                   "his", "her", "into", "about", "regarding", "any", "some", "further", "more"})
# A span is a good subject when its content words and the reader's overlap at F1 0.5 or more, within 0.1 of the clause's
# best span (so "the survey would be available for consideration" is not as good as "the survey")
GOOD, NEAR = 0.5, 0.1


def content_words(text: str) -> set[str]:
    """The words that carry meaning, lower-cased."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def cover(subject: str, hand: str) -> tuple[float, float, float]:
    """(recall, precision, F1) of the hand subject's content words in `subject`."""
    said, wanted = content_words(subject), content_words(hand)
    hit = len(said & wanted)
    if not hit:
        return 0.0, 0.0, 0.0
    return hit / len(wanted), hit / len(said), 2 * hit / (len(said) + len(wanted))


def reader_subject(row: Labelled) -> tuple[str, str]:
    """Where the reader's subject for a clause comes from ("rules", "frame" or "none") and what it is: of several
    things a rule reads, the one nearest the hand subject."""
    found, _ = _propose(row.clause, row.resolved, row.item, None, (), [], [], ("", ""), "")
    if found:
        return "rules", max((p.subject for p in found), key=lambda s: cover(s, row.subject)[2])
    subject, _ = subject_of_clause(row.clause)
    return ("frame", subject) if subject else ("none", "")


def span_examples(rows: list[Labelled]) -> tuple[list[list[str]], list[int]]:
    """Every candidate span of each owed clause, as features, labelled by whether it says the hand subject about as
    nearly as any span of the clause can."""
    docs, labels = [], []
    for row in rows:
        tokens = tokens_of(row.clause)
        candidates = spans(row.clause)
        near = [cover(tidy_subject(" ".join(tokens[a:b + 1])), row.subject)[2] for a, b in candidates]
        best = max(near, default=0.0)
        for (first, last), f1 in zip(candidates, near):
            docs.append(span_features(row.clause, first, last, tokens))
            labels.append(int(f1 >= GOOD and f1 >= best - NEAR))
    return docs, labels


def train_spans(files: list[Minutes], c: float = SPAN_C):
    """The span model trained on the hand subjects of `files`' owed clauses."""
    rows, _ = joined(files)
    return fit_spans(*span_examples([r for r in rows if r.label and r.subject]), c)


def build_spans():
    """The span model trained on every develop clause (what bot/minutes/model/spans.npz ships)."""
    return train_spans([m for m in load_corpus() if m.split == "develop"])


def subject_folds(folds: int = 5, c: float = SPAN_C) -> dict[str, dict[str, float]]:
    """Clause level, by council folds: for owed develop clauses, by where the reader's subject comes from (rules, a
    frame, none), how well it covers the hand subject, and how well the span model trained on the other councils
    does on the same clauses."""
    develop = [m for m in load_corpus() if m.split == "develop"]
    fold = dict(zip((m.name for m in develop), _fold_of(develop, folds, by_council=True)))
    rows, _ = joined(develop)
    owed = [r for r in rows if r.label and r.subject]
    chosen: dict[int, str] = {}
    for k in range(folds):
        model = train_spans([m for m in develop if fold[m.name] != k], c)
        chosen.update({i: model.choose(r.clause) for i, r in enumerate(owed) if fold[r.file] == k})
    marks: dict[str, list[tuple[tuple, tuple]]] = {}
    for i, row in enumerate(owed):
        source, subject = reader_subject(row)
        got = (cover(subject, row.subject), cover(chosen[i], row.subject))
        for key in ("all", source):
            marks.setdefault(key, []).append(got)
    return {key: _summary(got) for key, got in marks.items()}


def _summary(got: list[tuple[tuple, tuple]]) -> dict[str, float]:
    out: dict[str, float] = {"clauses": len(got)}
    for n, who in enumerate(("reader", "spans")):
        out[f"{who} recall"] = mean(g[n][0] for g in got)
        out[f"{who} precision"] = mean(g[n][1] for g in got)
        out[f"{who} close"] = mean(g[n][2] >= 0.8 for g in got)  # near enough the same words
        out[f"{who} none"] = mean(g[n][2] == 0 for g in got)
    return out


def train_both(files: list[Minutes]):
    """The clause model and the span model, each trained on `files` (a council fold's training part)."""
    from tests.inout.minutes_corpus import train_model

    return train_model(files), train_spans(files)


def read_with_spans(text: str, meeting, programme, models):
    """The reader with the span model as the fallback where no frame names what is owed (`models` as `train_both`
    gives them; None reads by the rules alone)."""
    from bot.minutes import read_minutes

    return read_minutes(text, meeting, programme, *(models or (None, None)))
