"""Stage 3: which intent a message is, with probabilities, from the trained model (numpy only at run time)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.language.features import features_of

MODEL = Path(__file__).parent / "model"


@dataclass(frozen=True)
class Classifier:
    """A binary TF-IDF + multinomial logistic regression model, as trained by bot.language.training."""

    labels: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # features x labels
    intercept: np.ndarray
    meta: dict
    force: Classifier | None = None  # whether a change is asked for, asked about or only thought aloud

    def rank(self, masked: str) -> list[tuple[str, float]]:
        """Every label with its probability, likeliest first."""
        index = self.index
        present = {f for f in features_of(masked) if f in index}
        scores = self.intercept
        if present:
            rows = np.fromiter(map(index.__getitem__, present), dtype=np.int64, count=len(present))
            weights = self.idf[rows]  # a new array: indexing by rows copies
            weights /= np.sqrt(weights @ weights)
            scores = scores + weights @ self.coef[rows]
        scores = np.exp(scores - scores.max())
        probs = scores / scores.sum()
        labels, chances = self.labels, probs.tolist()  # plain floats at once: indexing numpy one by one is slow
        return [(labels[i], chances[i]) for i in np.argsort(-probs).tolist()]


def load_classifier(folder: Path = MODEL) -> Classifier:
    """Read the trained model (and its force model beside it); done once at start-up and handed to the engine."""
    force = load_classifier(folder / "force") if (folder / "force" / "meta.json").exists() else None
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    with np.load(folder / "weights.npz", allow_pickle=False) as data:
        vocab = data["vocabulary"].tolist()
        idf, coef, intercept = data["idf"], data["coef"], data["intercept"]
    return Classifier(tuple(meta["labels"]), {f: i for i, f in enumerate(vocab)}, idf.astype(np.float64),
                      coef.astype(np.float64), intercept.astype(np.float64), meta, force)
