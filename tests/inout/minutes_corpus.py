"""The hand-labelled corpus of real published minutes (tests/minutes_corpus/): load it, read it, score the reader."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.minutes import ProposedMatter, read_minutes

CORPUS = Path(__file__).resolve().parent.parent / "minutes_corpus"


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
    data = tomllib.loads((CORPUS / "labels.toml").read_text(encoding="utf-8"))
    return [Minutes(f["name"], f["council"], f["url"], f["split"],
                    date.fromisoformat(f["meeting"]) if f.get("meeting") else None,
                    tuple(Wanted(tuple(tuple(s) for s in m["subject"]), tuple(m["lead"]), m.get("due", ""),
                                 m.get("optional", False)) for m in f.get("matter", [])))
            for f in data["file"]]


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


def score_corpus(split: str, read=read_minutes) -> dict[str, float]:
    """Recall, precision, lead and due accuracy over one split ('develop' or 'measured')."""
    total = {"matched": 0, "proposed": 0, "expected": 0, "lead": 0, "due": 0}
    for minutes in load_corpus():
        if minutes.split == split:
            for key, value in score_file(minutes, list(read(minutes.text(), minutes.meeting).proposals)).items():
                total[key] += value
    m = total["matched"]
    return {**total, "recall": m / total["expected"] if total["expected"] else 0.0,
            "precision": m / total["proposed"] if total["proposed"] else 0.0,
            "lead_right": total["lead"] / m if m else 0.0, "due_right": total["due"] / m if m else 0.0}
