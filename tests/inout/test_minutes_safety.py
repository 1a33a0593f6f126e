"""The minutes reader never hangs: pathological text, a 5 MB document, time that grows in step with size."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from bot.minutes import read_minutes
from handlers.cli import main
from tests.inout.minutes_corpus import read_whole

CORPUS = Path(__file__).resolve().parent.parent / "minutes_corpus"

# Shapes that made the old patterns backtrack: runs of punctuation after 'Resolved:', words that open a clause
# over and over, long runs of capitalised words or of one word, lines without a break.
PATHOLOGICAL = {
    "punctuation after Resolved": "Resolved: " + "." * 16_000,
    "mixed punctuation": "RESOLVED – That " + ".,;:-–" * 3_000,
    "that that that": "Resolved: " + "that " * 4_000,
    "capitalised words": "The " + "Chair " * 4_000 + "x",
    "also also also": "The Chair " + "also " * 4_000 + "agreed to x",
    "a clause that never says be": "RESOLVED: That " + "a " * 8_000,
    "one endless word": "x" * 200_000,
    "bullets": "• " * 20_000,
    "resolved lines": "Resolved:\n" * 20_000,
    "would be would be": "he would be " * 3_000,
    "lettered clauses": "(a) that " * 5_000,
    "ACTION lines": "ACTION: Cllr " * 5_000,
}


def _cpu_seconds(text: str) -> float:
    start = time.process_time()
    read_minutes(text)
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text_is_read_quickly(name):
    assert _cpu_seconds(PATHOLOGICAL[name]) < 2.0, name


def _long_minutes(size: int) -> str:
    """Real minutes from the corpus, one after another, without the line that ends a meeting, cut to `size`."""
    text = "\n\n".join(read_whole(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def test_five_megabytes_of_minutes_finish_in_seconds():
    last = ("\n\n## Archives\nThe Head of Archives agreed to send members a list of the oldest ledgers held in the "
            "strongroom.\n")
    text = _long_minutes(5_000_000)
    text = text[:text.rfind("\n\n", 0, 5_000_000 - len(last))] + last  # after a whole paragraph
    start = time.process_time()
    reading = read_minutes(text)
    assert time.process_time() - start < 60
    # it read all of it, not just the first meeting (a matter the page repeats is proposed once)
    matters = [p for p in reading.proposals if not p.programme]  # possible future items are listed after the matters
    assert len(matters) > 100 and matters[-1].subject == "List of the oldest ledgers held in the strongroom"


def test_time_grows_in_step_with_size():
    read_minutes(_long_minutes(50_000))  # warm up: dateparser's first call is slow
    small, large = _cpu_seconds(_long_minutes(250_000)), _cpu_seconds(_long_minutes(1_000_000))
    assert large < 7 * small, (small, large)  # four times the text, not sixteen times the time


@pytest.mark.parametrize("files", [{"a.txt": "hello"}, {"[Content_Types].xml": "<<<not xml", "word/document.xml": "x"}])
def test_a_docx_that_is_a_zip_of_junk_gets_one_line(tmp_path, capsys, files):
    path = tmp_path / "minutes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    assert main(["minutes", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("scrutiny-bot: minutes.docx is not a readable Word document")
    assert err.count("\n") == 1 and "Traceback" not in err
