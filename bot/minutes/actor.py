"""Who a sentence of minutes says will act: the actor before a verb, and whether they can owe anything."""
from __future__ import annotations

import re

from bot.minutes.people import NAME_THEN_TITLES, is_person_or_officer, speaker_of

_REPORTING = re.compile(r"\b(?:advised|said|confirmed|explained|commented|added|reported|stated|informed|indicated|"
                        r"assured|told|responded|replied|clarified)\s+(?:the\s+(?:panel|committee|board|members)\s+)?"
                        r"(?:that\s+)?", re.I)
_NAMED_ACTOR = re.compile(r"(?:(?:the|an?)\s+)?(?:[A-Z][\w'’.-]*|officers?|he|she|they)"
                          r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|&|the)){0,12}")
_NAME_AT_END = re.compile(r"\b(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*)){0,5}$")
_ORGANISATION = re.compile(r"\b(?:council|icb|nhs|trust|government|authority|provider|providers|service|services|"
                           r"partnership|police|agency|department|company|contractor|operator)$", re.I)
_DOCUMENT = re.compile(r"\b(?:plan|strategy|policy|report|document|framework|scheme|charter|guidance|website|portal|"
                       r"system|survey|budget|toolkit)$", re.I)
_ROLE_IN = re.compile(r"\b(?:head|director|manager|officer|lead|chief|member|chair|chairman|executive|clerk)\b", re.I)
_OPENING_SUBJECT = re.compile(r"\W*(?P<who>he|she|they|(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*)){0,5})"
                             r"\s+(?:was|were|had|has|is|are)\b")
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


def names_someone(actor: str) -> bool:
    """'the Head of HR', 'officers', 'Cllr Smith' name someone; 'The Policy Officer presented the' does not."""
    return bool(_NAMED_ACTOR.fullmatch(actor.strip()))


def actor_before(s: str, end: int) -> str:
    """Who the words before `end` name as acting: a name before its titles, who a reported speaker says will act,
    else the last short phrase of the clause."""
    head = _ASIDE.sub("", s[:end])  # "Sarah Jones (Head of Commissioning) agreed to ...": Sarah Jones
    if named := NAME_THEN_TITLES.search(head.rstrip()[-200:]):
        return named.group("name")  # "Mr Alan Davies, Assistant Director, Highways, confirmed that he would"
    head = head.strip(" ,")
    if m := list(_REPORTING.finditer(head)):
        after = head[m[-1].end():].strip(" ,")
        if after and len(after.split()) <= 6:
            return after
    last = re.split(r"\bthat\b|[,;:]", head, flags=re.I)[-1].strip()
    if re.search(r"\b(?:had|has|have|was|were|is|are)\b.*\band$", last[-200:], re.I):
        # "The Chair advised that the response had been received and would forward it"; "She was asked about X and
        # agreed to ...": who the sentence is about
        return speaker_of(s) or ((m := _OPENING_SUBJECT.match(s)) and m.group("who")) or ""
    if not re.search(r"\b[A-Z][\w'’-]*\s+and\s+[A-Z]", last):  # "the Democratic and Civic Officer", "a Task and Finish Group"
        last = re.split(r"\s+and\s+(?=(?:\S+\s+){0,2}\S+$)", last)[-1]  # "... ongoing in the ICB and she would make enquiries"
    last = re.sub(r"^(?:and|but|also)\b\s*", "", last, flags=re.I)  # "...; and asked for": 'and' is no one
    last = re.sub(r"(?:^|\s+)(?:also|then|further|had|has|have|agreed|asked|requested|wished|wanted|undertook|offered|"
                  r"agrees?|asks?|requests?|wishes|wants?|undertakes?|offers?)+$", "", last, flags=re.I)
    if len(last.split()) > 8 and (tail := _NAME_AT_END.search(last[-120:])):
        return tail.group(0)  # "... aware of these two items on which the Working Group"
    return last if 0 < len(last.split()) <= 8 else ""


def acts(actor: str, modal: str) -> bool:
    """Whether an actor can owe something with this modal: a person or officer; the panel or an organisation only
    when it agreed or undertook to."""
    actor = actor.strip()
    if actor.lower() in {"the", "a", "an", "that", "this", "it", "there", "which", "what"}:
        return False
    if re.fullmatch(r"it\s+(?:was|is|had been)", actor, re.I):
        return modal.lower() == "agreed to"  # "it was agreed to send each tracked item to the named officer"
    if re.search(r"\b(?:panel|committee|sub-committee|board|commission|members|councillors|group)\b", actor, re.I):
        return modal.lower() in {"agreed to", "undertook to"}
    if _DOCUMENT.search(actor) and not _ROLE_IN.search(actor):
        return False  # "The Council Plan would provide key information for staff": what a paper does
    if _ORGANISATION.search(actor) and not _ROLE_IN.search(actor):
        return modal.lower() in {"agreed to", "undertook to", "offered to", "promised to"}  # "the ICB will review ...": a plan
    return is_person_or_officer(actor) or bool(re.fullmatch(r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:and\s+|of\s+|for\s+)?"
                                                            r"[A-Z][\w'’-]+){0,5}", actor))
