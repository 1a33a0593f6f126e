"""Where the reader goes wrong, counted by kind: a wrong subject or a wrong decision, a miss weighed or never weighed."""
from __future__ import annotations

from collections import Counter

from bot.minutes import ProposedMatter, read_minutes
from bot.minutes.reader import clause_units, weighed
from bot.minutes.undertaking import LISTED
from tests.inout.minutes_corpus import Minutes, Wanted, load_corpus

# wrong proposals: its clause holds a required matter no proposal found (the subject missed the label's words), a
# matter another proposal found (said twice), only an optional matter, or no labelled matter (the decision is wrong)
WRONG = ("subject", "twice", "optional", "decision", "no clause")
# misses: a clause holding the matter's words gave a proposal named otherwise, was weighed and rejected, was cut but
# never weighed, or no one clause holds the words (the cut or the page lost it)
MISSED = ("named otherwise", "weighed, rejected", "never weighed", "not in one clause")


def _holds(clause: str, want: Wanted) -> bool:
    low = clause.lower()
    return any(all(w.lower() in low for w in words) for words in want.subjects)


def _key(text: str) -> str:
    return " ".join(text.split()).removeprefix(LISTED)


def diagnose_file(minutes: Minutes, proposals: list[ProposedMatter]) -> Counter:
    """The kinds of one file's wrong proposals and misses, as the scorer matches them (corpus.score_file)."""
    units = [(_key(u[1]), u[3] or weighed(u[1])) for u in clause_units(minutes.text())]
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
    return counts


def _wrong_kind(clause, held, missed, found) -> str:
    if clause is None:
        return "no clause"
    if any(w in missed for w in held):
        return "subject"
    if any(w in found and not w.optional for w in held):
        return "twice"
    return "optional" if held else "decision"


def diagnose(readings: dict[str, list[ProposedMatter]], names: frozenset[str] | None = None) -> Counter:
    """The kinds summed over the files read (or those of `names`)."""
    total: Counter = Counter()
    for minutes in load_corpus():
        if minutes.name in readings and (names is None or minutes.name in names):
            total += diagnose_file(minutes, readings[minutes.name])
    return total


def measured_kinds() -> Counter:
    """Totals of the kinds on the measured split, read with the shipped model (no file's kinds are shown)."""
    return diagnose({m.name: list(read_minutes(m.text(), m.meeting).proposals)
                     for m in load_corpus() if m.split == "measured"})


def table(counts: Counter) -> str:
    """One line of wrong proposals and one of misses, each kind with its count."""
    return ("wrong proposals: " + ", ".join(f"{k} {counts[f'wrong: {k}']}" for k in WRONG)
            + "; misses: " + ", ".join(f"{k} {counts[f'missed: {k}']}" for k in MISSED))
