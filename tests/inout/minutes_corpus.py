"""The hand-labelled corpus of real published minutes (tests/minutes_corpus/): load it, read it, score the reader."""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.minutes import ProposedMatter, read_minutes
from bot.minutes.clause_model import cued
from bot.minutes.reader import clause_units, weighed
from bot.minutes.training import fit, save

CORPUS = Path(__file__).resolve().parent.parent / "minutes_corpus"
# labels.toml holds batches 1-7; later batches each add a file (a file's `split` says develop or measured)
LABEL_FILES = ("labels.toml", "labels_batch8.toml", "labels_batch9.toml", "labels_batch10.toml", "labels_batch11.toml",
               "labels_batch12.toml", "labels_batch13.toml", "labels_batch14.toml", "labels_batch15.toml",
               "labels_batch16.toml", "labels_batch17.toml", "labels_batch18.toml", "labels_batch19.toml")


@dataclass(frozen=True)
class Wanted:
    subjects: tuple[tuple[str, ...], ...]  # alternatives, each a set of words all in the subject
    leads: tuple[str, ...]
    due: str = ""
    optional: bool = False

    def fits(self, p: ProposedMatter) -> bool:
        return any(all(w.lower() in p.subject.lower() for w in words) for words in self.subjects)


@dataclass(frozen=True)
class Minutes:
    name: str
    council: str
    url: str
    split: str
    meeting: date | None
    wanted: tuple[Wanted, ...]

    def text(self) -> str:
        return (CORPUS / self.name).read_text(encoding="utf-8")


def load_corpus() -> list[Minutes]:
    files = [f for name in LABEL_FILES for f in tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))["file"]]
    return [Minutes(f["name"], f["council"], f["url"], f["split"],
                    date.fromisoformat(f["meeting"]) if f.get("meeting") else None,
                    tuple(Wanted(tuple(tuple(s) for s in m["subject"]), tuple(m["lead"]), m.get("due", ""),
                                 m.get("optional", False)) for m in f.get("matter", [])))
            for f in files]


def score_file(minutes: Minutes, proposals: list[ProposedMatter]) -> dict[str, int]:
    """Counts for one file: matched, proposed (optional matches left out), expected, leads and dues right."""
    open_ = list(minutes.wanted)
    counts = {"matched": 0, "proposed": 0, "expected": sum(not w.optional for w in minutes.wanted), "lead": 0, "due": 0}
    for p in proposals:
        hit = next((w for w in open_ if w.fits(p)), None)
        if hit:
            open_.remove(hit)
        if hit and hit.optional:
            continue
        counts["proposed"] += 1
        if hit:
            counts["matched"] += 1
            counts["lead"] += any(p.lead.strip().lower() == lead.lower() for lead in hit.leads)
            counts["due"] += p.due_text.lower() == hit.due.lower()
    return counts


def score_corpus(split: str, read=read_minutes, names: frozenset[str] | None = None) -> dict[str, float]:
    """Recall, precision, lead and due accuracy over one split ('develop' or 'measured'), or over the files `names`
    of it."""
    total = {"matched": 0, "proposed": 0, "expected": 0, "lead": 0, "due": 0}
    for minutes in load_corpus():
        if minutes.split == split and (names is None or minutes.name in names):
            for key, value in score_file(minutes, list(read(minutes.text(), minutes.meeting).proposals)).items():
                total[key] += value
    m = total["matched"]
    return {**total, "recall": m / total["expected"] if total["expected"] else 0.0,
            "precision": m / total["proposed"] if total["proposed"] else 0.0,
            "lead_right": total["lead"] / m if m else 0.0, "due_right": total["due"] / m if m else 0.0}


def batch_half(batch: int, councils: str) -> frozenset[str]:
    """A check within develop: batch `batch`'s files of councils named A-L (read and fixed on) or M-Z (only their
    totals used), `councils` being "A-L" or "M-Z" (round 9 split batch 12 so, round 10 batch 13)."""
    files = tomllib.loads((CORPUS / f"labels_batch{batch}.toml").read_text(encoding="utf-8"))["file"]
    return frozenset(f["name"] for f in files if (f["council"][:1].upper() <= "L") == (councils == "A-L"))


def batch_files(label_file: str) -> frozenset[str]:
    """The names of the files one labels file holds, e.g. "labels_batch15.toml" (the second measured-only batch)."""
    return frozenset(f["name"] for f in tomllib.loads((CORPUS / label_file).read_text(encoding="utf-8"))["file"])


def labelled_clauses(files: list[Minutes]) -> tuple[list[tuple[str, bool, bool]], list[int], list[str]]:
    """Each clause the reader judges, labelled 1 when it holds the words of a matter labelled by hand (of several
    such clauses, only those that ask or promise something, or resolve it); a clause holding only an optional matter
    (one an officer might or might not list) is left out of training, neither an action nor not one."""
    rows, labels, groups = [], [], []
    for minutes in files:
        units = clause_units(minutes.text())
        marks = [0] * len(units)
        for want in sorted(minutes.wanted, key=lambda w: w.optional):  # an optional matter's clause is left out
            hits = [i for i, u in enumerate(units) if any(all(w.lower() in u[1].lower() for w in words)
                                                         for words in want.subjects)]
            for i in [i for i in hits if units[i][2] or cued(units[i][1])] or hits:
                marks[i] = marks[i] or (None if want.optional else 1)
        kept = [i for i, mark in enumerate(marks) if mark is not None]
        rows += [units[i][1:] for i in kept]
        labels += [marks[i] for i in kept]
        groups += [minutes.council] * len(kept)
    return rows, labels, groups


_CLOSING = re.compile(r"\b(?:the\s+)?meeting(?=\s+(?:ended|closed|finished|concluded)\b)", re.I)


def read_whole(text: str) -> str:
    """Minutes without the lines that end a meeting's reading ('The Meeting Closed at 8.25pm', whatever the case), so
    many set one after another are read to the end."""
    return _CLOSING.sub("the session", text)


def develop_digest() -> str:
    """What the shipped weights were built from: every develop file and its labels (whichever labels file holds them;
    measured-only batches added later leave it as it is)."""
    h = hashlib.sha256()
    for minutes in load_corpus():
        if minutes.split == "develop":
            h.update(repr((minutes.name, minutes.wanted)).encode("utf-8"))
            h.update(minutes.text().encode("utf-8"))
    return h.hexdigest()[:16]


def train_model(files: list[Minutes]):
    """The clause model trained on the clauses of `files`, C and min_df chosen by council folds within them."""
    rows, labels, councils = labelled_clauses(files)
    return fit(rows, labels, councils)


def build_model():
    """The clause model trained on every develop clause (what bot/minutes/model ships)."""
    return train_model([m for m in load_corpus() if m.split == "develop"])


def recall_ceiling(split: str = "develop") -> dict[str, float]:
    """How many labelled matters the reader could find at best: the share whose words are all in one clause it
    weighs (a rule read an action in it, or it has a cue word and is not a question: `weighed`), in any clause it
    cuts (`clauses`), and in the text at all (`text`)."""
    counts = {"expected": 0, "in_weighed": 0, "in_clause": 0, "in_text": 0}
    for minutes in load_corpus():
        if minutes.split != split:
            continue
        units = [(u[1].lower(), u[3] or weighed(u[1])) for u in clause_units(minutes.text())]
        text = " ".join(minutes.text().split()).lower()
        for want in minutes.wanted:
            if want.optional:
                continue
            counts["expected"] += 1
            holds = [w for u, w in units if any(all(w.lower() in u for w in words) for words in want.subjects)]
            counts["in_weighed"] += any(holds)
            counts["in_clause"] += bool(holds)
            counts["in_text"] += any(all(w.lower() in text for w in words) for words in want.subjects)
    n = counts["expected"] or 1
    return {**counts, "weighed": counts["in_weighed"] / n, "clauses": counts["in_clause"] / n, "text": counts["in_text"] / n}


def _fold_of(develop: list[Minutes], folds: int, by_council: bool) -> list[int]:
    """Each file's fold: by its place in the list, or (by_council) all of a council's files in one fold, so each is
    read by a model that never saw that council."""
    if not by_council:
        return [i % folds for i in range(len(develop))]
    councils = sorted({m.council for m in develop})
    return [councils.index(m.council) % folds for m in develop]


def cross_validate(folds: int = 5, read=read_minutes, by_council: bool = False,
                   readings: dict[str, tuple[list[ProposedMatter], object]] | None = None,
                   train=None) -> dict[str, dict[str, float]]:
    """Develop files in `folds` groups: each group read by a model trained on the others (by `train`, given the
    training files; by default as the shipped model is built), and by the rules alone (what rules+model proposed for
    each file, and the model that read it, are kept in `readings` when given)."""
    develop = [m for m in load_corpus() if m.split == "develop"]
    fold = _fold_of(develop, folds, by_council)
    totals = {"rules": dict.fromkeys(_KEYS, 0), "rules+model": dict.fromkeys(_KEYS, 0)}
    for k in range(folds):
        held = [m for i, m in enumerate(develop) if fold[i] == k]
        model = (train or train_model)([m for i, m in enumerate(develop) if fold[i] != k])
        for minutes in held:
            for name, used in (("rules", None), ("rules+model", model)):
                proposals = list(read(minutes.text(), minutes.meeting, (), used).proposals)
                if readings is not None and used is not None:
                    readings[minutes.name] = (proposals, used)
                got = score_file(minutes, proposals)
                for key in _KEYS:
                    totals[name][key] += got[key]
    return {name: _rates(t) for name, t in totals.items()}


_KEYS = ("matched", "proposed", "expected", "lead", "due")


def _rates(total: dict[str, int]) -> dict[str, float]:
    m = total["matched"]
    return {**total, "recall": m / total["expected"] if total["expected"] else 0.0,
            "precision": m / total["proposed"] if total["proposed"] else 0.0,
            "lead_right": total["lead"] / m if m else 0.0, "due_right": total["due"] / m if m else 0.0}


if __name__ == "__main__":  # rebuild the shipped weights: python -m tests.inout.minutes_corpus
    save(build_model(), develop_digest())
    print("bot/minutes/model rebuilt from", develop_digest())
