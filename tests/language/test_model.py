"""The shipped classifier is the one the corpus builds, and the corpus is fit to learn from."""
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np

from bot.language.classifier import MODEL, load_classifier
from bot.language.corpus import CORPUS, corpus_digest, parse_example, read_examples
from bot.language.force import Force
from bot.language.training import force_digest, train, train_models

CHECK = Path(__file__).parent / "force_check.toml"

MIN_PER_INTENT = 40


def test_the_shipped_model_is_built_from_the_corpus_as_it_is(tmp_path):
    shipped = load_classifier()
    assert shipped.meta["corpus"] == corpus_digest(), "the corpus changed: run `scrutiny-bot language train`"
    train(tmp_path)
    rebuilt = load_classifier(tmp_path)
    assert rebuilt.labels == shipped.labels
    assert rebuilt.index == shipped.index
    assert np.allclose(rebuilt.coef, shipped.coef, atol=1e-4)
    assert np.allclose(rebuilt.intercept, shipped.intercept, atol=1e-4)


def test_every_intent_has_enough_varied_examples():
    counts = Counter(e.label for e in read_examples())
    thin = {label: n for label, n in counts.items() if n < MIN_PER_INTENT}
    assert not thin, thin
    assert set(counts) == set(load_classifier(MODEL).labels)
    assert {p.stem for p in CORPUS.glob("*.txt")} == set(counts)


def test_references_are_masked_so_the_model_learns_shapes():
    example = parse_example("move_item", "push [the libraries review](item) to March, [Dev](person) agrees 👍")
    assert example.text == "push the libraries review to March, Dev agrees"
    assert example.masked == "push ITEMX to DATEX , PERSONX agrees"


def test_the_model_answers_in_well_under_a_millisecond_of_work():
    classifier = load_classifier()
    ranked = classifier.rank("whats due nxt meting")
    assert ranked[0][0] == "meeting_agenda"
    assert abs(sum(p for _, p in ranked) - 1) < 1e-6


def test_the_shipped_force_model_is_built_from_both_corpora(tmp_path):
    shipped = load_classifier().force
    assert shipped is not None and set(shipped.labels) == {"act", "ask", "muse", "hold"}
    assert shipped.meta["corpus"] == force_digest(), "a corpus changed: run `scrutiny-bot language train`"
    train_models(tmp_path)
    rebuilt = load_classifier(tmp_path).force
    assert np.allclose(rebuilt.coef, shipped.coef, atol=1e-4)


def test_the_force_of_a_change_is_read_from_text_it_never_saw():
    """tests/language/force_check.toml was written after the force corpus, on other topics and names; measure only."""
    force = load_classifier().force
    messages = tomllib.loads(CHECK.read_text(encoding="utf-8"))["message"]
    right = Counter(m["force"] for m in messages
                    if Force(**dict(force.rank(parse_example(m["force"], m["text"]).masked))).reading == m["force"])
    total = Counter(m["force"] for m in messages)
    assert sum(right.values()) / len(messages) >= 0.93, (right, total)
    assert all(right[label] / total[label] >= 0.85 for label in total), (right, total)


def test_every_model_and_corpus_file_ships_with_the_package():
    """An installed (not editable) copy must carry the force model too, or every change would be read as asked for."""
    from fnmatch import fnmatch

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["bot.language"]
    package = root / "bot" / "language"
    needed = [p.relative_to(package).as_posix() for p in package.rglob("*")
              if p.is_file() and p.suffix in {".txt", ".npz", ".json"}]
    assert all(any(fnmatch(name, pattern) and name.count("/") == pattern.count("/") for pattern in patterns)
               for name in needed), [n for n in needed if not any(fnmatch(n, p) for p in patterns)]
