"""Round 13: clauses labelled by hand, joined to what the reader cuts by their text; action lines with no colon."""
from __future__ import annotations

import json
from datetime import date

from bot.minutes import read_minutes
from bot.minutes.clause_model import words_of
from bot.minutes.training import fit
from tests.inout.minutes_clauses import hand_labels, joined, train_on_hand_labels
from tests.inout.minutes_corpus import Minutes, load_corpus

BOARD = """Accountability Board
Minutes of the meeting held on 11 May 2025

3. Rural crime
Members heard how thefts of farm machinery had risen over the winter.
Action JW to discuss the farm watch scheme with the NFU
Action – Tom Reid to circulate the quad bike theft figures to the Board.
"""


def test_every_hand_labelled_clause_still_joins_to_a_clause_the_reader_cuts():
    develop = [m for m in load_corpus() if m.split == "develop"]
    rows, unlabelled = joined(develop)
    assert len(rows) == 2345  # every labelled clause is still cut as the readers saw it
    assert unlabelled == 1  # the "Action PF to discuss ..." line the readers found no clause for, now cut: not relabelled
    kinds = {owes: sum(r.owes == owes for r in rows) for owes in ("action", "future", "noting", "no")}
    assert kinds == {"action": 357, "future": 86, "noting": 153, "no": 1749}


def test_labels_join_by_the_clause_text_not_by_its_place(tmp_path):
    (tmp_path / "part_1.jsonl").write_text("\n".join(json.dumps(row) for row in (
        {"file": "board.txt", "i": 7, "clause": "Tom Reid  to circulate the quad bike theft figures to the Board.",
         "owes": "action", "subject": "quad bike theft figures"},
        {"file": "board.txt", "i": 0, "clause": "Members heard how thefts of farm machinery had risen over the winter.",
         "owes": "no", "subject": ""})) + "\n", encoding="utf-8")
    board = _board(tmp_path)
    rows, unlabelled = joined([board], hand_labels(tmp_path))
    assert [(r.owes, r.subject, r.ruled) for r in rows] == [("no", "", False),
                                                            ("action", "quad bike theft figures", True)]
    assert unlabelled == 2  # the date line and the JW line were never labelled: counted, left out


def test_an_action_line_with_no_colon_or_dash_is_read_as_owed_by_whoever_it_names():
    found = read_minutes(BOARD, date(2025, 5, 11), (), None).proposals
    assert [(p.subject, p.lead) for p in found] == [
        ("Discuss the farm watch scheme with the NFU", "JW"),
        ("Quad bike theft figures to the Board", "Tom Reid")]
    assert read_minutes("3. Rural crime\nAction Plan for the Winter\nMembers noted it.\n", None, (), None).proposals == ()


def test_a_model_given_words_learns_them_and_reads_them_back():
    rows = [("The officer would circulate the figures.", False, False), ("The Board noted the figures.", False, False),
            ("Officers to circulate the leaflet.", True, False), ("Members noted the leaflet.", True, False)] * 3
    model = fit(rows, [1, 0, 1, 0] * 3, words=True)
    assert model.meta["words"] and "w circulate" in model.index and "w circulate" in words_of(rows[0][0])
    assert model.probability("Staff would circulate the plan.", False, False) > model.probability(
        "Staff noted the plan.", False, False)


def test_a_model_trained_on_hand_labels_ranks_an_undertaking_above_a_noting(tmp_path):
    model = train_on_hand_labels([m for m in load_corpus() if m.split == "develop"][:120])
    assert model.meta["words"]
    assert model.probability("The Director agreed to circulate a breakdown of the figures by ward.", False, False) > \
        model.probability("The Committee noted the report and thanked officers.", False, False)


def _board(folder) -> Minutes:
    (folder / "board.txt").write_text(BOARD, encoding="utf-8")
    return _InFolder("board.txt", "Anyshire", "https://example.org", "develop", date(2025, 5, 11), (), folder)


class _InFolder(Minutes):
    """A corpus file kept in a test's own folder."""

    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, name, council, url, split, meeting, wanted, folder):
        super().__init__(name, council, url, split, meeting, wanted)
        object.__setattr__(self, "folder", folder)

    def text(self) -> str:
        return (self.folder / self.name).read_text(encoding="utf-8")
