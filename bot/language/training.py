"""Training the intent classifier from the corpus with scikit-learn (a build step, never run per message)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot.language.corpus import CORPUS, FORCE, Example, corpus_digest, read_examples
from bot.language.decide import CHANGES
from bot.language.features import featurise

C = 20.0
LETTERS = 0.5  # a letter run's weight beside a whole word's (chosen on the development sets, 24 Nov 2026)


def training_rows(examples: list[Example]) -> tuple[list[str], list[str]]:
    """Each example twice, masked and as typed, so the model copes whether or not a reference was found."""
    texts, labels = [], []
    for ex in examples:
        texts.append(ex.masked)
        labels.append(ex.label)
        if ex.text != ex.masked:
            texts.append(ex.text)
            labels.append(ex.label)
    return texts, labels


def _weights(features) -> np.ndarray:
    """Letter runs count for less than whole words: they forgive typos, but a new title's letters ('fridges')
    should not outvote the words that say what is wanted."""
    return np.array([LETTERS if f.startswith("c:") else 1.0 for f in features])


def fit(examples: list[Example], balanced: bool = False):
    """A fitted (vectoriser, model) pair; `balanced` weighs each label alike however many examples it has."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = training_rows(examples)
    vectoriser = TfidfVectorizer(analyzer=featurise, binary=True, min_df=2, dtype=np.float64)
    vectoriser.fit(texts)
    vectoriser.idf_ = vectoriser.idf_ * _weights(vectoriser.get_feature_names_out())
    matrix = vectoriser.transform(texts)
    model = LogisticRegression(C=C, solver="saga", tol=1e-3, max_iter=1000, random_state=0,
                               class_weight="balanced" if balanced else None)
    model.fit(matrix, labels)
    return vectoriser, model


def train(out: Path, corpus: Path = CORPUS, examples: list[Example] | None = None, balanced: bool = False,
          digest: str | None = None) -> dict:
    """Train on the whole corpus (or the examples given) and write the model files; returns its metadata."""
    examples = read_examples(corpus) if examples is None else examples
    vectoriser, model = fit(examples, balanced)
    vocab = vectoriser.get_feature_names_out()
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "weights.npz", vocabulary=np.array(vocab, dtype=str),
                        idf=vectoriser.idf_.astype(np.float32), coef=model.coef_.T.astype(np.float32),
                        intercept=model.intercept_.astype(np.float32))
    meta = {"labels": [str(c) for c in model.classes_], "corpus": digest or corpus_digest(corpus), "examples": len(examples),
            "features": len(vocab), "C": C}
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return meta


def train_models(out: Path) -> dict:
    """The intent model in `out` and the force model in `out/force`; returns the intent model's metadata."""
    meta = train(out)
    meta["force"] = train(out / "force", FORCE, force_examples(), balanced=True, digest=force_digest())
    return meta


def force_digest() -> str:
    """The force model learns from both corpora, so a change to either makes it stale."""
    return corpus_digest(FORCE) + corpus_digest(CORPUS)[:16]


def force_examples() -> list[Example]:
    """The force corpus, and every change in the intent corpus as one asked for: those are requests and reports
    written by many hands, so what a request looks like is learned from more than one writer."""
    asked_for = [Example("act", e.text, e.masked) for e in read_examples(CORPUS) if e.label in CHANGES - {"undo"}]
    return read_examples(FORCE) + asked_for


def cross_validate(examples: list[Example], folds: int = 5, seed: int = 7) -> list[tuple[Example, str]]:
    """(example, predicted label) for every example, each predicted by a model that never saw it."""
    from sklearn.model_selection import StratifiedKFold

    labels = [e.label for e in examples]
    predictions: list[tuple[Example, str]] = []
    for train_idx, test_idx in StratifiedKFold(folds, shuffle=True, random_state=seed).split(labels, labels):
        vectoriser, model = fit([examples[i] for i in train_idx])
        tested = [examples[i] for i in test_idx]
        guessed = model.predict(vectoriser.transform([e.masked for e in tested]))
        predictions += list(zip(tested, guessed))
    return predictions
