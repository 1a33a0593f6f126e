"""Stage 4: a change's force, read by the force model: asked for, asked about, thought aloud or held back."""
from __future__ import annotations

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
    """The force of the (masked) message; a classifier without a force model trusts the words as a request."""
    model = getattr(classifier, "force", None)
    if model is None:
        return Force()
    return Force(**{label: p for label, p in model.rank(masked) if label in Force.__dataclass_fields__})
