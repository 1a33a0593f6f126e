"""Who holds it: a move to a person is a new lead, and an action said to sit with someone changes its lead."""
from __future__ import annotations

from dataclasses import replace

from bot.days.dates import has_date_words
from bot.language.decide import LEAD_CHANGES
from bot.language.references import References
from bot.language.vocabulary import words_of

_NEW_LEAD = LEAD_CHANGES - {"remove_lead"}
ACTION_WORDS = frozenset({"action", "actions", "matter", "matters"})  # said of an action, not an item


def who_holds(verdict: str, readings: list, ranked, refs: References, text: str, subjects: dict, read_as):
    """The verdict and readings once a person said as where something goes is read as who holds it; `read_as(label,
    p)` fills another reading of the message."""
    if verdict == "ask" and (kept := [r for r in readings if not _sent_to_a_person(r, refs, text)]) and \
            len(kept) < len(readings) and kept[0].label in _NEW_LEAD:
        return "act", kept[:1]  # "care home visiting should go to Mungo instead": a person is no date
    if verdict not in {"ask", "act"} or refs.matter is None or not ACTION_WORDS & words_of(text) or \
            not any(r.handler == "update_matter" for r in readings):
        return verdict, readings
    leads = [r for r in readings if r.label in _NEW_LEAD and r.slots.get("lead")] or \
        [read_as(label, p) for label, p in ranked[1:3] if label in _NEW_LEAD and p >= 0.1 and
         readings[0].handler == "update_matter"]
    if not leads or not leads[0].slots.get("lead"):
        return verdict, readings
    held = replace(leads[0], label="update_matter", handler="update_matter",  # "the X action should sit with
                   slots={"ref": subjects[refs.matter], "lead": leads[0].slots["lead"]})  # Godfrey now"
    return "act", [held]


def _sent_to_a_person(reading, refs: References, text: str) -> bool:
    """A move whose destination is a person's name, with no date in it: 'should go to Verity C'."""
    when = reading.slots.get("when", "").lower()
    return reading.handler in {"move_item", "defer_item"} and bool(when) and not has_date_words(when) and \
        any(text[h.start:h.end].lower() in when for h in refs.people)
