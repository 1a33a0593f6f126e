"""Stage 4: a change's force, read by the force model: asked for, asked about, thought aloud or held back."""
from __future__ import annotations

import re
from dataclasses import dataclass

ACT_AT = 0.5  # a likeliest reading of 'asked for' below this is confirmed first, as a thought would be


@dataclass(frozen=True)
class Force:
    """Probabilities that the message asks for the change (act), asks whether it happened (ask), only thinks it
    aloud (muse: 'X might slip to Feb', 'Dev wants to drop X') or holds it back ('X still isn't in', 'don't move X')."""

    act: float = 1.0
    ask: float = 0.0
    muse: float = 0.0
    hold: float = 0.0

    @property
    def reading(self) -> str:
        top = max(("act", self.act), ("ask", self.ask), ("muse", self.muse), ("hold", self.hold), key=lambda kp: kp[1])
        return "muse" if top[0] == "act" and top[1] < ACT_AT else top[0]


def read_force(classifier, masked: str) -> Force:
    """The force of the (masked) message; a classifier without a force model trusts the words as a request. A
    statement ending in a tag question ('X went in on Friday, didn't it') checks a fact: it is asked, never done."""
    if tag_question(masked):
        return Force(act=0.0, ask=1.0)
    model = getattr(classifier, "force", None)
    if model is None:
        return Force()
    return Force(**{label: p for label, p in model.rank(masked) if label in Force.__dataclass_fields__})


def tag_question(text: str) -> bool:
    """'…, didn't it?', '… wasn't she', 'we're not moving X, are we?': the writer checks what they believe."""
    return bool(_TAG_QUESTION.search(text) or (tag := _AFTER_A_NO.search(text)) and _NO.search(text[:tag.start()]))


_TAG_QUESTION = re.compile(r"[,\s]\s*(?:is|was|has|have|had|did|does|do|were|are|will|would|should|could|can|ca|wo|sha)n'?t\s+"
                           r"(?:it|he|she|they|we|you|i|there|that)\s*[?!.]*\s*$", re.I)
_AFTER_A_NO = re.compile(r"[,\s]\s*(?:is|are|was|were|do|does|did|has|have|will|would|can|could|should)\s+"
                         r"(?:it|he|she|they|we|you|i|there|that)\s*\?", re.I)  # "we're not moving X ... are we?"
_NO = re.compile(r"\b(?:not|no|never)\b|n't\b", re.I)
