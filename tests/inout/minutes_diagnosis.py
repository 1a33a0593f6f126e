"""Where the reader goes wrong, counted by kind: a wrong subject or a wrong decision, a miss weighed or never weighed."""
from __future__ import annotations

from collections import Counter

from bot.minutes import ProposedMatter, read_minutes
from bot.minutes.clause_model import ClauseModel, shipped_model
from bot.minutes.reader import _ADD as ADD
from bot.minutes.reader import clause_units, weighed
from bot.minutes.undertaking import LISTED
from tests.inout.minutes_corpus import Minutes, Wanted, load_corpus

# wrong proposals: its clause holds a required matter no proposal found (the subject missed the label's words), a
# matter another proposal found (said twice), only an optional matter, or no labelled matter (the decision is wrong)
WRONG = ("subject", "twice", "optional", "decision", "no clause")
# misses: a clause holding the matter's words gave a proposal named otherwise; was weighed and rejected (a rule read it
# but its find was dropped later, the model trusted it but no subject was read or nothing said it comes back, or the
# model was unsure); was cut but never weighed; or no one clause holds the words (the cut or the page lost it)
MISSED = ("named otherwise", "weighed, rejected", "never weighed", "not in one clause")
REJECTED = ("rule read, dropped", "model trusts, no subject", "model unsure")


def _holds(clause: str, want: Wanted) -> bool:
    low = clause.lower()
    return any(all(w.lower() in low for w in words) for words in want.subjects)


def _key(text: str) -> str:
    return " ".join(text.split()).removeprefix(LISTED)


def diagnose_file(minutes: Minutes, proposals: list[ProposedMatter], model: ClauseModel | None = None) -> Counter:
    """The kinds of one file's wrong proposals and misses, as the scorer matches them (corpus.score_file); with the
    model that read the file, a miss weighed and rejected is told by why."""
    cut = clause_units(minutes.text())
    units = [(_key(u[1]), u[3] or weighed(u[1])) for u in cut]
    open_, found, wrong = list(minutes.wanted), [], []
    for p in proposals:
        hit = next((w for w in open_ if w.fits(p)), None)
        if hit:
            open_.remove(hit)
            found.append(hit)
        else:
            wrong.append(p)
    counts: Counter = Counter()
    missed = [w for w in open_ if not w.optional]
    for p in wrong:
        clause = next((c for c, _ in units if c == _key(p.source) or _key(p.source) in c), None)
        held = [w for w in minutes.wanted if clause is not None and _holds(clause, w)]
        counts[f"wrong: {_wrong_kind(clause, held, missed, found)}"] += 1
    sources = {_key(p.source) for p in proposals}
    for want in missed:
        holding = [(c, w) for c, w in units if _holds(c, want)]
        kind = ("not in one clause" if not holding else
                "named otherwise" if any(c in sources or any(s in c for s in sources if s) for c, _ in holding) else
                "weighed, rejected" if any(w for _, w in holding) else "never weighed")
        counts[f"missed: {kind}"] += 1
        if kind == "weighed, rejected" and model is not None:
            counts[f"rejected: {_rejected(want, cut, model)}"] += 1
    return counts


def _rejected(want: Wanted, cut: list[tuple[str, str, bool, bool]], model: ClauseModel) -> str:
    held = [u for u in cut if _holds(u[1], want) and (u[3] or weighed(u[1]))]
    if any(u[3] for u in held):
        return "rule read, dropped"
    trusted = max(model.probability(u[1], u[2], u[3]) for u in held) >= ADD
    return "model trusts, no subject" if trusted else "model unsure"


def _wrong_kind(clause, held, missed, found) -> str:
    if clause is None:
        return "no clause"
    if any(w in missed for w in held):
        return "subject"
    if any(w in found and not w.optional for w in held):
        return "twice"
    return "optional" if held else "decision"


def diagnose(readings: dict[str, tuple[list[ProposedMatter], ClauseModel | None]],
             names: frozenset[str] | None = None) -> Counter:
    """The kinds summed over the files read (or those of `names`), each file as read by its model."""
    total: Counter = Counter()
    for minutes in load_corpus():
        if minutes.name in readings and (names is None or minutes.name in names):
            total += diagnose_file(minutes, *readings[minutes.name])
    return total


def measured_kinds() -> Counter:
    """Totals of the kinds on the measured split, read with the shipped model (no file's kinds are shown)."""
    return diagnose({m.name: (list(read_minutes(m.text(), m.meeting).proposals), shipped_model())
                     for m in load_corpus() if m.split == "measured"})


def table(counts: Counter) -> str:
    """One line of wrong proposals and one of misses, each kind with its count."""
    return ("wrong proposals: " + ", ".join(f"{k} {counts[f'wrong: {k}']}" for k in WRONG)
            + "; misses: " + ", ".join(f"{k} {counts[f'missed: {k}']}" for k in MISSED)
            + " (of those rejected: " + ", ".join(f"{k} {counts[f'rejected: {k}']}" for k in REJECTED) + ")")
