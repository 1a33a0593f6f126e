"""How likely one clause of minutes is to owe something, from the trained clause model (numpy only at run time)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "model"
_WORD = re.compile(r"[a-z][a-z'’-]{0,30}|\d+")
CUE = re.compile(r"\b(?:agreed|requested|asked|would|will|undertook|to provide|to circulate|to report back|action:|"
                  r"be (?:brought|provided|circulated|submitted|presented|invited|sent)|next meeting|future meeting)", re.I)


def featurise(clause: str, resolved: bool, ruled: bool) -> list[str]:
    """Words and word pairs of the clause's first sixty words, where it stands, its cue words, and whether a rule
    read an action in it (so the model learns when the rules are to be trusted)."""
    words = ["#" if w.isdigit() else w for w in _WORD.findall(clause[:600].lower())][:60]
    out = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
    out.add("__resolved" if resolved else "__discussion")
    out.add(f"__first {words[0]}" if words else "__empty")
    out.update(f"__cue {m.group(0).lower()}" for m in CUE.finditer(clause[:600]))
    out.add(f"__length {min(len(words) // 10, 5)}")
    out.add("__rule" if ruled else "__no rule")
    return sorted(out)


@dataclass(frozen=True)
class ClauseModel:
    """A binary TF-IDF + logistic regression model, as trained by bot.minutes.training."""

    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    meta: dict

    def probability(self, clause: str, resolved: bool, ruled: bool) -> float:
        """Probability that the clause is an action an officer would put on the schedule."""
        rows = [self.index[f] for f in featurise(clause, resolved, ruled) if f in self.index]
        score = self.intercept
        if rows:
            weights = self.idf[rows]
            score += float(weights @ self.coef[rows]) / float(np.sqrt(weights @ weights))
        return float(1.0 / (1.0 + np.exp(-score)))


def model_from_arrays(vocabulary: list[str], idf: np.ndarray, coef: np.ndarray, intercept: float,
                      meta: dict | None = None) -> ClauseModel:
    """A model from its arrays (as trained, or as shipped)."""
    return ClauseModel({f: i for i, f in enumerate(vocabulary)}, np.asarray(idf, dtype=np.float64),
                       np.asarray(coef, dtype=np.float64), float(intercept), meta or {})


@lru_cache(maxsize=1)
def shipped_model(folder: Path = MODEL) -> ClauseModel | None:
    """The weights shipped with the code, read once; None when none are shipped."""
    if not (folder / "weights.npz").exists():
        return None
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    with np.load(folder / "weights.npz", allow_pickle=False) as data:
        return model_from_arrays(data["vocabulary"].tolist(), data["idf"], data["coef"], float(data["intercept"]), meta)
