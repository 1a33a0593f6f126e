"""Clauses of the develop minutes labelled by hand (tests/minutes_corpus/clauses/): joined to what the reader cuts."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.minutes.reader import clause_units
from tests.inout.minutes_corpus import CORPUS, Minutes

CLAUSES = CORPUS / "clauses"
OWES = ("action", "future")  # what an officer would put on the schedule, now or as a possible future item


@dataclass(frozen=True)
class Labelled:
    """One clause as the reader cuts it today, with the hand label its text carries."""

    file: str
    council: str
    item: str
    clause: str
    resolved: bool
    ruled: bool
    owes: str
    subject: str

    @property
    def row(self) -> tuple[str, bool, bool]:
        return self.clause, self.resolved, self.ruled

    @property
    def label(self) -> int:
        return int(self.owes in OWES)


def _key(text: str) -> str:
    return " ".join(text.split())


def hand_labels(folder: Path = CLAUSES) -> dict[tuple[str, str], dict]:
    """Each labelled clause by (file, clause text with its spaces squeezed); of a text a file holds twice, the first
    label that owes something wins (the readers marked repeats as repeats)."""
    out: dict[tuple[str, str], dict] = {}
    for part in sorted(folder.glob("part_*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = (row["file"], _key(row["clause"]))
                if key not in out or (out[key]["owes"] not in OWES and row["owes"] in OWES):
                    out[key] = row
    return out


def joined(files: list[Minutes], labels: dict[tuple[str, str], dict] | None = None) -> tuple[list[Labelled], int]:
    """Every clause the reader cuts from `files` that carries a hand label (joined by file and text, never by
    position), and how many clauses it cuts that carry none (left out: a clause the splitter no longer gives as the
    readers saw it is not relabelled)."""
    labels = hand_labels() if labels is None else labels
    out, unlabelled = [], 0
    for minutes in files:
        for title, clause, resolved, ruled in clause_units(minutes.text()):
            row = labels.get((minutes.name, _key(clause)))
            if row is None:
                unlabelled += 1
                continue
            out.append(Labelled(minutes.name, minutes.council, title, clause, resolved, ruled, row["owes"],
                                row.get("subject", "")))
    return out, unlabelled


def train_on_hand_labels(files: list[Minutes], words: bool = True):
    """A clause model trained on the hand labels of `files`' clauses (action or future = 1), C and min_df chosen by
    council folds within them."""
    from bot.minutes.training import fit

    rows, _ = joined(files)
    return fit([r.row for r in rows], [r.label for r in rows], [r.council for r in rows], words)


def clause_folds(folds: int = 5, threshold: float = 0.5) -> dict[str, dict[str, float]]:
    """Clause-level figures by council folds (each develop council's clauses scored by models that never saw it,
    the folds as `cross_validate(by_council=True)` makes them): ROC AUC over all hand-labelled clauses and within the
    rules' finds, and precision and recall of "action or future" at `threshold`, for the shipped kind of model
    (forms, trained on word-match labels), the same forms trained on the hand labels, and forms with words on them;
    and the rules' finds read as a decision."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from tests.inout.minutes_corpus import _fold_of, load_corpus, train_model

    develop = [m for m in load_corpus() if m.split == "develop"]
    fold = dict(zip((m.name for m in develop), _fold_of(develop, folds, by_council=True)))
    rows, _ = joined(develop)
    y = np.array([r.label for r in rows])
    ruled = np.array([r.ruled for r in rows])
    trainers = {"forms, word-match labels": train_model, "forms, hand labels": partial_hand(False),
                "forms+words, hand labels": partial_hand(True)}
    out = {}
    for name, train in trainers.items():
        p = np.zeros(len(rows))
        for k in range(folds):
            model = train([m for m in develop if fold[m.name] != k])
            for i, r in enumerate(rows):
                if fold[r.file] == k:
                    p[i] = model.probability(*r.row)
        out[name] = {"auc": roc_auc_score(y, p), "auc_ruled": roc_auc_score(y[ruled], p[ruled]),
                     **_counts(p >= threshold, y)}
    out["rules' finds"] = {"auc": float("nan"), "auc_ruled": float("nan"), **_counts(ruled, y)}
    return out


def partial_hand(words: bool):
    """A trainer on the hand labels, with or without words."""
    return lambda files: train_on_hand_labels(files, words)


def _counts(chosen, y) -> dict[str, float]:
    hit = int((chosen & (y == 1)).sum())
    return {"hit": hit, "chosen": int(chosen.sum()), "owed": int(y.sum()),
            "precision": hit / max(int(chosen.sum()), 1), "recall": hit / max(int(y.sum()), 1)}
