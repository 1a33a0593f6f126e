"""The free text of something new (an item, a meeting, an action) and of an action's news."""
from __future__ import annotations

import re

from bot.clauses import PRONOUN, TOPIC
from bot.days.dates import has_date_words
from bot.language.meeting_slots import DAY, FROM, MEETING_WORD, TO
from bot.language.references import SENTENCE_END, References
from bot.language.title_index import LINKING
from bot.language.vocabulary import tokens

LEAD_CLAUSE = re.compile(r"(?:[,;.?!]|\s+with)\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]*\.?){0,2})\s+"
                         r"(?:to\s+lead|leading|to\s+present|presenting|"
                         r"to\s+write\s+it|will\s+lead|will\s+present)\b.*$")
_ADDING = re.compile(r"\b(?:add|put|include|schedule|bung|stick|pencil\s+in|slot\s+in|book\s+in|"
                     r"(?:can|could)\s+(?:we|you)\s+(?:please\s+)?(?:get|have)|"
                     r"(?:i|we)(?:'d|\s+would)\s+like(?!\s+(?:to|us|it|this|that|them|a\s+word)\b))\s+", re.I)
_OPENING = re.compile(r"^(?:(?:hi|hey|morning|hello|ok|okay|right|please|pls|so|can|could|would|will|we|you|i|"
                      r"let'?s|need|needs|want|wants|like|'d|to|also|just|gonna|going)\b[\s,]*)*", re.I)


_ASKING_CLAUSE = re.compile(r"^\W*(?:(?:can|could|would|will)\s+(?:you|someone|u)\b|please\b|pls\b|fyi\b|thanks\b|"
                            r"cheers\b|ta\b|update\b|log\b|record\b|note\b)", re.I)


NEW_DUE = re.compile(r"\b(?:now\s+due|due\s+(?:back\s+)?(?:in|on|by|at|for)|(?:put|push|move|moved|pushed)\b.{0,40}\bback|"
                     r"back\s+to|deadline\s+(?:is\s+)?now|(?:push\w*|mov\w+|shift\w*|slip\w*|bring|brought)\b[^.!?]{0,60}?"
                     r"\b(?:to|till|until|into)\b)", re.I)  # "push the X action to march", "X action is moving to 18 July"


def actor_first(slots: dict, refs: References, text: str) -> dict:
    """'Kate A to send the figures', 'for Michael - survey results': the person who opens a new action leads it."""
    hit = refs.people[0]
    said = text[hit.start:hit.end]
    if ":" in slots["rest"] and re.match(r"\s*" + re.escape(said), slots["rest"].split(":", 1)[1]):
        slots = {**slots, "rest": slots["rest"].split(":", 1)[1].strip()}  # "one we missed from May: Jo to send X"
    opening = re.match(r"(?:(?:we\s+)?agreed\s+)?(?:that\s+)?(?:for\s+)?" + re.escape(said) +
                       r"(?:'s)?\s*(?:[-:,–]|\bto\b|\bwill\b|\bwould\b|\bshould\b|\bis\s+going\s+to\b|'ll\b|"
                       r"\b(?:has\s+)?(?:agreed|undertook|promised|offered)\s+to\b|\bis\s+to\b|"
                       r"\bsaid\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)\b|"
                       r"\b(?:promised|offered)\s+(?:members|us|the\s+(?:panel|committee|board))\b)\s*",
                       slots["rest"], re.I)
    if not opening and not _for_before(text, hit, slots["rest"]):
        return slots
    same = {h.thing.id for h in refs.people if h.start == hit.start}
    lead = hit.thing.name if len(same) == 1 else said
    return {**slots, "lead": lead, "rest": slots["rest"][opening.end():] if opening else slots["rest"]}


def _for_before(text: str, hit, rest: str) -> bool:
    """'log an action for Barnaby Oldroyd: *list of zones*': the person the action is for, just before what it is."""
    at = text.find(rest)
    return at >= hit.end and text[hit.end:at].strip(" :–-") == "" and \
        text[:hit.start].rstrip().lower().endswith((" for", "for"))


LOG_THAT = re.compile(r"\b(?:note|add|log|record|put|stick|pop|make|take)\s+(?:(?:that|this|it)\s+)?(?:down\s+|in\s+)?"
                      r"as\s+(?:an?\s+)?(?:new\s+)?(?:action|matter|outstanding\s+matter)\b", re.I)


def promise_before(before: str) -> str:
    """The undertaking a later 'log that as an action' points back to: the last thing said before the asking."""
    clauses = [c.strip(" ,;-–") for c in re.split(r"(?<=[.!?])\s+|\s+[-–]\s+|,\s*(?=(?:so\s+)?(?:can|could|would|"
                                                r"pls|please)\b)", before) if c.strip(" ,;-–")]
    kept = [c for c in clauses if not _ASKING_CLAUSE.match(c) and len(c.split()) >= 4]
    return kept[-1] if kept else ""


def only_asks(words: str) -> bool:
    """'can you put that against it?': a position that is only the asking, with the news before it."""
    return bool(_ASKING_CLAUSE.match(words)) and not news_in(words)


def news_in(text: str) -> str:
    """A position said as news ('MRF visit booked for 2 Feb, can you update the action'): the news, not the asking."""
    first = tokens(text)[:1]
    if first and first[0][0].lower() in {"fyi", "btw", "fwiw"}:
        text = text[first[0][2]:].lstrip(" :,-–")  # "fyi plinth photos are with the engineer": the news after it
    clauses = [c.strip() for c in re.split(r"[,;.!]+\s+|\s+-\s+|\s+(?:so|and)\s+(?=can|could|please|pls)", text) if c.strip()]
    kept = [c for c in clauses if not _ASKING_CLAUSE.match(c)]
    return ", ".join(kept).strip(" .,!")


_PUT_IT = r"(?:put|add|bung|stick|slot|pop|schedule|pencil)\s+(?:it|that|this)\b"  # "pop that on for June"
_PUT_IT_AFTER = re.compile(r"\s*(?:[-–,;]|\band\b)\s*(?:please\s+|pls\s+|can\s+you\s+)?" + _PUT_IT + r"(?:\s+in\b)?", re.I)
_PUT_IT_TAIL = re.compile(r"\b" + _PUT_IT + r"(?P<tail>[^.!?]{0,120})", re.I)


def antecedent(rest: str, text: str) -> str:
    """'we want a proper look at retail crime. Bung it on the May agenda': 'it' is retail crime; 'a report on bus
    shelters - put it on for July': the title ends where 'put it' begins."""
    if (put := _PUT_IT_TAIL.search(text)) and (topic := TOPIC.search(text[:put.start()])):
        return _bare(topic.group("topic")) + put.group("tail")  # "... asked for a report on X. Pop that on for June"
    rest = _PUT_IT_AFTER.sub("", rest, count=1)
    pronoun = PRONOUN.match(rest) or _A_THING.match(rest)  # "... look at X - can we have an item in January?"
    topic = TOPIC.search(text[:text.find(rest)] if rest in text else "") if pronoun else None
    return _bare(topic.group("topic")) + rest[pronoun.end():] if topic else rest


def _bare(topic: str) -> str:
    """'a dog fouling on footpaths item': the topic without the kind of paper it is asked for as."""
    head, _, last = topic.rstrip().rpartition(" ")
    return head if head and last.lower() in {"item", "report", "paper"} else topic


_A_THING = re.compile(r"^\s*(?:an?\s+(?:item|report|paper|session|update)(?:\s+(?:on|about)\s+(?:that|this|it)\b|"
                      r"\b(?!\s+(?:on|about|re)\b))|something\b(?!\s+(?:on|about|re)\b))", re.I)  # "an item on that"
_HEAD_DAY = re.compile(r"\b(?:" + DAY + r")(?:\s+" + MEETING_WORD + r")?\s*$", re.I)


def rest_of(text: str, meeting_first: bool = False) -> str:
    """What follows the opening words and the first verb: 'bung X on the Jan agenda' -> 'X on the Jan agenda'.
    `meeting_first`: a date alone before a colon is where the thing goes ('new item sept: X'), not when it was said."""
    if ":" in text and not titled_head(_ADDING.sub("", text.split(":", 1)[0], count=1)):
        head, tail = text.split(":", 1)
        where = TO.search(head) or FROM.search(head) or \
            (_HEAD_DAY.search(head) if meeting_first and len(head.split()) <= 4 else None)  # "new item sept: X"
        if not where:
            return tail.strip()
        title, _, fields = tail.strip().partition(",")
        said = where.group(0) if re.match(r"(?:to|for|at|on|in)\b", where.group(0), re.I) else f"for {where.group(0)}"
        return f"{title.strip()} {said}" + (f", {fields.strip()}" if fields else "")
    verb = _ADDING.search(text)  # "following the discussion at cabinet, can we add an item on X": after the verb
    if verb and verb.start() > 0:
        return text[verb.end():].strip()
    rest = _OPENING.sub("", text.strip())
    return rest.split(" ", 1)[1] if " " in rest else rest


def titled_head(head: str) -> bool:
    """'Youth Justice Plan 2031-32' before 'First Draft': a title's own first part, every word capitalised or a number
    but its linking words, not a lead-in ('new item sept', 'add to future items')."""
    words = [w for w, _, _ in tokens(_OPENING.sub("", head))]
    return len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in LINKING for w in words)


def time_said_first(rest: str) -> str:
    """'a july item on fee levels' -> 'fee levels for july': the meeting said before the noun, the title after it."""
    m = _TIME_FIRST.match(rest)
    return f"{m.group('title')} for {m.group('when')}" if m and has_date_words(m.group("when")) else rest


_TIME_FIRST = re.compile(r"(?:an?\s+)?(?:new\s+)?(?P<when>[\w/]+(?:\s+\d{4})?)(?:\s+(?:meeting|mtg|agenda))?\s+(?:item|report|"
                         r"paper|update|session|briefing)\s+(?:on|about|re|regarding)\s+(?P<title>\S.*)$", re.I)


def asking_sentence(text: str) -> str:
    """'Morning all. Residents keep asking about X. Could we have a report on X in May? Gethin': of several sentences,
    the one that asks ('' when none, or more than one, does)."""
    sentences = SENTENCE_END.split(text)
    opening = [w.lower() for w, _, _ in tokens(sentences[0])[:2]]
    if _ADDING.search(sentences[0]) or "action" in opening[:1] or opening == ["new", "action"]:
        return ""  # "can we add X to june? Also - who's presenting Y that night?": the first one asks for it
    asking = [s for s in sentences[1:] if s.rstrip().endswith("?") or s.split()[0].lower() in _ASKING_WORDS]
    return asking[0] if len(sentences) > 1 and len(asking) == 1 else ""



_ASKING_WORDS = frozenset({"can", "could", "would", "please", "pls", "kindly", "add", "put", "stick", "bung", "let's"})


# Context before the request to record something: "Following Monday's briefing - please note that ..."
PREFACE = re.compile(r"^(?:following|further to|after|re|regarding|as discussed|just back from|back from)\b.{3,160}?"
                     r"(?:\s[-–]\s|[.!?]\s+|,\s+)(?=(?:please|pls|can|could|would|note|add|log|record)\b)", re.I)
