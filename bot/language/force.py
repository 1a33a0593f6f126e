"""Stage 4: a change's force, read by the force model: asked for, asked about, thought aloud or held back."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.days.dates import MONTHS
from bot.days.signs import could_be_dated
from bot.language.corrections import taken_back
from bot.language.references import CLAUSE
from bot.language.vocabulary import COMMANDS, NOT_YET, tokens

ACT_AT = 0.5  # a likeliest reading of 'asked for' below this is confirmed first, as a thought would be


@dataclass(frozen=True)
class Force:
    """Probabilities that the message asks for the change (act), asks whether it happened (ask), only thinks it
    aloud (muse: 'X might slip to Feb', 'Dev wants to drop X') or holds it back ('X still isn't in', 'don't move X')."""

    act: float = 1.0
    ask: float = 0.0
    muse: float = 0.0
    hold: float = 0.0

    @property
    def reading(self) -> str:
        top = max(("act", self.act), ("ask", self.ask), ("muse", self.muse), ("hold", self.hold), key=lambda kp: kp[1])
        return "muse" if top[0] == "act" and top[1] < ACT_AT else top[0]


def read_force(classifier, masked: str) -> Force:
    """The force of the (masked) message; a classifier without a force model trusts the words as a request. A
    statement ending in a tag question ('X went in on Friday, didn't it') checks a fact: it is asked, never done."""
    if tag_question(masked):
        return Force(act=0.0, ask=1.0)
    model = getattr(classifier, "force", None)
    if model is None:
        return Force()
    return Force(**{label: p for label, p in model.rank(masked) if label in Force.__dataclass_fields__})


def tag_question(text: str) -> bool:
    """'…, didn't it?', '… wasn't she', 'we're not moving X, are we?': the writer checks what they believe."""
    return bool(_TAG_QUESTION.search(text) or (tag := _AFTER_A_NO.search(text)) and _NO.search(text[:tag.start()]))


_TAG_QUESTION = re.compile(r"[,\s]\s*(?:is|was|has|have|had|did|does|do|were|are|will|would|should|could|can|ca|wo|sha)n'?t\s+"
                           r"(?:it|he|she|they|we|you|i|there|that)\s*[?!.]*\s*$", re.I)
_AFTER_A_NO = re.compile(r"[,\s]\s*(?:is|are|was|were|do|does|did|has|have|will|would|can|could|should)\s+"
                         r"(?:it|he|she|they|we|you|i|there|that)\s*\?", re.I)  # "we're not moving X ... are we?"
_NO = re.compile(r"\b(?:not|no|never)\b|n't\b", re.I)


def told_as_history(text: str, this_year: int) -> bool:
    """'back in 2022 we cancelled March', 'we closed one like it years ago', 'the old chair used to cancel Feb': a
    change told as a story of years gone by, not asked for now (a year in a title, '2021/22', is no story)."""
    words = tokens(text)
    for (a, _, _), (b, _, b_end), (c, c_start, end) in zip(words, words[1:], words[2:]):
        pair = (b.lower(), c.lower())
        if pair in {("years", "ago"), ("year", "ago"), ("for", "years"), ("for", "ages")} or \
                pair == ("used", "to") and a.lower() in _TELLERS:  # "Jo has done DoLS for years"
            return True
        if a.lower() == "last" and (b.lower() == "year" or b.lower() in MONTHS) and not text[b_end:c_start].strip() and \
                (c.lower() in _TELLERS or c[:1].isupper()):  # "last year Dev submitted it late"; not "as last year,"
            return True
        if a.lower() == "in" and _a_past_year(b, this_year) and c.lower() in _TELLERS:  # "In 2023 we renamed X"
            return True
        if (a.lower(), b.lower()) == ("back", "in") and _a_past_year(c, this_year) and text[end:end + 1] not in "/-":
            return True
    last = [w.lower() for w, _, _ in words[-3:]]
    return last[-2:] == ["last", "year"] and last[0] not in {"as", "like", "than"} or \
        last[:2] == ["last", "year"]  # "... in my spam folder last year (lol)"; not "the same slot as last year"


def _a_past_year(word: str, this_year: int) -> bool:
    return word.isascii() and word.isdigit() and len(word) == 4 and 1990 <= int(word) < this_year


_TELLERS = frozenset({"we", "i", "they", "he", "she", "you", "chair", "always"})  # "the old chair used to cancel Feb"


def in_a_month(text: str) -> bool:
    """Every 'in' of the message comes before a month ('it's in Feb'), and nothing says the report was sent."""
    words = [w.lower() for w, _, _ in tokens(text)]
    ins = [n for n, w in enumerate(words) if w == "in"]
    return bool(ins) and all(words[n + 1:n + 2] and words[n + 1] in MONTHS for n in ins) and not _SENT & set(words)


_SENT = frozenset({"sent", "submitted", "received", "landed", "arrived", "uploaded", "gone", "done", "through", "over",
                   "emailed", "finished"})


def hedged_request(masked: str) -> bool:
    """'we may add an action on X', 'possibly adding one', 'no new action from that': the request itself is hedged
    or refused, whatever the words it would record."""
    words = [w.lower() for w, _, _ in tokens(masked)]
    return any((w in _HEDGES or w == "could" and words[n - 1:n] in (["we"], ["i"])) and  # "we could add", never
               set(words[n + 1:n + 3]) & _RECORDING for n, w in enumerate(words)) or \
        words[:1] == ["no"] and "action" in words[1:3]  # "could we add", a request


_HEDGES = frozenset({"may", "might", "possibly", "probably", "maybe", "perhaps", "i'll", "ill", "worth"})  # "I'll record it",
# "worth adding": hedged
_RECORDING = frozenset({"add", "adding", "log", "logging", "record", "recording", "note", "set", "put", "putting",
                        "action", "update", "updated", "rename", "renaming", "retitle"})


def still_to_send(text: str) -> bool:
    """'90% done, will send tomorrow', "I'll get it over to you later": a report promised, not yet sent."""
    words = [w.lower() for w, _, _ in tokens(text)]
    return not _GONE & set(words) and any(w in _PROMISES and set(words[n + 1:n + 3]) & _SENDING
                                          for n, w in enumerate(words))  # not "sent, will send the appendix later"


_PROMISES = frozenset({"will", "i'll", "ill", "we'll", "shall", "gonna"})
_SENDING = frozenset({"send", "submit", "get", "email", "forward", "finish", "finalise", "finalize"})
_GONE = _SENT - {"done", "finished", "through", "over"}  # a report 'done' may still be to send


def asked_last(classifier, masked: str, first: str, label: str) -> bool:
    """The last clause, after the first, plainly asks for this change itself (not "..., we need the bus decision")."""
    rest = [c for c in CLAUSE.split(masked) if len(c.split()) >= 3 and c != first]
    return bool(rest) and not first.rstrip().endswith("?") and read_force(classifier, rest[-1]).act >= 0.9 and \
        classifier.rank(rest[-1])[0][0] == label


def unasked(text: str, masked: str, this_year: int) -> str:
    """Why a change the words name is not asked for: 'held' when the message says it has not happened or is too late
    ('the December meeting has NOT been cancelled', 'should have been in Feb, too late now'); 'ask' when it is told
    as history, hedged on its own verb, or taken back with nothing clear in its place; '' when it is asked for."""
    if denied(text):
        return "held"
    return "ask" if told_as_history(text, this_year) or hedged_request(masked) or taken_back(text) or \
        someone_elses(text) or supposed(text) else ""


def supposed(text: str) -> bool:
    """'could we, in theory, bring X forward?', '... just asking', 'no decision', 'not my decision today', 'next year
    I'd like ...', '... just noting it': a change wondered about or kept for later, not asked for now. (The force model
    has lines like these too, but a tag said after a plain request is too little of the message for it to outweigh
    the request.)"""
    return bool(_SUPPOSING.search(text))


_SUPPOSING = re.compile(r"\b(?:in\s+theory|hypothetically|in\s+principle|just\s+(?:asking|wondering|noting)|no\s+decision|"
                        r"not\s+my\s+(?:decision|call)|down\s+the\s+line|next\s+year'?s\s+(?:programme|fwp))\b|"
                        r"^\s*next\s+year\b(?!['’])", re.I)



def someone_elses(text: str) -> bool:
    """'cabinet are moving their December meeting', 'health scrutiny have deferred their DoLS item', 'added to the
    forward plan': news of another body's own programme, not a change to this panel's (not a reason given after a
    request: 'drop X, the police are doing their own review')."""
    words = [w.lower() for w, _, _ in tokens(CLAUSE.split(text, maxsplit=1)[0])]  # the news is the message's own
    if ("forward", "plan") in set(zip(words, words[1:])):
        return True
    return "their" in words and bool(_BODIES & set(words[:min(words.index("their"), 4)]))  # whose it is, said first


_BODIES = frozenset({"cabinet", "council", "committee", "scrutiny", "team", "police", "service", "services", "trust",
                     "board", "icb", "nhs", "partners", "partnership", "commissioner", "department", "directorate"})


def negated(text: str) -> bool:
    """A 'not', 'don't', 'no' or 'never' anywhere in the words."""
    return any(w.lower() in _NEGATIONS for w, _, _ in tokens(text))


def denied(text: str) -> bool:
    """'has NOT been cancelled', "isn't being moved", 'so not submitted', 'should have been in Feb', 'too late now',
    "won't log it"."""
    words = [w.lower() for w, _, _ in tokens(text)]
    pairs = set(zip(words, words[1:]))
    return any(w in _NOTS and words[n + 1:n + 2] in (["been"], ["being"]) for n, w in enumerate(words)) or \
        bool(pairs & {("should", "have"), ("should've", "been"), ("too", "late")}) and "been" in words or \
        ("too", "late") in pairs or \
        any(w in _WONT and set(words[n + 1:n + 3]) & _RECORDING or  # "I won't log that"
            w in _NO_NEED and (need := _needed_at(words, n + 1)) and (_ACTION & set(words[need:need + 3]) or
                                                                     any(map(_a_change, words[need:need + 3]))) or
            w in _MUSTNT and words[n + 1:n + 2] not in _ASKED and any(map(_a_change, words[n + 1:n + 3]))  # "can't be closed"
            for n, w in enumerate(words)) or \
        any(w in _NOTS and words[n + 1:n + 2] and words[n + 1].endswith("ed") and _a_change(words[n + 1])
            for n, w in enumerate(words)) or \
        ("off", "the") in pairs and "table" in words or \
        bool(pairs & _DISOWNED) or \
        any(w in _NOTS and words[n + 1:n + 3] == ["going", "to"] and could_be_dated(" ".join(words[n + 3:n + 5]))
            for n, w in enumerate(words))  # "X isn't going to Feb"


def _needed_at(words: list[str], n: int) -> int:
    """Where what is needed starts after a negation: "don't need an action", "don't think we need a new action"."""
    if words[n:n + 1] == ["think"] and words[n + 1:n + 2] in (["we"], ["i"], ["you"], ["they"]):
        n += 2
    return n + 1 if words[n:n + 1] == ["need"] else 0


def _a_change(word: str) -> bool:
    """'close', 'closed', 'pulling', 'withdrawn': a change's verb in any of its forms."""
    return any(word.startswith(verb) and len(word) - len(verb) <= 3 for verb in COMMANDS | {"pull", "count", "submit"})


_WONT = frozenset({"won't", "wont", "shan't", "never"})
_MUSTNT = frozenset({"can't", "cant", "cannot", "shouldn't", "shouldnt", "mustn't", "mustnt", "don't", "dont"})
# "that's wrong, we didn't", "the minutes are wrong": a change said by others and denied
_DISOWNED = frozenset({("that's", "wrong"), ("thats", "wrong"), ("we", "didn't"), ("we", "didnt"), ("never", "happened"),
                       ("was", "rejected"), ("were", "rejected"), ("and", "rejected"), ("been", "rejected")})
_ASKED = (["we"], ["you"], ["i"], ["they"])  # "can't we move X?", "shouldn't we cancel?": a suggestion
_NO_NEED = frozenset({"don't", "dont", "doesn't", "doesnt", "won't", "wont"})  # "... doesn't need to change"
_ACTION = frozenset({"action", "actions", "item", "note"})
_NOTS = NOT_YET | {"not", "wasn't", "weren't", "wasnt"}
_NEGATIONS = _NOTS | _MUSTNT | _NO_NEED | {"no", "never"}
