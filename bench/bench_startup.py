"""Issue 9: `scrutiny-bot say` start-up and reply, against the code before the language pipeline, same run."""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = "1ae5ace"  # main before the language pipeline (ordered regular expressions)
RUNS = 7
ROOT = Path(__file__).resolve().parent.parent
SAY = ["say", "--as", "Val Evans", "what's due next meeting?"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp) / "baseline"
        if not _export(old):
            print("bench_startup: not a git checkout with the baseline commit; skipped")
            return
        trees = {"before": old, "now": ROOT}
        for name, tree in trees.items():
            _run(tree, ["demo", "--db", str(Path(tmp) / f"{name}.db"), "--quiet"])
        times = {name: [] for name in trees}
        for _ in range(RUNS):  # interleaved, so machine noise falls on both alike
            for name, tree in trees.items():
                start = time.perf_counter()
                _run(tree, SAY[:1] + ["--db", str(Path(tmp) / f"{name}.db")] + SAY[1:])
                times[name].append(time.perf_counter() - start)
    before, now = statistics.median(times["before"]), statistics.median(times["now"])
    print(f"say start-up + reply, median of {RUNS}: before {before:.2f} s, now {now:.2f} s "
          f"({now / before:.2f}x; target <= 1.3x)")


def _export(dest: Path) -> bool:
    dest.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", BASELINE], capture_output=True)
    if archive.returncode != 0:
        return False
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return True


def _run(tree: Path, args: list[str]) -> None:
    code = "import sys; sys.path.insert(0, sys.argv[1]); from handlers.cli import main; sys.exit(main(sys.argv[2:]))"
    subprocess.run([sys.executable, "-c", code, str(tree), *args], cwd=tree, check=True, capture_output=True)


if __name__ == "__main__":
    main()
