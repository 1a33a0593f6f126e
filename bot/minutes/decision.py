"""Spotting an action in one sentence of minutes: what is to come back, who owes it, and when."""
from __future__ import annotations

import re

from bot.minutes.action import INFO as _INFO
from bot.minutes.action import TO_PANEL as _TO_PANEL
from bot.minutes.action import Action, labelled
from bot.minutes.actor import actor_before, acts, names_someone
from bot.minutes.passive import REFERS_TO_LIST as _REFERS_TO_LIST
from bot.minutes.passive import passive as _passive
from bot.minutes.passive import strip_article as _strip_article
from bot.minutes.passive import subject_before as _subject_before
from bot.minutes.undertaking import (
    CONDITIONAL,
    hedged,
    split_plural,
)
from bot.minutes.unlisted import ASKED_THAT, promise_in, unlisted


def _third_person(verb: str) -> str:
    first, _, rest = verb.partition(" ")
    first += "(?:es)?" if first.endswith(("ss", "sh", "ch", "x")) else "s?"
    return f"{first} {rest}" if rest else first


_RECEIVE = re.compile(r"\b(?:(?:to|will|would|shall|should|must)\s+(?:\w+\s+)?(?:receive|see|have sight of|be (?:sent|"
                      r"provided with|given|updated on|briefed on|kept (?:informed|updated) (?:on|of|about))|"
                      r"consider)|(?:panel|committee|board|members)\s+(?:receives?|considers?|sees?|requests?)|"
                      r"(?:requested|sought|asked for|asked to see)\s+sight\s+of|"
                      r"be\s+kept\s+(?:informed|updated)\s+(?:on|of|about)|"
                      r"(?:asked|asks|requested|called|wished|pressed)\s+for|(?:the\s+)?(?:desire|wish)\s+for|"
                      r"(?:noted|accepted|received|took|made)\s+(?:a|the)\s+(?:further\s+)?request\s+for|"
                      r"requested(?!\s+that\b)|sought)\s+(?P<obj>.+)", re.I)
# A resolution clause that is itself the request: "(b) requests a further update at its meeting in March 2024"
_REQUESTS = re.compile(r"^\W*(?:that\s+)?(?:the\s+(?:panel|committee|board)\s+)?(?:requests?|requested|asks? for|seeks?)\s+"
                       r"(?!that\b)(?P<obj>.+)", re.I)
_PASSIVE = re.compile(r"\b(?P<modal>would|will|to|should|shall|must|be|is|are)\s+(?:then\s+|also\s+|now\s+)?be\s+"
                      r"(?:\w+ly\s+)?(?:re-?)?(?P<verb>submitted|brought(?: back)?|presented|reported(?: back)?|provided|"
                      r"circulated|shared|sent|forwarded|made available|supplied|emailed|e-mailed|distributed|added|"
                      r"included|scheduled|referred|fed back|given|produced|prepared|arranged|invited|asked|"
                      r"requested|written|issued|published|investigated|explored|looked into|raised|considered|obtained|"
                      r"passed on|pursued|followed up|sought|actioned|received|compiled|drafted|developed|organised|convened|"
                      r"undertaken|carried out|set up|highlighted|extended|taken up|deferred|postponed|held over|"
                      r"passed)\b(?P<rest>.*)", re.I)
_THAT_PASSIVE = re.compile(r"(?:\b(?:that|resolved:?)\s+|^\W*)(?P<subj>(?:(?!\b(?:have|has|had|been|is|are|was|were|could|"
                           r"would|will|can|may|might|should|must|be|that)\b).){1,200}?)\s+(?:should\s+|must\s+)?be\s+(?:\w+ly\s+)?(?P<verb>submitted|brought|"
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
       r"convene|undertake|carry out|attend|consult with|consult|"
       r"make contact|get in touch|make a note|follow (?:this|that|it) up|"
       r"ensure that|keep (?:members|the panel|the committee) (?:informed|updated)")
# The same verbs as a resolution words them of one actor: "That the Chairperson writes to the Cabinet Member"
_DO3 = "|".join(_third_person(verb) for verb in _DO.split("|"))
_ACTIVE = re.compile(r"\b(?P<modal>would|will|agreed to|undertook to|offered to|promised to|(?:was|were) asked to|"
                     r"(?:had|has|have)\s+undertaken(?:\s+(?:at|in|during)\s+[\w ]{3,40}?)?\s+to|"
                     r"(?:would|will) be (?:ready|able|happy|pleased|willing) to|"
                     r"(?:was|were|is|are) (?:happy|pleased|willing) to(?=\s+(?:also\s+)?(?:circulate|provide|send|share|"
                     r"forward|supply|arrange|look into|follow up|find out|investigate|write to|bring)\b)|"
                     r"(?:intended|intends|planned|plans) to|"
                     r"(?:is|are|was|were) still to|(?:is|are) to|to|committed to|"
                     r"confirmed (?:that )?(?:he|she|they) (?:would|could|will|can))"
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
_PROGRAMME = re.compile(r"\b(?:added|included|placed|put|scheduled|programmed|linked)\s+(?:on|to|in|into|onto)\s+the\s+"
                        r"(?:panel['’]?s?\s+|committee['’]?s?\s+)?(?:future\s+|draft\s+)?(?:work\s*)?(?:programme|plan|"
                        r"forward plan|agenda)", re.I)
_DOES_TO = re.compile(rf"\b(?:to|would|will)\s+(?:{_DO})\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s*$", re.I)
_IN_MEETING = re.compile(r"invit\w*\s+[^.;]{2,90}?\s+to\s+(?:present|introduce|give|speak|outline|address)\b"
                         r"(?![^.;]{0,200}\b(?:next|future|forthcoming|later)\s+meeting)", re.I)
_ON_WHICH = re.compile(r"(?P<np>\b(?:the|these|those|this|a|an|two|three|four|five|several|some|\d{1,2})\s+"
                       r"(?:(?!\b(?:the|these|those|this|a|an)\s)[\w'’ -]){1,60}?)\s+(?:on|about)\s+which\s+[^,;]{1,80}$", re.I)
_WAS_BOUND = [[was, bound] for was in ("was", "were") for bound in ("required", "expected", "obliged", "meant")]
_HAD_DONE = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|now\s+)?(?:met|gone|attended|visited|spoken|written)\b", re.I)
_SAID_THERE = {"clarify", "confirm", "raise", "ask", "discuss", "address", "respond", "reply"}
_TALKED_OF = {"discussed", "considered", "debated", "mentioned", "explored"}
_PAST = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?$", re.I)
_ADDITION = re.compile(r"\b(?:addition|inclusion)\s+of\s+(?:an?\s+)?(?:new\s+)?(?:item|report|session|update)s?\s+"
                       r"(?:on|about|regarding|covering)\s+(?P<obj>[^.;]+)", re.I)


def find_action(sentence: str, resolved: bool) -> Action | None:
    """The action a sentence records, or None for noting, welcoming, approving and narrative."""
    s = _QUOTED.sub("", " ".join(sentence.split()))  # a quoted minute is an earlier decision, cited
    s = _THAT_ASIDE.sub(r"\1 ", s)  # "That, in discussion with the Trust, the group develop ...": the aside is no actor
    label = _ACTION_LABEL.match(s)
    s = _ACTION_LABEL.sub("", s)  # "Action – Cllr Wood to contact the footpaths officer": the label says what follows
    if _NOTING.match(s) and (then := _THEN_ASKED.search(s)):
        s = s[then.start("verb"):]  # "The Committee noted the report and agreed that X be added": the agreement stands
    if _asks(s) or _NOTING.match(s) or hedged(s):
        return None  # "Should a de-brief session be added to the agenda?": a question asked, not an action agreed
    asked = ""
    if wonder := _WONDERS.search(s):  # "Cllr Simkins enquired whether the reviews would be reported back": a question
        after = re.search(r"\s+and\s+(?=(?:the\s+)?[A-Z])|;", s[wonder.end():])
        asked = s[wonder.end():wonder.end() + after.start()] if after else ""
        s = s[:wonder.start()] + ("; " + s[wonder.end() + after.end():] if after else "")
    if CONDITIONAL.search(s):
        return None  # "more detailed figures would be made available if required": an offer, owed to no one yet
    topic = _TOPIC_DASH.match(s) or _TOPIC_LEAD.match(s)
    body = s[topic.end():] if topic else s
    action = None if _DEFERRED_SO_THAT.search(body) else _action_in(body, resolved)
    action = action or unlisted(body, resolved) or (labelled(body) if label else None) or promise_in(body)
    if action and topic:
        action = Action(action.thing, action.actor, action.programme, topic.group("topic").strip())
    if action and asked and _PRONOUN_THING.fullmatch(action.thing.strip(" .")):
        # "asked whether the figures could be broken down by ward and the Director said she would look into it": what
        # is owed is the answer to the question
        action = Action(_MODALS.sub("", asked).strip(" ,"), action.actor, action.programme)
    return action


def noting(sentence: str) -> bool:
    """'The Committee noted the report', 'agreed to note the terms of the report': a noting, with nothing asked after."""
    s = " ".join(sentence.split())
    return bool(_NOTING.match(s)) and not _THEN_ASKED.search(s)


def split_things(thing: str) -> list[str]:
    """'Further updates on X and Y' is one update on each."""
    return split_plural(thing, _INFO)


# "• Housing Allocations – the group would present its final report": a bullet headed by its topic
_TOPIC_DASH = re.compile(r"\W{0,3}(?P<topic>[A-Z][\w'’&/]*(?:\s+(?:[A-Z][\w'’&/]*|of|and|for|the|in|on|&)){0,7})\s+[–—-]\s+"
                         r"(?=[a-z]|(?:The|Officers|Members|It|There|This|These|He|She|They)\b)")
# "With regard to Rural Proofing, the Clerk was due to follow up on this action": the lead-in names what it is about
# (of "With reference to paragraph 2.4, Responsible Dog Ownership, ...", the name after the paragraph)
_TOPIC_LEAD = re.compile(r"\W{0,3}(?:with\s+(?:regards?|reference|respect)\s+to|in\s+(?:relation|respect)\s+(?:to|of)|"
                         r"regarding|turning\s+to)\s+(?:(?:the\s+)?(?:decisions?\s+(?:at|in)\s+)?(?:paragraph|minute|"
                         r"item|para)\s+[\d.]{1,8}(?:\s+of\s+the\s+minutes?(?:\s+of\s+[\w ]{3,30}?)?)?,\s+)?"
                         r"(?P<topic>[^,;]{3,90}?),\s+(?=\S)", re.I)
_PRONOUN_THING = re.compile(r"(?:[\w-]+\s+){0,3}?(?:it|this|that|these|them|out|further|the matter)", re.I)
_MODALS = re.compile(r"\b(?:could|would|can|will|should|might|may)\s+(?:be\s+|have\s+been\s+)?|\b(?:is|are|was|were)\s+",
                     re.I)


def _action_in(s: str, resolved: bool) -> Action | None:
    if _PERMISSION.search(s):
        return None  # "discretion be given to chairs": a power granted, nothing owed
    if re.search(r"\b(minutes of|correct record)\b", s, re.I) and not _PROGRAMME.search(s):
        return None
    if (m := _PROGRAMME.search(s)) and re.search(r"\bhad\s+(?:already\s+)?been\s+$", s[:m.start()], re.I):
        return None  # "an additional tranche had been added to the programme": what was done, not what is owed
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
    if (m := _COMES_BACK.search(s)) and (resolved or ASKED_THAT.search(s[:m.start("subj")])):
        subj = _strip_article(m.group("subj"))  # "asked that a further report come back"
        if len(subj.split()) <= 2 and (topic := re.search(r"\b(?:on|about|regarding)\s+(?P<t>[^,.;]{3,100})", s[m.end():])):
            subj = f"{subj} on {topic.group('t')}"  # "Report to come to the March meeting on the town centre plan"
        return Action(subj, "", programme=True)
    if m := _ASKED_INDICATIVE.search(s):  # "requested that an interim report on X is brought before the Committee"
        return _passive(s, m.group("subj"), m.group("verb"), m.group("rest"), resolved=True)
    asked = ASKED_THAT.search(s)
    start = 0 if resolved else (asked.end() - 4 if asked else 0)
    passive = (resolved or asked) and _THAT_PASSIVE.search(s, start)
    active = (resolved or asked) and _THAT_ACTIVE.search(s, start)
    if active and active.group("verb")[:1].isupper():
        active = None  # "that the Final Progress Report (Appendix 1) be accepted": a capital is a title's, not a verb
    if passive and not (active and active.start() < passive.start() and names_someone(active.group("actor"))):
        return _passive(s, passive.group("subj"), passive.group("verb"), passive.group("rest"), resolved=True)
    if (m := _AWAITED.search(s)) and not resolved:
        return Action(m.group("obj") or m.group("obj2") or f"Information on {m.group('obj3')}", "",
                      programme=bool(m.group("obj")))
    if (m := _EXISTS.search(s)) and not resolved:  # "there would be a progress report coming to the Board"
        return Action(m.group("obj"), "", programme=bool(_TO_PANEL.search(s[m.start():])))  # the speaker owes it
    if m := (_INCLUSION.search(s) if resolved else None):  # "the inclusion of the Closure report being added"
        return Action(m.group("obj"), programme=True)
    m = _ASK_TO.search(s) or active
    if m and not resolved and _IN_MEETING.match(s[m.start():]):
        return None  # "The Chair invited Ms Lee to present the report": what happened in the meeting, nothing owed
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
    if (m := _PASSIVE.search(s)) and not (m.group("modal").lower() == "to" and _DOES_TO.search(s[:m.start()])):
        # (not "had undertaken to write a report to be sent to X": the passive says what the report is for)
        if _PAST.search(s[:m.start("modal") + len(m.group("modal")) + 1]) or m.group("modal").lower() in {"is", "are"} \
                or s[:m.start()].lower().split()[-2:] in _WAS_BOUND:  # "changes were required to be reported": a rule
            return None
        subj = _subject_before(s, m.start())
        return _passive(s, subj, m.group("verb"), m.group("rest"), resolved)
    if (m := _PROGRESSIVE.search(s)) and acts(actor := actor_before(s, m.start()), "will"):
        thing = _base_form(m.group("verb")) + m.group("rest")
        return Action(thing[:1].upper() + thing[1:], actor,
                      programme=bool(re.match(r"reporting back", m.group("verb"), re.I)))
    if m := _ACTIVE.search(s):
        actor = actor_before(s, m.start())
        if m.group("modal").lower() == "to" and (not re.match(r"^\s*(?:action:?\s*)?[\w .'’()-]{2,80}\s+to\s", s, re.I)
                                                 or not resolved and _TALKED_OF & set(s[:m.start()].lower().split())
                                                 or _HAD_DONE.search(s[:m.start()])):
            return None  # "Members discussed setting up a task group to investigate X": talked of, not agreed; "officers
            # have met with the DfE to discuss X": done, with what it was for
        if m.group("modal").lower() == "to" and re.search(r"\b(?:wanted|wished)\s*$", s[:m.start()], re.I) \
                and m.group("verb").lower() in _SAID_THERE:
            return None  # "Councillor Davey wanted to clarify to residents that ...": said at the meeting
        listed = resolved and m.group("modal").lower() == "to" and not re.search(r"\b(?:met|went|\w+ed)\b", actor)
        # "Actions: 1. Chair of the group to raise ...", not "Councillor Culver met managers to seek feedback"
        reports = re.search(r"\bgroup$", actor, re.I) and re.fullmatch(r"present|report back|report|submit|bring back",
                                                                       m.group("verb"), re.I)  # a group's report
        modal = "undertook to" if "undertaken" in m.group("modal").lower() else m.group("modal")  # recalled, still owed
        agreed = ASKED_THAT.search(s[:m.start()])  # "the Panel agreed that the working group would develop ...": bound
        if not acts(actor, "agreed to" if agreed else modal) \
                and not (m.start() == 0 and m.group("modal").lower() == "agreed to") \
                and not listed and not reports:
            return None  # a bullet under 'During the discussion, members:' may start 'agreed to invite ...'
        thing = m.group("verb") + m.group("rest")
        bare = re.match(r"\s*(?:on\s+)?(?:to\b|back\b|$)", m.group("rest"))
        if bare and (obj := _OBJECT_BEFORE.search(s[:m.start()].rstrip())):
            thing = f"{m.group('verb')} {obj.group('np')}{m.group('rest')}"  # "the response ... and would forward on"
        elif (bare or re.match(r"\s*(?:in due course|shortly|later)\b", m.group("rest"), re.I)) \
                and (obj := _ON_WHICH.search(s[:m.start()].rstrip())):
            thing = f"{m.group('verb')} on {obj.group('np')}"  # "these two items on which the Group would report"
        return Action(thing[:1].upper() + thing[1:], actor,
                      programme=bool(re.search(r"\b(?:report back|come back|bring back)\b", thing, re.I)))
    return None


# A request in the indicative, as some councils word it: "asked that a further report on X is brought to the panel"
_ASKED_INDICATIVE = re.compile(r"\b(?:requested|asked|suggested|recommended|proposed)\s+that\s+(?P<subj>(?:a|an|the|any|"
                               r"further)\s+[^,;]{3,150}?)\s+(?:is|are)\s+(?P<verb>brought|submitted|presented|provided|"
                               r"circulated|added|included|scheduled|produced|prepared|arranged|sent|shared|given)\b"
                               r"(?P<rest>.*)", re.I)
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
# What is still awaited, or will follow: "an update report would follow in about six months", "the Committee were
# awaiting an outline business case", "she had not yet received the briefing note", "asked to be informed of where"
_AWAITED = re.compile(rf"(?P<obj>\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_INFO})\b(?:\s+(?:on|of|about|into)\s+"
                      rf"[^,.;]{{1,60}}?)?)\s+(?:would|will)\s+"
                      rf"follow\b|\b(?:(?:were|was|are|is)\s+(?:still\s+)?awaiting|(?:had|has|have)\s+(?:still\s+)?not\s+"
                      rf"(?:yet\s+)?received|(?:were|was)\s+yet\s+to\s+receive)\s+(?P<obj2>(?:a|an|the|any)\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"(?:{_INFO})\b[^.;]{{0,100}})|\basked\s+to\s+be\s+(?:informed|told|advised|notified)\s+(?:of|about|"
                      rf"on)\s+(?P<obj3>[^.;]{{5,120}})", re.I)
_EXISTS = re.compile(rf"\bthere\s+(?:would|will)\s+be\s+(?P<obj>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_INFO})\b[^,.;]{{0,80}}?)"
                     r"\s+(?:coming|brought|presented|submitted|going)\b", re.I)
_INCLUSION = re.compile(rf"\b(?:inclusion|addition)\s+of\s+(?:the\s+|an?\s+)?(?P<obj>[^.;]{{0,60}}?\b(?:{_INFO})\b[^.;]{{0,80}}?)"
                        r"\s+being\s+(?:added|included|placed)\b", re.I)
_THEN_ASKED = re.compile(r"\s(?:and|but)\s+(?:also\s+|further\s+)?(?P<verb>(?:agreed|requested|asked|resolved)\b)", re.I)
# "the item be deferred to the next meeting to allow the Cabinet Member to attend": the item comes back; the
# reason is no action
_DEFERRED_SO_THAT = re.compile(r"\b(?:deferred|postponed|held over)\b[^;]{0,120}?\bto\s+(?:allow|enable)\b", re.I)
_ACTION_LABEL = re.compile(r"^\W*actions?(?:\s+by|\s+(?:no\.?\s*)?\d[\d/.-]{0,10})?\s*[:–-]\s*(?=\S)", re.I)
_QUOTED = re.compile(r"“[^”]{20,400}”")
_NOTING = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?(?:that\s+)?(?:the\s+(?:committee|panel|board)\s+)?(?:notes?|noted)\b|"
                     r"\W*(?:the\s+)?(?:committee|panel|board|sub-committee|members)\s+(?:agreed|resolved|decided)\s+to\s+"
                     r"(?:note|approve|endorse|welcome|accept|thank|record)\b|"
                     r".{0,200}?\bno\s+(?:items|actions?|further work)\b[^.;]{0,80}\b(?:were|was)\s+(?:requested|required)",
                     re.I)
def _base_form(verb: str) -> str:
    """'reporting back' -> 'report back', 'discussing' -> 'discuss', 'writing to' -> 'write to'."""
    first, _, rest = verb.partition(" ")
    stem = first[:-3]
    stem = {"writ": "write", "shar": "share", "circulat": "circulate", "provid": "provide", "arrang": "arrange",
            "upd": "update", "updat": "update", "prepar": "prepare", "produc": "produce", "review": "review",
            "draft": "draft", "rais": "raise", "liais": "liaise"}.get(stem, stem)
    return f"{stem} {rest}".strip()


def _receiver_ok(s: str, m: re.Match) -> bool:
    """'would be given ...' is only a matter when the panel is the one to be given it; 'pleased to see' is a feeling
    and 'members who would consider' a description, neither a request."""
    if set(s[:m.start()].lower().split()[-1:]) & _FELT_OR_DESCRIBED:
        return False
    if not re.search(r"\bbe\s+(?:sent|provided|given|updated|briefed|kept)\b", m.group(0), re.I):
        return True
    return bool(re.search(r"\b(?:panel|committee|board|members|councillors)\b", s[:m.start()], re.I))


_WH_WORDS = frozenset({"what", "why", "how", "whether", "where", "which"})
_AUXILIARY = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "could", "will", "can", "did", "do",
                        "does", "should"})
# 'pleased to see', 'members who would consider': a feeling, or a description, before the verb
_FELT_OR_DESCRIBED = frozenset({"pleased", "glad", "happy", "delighted", "disappointed", "sad", "surprised", "concerned",
                                "encouraged", "reassured", "interested", "who", "which"})
_OBJECT_BEFORE = re.compile(r"\bthat\s+(?P<np>(?:the|a|an|this|these|any)\s+[\w'’ -]{1,60}?)\s+(?:had|has|have|was|were|is|"
                            r"are)\b[^,;]{0,80}\band$")


def _asks(sentence: str) -> bool:
    """'... could the figures be circulated? (3)': a question, ending in '?' but for a note or number after it; or one
    of a list of questions printed without its mark ('what had been done to work with housing providers')."""
    first = [w.strip("•*-–()'\"") for w in sentence.lower().split()[:2]]
    if len(first) == 2 and first[0] in _WH_WORDS and first[1] in _AUXILIARY:  # a question printed without its mark
        return True
    tail = sentence[-7:]
    return "?" in tail and not tail[tail.rindex("?") + 1:].strip(" \t\n0123456789.)")
