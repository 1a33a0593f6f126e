"""The clause model: shipped weights are what the develop corpus builds; it finds undertakings no rule reads."""
from __future__ import annotations

from datetime import date

import numpy as np

from bot.minutes import read_minutes
from bot.minutes.clause_model import shipped_model
from tests.inout.minutes_corpus import build_model, develop_digest

MINUTES = """Housing Allocations
Minutes:
Members discussed the waiting lists and the time taken to rehouse families.
It was agreed that the Head of Housing would look again at the allocations policy and bring options to the next meeting.
Cllr Lee enquired as to whether the figures for each ward would be reported back to the Board.
"""


def test_the_shipped_weights_are_what_the_develop_corpus_builds():
    shipped, built = shipped_model(), build_model()
    assert shipped.meta["data"] == develop_digest()  # rebuild with: python -m tests.inout.minutes_corpus
    assert shipped.index == built.index
    assert np.allclose(shipped.coef, built.coef) and np.allclose(shipped.idf, built.idf)
    assert abs(shipped.intercept - built.intercept) < 1e-9


def test_the_model_finds_an_undertaking_worded_as_no_rule_reads_it():
    rules = read_minutes(MINUTES, date(2025, 3, 4), (date(2025, 4, 1),), model=None).proposals
    both = read_minutes(MINUTES, date(2025, 3, 4), (date(2025, 4, 1),)).proposals
    assert rules == ()
    [found] = both
    assert "allocations policy" in found.subject.lower() and found.lead == "Head of Housing"
    assert found.due == date(2025, 4, 1) and "the Head of Housing would look again" in found.source


def test_a_question_a_councillor_asked_is_not_proposed():
    both = read_minutes(MINUTES, date(2025, 3, 4)).proposals
    assert not any("ward" in p.subject.lower() or "Lee" in p.lead for p in both)
