"""Who must act on a matter: the officer or role named, an 'ACTION:' name, never the clerk or a questioning councillor."""
from __future__ import annotations

import re

from bot.minutes.people import Person, resolve_person, speaker_of

_ASKING_MEMBER = re.compile(r"^(?:cllr|councillor)\b", re.I)
_ASKED = re.compile(r"\b(?:asked|requested|called|pressed|wished)\s+for\b|\brequested\b", re.I)


def choose_lead(sentence: str, actor: str, local: list[Person], everyone: list[Person], presenter: str) -> str:
    """The lead for an action whose sentence names `actor` ('' if none): the person, else who presented the item."""
    if actor.lower() in {"he", "she", "they", "i", "we", "it", ""}:
        actor = speaker_of(sentence)
    if re.fullmatch(r"(?:the\s+)?officer", actor, re.I):
        actor = presenter or actor  # "the officer" in an item is the one who presented it
    lead = resolve_person(actor, local, everyone) if actor else ""
    if not lead or lead.lower() == "it" or re.search(r"\b(?:panel|committee|board|members|councillors)\b", lead, re.I):
        return presenter
    if _ASKING_MEMBER.match(lead) and _ASKED.search(sentence):
        return presenter  # the councillor who asked is not the one who owes it
    return lead
