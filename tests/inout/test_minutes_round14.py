"""Round 14: subjects learned from the hand-written ones: candidate spans, a span model, and the reader's fallback."""
from __future__ import annotations

import numpy as np

from bot.minutes import read_minutes
from bot.minutes.clause_model import model_from_arrays
from bot.minutes.span_model import shipped_spans, spans, tokens_of
from bot.minutes.training import fit_spans
from tests.inout.minutes_clauses import Labelled
from tests.inout.minutes_subjects import cover, reader_subject, span_examples

LIBRARIES = """Communities Scrutiny Panel
Minutes of the meeting held on 4 February 2025

5. Libraries
Members heard how visits to the branch libraries had fallen since the pandemic.
It was confirmed that the opening hours survey would be available for consideration at the March meeting.
"""
TRUSTS_ALL = model_from_arrays([], np.zeros(0), np.zeros(0), 5.0)  # a clause model sure of every clause it weighs


def _row(clause: str, subject: str) -> Labelled:
    return Labelled("panel.txt", "Anyshire", "Item", clause, False, False, "action", subject)


TRAINING = [_row(c, s) for c, s in (
    ("It was confirmed that the fleet replacement plan would be available for consideration at the May meeting.",
     "fleet replacement plan"),
    ("The Head of Waste agreed to circulate the missed bin figures to members.", "missed bin figures"),
    ("It was noted that the parking review would be available for scrutiny at the next meeting.", "parking review"),
    ("The Director undertook to provide a breakdown of agency staff costs by the end of June.",
     "breakdown of agency staff costs"),
    ("Officers confirmed that the tenant survey results would be ready for the autumn meeting.", "tenant survey results"),
    ("Members asked for an update on the leisure centre roof repairs at a future meeting.",
     "update on the leisure centre roof repairs"),
)]


def test_candidate_spans_hold_the_thing_owed_and_never_a_bare_date_or_a_dangling_word():
    clause = "The Director agreed to provide a breakdown of the road repair budget to the next meeting in June."
    tokens = tokens_of(clause)
    said = [" ".join(tokens[a:b + 1]) for a, b in spans(clause)]
    assert "a breakdown of the road repair budget" in said
    assert all(s.split()[-1].lower() not in {"to", "of", "the", "in", "a"} for s in said)  # nothing ends mid-phrase
    assert all(s.split()[0].lower() not in {"to", "in", "at"} for s in said)  # nor starts with a preposition


def test_spans_are_labelled_good_by_how_much_of_the_hand_subject_they_say():
    assert cover("Breakdown of the road repair budget", "breakdown of road repair budget") == (1.0, 1.0, 1.0)
    assert cover("The Director", "breakdown of road repair budget") == (0.0, 0.0, 0.0)
    docs, labels = span_examples([_row("The Director agreed to provide a breakdown of the road repair budget.",
                                       "breakdown of road repair budget")])
    assert len(docs) == len(labels) and 0 < sum(labels) < len(labels)  # some spans say it, some do not


def test_a_span_model_trained_on_hand_subjects_names_what_a_new_clause_owes():
    model = fit_spans(*span_examples(TRAINING), c=1.0)
    text, score = model.best("It was confirmed that the allotment waiting list review would be available for "
                             "consideration at the July meeting.")
    assert text == "Allotment waiting list review" and score > -np.inf
    assert model.best("Agreed.") == ("", -np.inf)  # one word is no subject


def test_where_no_frame_names_what_is_owed_the_span_model_does_and_only_when_given():
    model = fit_spans(*span_examples(TRAINING), c=1.0)
    assert read_minutes(LIBRARIES, None, (), TRUSTS_ALL, spans=None).proposals == ()  # before: nothing to name it by
    found = read_minutes(LIBRARIES, None, (), TRUSTS_ALL, spans=model).proposals
    assert [(p.subject, p.due_text) for p in found] == [("Opening hours survey", "March 2025")]
    assert found[0].source.startswith("It was confirmed that the opening hours survey")


def test_no_span_weights_are_shipped_so_the_reader_is_as_before():
    assert shipped_spans() is None  # measured in round 14 and not kept: it cost precision (bench/README.md)
    assert read_minutes(LIBRARIES, None, (), TRUSTS_ALL).proposals == ()


def test_the_readers_own_subject_is_told_by_where_it_came_from():
    assert reader_subject(_row("The Head of Waste agreed to circulate the missed bin figures to members.",
                               "missed bin figures")) == ("rules", "Missed bin figures")
    assert reader_subject(_row("Members heard how visits had fallen.", "visits")) == ("none", "")


def test_a_long_run_of_digits_or_dots_is_read_in_bounded_time():
    import time

    model = fit_spans(*span_examples(TRAINING), c=1.0)
    start = time.process_time()
    for junk in ("1" * 59 + " 2" * 40, "It was agreed that " + ". " * 400, "the " + "1 " * 300):
        model.best(junk)
    assert time.process_time() - start < 2.0
