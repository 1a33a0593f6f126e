"""What a passive clause owes: 'a further report be brought', 'the Panel be given access to X', 'it would be raised'."""
from __future__ import annotations

import re

from bot.minutes.action import INFO as _INFO
from bot.minutes.action import RECIPIENT, Action
from bot.minutes.action import TO_PANEL as _TO_PANEL
from bot.minutes.actor import actor_before
from bot.minutes.undertaking import done_to_it

REFERS_TO_LIST = re.compile(r"(?:the\s+|these\s+|those\s+)?(?:following\s+)?(?:suggestions?|comments|points|proposals|"
                            r"items|issues|changes|above)(?:\s+(?:made|raised|above|discussed|listed|agreed|identified))?|"
                            r"(?:the\s+)?following", re.I)
_BODIES = re.compile(r"\b(?:cabinet|council|executive|board|committee|panel|government|group|nhs|trust)\b", re.I)
_BY_PANEL = re.compile(r"\s*by\s+(?:the\s+)?(?:panel|committee|board|sub-committee|members)\b", re.I)
_AGENT = re.compile(r"\bby\s+(?P<who>(?:the\s+)?(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’.-]*"
                    r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})")
_DELIVER = re.compile(r"(?:bring|provide|submit|present|circulate|send|share|supply|produce|prepare|bring back|"
                      r"report back on|report on|give)\s+(?:members\s+|the (?:panel|committee)\s+)?(?:with\s+)?"
                      r"(?P<obj>(?:a|an|the|any|some|further)\s+.+|details?\b.+|information\b.+)", re.I)

# "in connection with the report from X, Chair of Y, pre-decision scrutiny (be undertaken)": the aside is not the subject
_ASIDE_FIRST = re.compile(r"^(?:(?:in|following|further to|with regard to|given|after|on|as)\b[^;]{0,300},\s*(?=[^,]{3,120}$)|"
                          r"[^;]{0,300},\s*(?=(?:a|an|the|any|further|regular)\s[^,]{3,120}$))", re.I)


def subject_before(s: str, end: int) -> str:
    """The thing a passive verb is about: the words since the last 'that' or clause start, minus what it had done."""
    head = s[:end]
    cut = max((m.end() for m in re.finditer(r"\b(?:that|and agreed|requested|suggested|whether|if|asked for|called for|"
                                             r"sought)\b\s*|[;:]\s*|\s[–—]\s*",
                                             head, re.I)), default=0)
    subj = re.sub(r"^(?:the\s+)?(?:inclusion|addition|(?:further\s+)?consideration)\s+of\s+|\s+being$", "",
                  head[cut:].strip(" ,"), flags=re.I)
    subj = re.sub(r"\s+(?:had|has|have|was|were)\s+(?:been\s+)?\w+(?:\s+\w+)?\s+and$", "", subj, flags=re.I)
    subj = re.sub(r"\s+(?:(?:would|will|should|shall|must|to|can|could)\s+)?(?:be|is|are)$", "", subj, flags=re.I)
    subj = re.sub(r"\s+(?:would|will|should|shall|must|to|can|could)$", "", subj, flags=re.I)
    return strip_article(subj)


def strip_article(text: str) -> str:
    text = text.strip(" ,.")
    text = re.sub(r"^(?:the panel(?:'s)? |the committee(?:'s)? )(?=comments|views|recommendations)", "Panel ", text,
                  flags=re.I)
    return re.sub(r"^(?:a|an|the|any|some|further|regular)\s+", "", text, flags=re.I)


def passive(s: str, subj: str, verb: str, rest: str, resolved: bool) -> Action | None:
    verb = verb.lower()
    if verb == "received" and not re.match(r"\s*(?:a|an|further|another|new|regular|an? further)\b", subj, re.I):
        return None  # "That the report be received" is noting; "a further report be received" is a report to come
    subj = strip_article(_ASIDE_FIRST.sub("", subj))
    if REFERS_TO_LIST.fullmatch(subj):
        return None  # "That the suggestions made be included in the work programme": the list above is the matter
    if thing := done_to_it(subj, verb, rest):  # "the concern would be highlighted to the Cabinet Member"
        return Action(thing, "", programme=False)
    if verb in {"given", "provided", "sent", "supplied"} and RECIPIENT.fullmatch(subj):
        thing = re.sub(r"^\s*with\s+", "", rest).strip()  # "that the Panel be given access to the forecasts"
        return Action(thing, "", programme=False) if len(thing.split()) >= 2 else None
    if verb == "extended":  # "an invitation would be extended to the Planning Officer for the June meeting"
        return Action(f"{subj} {rest.strip()}", "", programme=True) if re.match(r"invitation", subj, re.I) else None
    agent = _AGENT.search(rest)
    if agent and not resolved and not _BODIES.search(agent.group("who")):  # "passed on to officers by Councillor Finch"
        return Action(subj, agent.group("who"), programme=bool(_TO_PANEL.search(rest)))
    if re.match(r"\s*back\b", rest, re.I) and verb in {"brought", "reported", "fed"}:
        verb, rest = f"{verb} back", rest.strip()[4:]
    if verb in {"added", "included", "scheduled"} and not resolved:
        return None
    informative = re.search(rf"\b(?:{_INFO})\b", subj, re.I)
    handed_over = verb in {"circulated", "provided", "shared", "made available", "supplied", "obtained", "sent", "forwarded",
                           "extended"}
    circulated = verb in {"circulated", "emailed", "e-mailed", "distributed"}  # only ever to members
    back = verb in {"brought back", "reported back", "fed back"}  # 'back' is to the panel that asked
    by_us = bool(_BY_PANEL.match(rest)) and verb in {"considered", "received", "presented", "reported"}  # "X to be
    # considered by the Committee when it is available": the panel's own item
    if not resolved and not _TO_PANEL.search(rest) and not (informative and handed_over) and not circulated and not back \
            and not by_us:
        return None
    if re.fullmatch(r"(?:further\s+)?consideration", subj, re.I) and (to := re.match(r"\s*to\s+(.+)", rest)):
        subj = strip_article(to.group(1))  # "consideration be given to a joint meeting with the Health Panel"
    if verb == "invited":  # "That the new Chief Executive be invited to attend": someone must invite them
        return Action(f"Invite {subj} {rest.strip()}".strip(), "", programme=bool(_TO_PANEL.search(rest)))
    if verb in {"asked", "requested", "requested to", "asked to"}:
        inner = rest.strip().removeprefix("to ").strip()
        if m := _DELIVER.match(inner):  # "That officers be asked to bring details of X to the next meeting"
            return Action(m.group("obj"), subj, programme=bool(_TO_PANEL.search(m.group("obj"))))
        return Action(inner[:1].upper() + inner[1:], subj, programme=False)
    if re.fullmatch(rf"(?:further\s+|new\s+|regular\s+|progress\s+|written\s+|detailed\s+|full\s+|brief\s+|"
                    rf"updated\s+)?(?:{_INFO})s?", subj, re.I) and \
            (topic := re.search(r"\b(?:on|about|regarding|into|of)\s+(?P<t>(?:the|a|an)\s+[^,.;]{3,100})", rest)):
        subj = f"{subj} on {topic.group('t')}"  # "a further report be received in due course on the framework"
    elif re.fullmatch(r"(?:letter|e-?mail)s?", subj, re.I) and (to := re.match(r"\s*to\s+(?P<t>[^,.;]{3,120})", rest)):
        subj = f"{subj} to {to.group('t')}"  # "a letter would be sent to the Post Office expressing concern"
    elif len(subj.split()) <= 3 and (topic := re.match(r"\s*(?:on|into|regarding|about|setting out|outlining|"
                                                        r"explaining|detailing|covering)\s+(?P<t>[^,.;]{3,100})", rest)):
        subj = f"{subj} on {topic.group('t')}"  # "scrutiny be undertaken on the road safety plan"
    elif len(subj.split()) <= 2 and (aim := re.match(r"\s*to\s+(?:review|consider|look at|examine|explore|investigate)\s+"
                                                      r"(?P<t>[^,.;]{3,80})", rest, re.I)):
        subj = f"{subj} on {aim.group('t')}"  # "a working group be established to review the fees and charges"
    to_panel = bool(re.search(r"\b(?i:panel|committee|work programme)\b|\b(?i:the|its|a)\s+(?:(?i:future|next|later)|"
                              r"[A-Z][a-z]+)\s+(?i:meeting)\b", rest)) or \
        verb in {"brought back", "reported back"}
    to_panel = to_panel or by_us
    return Action(subj, actor_before(s, 0), programme=to_panel and verb in {"submitted", "brought", "brought back",
                                                                            "presented", "reported", "reported back",
                                                                            "considered", "scheduled", "included",
                                                                            "added"})
