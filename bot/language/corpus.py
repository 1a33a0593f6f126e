"""The example messages the classifier learns from: one file per intent, references marked [words](kind)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from bot.language.masking import mask_dates, mask_quotes
from bot.language.normalise import normalise

CORPUS = Path(__file__).parent / "corpus"
FORCE = Path(__file__).parent / "force"  # the same marking, labelled act / ask / muse instead of by intent
_MARK = re.compile(r"\[([^\[\]]{1,200})\]\((item|matter|person)\)")
PLACEHOLDER = {"item": "ITEMX", "matter": "MATTERX", "person": "PERSONX"}


@dataclass(frozen=True)
class Example:
    label: str
    text: str  # as typed, marks removed
    masked: str  # references replaced by placeholders


def read_examples(folder: Path = CORPUS) -> list[Example]:
    """Every example in the corpus, in a stable order."""
    examples = []
    for path in sorted(folder.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                examples.append(parse_example(path.stem, line))
    return examples


def parse_example(label: str, line: str) -> Example:
    """One corpus line: the text as typed (normalised) and the same with its marked references masked."""
    plain, masked, last = [], [], 0
    for m in _MARK.finditer(line):
        before = normalise(line[last:m.start()])
        plain += [before, normalise(m.group(1))]
        masked += [before, PLACEHOLDER[m.group(2)]]
        last = m.end()
    rest = normalise(line[last:])
    text = " ".join(" ".join(plain + [rest]).split())
    return Example(label, text, mask_dates(mask_quotes(" ".join(" ".join(masked + [rest]).split()))))


def corpus_digest(folder: Path = CORPUS) -> str:
    """A fingerprint of the corpus, kept in the trained model so a stale model is caught."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.txt")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
