"""Two items named together ('move the cemetery and leisure items to Feb'): the same request for each, or a question."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.conversation import Context, Reply
from bot.language.asking import still_to_come
from bot.language.references import CLAUSE, SENTENCE_END
from bot.language.titles import CLEAR, clear_hit, rank_titles
from bot.language.vocabulary import one_of_them, pointing_back, tokens

_BOTH = {"move_item", "defer_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead", "remove_lead",
         "add_note", "item_detail", "item_deadline"}
_QUESTIONS = {"item_detail", "item_deadline"}
_AND = re.compile(r"\s*,?\s+(?:and|&|\+|plus|as well as)\s+", re.I)
# Two items set against each other, not given the same change: 'swap X and Y', 'X instead of Y'
_CONTRAST = re.compile(r"\b(?:swapp?\w*|switch|instead|rather than|in place of|replac\w*|between|either|or|not|nor|"
                       r"neither|except|but|after|before)\b", re.I)


def pair_named(text: str, titles: dict, meeting_of: Callable[[int], object] = lambda _: None) -> list[tuple[int, int, int]]:
    """The two items a message names side by side ('the X and Y items', 'both the X and the Y'), each one plainly, as
    (id, start, end); empty when it names one, or two set against each other, or either side could be more than one.
    A side that could be one of a few (two stages of one programme) is settled when only one of them shares a meeting
    with the other side: 'the town hall and footbridge reports' due at the same meeting."""
    words = tokens(text)
    colon = text.find(":")
    said_by = colon if colon > 0 and len(text[:colon].split()) <= 8 else len(text)  # "note on X: split by A and B"
    for joint in _AND.finditer(text, 0, said_by):
        before = [w for w in words if w[2] <= joint.start()][-_REACH:]
        after = [w for w in words if w[1] >= joint.end()][:_REACH]
        left = _run_of(text, before[::-1])[::-1]
        right = _run_of(text, after)
        if not left or not right or _CONTRAST.search(text, max(0, left[0][1] - 24), right[-1][2] + 12):
            continue  # "swap X and Y", "X and Y, not Z"; a reason after ('... Neither will be ready') is no contrast
        pair = _together(_few(left, titles), _few(right, titles), meeting_of)
        if pair and not _named_besides(text, words, titles, pair) and not _one_of_them_after(text, pair):
            return [(hit.thing, hit.start, hit.end) for hit in pair]
    return []


def _named_besides(text: str, words: list, titles: dict, pair: tuple) -> bool:
    """Another item named elsewhere in the message, or one of the two named again ('the DoLS report, the budget session
    and the libraries strategy are all in February. The DoLS report has grown ...'): the two are context, not the
    request's pair."""
    taken = {i for hit in pair for i in range(hit.start, hit.end)}
    cuts = [0, *(m.end() for m in CLAUSE.finditer(text)), len(text)]
    for start, end in zip(cuts, cuts[1:]):
        said = [w for w in words if start <= w[1] < end]
        if any(h.whole >= 0.34 or h.fit >= 0.75 for h in rank_titles(said, titles, taken)):
            return True
    return False


def _one_of_them_after(text: str, pair: tuple) -> bool:
    """A later sentence pointing back at one thing, or 'the former' / 'the latter' anywhere after the two ('We've got
    both X and Y in December. The former is fine, but the latter clashes, so could we move it?'): the two are context
    for a request about one of them."""
    end = SENTENCE_END.search(text, max(hit.end for hit in pair))
    later = tokens(text[end.end():]) if end else []
    after = tokens(text[max(hit.end for hit in pair):])  # "X and the Y - can we park the former?": in the same sentence
    return bool(pointing_back(later, plural=False)) or any(w.lower() in {"former", "latter"} for w, _, _ in after) or \
        one_of_them(later)  # "Please withdraw one."


def _together(left: list, right: list, meeting_of: Callable) -> tuple | None:
    """One item from each side: the only ones named, or else the only two that go to the same meeting."""
    if len(left) == 1 and len(right) == 1:
        return (left[0], right[0]) if left[0].thing != right[0].thing else None
    pairs = [(a, b) for a in left for b in right if a.thing != b.thing and
             (meeting := meeting_of(a.thing)) is not None and meeting == meeting_of(b.thing)]
    return pairs[0] if len(pairs) == 1 else None


_REACH = 6
_STOP = {"to", "from", "and", "both", "till", "until", "into", "onto", "back", "off", "by",
         "is", "are", "was", "were", "will", "has", "have", "going", "goes", "should", "can", "could", "need", "needs",
         "we", "i", "they", "he", "she", "you"}  # ", and we agreed that the X": a new clause, not a second item


def _run_of(text: str, words: list) -> list:
    """The words next to 'and', outwards, up to punctuation or a word that ends a title's run ('to', 'from')."""
    run = []
    for n, word in enumerate(words):
        if word[0].lower() in _STOP:
            break
        run.append(word)
        if n + 1 < len(words):
            a, b = sorted((word, words[n + 1]), key=lambda w: w[1])
            if re.search(r"[,;:.!?()]|\s-\s", text[a[2]:b[1]]):
                break
    return run


def _few(words: list, titles: dict) -> list:
    """The hit of the one item these few words name outright, or the few that fit them equally well ('the town hall'
    for its stage 2 and stage 3 reports); empty when they name nothing plainly."""
    hits = tuple(rank_titles(words, titles, set())) if words else ()
    best = clear_hit(hits)
    if best is not None:
        hit = next(h for h in hits if h.thing == best)
        return [hit] if hit.whole >= 0.34 or hit.fit >= 0.75 else []
    alike = [h for h in hits if h.fit >= 0.75 and h.fit >= hits[0].fit - 0.05 and h.score >= hits[0].score - CLEAR]
    return alike if 1 < len(alike) <= 3 else []


def do_both(ctx: Context, reading, refs, run: Callable) -> Reply | None:
    """The same change (or question) for each of two items named together: both made, or neither with the reason."""
    if reading.handler not in _BOTH or ctx.panel is None or reading.slots.get("one_of_two"):
        return None
    items = [item for i, _, _ in refs.extra.get("pair", ()) if (item := ctx.programme.item(i))]
    if len(items) != 2 or not all(still_to_come(ctx, i) or reading.handler in _QUESTIONS for i in items):
        return None
    replies = [run(replace(reading, slots={**reading.slots, "ref": item.title, "one_of_two": "yes"})) for item in items]
    if reading.handler in _QUESTIONS:
        return Reply("\n\n".join(r.text for r in replies))
    if all(r.changes and r.ask is None or _already(r) for r in replies) and any(r.changes for r in replies):
        return Reply("\n".join(r.text for r in replies), changes=tuple(c for r in replies for c in r.changes))
    if not any(r.changes or r.ask for r in replies):
        return replies[0]  # the same no for both ('Only the chair or the scrutiny officer can ...')
    item, stuck = next((i, r) for i, r in zip(items, replies, strict=True) if not r.changes or r.ask)
    names = " and ".join(f"“{i.title}”" for i in items)
    why = SENTENCE_END.split(stuck.text.strip().splitlines()[0])[0].rstrip(" ?")
    return Reply(f"You named two items, {names}. I couldn't do that for both at once (for “{item.title}”: {why}), "
                 "so nothing has changed. Please ask for each one on its own.")



def _already(reply: Reply) -> bool:
    """Nothing to do for this one: it is already where it was asked to go ('X is already on the 17 March meeting')."""
    return not reply.changes and reply.ask is None and " already " in reply.text
