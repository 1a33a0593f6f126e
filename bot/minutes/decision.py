"""Spotting an action in one sentence of minutes: what is to come back, who owes it, and when."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.minutes.actor import actor_before, acts, names_someone
from bot.minutes.undertaking import (
    CONDITIONAL,
    LISTED,
    arrangements,
    asked_for,
    deferred,
    done_to_it,
    included,
    intention,
    split_plural,
)


def _third_person(verb: str) -> str:
    first, _, rest = verb.partition(" ")
    first += "(?:es)?" if first.endswith(("ss", "sh", "ch", "x")) else "s?"
    return f"{first} {rest}" if rest else first


_INFO = (r"report|update|briefing|copy|information|details?|breakdown|list|presentation|paper|note|figures|data|plan|"
         r"findings|analysis|summary|feedback|response|evidence|statistics|numbers|review|progress|version|answer|"
         r"clarification|map|link|slides|document|minutes|results|outcome|proposals?|options|strategy|case stud(?:y|ies)|"
         r"timelines?|timetable|comments|recommendations?|item|letter|overview|answers?|costings?|scoping reports?|"
         r"task (?:and|&) finish group|site visits?|workshops?|briefing sessions?|invitation")
_RECEIVE = re.compile(r"\b(?:(?:to|will|would|shall|should|must)\s+(?:\w+\s+)?(?:receive|see|have sight of|be (?:sent|"
                      r"provided with|given|updated on|briefed on|kept (?:informed|updated) (?:on|of|about))|"
                      r"consider)|(?:panel|committee|board|members)\s+(?:receives?|considers?|sees?|requests?)|"
                      r"(?:requested|sought|asked for|asked to see)\s+sight\s+of|"
                      r"(?:asked|asks|requested|called|wished|pressed)\s+for|(?:the\s+)?(?:desire|wish)\s+for|"
                      r"requested(?!\s+that\b)|sought)\s+(?P<obj>.+)", re.I)
# A resolution clause that is itself the request: "(b) requests a further update at its meeting in March 2024"
_REQUESTS = re.compile(r"^\W*(?:that\s+)?(?:the\s+(?:panel|committee|board)\s+)?(?:requests?|requested|asks? for|seeks?)\s+"
                       r"(?P<obj>.+)", re.I)
_PASSIVE = re.compile(r"\b(?P<modal>would|will|to|should|shall|must|be|is|are)\s+(?:then\s+|also\s+|now\s+)?be\s+"
                      r"(?:\w+ly\s+)?(?:re-?)?(?P<verb>submitted|brought(?: back)?|presented|reported(?: back)?|provided|"
                      r"circulated|shared|sent|forwarded|made available|supplied|emailed|e-mailed|distributed|added|"
                      r"included|scheduled|referred|fed back|given|produced|prepared|arranged|invited|asked|"
                      r"requested|written|issued|published|investigated|explored|looked into|raised|considered|obtained|"
                      r"passed on|pursued|followed up|sought|actioned|received|compiled|drafted|developed|organised|convened|"
                      r"undertaken|carried out|set up|highlighted|extended|taken up)\b"
                      r"(?P<rest>.*)", re.I)
_THAT_PASSIVE = re.compile(r"(?:\b(?:that|resolved:?)\s+|^\W*)(?P<subj>(?:(?!\b(?:have|has|had|been|is|are|was|were|could|"
                           r"would|will|can|may|might|should|must|be|that)\b).){1,200}?)\s+be\s+(?:\w+ly\s+)?(?P<verb>submitted|brought|"
                           r"presented|reported|provided|circulated|shared|sent|forwarded|made available|supplied|"
                           r"emailed|distributed|added|included|scheduled|referred|given|produced|prepared|arranged|"
                           r"invited|asked|requested|written|issued|investigated|explored|raised|considered|obtained|received|"
                           r"published|compiled|drafted|developed|organised|convened|undertaken|carried out|set up|established|"
                           r"formed|commissioned|highlighted|extended|taken up|requested to|asked to)\b(?P<rest>.*)", re.I)
_DO = (r"provide|share|circulate|send|forward|report back|come back|bring back|feed back|bring|arrange|contact|"
       r"write to|write|check|confirm|clarify|look into|investigate|find out|follow up|liaise|raise|refer|discuss|explore|"
       r"update the panel|update the committee|update members|email|e-mail|supply|obtain|seek|produce|prepare|ask|"
       r"invite|speak to|meet with|pass on|make available|give|present|submit|report|respond|reply|pursue|address|"
       r"consider|make enquiries|make inquiries|canvass|chase|review|take forward|ascertain|organise|look at|meet|"
       r"seek clarification|seek|bring forward|draft|hold a meeting|hold|send each|develop|compile|set up|"
       r"convene|undertake|carry out|attend|"
       r"make contact|get in touch|make a note|follow (?:this|that|it) up|"
       r"keep (?:members|the panel|the committee) (?:informed|updated)")
# The same verbs as a resolution words them of one actor: "That the Chairperson writes to the Cabinet Member"
_DO3 = "|".join(_third_person(verb) for verb in _DO.split("|"))
_ACTIVE = re.compile(r"\b(?P<modal>would|will|agreed to|undertook to|offered to|promised to|(?:was|were) asked to|"
                     r"(?:would|will) be (?:ready|able|happy|pleased|willing) to|"
                     r"(?:is|are) to|to|committed to|confirmed (?:that )?(?:he|she|they) (?:would|could|will|can))"
                     r"\s+(?:also\s+|then\s+|"
                     rf"now\s+)?(?P<verb>{_DO})\b(?P<rest>.*)", re.I)
# "That the Head of HR provide a breakdown ..." / "requested that officers circulate ..."
_THAT_ACTIVE = re.compile(rf"(?:\bthat\s+|^\W*)(?P<actor>(?:the\s+)?[\w'’ &-]{{2,80}}?)\s+(?:should\s+|would\s+|will\s+)?"
                          rf"(?P<verb>{_DO3})\b"
                          rf"(?P<rest>.*)", re.I)
# "he would be discussing topic reviews with the Chief Executive and would be reporting back to the next meeting"
_PROGRESSIVE = re.compile(r"\b(?:would|will)\s+(?:also\s+)?be\s+(?P<verb>reporting back|reporting|discussing|liaising|"
                          r"writing to|writing|circulating|providing|bringing|arranging|contacting|looking into|"
                          r"investigating|following up|meeting with|raising|sending|sharing|updating|pursuing|"
                          r"considering|reviewing|drafting|preparing|producing|seeking)\b(?P<rest>.*)", re.I)
# "asks the Director to write to the ICB" / "requested officers to provide ..."
_ASK_TO = re.compile(rf"\b(?:asks?|asked|requests?|requested|invites?|invited|instructs?|instructed|tasked|agreed for|"
                     rf"allow|enable)\s+(?P<actor>(?:the\s+)?[\w'’ ,-]{{2,90}}?)\s+to\s+(?P<verb>{_DO})\b(?P<rest>.*)", re.I)
_PROGRAMME = re.compile(r"\b(?:added|included|placed|put|scheduled|programmed)\s+(?:on|to|in|into|onto)\s+the\s+"
                        r"(?:panel'?s?\s+|committee'?s?\s+)?(?:future\s+|draft\s+)?(?:work\s*)?(?:programme|plan|"
                        r"forward plan|agenda)", re.I)
_TO_PANEL = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:panel|committee|board|members|councillors|scrutiny|chair|"
                       r"(?:a|the)\s+(?:future|next|later|subsequent)\s+meeting)|\b(?:at|to)\s+(?:the|its)\s+"
                       r"(?-i:[A-Z][a-z]+)\s+meeting\b", re.I)
_ASKED_THAT = re.compile(r"\b(?:requested|asked|agreed|suggested|recommended|proposed|resolved|insisted)\s+that\b", re.I)
_PAST = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?$", re.I)
@dataclass(frozen=True)
class Action:
    """What one sentence commits someone to: the thing owed, the actor named in the sentence, to the panel or not."""

    thing: str
    actor: str = ""  # as the sentence names them ('he', 'The Scrutiny Officer'); '' if not named
    programme: bool = False  # a report or item coming back to the panel
    topic: str = ""  # the topic a bullet is headed by ("Housing Allocations – the group would present ...")


_ADDITION = re.compile(r"\b(?:addition|inclusion)\s+of\s+(?:an?\s+)?(?:new\s+)?(?:item|report|session|update)s?\s+"
                       r"(?:on|about|regarding|covering)\s+(?P<obj>[^.;]+)", re.I)


def find_action(sentence: str, resolved: bool) -> Action | None:
    """The action a sentence records, or None for noting, welcoming, approving and narrative."""
    s = _QUOTED.sub("", " ".join(sentence.split()))  # a quoted minute is an earlier decision, cited
    s = _THAT_ASIDE.sub(r"\1 ", s)  # "That, in discussion with the Trust, the group develop ...": the aside is no actor
    if _QUESTION.search(s) or _NOTING.match(s):
        return None  # "Should a de-brief session be added to the agenda?": a question asked, not an action agreed
    asked = ""
    if wonder := _WONDERS.search(s):  # "Cllr Simkins enquired whether the reviews would be reported back": a question
        after = re.search(r"\s+and\s+(?=(?:the\s+)?[A-Z])|;", s[wonder.end():])
        asked = s[wonder.end():wonder.end() + after.start()] if after else ""
        s = s[:wonder.start()] + ("; " + s[wonder.end() + after.end():] if after else "")
    if CONDITIONAL.search(s):
        return None  # "more detailed figures would be made available if required": an offer, owed to no one yet
    topic = _TOPIC_DASH.match(s)
    body = s[topic.end():] if topic else s
    action = _action_in(body, resolved) or _unlisted(body, resolved)
    if action and topic:
        action = Action(action.thing, action.actor, action.programme, topic.group("topic").strip())
    if action and asked and _PRONOUN_THING.fullmatch(action.thing.strip(" .")):
        # "asked whether the figures could be broken down by ward and the Director said she would look into it": what
        # is owed is the answer to the question
        action = Action(_MODALS.sub("", asked).strip(" ,"), action.actor, action.programme)
    return action


def _unlisted(s: str, resolved: bool) -> Action | None:
    """Actions said without a listed verb: a list's item, an intention, a passive request, a deferral, arrangements."""
    if s.startswith(LISTED):
        return Action(s[len(LISTED):].strip(" ;,."), "", programme=True)  # "Further items added ... included: · X"
    if thing := intention(s):  # "It was the intention to bring a report on X to the June meeting"
        return Action(thing, "", programme=True)
    if things := asked_for(s, _INFO):  # "Further briefings on X and Y were requested"
        return Action(things[0], "", programme=True)
    if (resolved or _ASKED_THAT.search(s)) and (thing := deferred(s) or arrangements(s)):
        return Action(thing, "", programme=bool(deferred(s)))
    if resolved and (thing := included(s, _INFO)):  # "(b) the Panel's meeting in December includes a report on X"
        return Action(thing, "", programme=True)
    return None


def split_things(thing: str) -> list[str]:
    """'Further updates on X and Y' is one update on each."""
    return split_plural(thing, _INFO)


# "• Housing Allocations – the group would present its final report": a bullet headed by its topic
_TOPIC_DASH = re.compile(r"\W{0,3}(?P<topic>[A-Z][\w'’&/]*(?:\s+(?:[A-Z][\w'’&/]*|of|and|for|the|in|on|&)){0,7})\s+[–—-]\s+"
                         r"(?=[a-z]|(?:The|Officers|Members|It|There)\b)")
_PRONOUN_THING = re.compile(r"(?:[\w-]+\s+){0,3}?(?:it|this|that|these|them|out|further|the matter)", re.I)
_MODALS = re.compile(r"\b(?:could|would|can|will|should|might|may)\s+(?:be\s+|have\s+been\s+)?|\b(?:is|are|was|were)\s+",
                     re.I)


def _action_in(s: str, resolved: bool) -> Action | None:
    if _PERMISSION.search(s):
        return None  # "discretion be given to chairs": a power granted, nothing owed
    if re.search(r"\b(minutes of|correct record)\b", s, re.I) and not _PROGRAMME.search(s):
        return None
    if (m := _PROGRAMME.search(s)) and not re.search(r"\bnot\s+(?:being\s+|been\s+|be\s+)?$", s[:m.start()], re.I):
        listed = _subject_before(s, m.start())
        return None if _REFERS_TO_LIST.fullmatch(_strip_article(listed)) else Action(listed, programme=True)
    if m := _ADDITION.search(s):  # "the work programme be agreed, subject to the addition of an item on X"
        return Action("item on " + m.group("obj"), programme=True)
    if resolved and (m := _REQUESTS.match(s)) and re.match(rf"(?:(?!to\b)[\w-]+\s+){{0,3}}?(?:{_INFO})\b",
                                                            _strip_article(m.group("obj")), re.I):
        return Action(m.group("obj"), "", programme=True)
    if (m := _RECEIVE.search(s)) and re.match(rf"(?:(?!to\b)[\w-]+\s+){{0,3}}?(?:{_INFO})\b", _strip_article(m.group("obj")),
                                              re.I) and _receiver_ok(s, m):
        asked_for = bool(re.search(r"\bfor$", m.group(0)[:m.start("obj") - m.start()].strip(), re.I))
        if asked_for and re.search(r"\b(?:has|had|have)\s+(?:also\s+|already\s+|previously\s+)?$", s[:m.start()], re.I):
            return None  # "the working group has also asked for this information": history, not a request
        return Action(m.group("obj"), actor_before(s, m.start()) if not resolved else "", programme=not asked_for)
    if (m := _COMES_BACK.search(s)) and (resolved or _ASKED_THAT.search(s[:m.start("subj")])):
        subj = _strip_article(m.group("subj"))  # "asked that a further report come back"
        if len(subj.split()) <= 2 and (topic := re.search(r"\b(?:on|about|regarding)\s+(?P<t>[^,.;]{3,100})", s[m.end():])):
            subj = f"{subj} on {topic.group('t')}"  # "Report to come to the March meeting on the town centre plan"
        return Action(subj, "", programme=True)
    asked = _ASKED_THAT.search(s)
    start = 0 if resolved else (asked.end() - 4 if asked else 0)
    passive = (resolved or asked) and _THAT_PASSIVE.search(s, start)
    active = (resolved or asked) and _THAT_ACTIVE.search(s, start)
    if passive and not (active and active.start() < passive.start() and names_someone(active.group("actor"))):
        return _passive(s, passive.group("subj"), passive.group("verb"), passive.group("rest"), resolved=True)
    if (m := _EXISTS.search(s)) and not resolved:  # "there would be a progress report coming to the Board"
        return Action(m.group("obj"), "", programme=bool(_TO_PANEL.search(s[m.start():])))  # the speaker owes it
    if m := (_INCLUSION.search(s) if resolved else None):  # "the inclusion of the Closure report being added"
        return Action(m.group("obj"), programme=True)
    m = _ASK_TO.search(s) or active
    actor = m.group("actor").split(",")[0].strip() if m else ""  # "Cllr Riggott, Chair of the Committee, to present"
    if m and acts(actor, "to") and names_someone(actor):
        thing = m.group("verb") + m.group("rest")
        return Action(thing[:1].upper() + thing[1:], actor,
                      programme=bool(re.match(r"report back|come back|bring back|present|submit|report", m.group("verb"),
                                              re.I)) and bool(_TO_PANEL.search(m.group("rest"))))
    if resolved and (m := _LIST_PASSIVE.match(s)):  # "ii) Definitions ... were developed in time for September"
        subj = _subject_before(s, m.end("subj"))
        if re.match(r"(?:had|has|have|was|were|is|are)\b", subj, re.I):
            return None  # "... the event that had been held on 1 July, and how this showed where X could be included"
        return _passive(s, subj, m.group("verb"), m.group("rest"), resolved)
    if m := _PASSIVE.search(s):
        if _PAST.search(s[:m.start("modal") + len(m.group("modal")) + 1]) or m.group("modal").lower() in {"is", "are"}:
            return None
        subj = _subject_before(s, m.start())
        return _passive(s, subj, m.group("verb"), m.group("rest"), resolved)
    if (m := _PROGRESSIVE.search(s)) and acts(actor := actor_before(s, m.start()), "will"):
        thing = _base_form(m.group("verb")) + m.group("rest")
        return Action(thing[:1].upper() + thing[1:], actor,
                      programme=bool(re.match(r"reporting back", m.group("verb"), re.I)))
    if m := _ACTIVE.search(s):
        actor = actor_before(s, m.start())
        if m.group("modal").lower() == "to" and not re.match(r"^\s*(?:action:?\s*)?[\w .'’-]{2,60}\s+to\s", s, re.I):
            return None
        listed = resolved and m.group("modal").lower() == "to" and not re.search(r"\b(?:met|went|\w+ed)\b", actor)
        # "Actions: 1. Chair of the group to raise ...", not "Councillor Culver met managers to seek feedback"
        reports = re.search(r"\bgroup$", actor, re.I) and re.fullmatch(r"present|report back|report|submit|bring back",
                                                                       m.group("verb"), re.I)  # a group's report
        if not acts(actor, m.group("modal")) and not (m.start() == 0 and m.group("modal").lower() == "agreed to") \
                and not listed and not reports:
            return None  # a bullet under 'During the discussion, members:' may start 'agreed to invite ...'
        thing = m.group("verb") + m.group("rest")
        bare = re.match(r"\s*(?:on\s+)?(?:to\b|back\b|$)", m.group("rest"))
        if bare and (obj := _OBJECT_BEFORE.search(s[:m.start()].rstrip())):
            thing = f"{m.group('verb')} {obj.group('np')}{m.group('rest')}"  # "the response ... and would forward on"
        return Action(thing[:1].upper() + thing[1:], actor,
                      programme=bool(re.search(r"\b(?:report back|come back|bring back)\b", thing, re.I)))
    return None


# A subjunctive with no passive: "(requested) that a further report on X come back in six months"
_COMES_BACK = re.compile(rf"(?:\bthat\s+|^\W*)(?P<subj>(?:(?:a|an|the|any|further)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_INFO})\b"
                         r"[^,;]{0,100}?)\s+(?:should\s+|would\s+|will\s+|to\s+)?(?:come back|come forward|return|"
                         r"come (?:to|before) (?:the|a|its)\b)", re.I)
_LIST_PASSIVE = re.compile(r"\W*(?:that\s+)?(?P<subj>[^;]{3,200}?)\s+(?:be|were|was|is|are)\s+(?P<verb>explored|developed|"
                           r"considered|reviewed|investigated|provided|circulated|brought|produced|prepared|undertaken|"
                           r"added|included|examined|clarified|shared|arranged|organised|scheduled|submitted|"
                           r"presented)\b(?P<rest>[^;]*)", re.I)
_THAT_ASIDE = re.compile(r"\b([Tt]hat),\s+(?:in|following|after|with|subject to|once|when)\b[^,;]{3,100},\s+")
_WONDERS = re.compile(r"\b(?:(?:enquired|inquired|asked|queried|questioned|wondered|decide|decided|query)\s+(?:as\s+to\s+)?"
                      r"(?:whether|if)|(?:sought|asked for|requested) clarification (?:on|about|as to|of)\s+"
                      r"(?:whether|if|who|how|why|what|when))\b",
                      re.I)
_PERMISSION = re.compile(r"\b(?:discretion|authority|delegated authority|permission|approval|delegation|power)\s+be\s+"
                         r"(?:given|granted|delegated)\b", re.I)
_EXISTS = re.compile(rf"\bthere\s+(?:would|will)\s+be\s+(?P<obj>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_INFO})\b[^,.;]{{0,80}}?)"
                     r"\s+(?:coming|brought|presented|submitted|going)\b", re.I)
_INCLUSION = re.compile(rf"\b(?:inclusion|addition)\s+of\s+(?:the\s+|an?\s+)?(?P<obj>[^.;]{{0,60}}?\b(?:{_INFO})\b[^.;]{{0,80}}?)"
                        r"\s+being\s+(?:added|included|placed)\b", re.I)
_QUOTED = re.compile(r"“[^”]{20,400}”")
_NOTING = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?(?:that\s+)?(?:the\s+(?:committee|panel|board)\s+)?(?:notes?|noted)\b|"
                     r".{0,200}?\bno\s+(?:items|actions?|further work)\b[^.;]{0,80}\b(?:were|was)\s+(?:requested|required)",
                     re.I)
_QUESTION = re.compile(r"\?[\s\d.)]{0,6}$")
def _base_form(verb: str) -> str:
    """'reporting back' -> 'report back', 'discussing' -> 'discuss', 'writing to' -> 'write to'."""
    first, _, rest = verb.partition(" ")
    stem = first[:-3]
    stem = {"writ": "write", "shar": "share", "circulat": "circulate", "provid": "provide", "arrang": "arrange",
            "upd": "update", "updat": "update", "prepar": "prepare", "produc": "produce", "review": "review",
            "draft": "draft", "rais": "raise", "liais": "liaise"}.get(stem, stem)
    return f"{stem} {rest}".strip()


def _receiver_ok(s: str, m: re.Match) -> bool:
    """'would be given ...' is only a matter when the panel is the one to be given it."""
    if not re.search(r"\bbe\s+(?:sent|provided|given|updated|briefed|kept)\b", m.group(0), re.I):
        return True
    return bool(re.search(r"\b(?:panel|committee|board|members|councillors)\b", s[:m.start()], re.I))


def _passive(s: str, subj: str, verb: str, rest: str, resolved: bool) -> Action | None:
    verb = verb.lower()
    if verb == "received" and not re.match(r"\s*(?:a|an|further|another|new|regular|an? further)\b", subj, re.I):
        return None  # "That the report be received" is noting; "a further report be received" is a report to come
    subj = _strip_article(subj)
    if _REFERS_TO_LIST.fullmatch(subj):
        return None  # "That the suggestions made be included in the work programme": the list above is the matter
    if thing := done_to_it(subj, verb, rest):  # "the concern would be highlighted to the Cabinet Member"
        return Action(thing, "", programme=False)
    if verb in {"given", "provided", "sent", "supplied"} and re.fullmatch(r"(?:panel|committee|board|members|councillors)",
                                                                        subj, re.I):
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
    if not resolved and not _TO_PANEL.search(rest) and not (informative and handed_over) and not circulated and not back:
        return None
    if re.fullmatch(r"(?:further\s+)?consideration", subj, re.I) and (to := re.match(r"\s*to\s+(.+)", rest)):
        subj = _strip_article(to.group(1))  # "consideration be given to a joint meeting with the Health Panel"
    if verb == "invited":  # "That the new Chief Executive be invited to attend": someone must invite them
        return Action(f"Invite {subj} {rest.strip()}".strip(), "", programme=bool(_TO_PANEL.search(rest)))
    if verb in {"asked", "requested", "requested to", "asked to"}:
        inner = rest.strip().removeprefix("to ").strip()
        if m := _DELIVER.match(inner):  # "That officers be asked to bring details of X to the next meeting"
            return Action(m.group("obj"), subj, programme=bool(_TO_PANEL.search(m.group("obj"))))
        return Action(inner[:1].upper() + inner[1:], subj, programme=False)
    if re.fullmatch(rf"(?:further\s+|new\s+|regular\s+|progress\s+)?(?:{_INFO})s?", subj, re.I) and \
            (topic := re.search(r"\b(?:on|about|regarding|into|of)\s+(?P<t>(?:the|a|an)\s+[^,.;]{3,100})", rest)):
        subj = f"{subj} on {topic.group('t')}"  # "a further report be received in due course on the framework"
    elif len(subj.split()) <= 2 and (aim := re.match(r"\s*to\s+(?:review|consider|look at|examine|explore|investigate)\s+"
                                                      r"(?P<t>[^,.;]{3,80})", rest, re.I)):
        subj = f"{subj} on {aim.group('t')}"  # "a working group be established to review the fees and charges"
    to_panel = bool(re.search(r"\b(?i:panel|committee|work programme)\b|\b(?i:the|its|a)\s+(?:(?i:future|next|later)|"
                              r"[A-Z][a-z]+)\s+(?i:meeting)\b", rest)) or \
        verb in {"brought back", "reported back"}
    return Action(subj, actor_before(s, 0), programme=to_panel and verb in {"submitted", "brought", "brought back",
                                                                            "presented", "reported", "reported back",
                                                                            "considered", "scheduled", "included",
                                                                            "added"})


_REFERS_TO_LIST = re.compile(r"(?:the\s+|these\s+|those\s+)?(?:suggestions?|comments|points|proposals|items|issues|"
                             r"changes|above)(?:\s+(?:made|raised|above|discussed|listed|agreed|identified))?", re.I)
_BODIES = re.compile(r"\b(?:cabinet|council|executive|board|committee|panel|government|group|nhs|trust)\b", re.I)
_AGENT = re.compile(r"\bby\s+(?P<who>(?:the\s+)?(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’.-]*"
                    r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,5})")
_OBJECT_BEFORE = re.compile(r"\bthat\s+(?P<np>(?:the|a|an|this|these|any)\s+[\w'’ -]{1,60}?)\s+(?:had|has|have|was|were|is|"
                            r"are)\b[^,;]{0,80}\band$")
_DELIVER = re.compile(r"(?:bring|provide|submit|present|circulate|send|share|supply|produce|prepare|bring back|"
                      r"report back on|report on|give)\s+(?:members\s+|the (?:panel|committee)\s+)?(?:with\s+)?"
                      r"(?P<obj>(?:a|an|the|any|some|further)\s+.+|details?\b.+|information\b.+)", re.I)


def _subject_before(s: str, end: int) -> str:
    """The thing a passive verb is about: the words since the last 'that' or clause start, minus what it had done."""
    head = s[:end]
    cut = max((m.end() for m in re.finditer(r"\b(?:that|and agreed|requested|suggested|whether|if)\b\s*|[;:]\s*|\s[–—]\s*",
                                             head, re.I)), default=0)
    subj = re.sub(r"^(?:the\s+)?(?:inclusion|addition)\s+of\s+|\s+being$", "", head[cut:].strip(" ,"), flags=re.I)
    subj = re.sub(r"\s+(?:had|has|have|was|were)\s+(?:been\s+)?\w+(?:\s+\w+)?\s+and$", "", subj, flags=re.I)
    subj = re.sub(r"\s+(?:(?:would|will|should|shall|must|to|can|could)\s+)?(?:be|is|are)$", "", subj, flags=re.I)
    subj = re.sub(r"\s+(?:would|will|should|shall|must|to|can|could)$", "", subj, flags=re.I)
    return _strip_article(subj)


def _strip_article(text: str) -> str:
    text = text.strip(" ,.")
    text = re.sub(r"^(?:the panel(?:'s)? |the committee(?:'s)? )(?=comments|views|recommendations)", "Panel ", text,
                  flags=re.I)
    return re.sub(r"^(?:a|an|the|any|some|further|regular)\s+", "", text, flags=re.I)
