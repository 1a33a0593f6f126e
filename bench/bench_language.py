"""Issue 9: how well messages are understood: cross-validated intents, the development and measured-only sets."""
from __future__ import annotations

import re
import time
from collections import Counter

from bench.heldout import HELDOUT, MEASURED, run_set
from bot.language.classifier import load_classifier
from bot.language.corpus import read_examples
from bot.language.normalise import normalise
from bot.language.training import cross_validate

# Written by helpers who never saw the parser; their failures were read while developing, so they flatter it.
# Each pair's first run is recorded in bench/README.md: a/b (first pipeline), e/f, g/h and i/j (fourth round),
# k/l, o/p and q/r (fifth round, 24 Nov 2026), s/t, w/x and aa/ab (sixth round, the same day).
DEV_SETS = (("a", "b"), ("e", "f"), ("g", "h"), ("i", "j"), ("k", "l"), ("o", "p"), ("q", "r"), ("s", "t"), ("w", "x"),
            ("aa", "ab"), ("ac", "ad"), ("ag", "ah"), ("ak", "al"), ("ao", "ap"), ("aw", "ax"), ("ba", "bb"),
            ("bg", "bh"), ("bm", "bn"), ("bc", "bd"), ("bq", "br"), ("bw", "bx"), ("by", "bz"), ("ca", "cb"),
            ("cg", "ch"), ("ci", "cj"), ("co", "cp"), ("cq", "cr"), ("cs", "ct"), ("cu", "cv"), ("dc", "dd"),
            ("dk", "dl"), ("de", "df"), ("di", "dj"), ("dg", "dh"), ("dw", "dx"), ("dy", "dz"),
            ("ee", "ef"), ("eg", "eh"), ("em", "en"), ("eo", "ep"),
            ("eq", "er"), ("eu", "ev"), ("ew", "ex"),
            ("fi", "fj"), ("fk", "fl"), ("fm", "fn"), ("fs", "ft"), ("fu", "fv"), ("fw", "fx"), ("ge", "gf"), ("gc", "gd"),
            ("fc", "fd"), ("fg", "fh"),  # fc/fd, fg/fh written as measured-only, moved after their first run
            ("go", "gp"), ("gq", "gr"), ("gs", "gt"), ("gu", "gv"),
            ("gw", "gx"),  # gw/gx written as measured-only, moved after their first run
            ("he", "hf"), ("hg", "hh"), ("hi", "hj"), ("hk", "hl"), ("hw", "hx"), ("hy", "hz"), ("ia", "ib"),
            ("ig", "ih"), ("ii", "ij"),
            ("c", "d"), ("fq", "fr"),  # c/d, fq/fr measured-only until 25 Nov 2026: their wrong changes (by kind) were
# used to find two regressions, so they are development pairs now
            ("hu", "hv"), ("im", "in"),  # measured-only until 25 Nov 2026 (sixteenth session): their one wrong change each
# was read to fix it, so they are development pairs now
            ("io", "ip"), ("iq", "ir"), ("iy", "iz"), ("ja", "jb"), ("jg", "jh"), ("ji", "jj"),
            ("jq", "jr"), ("ju", "jv"), ("jy", "jz"),
            ("iw", "ix"),  # measured-only until 25 Nov 2026 (nineteenth session): its two wrong changes were read
            ("bi", "bj"), ("ga", "gb"))  # measured-only until then too: their totals located a regression in a change
# of that session (a new title cut at its question mark), so they no longer measure anything
# written the same way; only their totals are ever printed
MEASURED_SETS = (("m", "n"), ("u", "v"), ("y", "z"), ("ae", "af"), ("ai", "aj"), ("am", "an"), ("aq", "ar"),
                 ("as", "at"), ("au", "av"), ("ay", "az"), ("be", "bf"),
                 ("bk", "bl"), ("bo", "bp"), ("bs", "bt"), ("bu", "bv"), ("cc", "cd"), ("ce", "cf"),
                 ("ck", "cl"), ("cm", "cn"), ("cw", "cx"), ("cy", "cz"), ("da", "db"), ("dm", "dn"),
                 ("do", "dp"), ("dq", "dr"), ("ds", "dt"), ("du", "dv"),
                 ("ea", "eb"), ("ec", "ed"), ("ei", "ej"), ("ek", "el"), ("es", "et"),
                 ("ey", "ez"), ("fa", "fb"),
                 ("fe", "ff"), ("fo", "fp"), ("fy", "fz"),
                 ("gg", "gh"), ("gi", "gj"), ("gk", "gl"), ("gm", "gn"), ("gy", "gz"), ("ha", "hb"), ("hc", "hd"),
                 ("hm", "hn"), ("ho", "hp"), ("hq", "hr"), ("hs", "ht"), ("ic", "id"), ("ie", "if"),
                 ("ik", "il"), ("is", "it"), ("iu", "iv"), ("jc", "jd"),
                 ("je", "jf"), ("jk", "jl"), ("jm", "jn"), ("jo", "jp"), ("js", "jt"), ("jw", "jx"), ("ka", "kb"))


def main() -> None:
    _cross_validated()
    classifier = load_classifier()
    for pair in DEV_SETS:
        _sets(f"development set {'/'.join(pair)} (failures read while building)", HELDOUT, pair, classifier)
    measured = []
    for pair in MEASURED_SETS:
        measured += _sets(f"measured-only set {'/'.join(pair)} (totals only)", MEASURED, pair, classifier)
    _overall(measured)
    _speed(classifier)
    _force(classifier)


def _force(classifier) -> None:
    """The force model on its check set, written after its corpus on other topics (tests/language/force_check.toml)."""
    import tomllib
    from pathlib import Path

    from bot.language.corpus import parse_example
    from bot.language.force import Force

    check = Path(__file__).resolve().parent.parent / "tests" / "language" / "force_check.toml"
    messages = tomllib.loads(check.read_text(encoding="utf-8"))["message"]
    right = sum(Force(**dict(classifier.force.rank(parse_example(m["force"], m["text"]).masked))).reading == m["force"]
                for m in messages)
    print(f"force model on its check set: {right}/{len(messages)} ({right / len(messages):.1%})")


def _cross_validated() -> None:
    predictions = cross_validate(read_examples())
    right = Counter(e.label for e, guess in predictions if guess == e.label)
    total = Counter(e.label for e, _ in predictions)
    worst = sorted(total, key=lambda label: right[label] / total[label])[:8]
    print(f"corpus, 5-fold cross-validation: {sum(right.values()) / len(predictions):.3f} of {len(predictions)} examples")
    print("  weakest intents: " + ", ".join(f"{label} {right[label] / total[label]:.2f}" for label in worst))


def _sets(title: str, folder, names, classifier) -> None:
    outcomes = [o for name in names for o in run_set(name, classifier, folder)]
    by_kind, ok_kind = Counter(o.expect for o in outcomes), Counter(o.expect for o in outcomes if o.passed)
    sensible = [o for o in outcomes if o.intent != "none"]
    lost = sum(o.lost for o in sensible)
    wrong = sum(o.wrong_change for o in outcomes)
    passed = sum(o.passed for o in outcomes)
    print(f"{title}: {passed}/{len(outcomes)} handled correctly ({passed / len(outcomes):.1%}); "
          f"wrong changes {wrong}; didn't understand {lost}/{len(sensible)} sensible ({lost / len(sensible):.1%})")
    print("  by kind: " + ", ".join(f"{k} {ok_kind[k]}/{by_kind[k]}" for k in sorted(by_kind)))
    by_intent, ok_intent = Counter(o.intent for o in outcomes), Counter(o.intent for o in outcomes if o.passed)
    weak = sorted(by_intent, key=lambda i: ok_intent[i] / by_intent[i])[:6]
    print("  weakest intents: " + ", ".join(f"{i} {ok_intent[i]}/{by_intent[i]}" for i in weak))
    return outcomes


def _overall(outcomes: list) -> None:
    """All measured-only pairs together, and the same without the messages the corpus holds word for word (writers
    who never saw it still type 'which reports are in?' as a corpus line does)."""
    said = {_words(e.text) for e in read_examples()}
    fresh = [o for o in outcomes if _words(o.text) not in said]
    for name, part in (("all measured-only pairs", outcomes), ("  of them, worded unlike any corpus line", fresh)):
        passed, wrong = sum(o.passed for o in part), sum(o.wrong_change for o in part)
        print(f"{name}: {passed}/{len(part)} ({passed / len(part):.1%}); wrong changes {wrong}")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", normalise(text).lower()))


def _speed(classifier) -> None:
    texts = [e.text for e in read_examples()][:500]
    start = time.perf_counter()
    for text in texts:
        classifier.rank(text)
    per = (time.perf_counter() - start) / len(texts)
    print(f"classifier: {per * 1000:.3f} ms per message (target < 1 ms)")


if __name__ == "__main__":
    main()
