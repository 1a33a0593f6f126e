"""Training the clause model with scikit-learn from labelled clauses (a build step, never run per document)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.minutes.clause_model import MODEL, ClauseModel, featurise, model_from_arrays, words_of

C = 0.5  # without groups to choose by
GRID = {"C": (0.125, 0.25, 0.5, 1.0, 2.0, 4.0), "min_df": (1, 2, 3)}
WORD_GRID = {"C": (0.5, 1.0, 2.0, 4.0, 8.0, 16.0), "min_df": (1, 2, 3)}  # words: many more features, less shrinkage


def _features(features: list[str]) -> list[str]:
    return features  # each clause is featurised once, before any fit (`featurise`)


def _pipeline(c: float, min_df: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([("tfidf", TfidfVectorizer(analyzer=_features, binary=True, min_df=min_df, dtype=np.float64)),
                     ("lr", LogisticRegression(C=c, solver="liblinear", class_weight="balanced", random_state=0))])


def described(row: tuple[str, bool, bool], words: bool) -> list[str]:
    """A clause's features: its forms, and its words when the model learns them."""
    return featurise(*row) + (words_of(row[0]) if words else [])


def choose(rows: Sequence[tuple[str, bool, bool]], labels: Sequence[int], groups: Sequence[str],
           words: bool = False) -> dict[str, float]:
    """C and min_df chosen by cross-validation with each group (a council) in one fold, so the choice is made on
    councils the fitted model never saw: the best mean ROC AUC, the simpler model (smaller C, larger min_df) on a tie
    to three places."""
    from sklearn.model_selection import GroupKFold, cross_val_score

    folds = GroupKFold(n_splits=min(5, len(set(groups))))
    docs = [described(row, words) for row in rows]
    grid = WORD_GRID if words else GRID
    scores = {(c, df): round(float(cross_val_score(_pipeline(c, df), docs, list(labels), groups=list(groups),
                                                   cv=folds, scoring="roc_auc").mean()), 3)
              for c in grid["C"] for df in grid["min_df"]}
    c, df = max(scores, key=lambda k: (scores[k], -k[0], k[1]))
    return {"C": c, "min_df": df, "council_fold_auc": scores[(c, df)]}


def fit(rows: Sequence[tuple[str, bool, bool]], labels: Sequence[int], groups: Sequence[str] | None = None,
        words: bool = False) -> ClauseModel:
    """A model fitted to clauses (text, in a resolution?, read by a rule?) labelled 1 (an action) or 0; given each
    clause's council (`groups`), its C and min_df are chosen on councils held out (`choose`)."""
    chosen = choose(rows, labels, groups, words) if groups is not None else {"C": C, "min_df": 2}
    pipeline = _pipeline(chosen["C"], int(chosen["min_df"])).fit([described(row, words) for row in rows], list(labels))
    vectoriser, model = pipeline.named_steps["tfidf"], pipeline.named_steps["lr"]
    vocabulary = vectoriser.get_feature_names_out().tolist()
    meta = {"clauses": len(labels), "actions": int(sum(labels)), **chosen, **({"words": True} if words else {})}
    return model_from_arrays(vocabulary, vectoriser.idf_, model.coef_[0], float(model.intercept_[0]), meta)


def save(model: ClauseModel, digest: str, out: Path = MODEL) -> None:
    """Write the weights and what they were built from."""
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(model.index, key=model.index.get)
    np.savez_compressed(out / "weights.npz", vocabulary=np.array(vocabulary), idf=model.idf, coef=model.coef,
                        intercept=np.array(model.intercept))
    (out / "meta.json").write_text(json.dumps({**model.meta, "data": digest}, indent=1) + "\n", encoding="utf-8")
