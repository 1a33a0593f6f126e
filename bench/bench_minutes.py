"""Minutes -> outstanding matters: the seeds, the corpus of real minutes (develop and measured-only), and speed."""
from __future__ import annotations

import re
import time
from pathlib import Path

from bot.minutes import ProposedMatter, read_minutes
from tests.inout.minutes_clauses import clause_folds
from tests.inout.minutes_corpus import (
    batch_files,
    batch_half,
    cross_validate,
    load_corpus,
    read_whole,
    recall_ceiling,
    score_corpus,
)
from tests.inout.minutes_diagnosis import diagnose, measured_kinds, table
from tests.inout.minutes_expected import EXPECTED, score

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "inout" / "fixtures"


def naive(text: str, meeting=None) -> list[ProposedMatter]:
    """Baseline: every sentence after a 'Resolved:' that is not noting, welcoming or approving."""
    out = []
    for block in re.split(r"\bResolved:?", text, flags=re.I)[1:]:
        para = " ".join(block.split("\n\n\n")[0].split())
        for sentence in re.split(r"(?<=\.)\s+", para)[:3]:
            if sentence and not re.search(r"\b(noted?|welcomed?|approved|endorsed|acknowledged|thanks?)\b", sentence, re.I):
                out.append(ProposedMatter(sentence, source=sentence))
    return out


class _Naive:
    def __init__(self, text, meeting=None, *_):
        self.proposals = naive(text, meeting)


def _line(name: str, r: dict) -> str:
    return (f"{name}: recall {r['recall']:.2f} precision {r['precision']:.2f} lead right {r['lead_right']:.2f} "
            f"due right {r['due_right']:.2f} ({r['matched']} of {r['proposed']} proposals match {r['expected']} expected)")


def main() -> None:
    sources = sorted({e.source for e in EXPECTED})
    seeds = score({s: list(read_minutes((FIXTURES / s).read_text(encoding="utf-8")).proposals) for s in sources})
    print(f"seeds: {seeds['matched']} of {seeds['expected']} found, precision {seeds['precision']:.2f}, "
          f"lead right {seeds['lead']:.2f}, due right {seeds['due']:.2f}")
    corpus = load_corpus()
    print(f"corpus: {len(corpus)} meetings from {len({m.council for m in corpus})} councils")
    for split in ("develop", "measured"):
        print(_line(f"  {split:8}", score_corpus(split)) + (" (in-sample: the clause model was trained on these)"
                                                           if split == "develop" else ""))
        print(_line(f"  {split:8} naive 'Resolved:' baseline", score_corpus(split, _Naive)))
    for batch, councils in ((17, "A-L"), (18, "M-Z"), (19, "any")):  # measured since round 15 read the one before
        print(_line(f"  measured, batch {batch} alone (councils {councils})",
                    score_corpus("measured", names=batch_files(f"labels_batch{batch}.toml"))))
    print(_line("  seen (the old measured split, read in round 15)", score_corpus("seen")))
    for batch in (12, 13, 16):  # rounds 9, 10 and 11 read A-L and used only M-Z's totals
        for half in ("A-L", "M-Z"):
            print(_line(f"  develop, batch {batch} councils {half}", score_corpus("develop", names=batch_half(batch, half))))
    for name, result in cross_validate().items():
        print(_line(f"  develop, 5-fold cross-validation, {name:11}", result))
    readings: dict[str, list[ProposedMatter]] = {}
    for name, result in cross_validate(by_council=True, readings=readings).items():
        print(_line(f"  develop, 5 folds by council (none seen), {name:11}", result))
    print(f"  develop, council folds, kinds: {table(diagnose(readings))}")
    for half in ("A-L", "M-Z"):
        print(f"  develop, batch 16 {half}, council folds, kinds: {table(diagnose(readings, batch_half(16, half)))}")
    print(f"  measured, kinds (totals only): {table(measured_kinds())}")
    for name, r in clause_folds().items():  # round 13: develop clauses labelled by hand, scored by council folds
        ranked = (f"AUC {r['auc']:.3f} (within the rules' finds {r['auc_ruled']:.3f}); at 0.5 "
                  if r["auc"] == r["auc"] else "as a decision: ")  # the rules' finds rank nothing (nan)
        print(f"  develop clauses, council folds, {name:24}: {ranked}precision {r['precision']:.2f} "
              f"recall {r['recall']:.2f} ({r['hit']} of {r['chosen']} chosen owe, of {r['owed']} owed)")
    for split in ("develop", "measured"):
        c = recall_ceiling(split)
        print(f"  {split:8} recall ceiling: {c['weighed']:.2f} of matters in a clause the reader weighs, "
              f"{c['clauses']:.2f} in any clause it cuts, {c['text']:.2f} in the text ({c['expected']} expected)")
    text = "\n\n".join(read_whole(m.text()) for m in corpus)  # the 5 MB must be read whole
    sized = (text * (5_000_000 // len(text) + 1))[:5_000_000]
    start = time.process_time()
    read_minutes(sized, None, (), None)
    rules = time.process_time() - start
    start = time.process_time()
    read_minutes(sized)
    big = time.process_time() - start
    start = time.process_time()
    naive(sized)
    base = time.process_time() - start
    print(f"5 MB of minutes: {big:.1f} s CPU ({big / max(base, 1e-9):.0f}x the naive baseline's {base:.2f} s; "
          f"rules alone {rules:.1f} s)")


if __name__ == "__main__":
    main()
