"""Training the clause model with scikit-learn from labelled clauses (a build step, never run per document)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.minutes.clause_model import MODEL, ClauseModel, featurise, model_from_arrays

C = 0.5


def _analyse(row: tuple[str, bool, bool]) -> list[str]:
    return featurise(*row)


def fit(rows: Sequence[tuple[str, bool, bool]], labels: Sequence[int]) -> ClauseModel:
    """A model fitted to clauses (text, in a resolution?, read by a rule?) labelled 1 (an action) or 0."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer=_analyse, binary=True, min_df=2, dtype=np.float64)
    matrix = vectoriser.fit_transform(list(rows))
    model = LogisticRegression(C=C, solver="liblinear", class_weight="balanced", random_state=0)
    model.fit(matrix, list(labels))
    vocabulary = vectoriser.get_feature_names_out().tolist()
    return model_from_arrays(vocabulary, vectoriser.idf_, model.coef_[0], float(model.intercept_[0]),
                             {"clauses": len(labels), "actions": int(sum(labels)), "C": C})


def save(model: ClauseModel, digest: str, out: Path = MODEL) -> None:
    """Write the weights and what they were built from."""
    out.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(model.index, key=model.index.get)
    np.savez_compressed(out / "weights.npz", vocabulary=np.array(vocabulary), idf=model.idf, coef=model.coef,
                        intercept=np.array(model.intercept))
    (out / "meta.json").write_text(json.dumps({**model.meta, "data": digest}, indent=1) + "\n", encoding="utf-8")
