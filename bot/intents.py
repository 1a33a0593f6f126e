"""Turn a message into an intent: a name and the slots it carries."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_LENGTH = 2000


@dataclass(frozen=True)
class Intent:
    name: str
    slots: dict = field(default_factory=dict)


def clean(text: str) -> str:
    """Drop Slack mention tokens, markup and extra space; cap the length."""
    text = re.sub(r"<@[A-Z0-9]+(\|[^>]*)?>", " ", text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_LENGTH]


_RULES: list[tuple[str, re.Pattern]] = [
    ("help", re.compile(r"^(help|\?|what can you do|how do i|commands?|hi|hello|hey)\b", re.I)),
    ("next_meeting", re.compile(r"\bnext (meeting|panel|sitting)\b|\bdue next\b|\bnext agenda\b", re.I)),
    ("programme", re.compile(r"\b(work ?programme|work ?plan|forward plan|whole programme|show (me )?everything)\b",
                             re.I)),
]


def parse_intent(text: str) -> Intent:
    for name, pattern in _RULES:
        if pattern.search(text):
            return Intent(name)
    return Intent("unknown")
