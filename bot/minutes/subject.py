"""The subject of a matter: what must come back, in a short noun phrase."""
from __future__ import annotations

import re

from bot.minutes.action import INFO, RECIPIENT
from bot.minutes.actor import acts
from bot.minutes.due import MONTH_NAMES
from bot.minutes.people import is_person_or_officer

_HANDED_OVER = re.compile(r"(?:(?:provide|circulate|send|share|supply|produce|prepare|bring|submit|present|forward)s?|"
                          r"make available)\s+(?:members\s+(?:with\s+)?|the (?:panel|committee|board)\s+with\s+)?"
                          r"(?P<obj>(?:a|an|the|any|some|further|copies of|its|their|his|her)\s+.+|"
                          r"(?:details|information|data|figures)\b.+)",
                          re.I)


def tidy_subject(thing: str) -> str:
    """The matter in a few words: no due phrase, no 'to the panel', no trailing clause, capitalised."""
    s = " ".join(re.sub(r"\s*\[ACTION:[^\]]*\]|\((?:owner|lead|action)[^)]*\)", "", thing, flags=re.I).split()).strip(" .;,")
    s = re.sub(r"^(?:a |an |the )?(?:copy|copies) of (?:the )?", "", s, flags=re.I)
    if m := re.match(r"(?:come|report|get)\s+back\s+(?:to\s+(?:the\s+)?\w+\s+)?with\s+(?P<obj>.{3,})", s, re.I):
        s = m.group("obj")  # "come back to members with the figures on X": what comes back is the figures
    cuts = [r"\s+(?:to|at|for)\s+(?:the|a)\s+(?:next|future|later|subsequent|forthcoming)\b.*",
            r"\s+(?:at|to|for)\s+the\s+\w+(?:\s+\d{4})?\s+meeting\b.*", r"\s+after the meeting\b.*",
            r"\s+at\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}meeting\b.*",
            r"\s+(?:to|with)\s+(?:the\s+)?(?:panel|committee|members|councillors)\b(?!['’]s?\s).*",
            r"\s+in\s+(?:\d+|a|one|two|three|four|six|nine|twelve|eighteen)\s+(?:months?|years?)\b.*",
            r"\s+(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:week|month|year|" + MONTH_NAMES + r")\b.*",
            r"\s+(?:in|during)\s+the\s+(?:new year|autumn|spring|summer|winter)\b.*",
            r"\s+(?:in|by|during|before the end of)\s+(?:\d{1,2}\s+)?(?:" + MONTH_NAMES
            + r")\b.*", r"\s+when\s+(?:it is\s+|they are\s+)?(?:available|completed?|published|received|finalised|ready|"
                        r"known)\b.*", r"\s+and\s+(?:would|will|to)\s+.*", r"\s+(?:as soon as|once)\s+.*",
            r"\s+which\s+(?:would|will|is|are|was|were|could|can)\b.*", r"\s+(?:although|though|whereas)\s+.*",
            r"\s+to\s+be\s+(?:circulated|provided|sent|shared|distributed|emailed|forwarded)\s*$",
            r"(?<=[a-z]{3})\.\s+\S.*"]  # a full stop ends the thing: the page's next line is not part of it
    s = _DUE_THEN_TOPIC.sub(" ", s)  # "a report at the next meeting regarding X": the topic stays, the due phrase goes
    s = _RECEIVER_THEN_TOPIC.sub(" ", s)  # "an update to committee regarding X": the topic stays
    for cut in cuts:
        s = re.sub(cut, "", s, flags=re.I)
    if m := _HANDED_OVER.match(s):  # "provide a breakdown of X": what comes back is the breakdown
        s = re.sub(r"\s+back$", "", m.group("obj"))
    s = re.sub(r"^(?:a|an|the|its|their|his|her)\s+", "", s.strip(" .;,"), flags=re.I)
    return (s[:1].upper() + s[1:])[:160]


_DUE_THEN_TOPIC = re.compile(r"\s+(?:to|at|for)\s+(?:the|a|its)\s+(?:next|future|later|subsequent|forthcoming|\w+)\s+"
                             r"meeting\s+(?=(?:regarding|on|about|concerning|into|relating to|in relation to)\s)", re.I)


_RECEIVER_THEN_TOPIC = re.compile(r"\s+(?:to|with)\s+(?:the\s+)?(?:panel|committee|members|councillors|board)\s+"
                                  r"(?:(?:in|within)\s+(?:\d+|a|one|two|three|four|six|nine|twelve)\s+months?(?:['’]\s*time)?\s+|"
                                  r"in\s+the\s+(?:new year|autumn|spring|summer|winter)\s+)?"
                                  r"(?=(?:regarding|on|about|concerning|relating to|in relation to)\s|"
                                  r"(?<=\s)for\s+(?:the|its|any)\s+(?:variances?|reasons?|differences?|changes?|delays?|"
                                  r"increases?|decreases?|rise|fall|underspend|overspend)\b)", re.I)


_LIST_HEAD = r"(?:information|details|data|figures|a breakdown|the breakdown|the cost|the number|a list|a copy|a note|an update)"
_LIST_SPLIT = re.compile(rf",\s+(?:and\s+)?(?={_LIST_HEAD}\b)|\s+and\s+(?={_LIST_HEAD}\b)", re.I)


def split_list(thing: str) -> list[str]:
    """'information on A, information on B and the cost of C would be circulated': three things owed, not one."""
    parts = [p.strip(" ,") for p in _LIST_SPLIT.split(thing[:600])]
    if len(parts) < 3 or any(len(p.split()) < 3 for p in parts):
        return [thing]
    return parts


_LEAD_WORDS = re.compile(r"^\W*(?:(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)|resolved\W*|agreed\W*|that\s+|it\s+was\s+(?:agreed|noted|"
                         r"requested|resolved)\s+(?:that\s+)?|the\s+(?:panel|committee|board|commission|group)\s+"
                         r"(?:agreed|requested|asked|noted)\s+(?:that\s+)?)+", re.I)


_ANY_PASSIVE = re.compile(r"(?:\bthat\s+|^)(?P<subj>(?:(?!\bthat\b)[^,;:]){3,120}?)\s+"
                          r"(?:would|will|should|could|must|to|is to|are to|was to|were to)?\s*be\s+"
                          r"(?:\w+ly\s+)?(?P<verb>(?:re-?)?[a-z]{3,20}(?:ed|en|wn|ht|nt|ne)|made|(?:re-?)?sent|done|held|seen|kept|"
                          r"set up|put|told|lent)\b", re.I)
# A passive that closes a matter or grants a power rather than owing one: "be noted", "be delegated to the Chair"
_CLOSING = re.compile(r"(?:noted|welcomed|approved|agreed|endorsed|accepted|adopted|delegated|thanked|given authority|"
                      r"needed|required|expected|anticipated)",
                      re.I)
# Who acts is after what reports it: "The Vice-Chair confirmed she (would get ...)" -> she
_REPORTED = re.compile(r"\b(?:that|confirmed|said|advised|explained|stated|indicated|reported|added|agreed)\s+", re.I)
# A short passive's topic after it, past who receives it: "be submitted to the Resources Committee on the cost of X"
# What someone would like to do is theirs to do: "she would like to draw X to the Director's attention"
_WISHES = re.compile(r"\s+(?:(?:would|will)\s+(?:like|wish|want)|wished|wanted|intended|hoped|planned)$", re.I)
_TOPIC_AFTER = re.compile(r"[^.;]{0,120}?\b(?:on|about|regarding|into|concerning)\s+(?P<t>(?:the|a|an)\s+[^.;]{3,100})", re.I)
_ACTIVE_HEAD = (r"(?:\bthat\s+|^)(?P<actor>(?:the\s+)?[A-Z][\w'’ &-]{1,60}?)?\s*\b(?P<modal>would|will|agreed to|"
                r"undertook to|offered to|(?:was|were) asked to|to)\s+(?:also\s+)?")
_ANY_ACTIVE = re.compile(_ACTIVE_HEAD + r"[a-z]{3,20}(?:\s+(?:again|back|up|out|into|at|on|with|further)){0,2}\s+"
                         r"(?P<obj>(?:a|an|the|any|some|further|more|their|its|this|these)\b[^,;.]{3,120})", re.I)
# The same with an object named without an article ("secretariat to prepare draft letter", "agreed to continue to
# receive quarterly updates about X"): tried only when no other frame reads the clause
_BARE_ACTIVE = re.compile(_ACTIVE_HEAD.replace("|^)(?P<actor>", r"|^|(?P<label>\baction\s*:\s*))(?P<actor>(?!to\b)")
                          + r"(?:continue\s+to\s+)?(?:receive\s+|see\s+|have\s+)?"
                          r"(?P<obj>(?!(?:be|have|the|a|an|this|that|it|them|him|her|members|officers)\b)"
                          r"[a-z]{3,20}\b(?:(?!\s(?:via|with|if|so that|in order|because|following|by e-?mail)\b)[^,;.]){3,120})",
                          re.I)
# What someone is given: "members would be sent a copy of the results", "the Panel would be provided with a note on X"
# (the thing owed is the object after the verb, kept whole up to ten words)
_GIVEN = re.compile(rf"\s+(?:with\s+)?(?P<obj>(?:(?:a|an|the|any|further|more|some)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                    rf"(?:{INFO})s?\b[^;.]{{0,80}})", re.I)
_GIVEN_VERBS = {"given", "sent", "shown", "provided", "emailed", "offered"}
# A one-word passive subject's topic, however it is put: "clarification would be sought on what the bids were"
_ANY_TOPIC_AFTER = re.compile(r"[^.;]{0,60}?\b(?:on|about|regarding|into|concerning|as to)\s+(?P<t>[^.;,]{3,100})", re.I)


def framed(clause: str) -> bool:
    """Whether a passive or an active verb with its object says what is owed (not only a paper named somewhere in it:
    "the findings of the research will identify ..." describes the research)."""
    s = _LEAD_WORDS.sub("", " ".join(clause.split())[:400])
    bare = _BARE_ACTIVE.search(s)  # "agreed to prepare draft letter" says a thing is done; "X will identify Y" describes
    return bool(_ANY_PASSIVE.search(s) or _ANY_ACTIVE.search(s) or bare and bare["modal"].lower() not in ("would", "will"))


def subject_of_clause(clause: str) -> tuple[str, str]:
    """A clause the model judged an action but no listed rule read, as (subject, actor): what a passive is said of
    ('a draft report would be compiled'), else what an active verb takes and who ('the Head of Housing would look
    again at the allocations policy'), else its opening words."""
    s = _LEAD_WORDS.sub("", " ".join(clause.split())[:400])
    actor = ""
    if m := _ANY_PASSIVE.search(s):
        if _CLOSING.fullmatch(m.group("verb")):
            return "", ""
        subject = _without_relative(m.group("subj"))
        if m.group("verb").lower() in _GIVEN_VERBS and RECIPIENT.fullmatch(re.sub(r"^the\s+", "", subject, flags=re.I)) \
                and (given := _GIVEN.match(s, m.end())):
            subject = " ".join(given.group("obj").split()[:10])  # "the Group would be given a briefing note on X"
        if len(subject.split()) <= 3 and (topic := _TOPIC_AFTER.match(s, m.end())
                                          or len(subject.split()) == 1 and _ANY_TOPIC_AFTER.match(s, m.end())):
            # "a report be submitted to the X Committee on the feasibility of Y"; "clarification be sought on what ..."
            subject = f"{subject} on {' '.join(topic.group('t').split()[:10])}"
        s = subject
    elif m := _ANY_ACTIVE.search(s) or _INFO_PHRASE.search(s) is None and _BARE_ACTIVE.search(s):
        s, actor = m.group("obj"), _WISHES.sub("", _REPORTED.split(m.group("actor") or "")[-1].strip())
        if actor.lower().startswith("it "):
            actor = ""  # "agreed that it would be useful to move the report on X": no one named, nothing described
        named = m.re is _BARE_ACTIVE and m["label"]  # "Action: secretariat to prepare ...": whoever the label names
        if not named and actor and (not (is_person_or_officer(actor) or _ACTING_BODY.search(actor))
                                    or not acts(actor, m["modal"])):
            return "", ""  # "the proposed changes would include ...": a thing described, not someone who owes it
    elif m := _INFO_PHRASE.search(s):
        s = m.group(0)  # "he would ensure the forthcoming report on X referred to ...": what comes back is the report
    else:
        return "", ""  # no frame that says what is owed: the clause's opening words are not a subject
    words = tidy_subject(s).split()
    if len(words) > 14 and (m := _INFO_PHRASE.search(s)):
        words = tidy_subject(m.group(0)).split()  # a long object: the thing owed within it
    if not 2 <= len(words) <= 14 or _NARRATIVE.match(" ".join(words)):
        return "", ""  # "The Committee considered the report of ... which would be presented": narrative, not a thing
    return " ".join(words[:12]), actor


# The thing owed named by its kind and what it is about, wherever it stands in the clause: "a detailed report on X",
# "the final report outlining X", "a list of Y" (not "the report of the Director": who wrote it says nothing owed)
_INFO_PHRASE = re.compile(rf"\b(?:(?:a|an|the|any|further|more)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{INFO})\s+"
                          r"(?:on|about|regarding|into|outlining|concerning|relating to|in relation to|around|"
                          r"of(?!\s+(?:the\s+)?(?-i:[A-Z])))\s+(?:(?!\b(?:was|were|is|are|would|will|had|has|have|should|could|"
                          r"can|may|must|be|being|which|that|who|to)\b)[^,;.?!]){3,120}", re.I)
_ACTING_BODY = re.compile(r"\b(?:panel|committee|board|group|members|councillors|council|cabinet|service|team|"
                          r"department|directorate)$", re.I)


def _without_relative(subject: str) -> str:
    """'the figures which' -> 'the figures'."""
    head, _, last = subject.rpartition(" ")
    return head if head and last.lower() in {"which", "that", "who", "whom"} else subject
# A subject that is a sentence of what someone did ("Members discussed the ...", "The Chair raised the following")
_NARRATIVE = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}(?:considered|presented|introduced|explained|referred|"
                        r"raised|discussed|agreed|noted|reported|stated|advised|addressed|highlighted|received|"
                        r"welcomed|drew|asked|requested|had|has|was|were)\b|(?:following|the following)\b|"
                        r"(?:had|has|have|was|were|been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ht)\b", re.I)  # "Had been held ..."


# What 'this' is in "She was asked about the falls service and agreed to give feedback on this": the topic named before
_TOPIC_NAMED = re.compile(r"\b(?:asked|questioned|queried|spoke|concerns?|questions?|point)\s+(?:was\s+raised\s+)?(?:about|on|"
                          r"regarding)\s+|\b(?:with regards? to|in relation to|regarding)\s+", re.I)
_TOPIC_END = re.compile(r"\s+(?:being|which|that|who|and|was|were|had|has|is|are)\b|[,;.]")
_ON_IT = re.compile(r"(?:(?P<head>.*?\b(?:on|about|regarding|for))\s+)?(?:this|that|it)$", re.I)


def topic_for_pronoun(subject: str, sentence: str) -> str:
    """'Feedback on this' -> 'Feedback on the Falls Response programme' when the sentence named the topic before."""
    on_it = _ON_IT.fullmatch(subject.strip())
    if not on_it:
        return subject
    named = list(_TOPIC_NAMED.finditer(sentence[:400]))
    if not named:
        return subject
    rest = sentence[named[-1].end():]
    end = _TOPIC_END.search(rest)
    topic = rest[:end.start() if end else 80].strip()
    if not 2 <= len(topic.split()) <= 12:
        return subject
    if on_it.group("head"):
        return f"{on_it.group('head')} {topic}"
    topic = re.sub(r"^(?:the|a|an)\s+", "", topic, flags=re.I)
    return topic[:1].upper() + topic[1:]
