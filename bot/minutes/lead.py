"""Who must act on a matter: the officer or role named, an 'ACTION:' name, never the clerk or a questioning councillor."""
from __future__ import annotations

import re

from bot.minutes.people import NAME_THEN_TITLES, Person, resolve_person, speaker_of
from bot.minutes.unlisted import ASKED_THAT

_ASKED = re.compile(r"\b(?:asked|requested|called|pressed|wished)\s+for\b|\b(?:requested|sought)\b", re.I)


_NAMED = re.compile(r"\[ACTION:\s*(?P<who>[^\]]{2,120})\]|\((?:owner|lead officer|lead|action|action by)\s*:\s*"
                    r"(?P<owner>[^)]{2,80})\)", re.I)
_SAYS = re.compile(r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|and|for|[A-Z][\w'’.-]*)){0,6})\s+(?:had\s+|also\s+)?"
                   r"(?:advised|said|explained|confirmed|stated|reported|indicated|responded|replied|added|commented|"
                   r"suggested|agreed|undertook|offered|informed|told|assured)\b")
# "Mrs Jane Brown, the Rights of Way Manager, explained ...": the person a sentence opens with
_FIRST_NAMED = re.compile(r"\W*(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?"
                          r"\s+[A-Z][A-Za-z'’-]+)(?=,|\s+(?:\(|advised|said|explained|confirmed|stated|reported|"
                          r"informed|told|responded|replied|agreed|undertook|offered|presented|introduced|outlined|gave)\b)")
_DOER = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?=\s+(?:had|has|would|will|is|was)\s)")
_BODIES = {"panel", "committee", "board", "members", "councillors"}
_STRAY = re.compile(r"[^\w'’.,&()\-– ]+")  # an en dash stays: "Chief Officer – City Development"
# A name or role ends where a lower-case word that is not 'of', 'and' ... starts: "Mayor and Cabinet direct officers"
_NAME_JOINS = {"of", "and", "for", "the", "&", "to", "in", "on", "with", "at", "–", "-"}
_ASKING_MEMBER = re.compile(r"(?:(?:a|an|one|another|each|the)\s+)?(?:member|members|councillor|councillors)", re.I)


def choose_lead(sentence: str, actor: str, local: list[Person], everyone: list[Person], presenter: str,
                before: str = "") -> str:
    """The lead for an action: the name on its 'ACTION:' line, the person or role named, else who presented the item;
    'he' or 'she' with no one named in the sentence is who the sentence before named ('Jane Brown explained ... She
    would send ...')."""
    if m := _NAMED.search(sentence):
        return clean_lead(m.group("who") or m.group("owner"))
    if before and re.fullmatch(r"he|she", actor.strip(), re.I) and not _speaker(sentence, sentence.find(actor.strip())):
        named = _FIRST_NAMED.match(before) or _SAYS.search(before[:300])
        who = named.group("who") if named else ""
        if who and not re.match(r"(?:it|this|there|members|councillors|a member|the (?:panel|committee|board))\b", who,
                                re.I):
            actor = who
    return clean_lead(_lead(sentence, actor, local, everyone, presenter))


def clean_lead(lead: str) -> str:
    """A lead as a person would write it: no stray characters from the page, no leading 'the'."""
    lead = " ".join(_STRAY.sub(" ", lead).split()).strip(" .-–,")
    lead = _LOST_HEADING.sub("", lead)  # "Principal Finding The Chair": a heading ran into the sentence
    if any(c.isdigit() for c in lead) or _CLAUSE_WORDS & set(lead.lower().split()) or _ASKING_MEMBER.fullmatch(lead) \
            or _NOT_A_NAME.fullmatch(lead):
        return ""  # "Chair invited A Mogford", "It Was", "CS092 Final Progress", "a member": not who acts
    return re.sub(r"^(?:the|an?)\s+", "", _name_part(lead), flags=re.I)


# One capitalised word that opens a sentence or names a month is no one: "Having", "May", "Provide", "Right"
_NOT_A_NAME = re.compile(r"(?:Having|Being|Following|Regarding|Including|Noting|Considering|Responding|Replying|Turning|"
                         r"May|March|June|July|Provide|Update|Right|Further|Perhaps|Also|However|Please|Given|Request|"
                         r"Ensure|Consider|Review|Note|Agreed|Resolved|Action|Actions)")
_LOST_HEADING = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,5}(?=The\s+[A-Z])")


def _name_part(lead: str) -> str:
    """'Mayor and Cabinet direct officers' -> 'Mayor and Cabinet': a capitalised name or role stops at a verb."""
    words = lead.split()
    start = 1 if words and words[0].lower() in {"the", "a", "an"} else 0
    if len(words) <= start + 1 or not words[start][:1].isupper():
        return lead
    for i in range(start + 1, len(words)):
        if words[i][:1].islower() and words[i].lower() not in _NAME_JOINS:
            kept = words[:i]
            while kept and kept[-1].lower() in _NAME_JOINS:
                kept.pop()
            return " ".join(kept)
    return lead


_CLAUSE_WORDS = {"it", "was", "were", "is", "are", "had", "has", "have", "be", "been", "invited", "verbal"}


def _names_body(who: str) -> bool:
    """'the Panel', 'Members of the Board': the meeting's own body, which owes nothing to itself."""
    return any(w.strip(".,;:'’()") in _BODIES for w in who.lower().split())


def _speaker(sentence: str, before: int) -> str:
    """Who a pronoun stands for: the last person the sentence reports as speaking before it."""
    head = sentence[:before][-400:]
    said = list(_SAYS.finditer(head))
    found = [m.group("who") for m in said]
    # "the Board and Ann Lee": Ann Lee; "the Overview and Scrutiny Officer": one role, not cut at its 'and'
    who = _one_role(found[-1]) if found else speaker_of(sentence)
    if said and (named := NAME_THEN_TITLES.search(head[:said[-1].start("who")])):
        who = named.group("name")  # "Mr Alan Davies, Assistant Director, Highways, confirmed that he would ..."
    elif said and " and " in found[-1] and (role := _ROLE_OF_LIST.search(head[:said[-1].start("who")])):
        who = f"{role.group('role')}, {found[-1]}"  # "the Head of Policy, People and Transformation": one role
    return "" if re.match(r"(?:it|this|there|members|councillors|he|she|they|we|i)\b", who, re.I) else who


# A role over a list of services, cut at its comma: "the Director of Finance, Property and Assets"
_ROLE_OF_LIST = re.compile(r"(?P<role>(?:[Tt]he\s+)?(?:(?:Assistant|Deputy|Interim|Strategic|Corporate|Service)\s+)?"
                           r"(?:Director|Head|Chief Officer|Manager)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+$")


_ROLE_END = re.compile(r"\b(?:director|head|manager|officer|chief|executive|lead|coordinator|co-ordinator|adviser|"
                       r"advisor|partner|member|holder|commissioner|clerk|facilitator|analyst|consultant)$", re.I)
_ROLE_WORD = re.compile(r"\b(?:director|head|manager|officer|chief|executive|lead|chair|chairman|member|holder|"
                        r"leader|mayor|clerk|board|panel|committee|council|group|cllr|councillor|mr|mrs|ms|dr)\b", re.I)


def _one_role(who: str) -> str:
    """'the Overview and Scrutiny Officer', 'the Housing Strategy and Growth Manager': one role, not cut at its 'and'
    (the words before it name no one); 'the Board and Ann Lee', 'the Chair and the Director': the last one named."""
    head, _, tail = who.rpartition(" and ")
    if not head or _ROLE_END.search(tail.strip()) and not _ROLE_WORD.search(head):
        return who
    return re.split(r"\s+and\s+", who)[-1]


def _lead(sentence: str, actor: str, local: list[Person], everyone: list[Person], presenter: str) -> str:
    if " and " in actor and (at := sentence.find(actor)) > 0 and (role := _ROLE_OF_LIST.search(sentence[max(0, at - 120):at])):
        actor = f"{role.group('role')}, {actor}"  # "the Director of Finance, Property and Assets": one role
    if not actor and ASKED_THAT.search(sentence):
        return presenter  # "The Chair suggested that scrutiny be undertaken on X": who asks is not who acts
    if actor.lower() in {"he", "she", "they", "i", "we", "it", ""}:
        at = re.search(rf"\b{re.escape(actor)}\b", sentence) if actor else None
        actor = _speaker(sentence, at.start() if at else len(sentence))
    elif re.search(r"\b(?:group|team)$", actor, re.I) and (who := _speaker(sentence, sentence.find(actor))) \
            and not _names_body(who):  # "the Panel agreed that the working group would ...": the group owes it
        actor = who  # "the Chair explained that the Group would present its findings": the Chair answers for it
    if re.fullmatch(r"(?:the\s+)?officer", actor, re.I):
        actor = presenter or actor  # "the officer" in an item is the one who presented it
    lead = resolve_person(actor, local, everyone) if actor else ""
    if not lead or lead.lower() == "it" or _names_body(lead):
        # "The Committee would receive a report after Mr Burr had explored ...": who is doing the work owes it
        return doer.group(0) if (doer := _DOER.search(sentence)) else presenter
    if lead.lower().split(" ")[0] in {"cllr", "cllr.", "councillor"} and _ASKED.search(sentence):
        return presenter  # the councillor who asked is not the one who owes it
    return lead
