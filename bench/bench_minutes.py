"""Minutes -> outstanding matters: precision and recall on the seed minutes, against a naive baseline."""
from __future__ import annotations

import re
import time
from pathlib import Path

from bot.minutes import ProposedMatter, read_minutes
from tests.inout.minutes_expected import EXPECTED, score

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "inout" / "fixtures"


def naive(text: str) -> list[ProposedMatter]:
    """Baseline: every sentence after a 'Resolved:' that is not noting, welcoming or approving."""
    out = []
    for block in re.split(r"\bResolved:?", text)[1:]:
        para = " ".join(block.split("\n\n\n")[0].split())
        for sentence in re.split(r"(?<=\.)\s+", para)[:3]:
            if sentence and not re.search(r"\b(noted?|welcomed?|approved|endorsed|acknowledged|thanks?)\b", sentence, re.I):
                out.append(ProposedMatter(sentence))
    return out


def main() -> None:
    sources = sorted({e.source for e in EXPECTED})
    texts = {s: (FIXTURES / s).read_text(encoding="utf-8") for s in sources}
    start = time.perf_counter()
    ours = {s: list(read_minutes(t).proposals) for s, t in texts.items()}
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    base = {s: naive(t) for s, t in texts.items()}
    base_s = time.perf_counter() - start
    a, b = score(ours), score(base)
    print(f"bot.minutes: precision {a['precision']:.2f} recall {a['recall']:.2f} "
          f"({a['matched']} of {a['proposed']} proposals match {a['expected']} expected); "
          f"lead right {a['lead']:.2f}, due right {a['due']:.2f}")
    print(f"naive 'Resolved:' baseline: precision {b['precision']:.2f} recall {b['recall']:.2f} "
          f"({b['matched']} of {b['proposed']})")
    print(f"time: {ours_s * 1000:.1f} ms for 3 sets of minutes ({ours_s / max(base_s, 1e-9):.0f}x the baseline's)")


if __name__ == "__main__":
    main()
