"""Second thoughts in one message ('wed 9 june? no wait, 16 june', 'Tobias to lead... actually make that Hamid',
'park X... actually no, push the Y item to September instead')."""
from __future__ import annotations

import re

from bot.days.dates import NUMBER_WORDS
from bot.language.masking import DATES
from bot.language.people import find_people
from bot.language.vocabulary import pointing_back, tokens

# The words that take back what was just said; what follows them, after 'make it', replaces it
_TAKING_BACK = (r"(?:(?:sorry|oops)(?:[,\s]+i\s+mean)?|i mean|correction|scratch that|no\s+wait|hang\s+on|"
                r"actually(?:\s+no)?|no\s+sorry(?:[,\s]+i\s+mean)?|(?<=[?.]\s)no)")
_CORRECTION = re.compile(r"\s*[,;.!?-]*\s*\b" + _TAKING_BACK + r"(?:[,\s]+" + _TAKING_BACK + r"){0,2}"  # "actually sorry,"
                         r"\b[,:!.]*\s+(?:(?:make|change)\s+(?:it|that)\s+|it'?s\s+|(?:to\s+)?)", re.I)
_NEAR = 3  # the new value comes straight after the words that take the old one back


def corrected_date(text: str) -> str:
    """'a meeting on 10 May pls - sorry, Friday 11 May': the date said after the correction replaces the one before."""
    if not (fix := _CORRECTION.search(text)):
        return text
    before, after = text[:fix.start()], text[fix.end():]
    first = list(DATES.finditer(before))
    second = DATES.search(after)
    end = second.end() if second and second.start() <= _NEAR + 9 else _may_first(after)  # '16 june' after 'wed '
    if not first or not end or second and second.group(0).lower() == first[-1].group(0).lower():
        return text  # "cancel the december meeting... hang on, no, december's fine - ...": the date is not taken back
    old = first[-1]
    return before[:old.start()] + after[:end] + before[old.end():] + after[end:]


def _may_first(after: str) -> int:
    """'..., no wait, make it may': right after a correction, 'may' is the month (3, its end), not the verb (0)."""
    words = after.lower().replace(",", " ").split()
    return 3 if words[:1] == ["may"] and after[3:4] in ("", " ", ",", ".", "!", "?", ";") and \
        words[1:2] not in (["i"], ["we"], ["you"], ["they"], ["he"], ["she"]) else 0


def corrected_words(text: str) -> str:
    """'move budget session 1, sorry, session 2 to March': a few words said again after a correction with only their
    number changed replace the words they correct; otherwise the text as it was."""
    if not (fix := _CORRECTION.search(text)):
        return text
    old, after = text[:fix.start()].split(), text[fix.end():]
    said = after[:next((n for n, c in enumerate(after) if c in ",.;:!?()"), len(after))].split()[:_NEAR]
    said = said[:next((n for n, w in enumerate(said) if w.lower() in _SENT_TO | _SAID_ON), len(said))]
    heads = [n for n, w in enumerate(old) if said and w.lower() == said[0].lower() and w.isalpha() and len(w) > 2]
    if not heads or heads[-1] + len(said) > len(old) or len(old) - heads[-1] > 2 * _NEAR:
        return text
    start = heads[-1]
    changed = [(a, b) for a, b in zip(old[start:start + len(said)], said, strict=True) if a.lower() != b.lower()]
    if len(changed) != 1 or not all(map(_a_number, changed[0])):
        return text  # only a number said again ('phase 2, sorry, phase 3'), never a new request
    rest = after.split(None, len(said))[len(said)] if len(after.split()) > len(said) else ""
    return " ".join([*old[:start], *said, *old[start + len(said):], rest]).strip()


def _a_number(word: str) -> bool:
    return word.isdigit() or word.lower() in NUMBER_WORDS or word.lower() in {"i", "ii", "iii", "iv", "v"}


def corrected_person(text: str, people) -> str:
    """'set Tobias as lead on it... actually make that Hamid': the person named after the correction in place of the
    one before it; otherwise the text as it was."""
    if not (fix := _CORRECTION.search(text)):
        return text
    hits = find_people(tokens(text), people)
    old = [h for h in hits if h.end <= fix.start()]
    new = [h for h in hits if h.start >= fix.end()]
    if not old or not new or new[0].start - fix.end() > _NEAR or old[-1].thing == new[0].thing:
        return text
    was, now = old[-1], new[0]
    return text[:was.start] + text[now.start:now.end] + text[was.end:fix.start()] + text[now.end:]


# Words that take back the whole request just made (not 'actually' alone: "it's actually ready, so ..."; "the X... no")
_WHOLLY = re.compile(r"\b(?:actually,?\s+no|no,?\s+sorry|sorry,?\s+no|no,?\s+wait|wait,?\s+no|hang\s+on,?\s+no|"
                     r"scratch\s+that|(?<=,\s)no(?=,)|"
                     r"ignore\s+that|forget\s+that|(?:sorry|wait|oops),?\s+i\s+meant?|(?<=\.\.\.\s)no|(?<=…\s)no)\b", re.I)
# "... it's the lodgings paper that needs to go to Jan", "it's september we need to cancel"; not "it's more her area"
_CLEFT = re.compile(r"\bit(?:'s|\s+is)\s+(?P<said>(?:the\s+)?\w[^.!?]*?\b(?:that|which|who|we|they|i)\b)", re.I)
_REQUEST = re.compile(r"(?:^|[.!?;,-]\s*|\s)(?:(?:can|could)\s+(?:you|we)\s+|please\s+|pls\s+|just\s+|so\s+|"
                      r"then\s+)?\b(?P<verb>(?:push|move|put|drop|defer|bring|add|take|pull|withdraw|cancel|schedule|"
                      r"park|mark|shift|slot|stick|bung|rename|close|give)\s+)(?:(?P<it>it|them|that(?:\s+one)?|this(?:\s+one)?|him|her)\b|\w)",
                      re.I)  # a request made again; 'it' when it is about the same thing ('park it altogether')
_SAME = {"it", "that one", "this one"}


def restated(text: str) -> str:
    """'we're parking X... actually no, it's already parked. push the exclusions item to september instead': when a
    request is taken back and a new one made in full, the new one is the message."""
    if not (back := _WHOLLY.search(text)):
        return text
    then = [w.lower() for w, _, _ in tokens(text[back.end():])][:3]
    if then[:1] == ["sorry"]:
        then = then[1:]
    if then[:1] in (["make"], ["change"]) and then[1:2] in (["that"], ["it"]):
        return text  # "add Sholto ... - actually no, sorry, make that Gawain": a value put right, not a new request
    requests = list(_REQUEST.finditer(text, back.end()))
    again = next((m for m in requests if not m["it"]), None)
    on_it = next((m for m in requests if m["it"] and " ".join(m["it"].lower().split()) in _SAME), None)
    if again is not None:
        start = again.start() + len(again.group(0)) - len(again.group(0).lstrip(".!?;,- "))
        new = text[start:]
        said = new.split(None, 1)[-1]  # the words after the verb
    elif cleft := _CLEFT.search(text, back.end()):
        new, said = text[cleft.start():], text[cleft.start("said"):]  # "it's the X that's slipping to september"
    elif on_it and (old := _last_thing(text[:back.start()])):
        start, end = old  # "defer the X to june. actually no, park it altogether": park the X
        return text[on_it.start("verb"):on_it.start("it")] + text[start:end] + text[on_it.end("it"):]
    elif _CHANGE_SAID.search(text, back.end()):  # "..., actually no, the HQ business case needs pushing to december"
        new = said = text[back.end():].lstrip(" ,;:.!-")
    elif (thing := _THING.match(text, back.end())) and (old := _last_thing(text[:back.start()])):
        start, end = old  # "dropping the X... no sorry, the Y." is "dropping the Y."; "move the X to May - no wait, the Y"
        return text[:start] + thing.group("thing") + text[end:back.start()].rstrip(" .,;:-") + text[thing.end("thing"):]
    else:
        return text
    if len(said.split()) < 3 or pointing_back(tokens(said)):
        return text  # "... she's already on it - add Felicity", "add Rhiannon to it then": the item is still the first
    return new


# A change said as a statement: 'needs pushing to', 'is moving to', 'should go to', 'can be dropped'
_CHANGE_SAID = re.compile(r"\b(?:push(?:ing|ed)?|mov(?:e|ing|ed)|slip(?:ping|s)?|defer(?:red|ring)?|go(?:es|ing)?\s+to|"
                          r"dropp?(?:ing|ed)?|withdrawn?|park(?:ing|ed)?)\b", re.I)
# The thing named again after the words that take the first back: "... no sorry, the road safety camera review."
_THING = re.compile(r"[\s,;:.!-]*(?P<thing>(?:the|my|our)\s+[^.!?;,()]{3,80}?)\s*(?:[.!?;,]|$)", re.I)


def _last_thing(before: str) -> tuple[int, int] | None:
    """Where the thing named last before a correction is ('We're dropping the retail crime...': from 'the'), up to
    where it is sent ('to March') or the correction."""
    words = tokens(before)
    starts = [n for n, (word, _, _) in enumerate(words) if word.lower() in _DETERMINERS and
              (n == 0 or words[n - 1][0].lower() not in _SENT_TO)]
    if not starts:
        return None
    sent = next((w for w in words[starts[-1] + 1:] if w[0].lower() in _SENT_TO), None)
    return words[starts[-1]][1], sent[1] - 1 if sent else len(before.rstrip(" .,;:-"))


_DETERMINERS = frozenset({"the", "my", "our"})
_SENT_TO = frozenset({"to", "till", "until", "for", "from", "into", "at", "on", "after", "before"})
_SAID_ON = frozenset({"is", "are", "was", "will", "would", "should", "instead", "please", "pls", "then", "not"})




def taken_back(text: str) -> bool:
    """Words that take a request back are still in the message: nothing clear was said in its place."""
    return bool(_WHOLLY.search(text))
