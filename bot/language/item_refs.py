"""Which item a request names: the request's own words, not the reasons told beside it."""
from __future__ import annotations

import re

from bot.language.force import negated
from bot.language.kept import kept_as_is
from bot.language.lead_slots import FROM_BEFORE
from bot.language.masking import DATES
from bot.language.one_of_two import former_or_latter, one_of_two, the_other
from bot.language.references import CLAUSE, SENTENCE_END, References, day_parts, set_aside
from bot.language.title_index import LINKING, kept
from bot.language.titles import DOCUMENT, clear_hit, rank_titles, strong
from bot.language.vocabulary import (
    BECAUSE,
    COMMANDS,
    GENERIC,
    TOWARDS,
    command_word,
    misspelt_generic,
    pointing_back,
    tokens,
)

ITEM_SLOTS = {"item_deadline", "move_item", "defer_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead",
              "remove_lead", "add_note", "set_notes", "rename_item", "item_detail", "on_programme", "last_report"}
LEAD_SLOTS = {"set_lead", "add_lead", "remove_lead"}


def item_ref(handler: str, slots: dict, refs: References, titles: dict, text: str) -> dict:
    """The slots with `ref` set to the item the request names, where the handler needs one."""
    slots = dict(slots)
    if handler in ITEM_SLOTS and slots.get("ref", "").lower() in _POINTERS and (head := _said_first(text)):
        slots["ref"] = head  # "Scams - is that on the list anywhere?": what 'that' points back to
    if handler in ITEM_SLOTS and refs.extra.get("named_item"):
        slots["ref"] = refs.extra["named_item"]  # "the thing Dewi asked for in January": found by who asked for it
    elif handler in ITEM_SLOTS and (pointed := former_or_latter(text, titles) or the_other(text, titles) or
                                    handler not in _QUESTIONS and one_of_two(text, titles)):
        slots["ref"] = pointed  # "X and Y are both in December. The former is fine, but the latter needs to move"
    elif handler in ITEM_SLOTS and slots.get("ref"):
        said = tokens(slots["ref"])
        hits = tuple(rank_titles(said, titles, day_parts(said)))  # the item's own words decide, not "last night"
        own = clear_hit(hits)
        head = _FIRST_CUT.split(slots["ref"], maxsplit=1)[0]
        but = slots["ref"].lower().rfind(" but ")  # "X stays, Y stays too, but the Z one needs to go": Z
        named = tokens(slots["ref"][but + 5:]) if but > 0 else []
        if named and negated(CLAUSE.split(slots["ref"][but + 5:])[0]):
            named = []  # "the parking report is in but her cemetery one isn't; mark the one that is": not the cemetery
        after_but = tuple(rank_titles(named, titles, set())) if named and named[0][0].lower() in _DETERMINERS else ()
        if clear_hit(after_but) is not None and strong(after_but[0]):
            slots["ref"], hits, own = slots["ref"][but + 5:], after_but, clear_hit(after_but)
        elif head != slots["ref"] and not _reason_first(SENTENCE_END.split(head)[-1]):  # "the X item, public health
            # are picking it up": named before its reason; not "... Given the instructor post is empty, ..."
            head_hits = tuple(rank_titles(tokens(head), titles, set()))
            if clear_hit(head_hits) is not None and strong(head_hits[0]):
                slots["ref"], hits, own = head, head_hits, clear_hit(head_hits)
        elif head != slots["ref"]:  # "after the X and before the Y, session 1 is in": what follows the reason
            tail = slots["ref"][len(head):].lstrip(",;-– ")
            slots["ref"] = said_together(tail, titles) or tail
            hits = tuple(rank_titles(tokens(slots["ref"]), titles, set()))
            own = clear_hit(hits)
        if own is not None and strong(hits[0]) and handler != "on_programme":  # that one looks at withdrawn items too
            slots["ref"] = titles[own]
        elif not hits and refs.item is not None and strong(refs.items[0]) and _within(refs.items[0], slots["ref"], text):
            slots["ref"] = titles[refs.item]
        elif not hits and refs.items and _named_words(refs.items[0]) and _within(refs.items[0], slots["ref"], text):
            slots["ref"] = text[refs.items[0].start:refs.items[0].end]  # the words that name the items, not the cut
    elif handler == "mark_submitted" and refs.items and FROM_BEFORE.search(text[:refs.items[0].start]) and \
            (said := _SUBMITTED_SUBJECT.match(text)):
        slots["ref"] = said.group(1)  # "dentistry report has come through from the ICB": the ICB sent it
    elif handler in ITEM_SLOTS and (asked := _named_after_the_reason(text, refs, titles) or
                                    _named_in_the_last_order(text, titles) or
                                    _named_with_the_date(handler, text, refs, titles) or
                                    _named_before_the_pronoun(text, refs, titles)):
        slots["ref"] = asked  # "since session 2 is now in march, push the DoLS report to march too": DoLS
    elif handler in ITEM_SLOTS and (first := _named_before_the_reason(text, refs, titles)):
        slots["ref"] = first  # "we're dropping the loneliness item, public health are picking it up"
    elif handler == "on_programme" and not slots.get("ref") and refs.items:
        slots["ref"] = topic_of(text)  # "is the warm spaces funding thing still on?": maybe withdrawn, so all its words
    elif handler in ITEM_SLOTS and refs.item is not None and (other := _described_in_the_request(text, refs.items[0], titles)):
        slots["ref"] = other  # "Now that the counties said no to X, ... Can we rename the viability item": not X
    elif handler in ITEM_SLOTS and refs.item is not None:
        hit = refs.items[0]
        number = re.match(r"\s+\d{1,3}\b", text[hit.end:])  # "the BSIP phase 2 item": its number says which
        slots["ref"] = titles[refs.item] if strong(hit) else text[hit.start:hit.end] + (number.group(0) if number else "")
    elif handler in ITEM_SLOTS and "ref" not in slots and refs.items:
        said = text[refs.items[0].start:refs.items[0].end]
        hits = tuple(rank_titles(tokens(said), titles, set()))  # "park the ASB item": its words alone name one
        slots["ref"] = titles[own] if (own := clear_hit(hits)) is not None and strong(hits[0]) else said
    elif handler in ITEM_SLOTS and not slots.get("ref") and (together := said_together(text, titles)):
        slots["ref"] = together  # "take Sunniva off the annual report": the one title saying those words together
    elif handler in ITEM_SLOTS - LEAD_SLOTS and not slots.get("ref"):
        slots["ref"] = named_in_a_clause(text, titles) or topic_of(text)
    return slots


def _described_in_the_request(text: str, hit, titles: dict) -> str:
    """'the viability item' said after the request's verb in the last sentence, when the one item found lies in a
    sentence before it: the request names its own item (the title those words name, or the words), whatever a reason
    before it matched ('' when it does not)."""
    sentences = SENTENCE_END.split(text)
    last = len(text) - len(sentences[-1])
    if len(sentences) < 2 or hit.end > last:
        return ""
    words = tokens(sentences[-1])
    asks = next((n for n, (w, _, _) in enumerate(words) if w.lower() in COMMANDS), None)  # "Can we rename the X item"
    for n, (word, _, end) in enumerate(words):
        if asks is not None and n - 2 > asks and word.lower() in DOCUMENT - _PLURALS and \
                words[n - 2][0].lower() in _DETERMINERS and words[n - 1][0].lower() not in GENERIC:
            said = words[n - 1:n]
            return titles[own] if (own := clear_hit(hits := tuple(rank_titles(said, titles, set())))) is not None and \
                strong(hits[0]) else sentences[-1][words[n - 1][1]:end]
    return ""


_PLURALS = frozenset({"items", "reports", "papers"})  # "push it to the future items": where it goes, not an item
_QUESTIONS = frozenset({"item_detail", "item_deadline", "on_programme", "last_report"})


def _said_first(text: str) -> str:
    """A few words said first and set off by a dash or a colon, that a pronoun after them points back to."""
    first, *rest = re.split(r"\s[-–—]\s|:\s", text, maxsplit=1)
    return first.strip() if rest and 1 <= len(first.split()) <= 5 and not first.rstrip().endswith("?") else ""


_POINTERS = frozenset({"that", "it", "this", "those", "they", "them"})
_DETERMINERS = frozenset({"the", "that", "this", "my", "our", "his", "her", "their"})  # "but the Z one", not "but keep Y"


def said_together(text: str, titles: dict) -> str:
    """The one title holding a run of two to four of the message's words as they stand ('the annual report' when one
    title alone says 'Annual Report'): everyday words no distinctive word found. '' when none or several do."""
    runs = _runs(titles)
    words = [w.lower() for w, _, _ in tokens(text)]
    for size in (4, 3, 2):
        named = set()
        for at in range(len(words) - size + 1):
            run = tuple(words[at:at + size])
            if run[0] not in LINKING and run[-1] not in LINKING and len(ids := runs.get(run, ())) == 1:
                named |= set(ids)
        if named:  # 'session 2 ... session 1': two titles said, neither is the one
            return titles[named.pop()] if len(named) == 1 else ""
    return ""


def _runs(titles: dict) -> dict:
    """Every run of two to four words of each title -> the ids holding it."""
    return kept(titles, "runs", _build_runs)


def _build_runs(titles: dict) -> dict:
    runs: dict = {}
    for thing_id, title in titles.items():
        words = [w.lower() for w, _, _ in tokens(title)]
        for size in (2, 3, 4):
            for at in range(len(words) - size + 1):
                runs.setdefault(tuple(words[at:at + size]), set()).add(thing_id)
    return runs


_FIRST_CUT = re.compile(r"[,;]\s|\s[-–]\s")  # where a message's first clause ends


def _named_before_the_reason(text: str, refs: References, titles: dict) -> str:
    """The title an item's words name before a comma or dash, when the best match overall lies after it (in the
    reason: 'drop the X item, public health are picking it up' is X, whatever 'public health' matches)."""
    cut = _FIRST_CUT.search(text)
    if not cut or not refs.items or refs.items[0].start < cut.start() or _reason_first(text):
        return ""
    hits = tuple(rank_titles(tokens(text[:cut.start()]), titles, set_aside(text, tokens(text)) | kept_as_is(text)))
    # never 'not the draft one, the final one', nor 'the DoLS report stays put; session 2 goes to March'
    own = clear_hit(hits)
    because = tokens(text[cut.end():])[:1]  # ', because the X is moving too': all after it is why
    return titles[own] if own is not None and (strong(hits[0]) or because and because[0][0].lower() in BECAUSE) else ""




def _named_after_the_reason(text: str, refs: References, titles: dict) -> str:
    """The title the request names after a reason said first ('given X has slipped, can we move Y'), when the best
    match overall lies in that reason."""
    cut = _FIRST_CUT.search(text)
    if not cut or refs.items and refs.items[0].start > cut.start() or not _reason_first(text):
        return ""
    request = SENTENCE_END.split(text[cut.end():], maxsplit=1)[0]  # not "... so that one is in. The X is to come."
    hits = tuple(rank_titles(tokens(DATES.sub(" ", request)), titles, set()))
    own = clear_hit(hits)
    first = refs.items[0].thing if refs.items else None  # none clear overall: "since X is in Feb, move session 1"
    return titles[own] if own is not None and own != first and strong(hits[0]) else ""


def _named_in_the_last_order(text: str, titles: dict) -> str:
    """'I know Dev wanted X in Feb, but he's asked for Y to go to March too. Move the Y one please.': the last
    sentence, a plain order, names the item whatever the story before it names."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    order = tokens(sentences[-1]) if len(sentences) > 1 else []
    if not order or order[0][0].lower() not in COMMANDS:
        return ""
    hits = tuple(rank_titles(order, titles, command_word(order)))
    own = clear_hit(hits)
    return titles[own] if own is not None and strong(hits[0]) else ""


def _named_with_the_date(handler: str, text: str, refs: References, titles: dict) -> str:
    """'..., we've agreed Dev should focus on X for February, which means Y will move to the March meeting': where
    several items are named, the one in the clause that says where it goes."""
    if handler not in {"move_item", "defer_item"} or len({h.thing for h in refs.items}) < 2:
        return ""
    going = [c for c in CLAUSE.split(text) if any(set(c[:m.start()].lower().split()[-1:]) & _GOES for m in DATES.finditer(c))]
    hits = tuple(rank_titles(tokens(DATES.sub(" ", going[0])), titles, set())) if len(going) == 1 else ()
    own = clear_hit(hits)
    return titles[own] if own is not None and strong(hits[0]) else ""


_GOES = TOWARDS | {"the"}  # "move to the March meeting": where it goes


def _named_before_the_pronoun(text: str, refs: References, titles: dict) -> str:
    """'The DoLS report has grown, so Jo would like it moved to March': where several items are named, 'it' or 'that
    one' in a sentence naming nothing after it is the nearest item named before it, not one told of after."""
    if len({h.thing for h in refs.items}) < 2:
        return ""
    words = tokens(text)
    for n in pointing_back(words, plural=False):  # 'it', 'that one': one thing, not 'them' (people)
        one = n + 1 < len(words) and words[n + 1][0].lower() == "one"  # 'that one', or 'it' and 'push that'
        start, end = words[n][1], words[n + 1 if one else n][2]
        stop = SENTENCE_END.search(text, end)
        if rank_titles(tokens(DATES.sub(" ", text[end:stop.start() if stop else len(text)])), titles, set()):
            continue  # "it's been busy, so move the X": the sentence names its own item
        for sentence in reversed(SENTENCE_END.split(text[:start])[-3:]):  # its own, then the two before
            said = DATES.sub(" ", sentence)
            hits = tuple(rank_titles(tokens(said), titles, set_aside(said, tokens(said))))  # not 'not the X one, ...'
            if hits:
                own = clear_hit(hits)
                return titles[own] if own is not None and strong(hits[0]) else ""
        return ""
    return ""


def _reason_first(text: str) -> bool:
    """'given X has slipped, ...', 'since X is now in March, ...', 'Dev's tied up with X, so can Y go to March': the
    message opens with why, not with what."""
    words = tokens(text)
    cut = _FIRST_CUT.search(text)
    then = [w.lower() for w, _, _ in tokens(text[cut.end():])[:2]] if cut else []
    return bool(words) and (words[0][0].lower() in _REASON_WORDS or bool(then) and then[0] in _SO or
                            then[:1] == ["but"] and then[1:] and then[1] in _ASKING)  # "X is fine, but please ..."


_REASON_WORDS = frozenset({"given", "since", "as", "because", "with", "now", "seeing", "following", "due", "owing",
                           "what", "after", "although", "while", "whilst", "once", "like", "having", "speaking",
                           "talking"})  # "Having spoken to the commoners, we'll drop X"
_SO = frozenset({"so", "which", "therefore", "hence", "meaning"})  # what follows from the reason is the request
_ASKING = frozenset({"please", "pls", "can", "could", "would"})


def named_in_a_clause(text: str, titles: dict) -> str:
    """The one title a clause names outright when the whole message, reasons and all, names none ('Fergus is off in
    June so the pier report won't make it. Can it go to september?')."""
    named = set()
    for clause in re.split(r"[,;.!?]+\s+|\s+(?:so|but|because|as)\s+", text):
        hits = tuple(rank_titles(tokens(DATES.sub(" ", clause)), titles, set()))  # "to november" names no title
        if (own := clear_hit(hits)) is not None and strong(hits[0]):
            named.add(own)
    return titles[named.pop()] if len(named) == 1 else ""


def _named_words(hit) -> bool:
    return hit.whole >= 0.3 or hit.fit >= 0.75


def topic_of(text: str) -> str:
    """The words left once the generic ones and dates are gone: what the message is about."""
    text = DATES.sub(" ", text)
    return " ".join(w for w in re.findall(r"[\w'-]+", text) if w.lower() not in GENERIC and not misspelt_generic(w))


_SUBMITTED_SUBJECT = re.compile(r"^\W*((?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,5}?)\s+(?:has|have|is|was|just|came|come|gone|went|"
                                r"got|arrived|landed)\b", re.I)


def _within(hit, ref: str, text: str) -> bool:
    """Whether the words found as an item lie in the words the request names ('take the S106 item off, it's being
    folded into the IFS': the IFS is in the reason, not the request, so it is not the item meant)."""
    if not [w for w, _, _ in tokens(ref) if w.lower() not in GENERIC and w.lower() not in _PLAIN_NOUNS]:
        return True  # "Aisha has sent the paper": the words say no item of their own
    at = text.lower().find(ref.lower())
    return at < 0 or at <= hit.start < at + len(ref) or hit.start <= at < hit.end


_PLAIN_NOUNS = {"the", "a", "an", "item", "items", "report", "reports", "paper", "papers", "one", "thing", "update",
                "my", "our", "her", "his", "their", "this", "that", "it"}
