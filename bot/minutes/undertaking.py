"""Actions said without an 'agreed' or a listed verb: intentions, passive requests, deferrals, arrangements, lists."""
from __future__ import annotations

import re

LISTED = "⁘ "  # structure.py marks each item of a list of requests or additions with it
# What a clause may owe as information; decision.py's wider list is passed in so the two never drift apart
_ANNOUNCED = r"(?:submit|bring|present|provide|circulate|send|share|report|produce|prepare|arrange|hold|organise)"

# "It was the intention to bring a report on X to the June meeting": a plan the speaker owes
_INTENTION = re.compile(rf"\b(?:it\s+(?:was|is|had been)\s+(?:(?:the|their|his|her|our)\s+(?:intention|plan|aim)|intended|"
                        rf"planned)|(?:officers|the\s+(?:service|department|directorate))\s+(?:intend|intended|intends|"
                        rf"plan|planned|plans))\s+to\s+"
                        rf"{_ANNOUNCED}\s+(?:back\s+)?(?P<obj>.+)", re.I)
# "It was hoped that a report on X could come to the panel in the autumn": a possible future item
_HOPED = re.compile(r"\b(?:it\s+was\s+(?:hoped|expected|anticipated|intended|planned)|officers\s+(?:hoped|expected))\s+that\s+"
                    r"(?P<obj>(?:a|an|the|further)\s+[^,;]{3,150}?)\s+(?:could|would|will|might)\s+(?:also\s+)?"
                    r"(?:come|be brought|be presented|be submitted|return|be reported)\b", re.I)
# "Further briefings on X and Y were requested", "A breakdown of fines was requested previously"
_ASKED_FOR = re.compile(r"^\W*(?:(?:it\s+was\s+noted\s+that|members\s+noted\s+that)\s+)?(?P<subj>[^;:]{3,200}?)\s+"
                        r"(?:was|were)\s+(?:also\s+)?(?:requested|sought|asked for|called for)\b(?P<rest>.*)", re.I)
# A request after a heading or two: "Public Attendance: Feedback was requested from ...", "Emerging Issues – X was sought"
_HEADING_CUT = re.compile(r":\s+|\s[–—-]\s")
_FROM_WHOM = re.compile(r"^\s*from\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for)){0,6}(?=\s+(?:on|about|"
                        r"regarding|concerning|in|with)\b)")
_ABOUT = re.compile(r"\s*(?:on|about|regarding|concerning|(?:in|with)\s+(?:regards?|relation|respect)\s+to)\s+"
                    r"(?P<t>[^,.;]{3,100}?)(?=\s+(?:further to|following|as|because|since|which)\b|[,.;]|$)", re.I)
_DONE_SINCE = re.compile(r"\b(?:has|had|have)\s+(?:now\s+|since\s+)?been\s+(?:received|provided|circulated|sent|"
                         r"supplied|given|answered|addressed)\b", re.I)
# "That consideration of the parking review report be deferred to a future meeting"
_DEFERRED = re.compile(r"(?:\bthat\s+|\bsubject to\s+|^\W*)(?P<subj>(?:(?!\bbe\b|\bsubject to\b)[^;:]){2,200}?)\s+"
                       r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?:be|being)\s+(?:further\s+)?"
                       r"(?:deferred|postponed|adjourned|held over|"
                       r"carried forward|moved|rescheduled|re-scheduled)\b(?P<rest>.*)", re.I)
# "(b) the Panel's meeting in December includes a report on the budget": the indicative, as some councils resolve
_INCLUDES = re.compile(r"\b(?:meeting|agenda|work\s*programme)\b[^;]{0,60}?\b(?:includes?|will include|to include)\s+"
                       r"(?P<obj>(?:a|an|the)\s+[^;]{3,200})", re.I)
_CONSIDERATION = re.compile(r"^(?:the\s+)?(?:further\s+)?(?:consideration|discussion|determination|debate)\s+(?:of|on)\s+",
                            re.I)
# "(b) that arrangements for a visit to the depot are made": the indicative, as some councils resolve
_ARRANGEMENTS = re.compile(r"\b(?P<subj>arrangements?\s+(?:for|to)\s+[^;]{3,150}?)\s+(?:be|are|is)\s+(?:now\s+)?made\b",
                           re.I)
# "More detailed figures would be made available if required": an offer on a condition, owed to no one yet
CONDITIONAL = re.compile(r"\b(?:if|when|where|should\s+(?:it\s+be|members|the\s+(?:panel|committee)))\s+(?:so\s+)?"
                         r"(?:required|requested|needed|necessary|desired|wanted|appropriate|wish(?:ed)?|require[sd]?)\b|"
                         r"\bif\s+(?:members|they|councillors|the\s+(?:panel|committee))\s+(?:so\s+)?(?:wished|wish|wanted|"
                         r"want|required|requested)\b|"
                         r"\bon request\b|\bupon request\b", re.I)
# A passive said of the matter itself: "the concern would be highlighted to the Cabinet Member", "it would be raised"
_VAGUE = re.compile(r"(?:.{0,80}\b(?:confirmed|said|advised|explained|agreed|stated|indicated|assured)\s+(?:\w+\s+)?"
                    r"(?:that\s+)?)?(?P<it>it|this|that|these|them|(?:the\s+)?(?:issue|matter|concern|point|request|question|"
                    r"comments?|concerns|issues|points|questions))", re.I)
_DONE_TO_IT = {"raised": "Raise", "highlighted": "Highlight", "passed on": "Pass on", "pursued": "Pursue",
               "followed up": "Follow up", "looked into": "Look into", "investigated": "Investigate",
               "explored": "Explore", "taken up": "Take up", "referred": "Refer"}


def intention(s: str, info: str) -> str:
    """The thing a stated intention or hope owes ('a report on X to the June meeting'), or ''."""
    if m := _INTENTION.search(s):
        return m.group("obj")
    hoped = _HOPED.search(s)
    return hoped.group("obj") if hoped and re.search(rf"\b(?:{info})\b", hoped.group("obj"), re.I) else ""


def asked_for(s: str, info: str) -> list[str]:
    """What a passive request asks for: 'Further briefings on X and Y were requested' -> its subject, or []."""
    m = _ASKED_FOR.search(s) or next(filter(None, (_ASKED_FOR.match(s[cut.end():]) for cut in
                                                  reversed(list(_HEADING_CUT.finditer(s[:300]))))), None)
    if not m or _DONE_SINCE.search(m.group("rest")):
        return []
    subj = m.group("subj")
    rest = _FROM_WHOM.sub("", m.group("rest"))  # "Feedback was requested from the Communications Team on X"
    if len(subj.split()) <= 3 and (about := _ABOUT.match(rest)):
        subj = f"{subj} on {about.group('t')}"  # "More information was sought in regard to engagement with the police"
    if not re.match(rf"(?:(?:a|an|the|any|some|further|more|regular|additional|an?\s+further)\s+)?"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{info})", subj, re.I):
        return []
    return [subj]


def deferred(s: str) -> str:
    """What a deferral brings back later ('the parking review report'), or ''."""
    m = _DEFERRED.search(s)
    if not m:
        return ""
    subj = re.split(r"\bthat\s+", m.group("subj"), flags=re.I)[-1]  # "RESOLVED – that the item be deferred"
    subj = re.sub(r"\s+(?:should|would|will|shall|must|can|could|to)$", "", subj.strip(" ,"), flags=re.I)
    return _CONSIDERATION.sub("", subj)


def arrangements(s: str) -> str:
    """'that arrangements for a visit to the depot are made' -> 'arrangements for a visit to the depot', or ''."""
    m = _ARRANGEMENTS.search(s)
    return m.group("subj") if m else ""


def included(s: str, info: str) -> str:
    """'the meeting in December includes a report on the budget' -> 'a report on the budget', or ''."""
    m = _INCLUDES.search(s)
    return m.group("obj") if m and re.match(rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{info})", m.group("obj"), re.I) else ""


def done_to_it(subj: str, verb: str, rest: str) -> str:
    """'the concern' + 'highlighted' + 'to the Cabinet Member' -> 'Highlight the concern to the Cabinet Member', or ''
    when the passive is said of something with a name of its own."""
    vague = _VAGUE.fullmatch(subj.strip())
    if not vague or verb.lower() not in _DONE_TO_IT:
        return ""
    it = vague.group("it")
    noun = re.sub(r"^the\s+", "", it, flags=re.I)
    said = "" if re.fullmatch(r"it|this|that|them", it, re.I) else f" the {noun}"
    return f"{_DONE_TO_IT[verb.lower()]}{said} {rest.strip(' .')}".strip()


def split_plural(thing: str, info: str) -> list[str]:
    """'Further briefings on the parking strategy and the bus station' -> one briefing on each; else [thing]."""
    m = re.fullmatch(rf"(?P<head>(?:further\s+|regular\s+|more\s+)?(?:{info})s)\s+(?:on|about)\s+(?P<a>[^,;]{{3,80}}?)\s+and\s+"
                     rf"(?P<b>(?:the\s+)?[^,;]{{3,80}})", thing.strip(" ."), re.I)
    if not m or re.search(r"\b(?:between|of)\b", m.group("a"), re.I):
        return [thing]
    head = re.sub(r"s$", "", m.group("head"))
    return [f"{head} on {m.group('a')}", f"{head} on {m.group('b')}"]


# A hedge, not a promise: "the Chair advised that task groups might be necessary to consider X"
_HEDGE = re.compile(r"\b(?:might|may)\s+(?:be|need|have|wish|want|require)\b", re.I)
_PROMISE = re.compile(r"\b(?:would|will|agreed|undert(?:ook|aken)|requested|asked|resolved)\b", re.I)


def hedged(clause: str) -> bool:
    """Whether a clause only says what might be (no one would, will, agreed or asked)."""
    return bool(_HEDGE.search(clause)) and not _PROMISE.search(clause)
