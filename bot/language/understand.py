"""The pipeline: each stage once per message, giving the readings the engine may act on."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.language.authors import by_author, only_describes
from bot.language.both import pair_named
from bot.language.classifier import Classifier, load_classifier
from bot.language.decide import CHANGES, adjust, decide
from bot.language.features import MASKS
from bot.language.force import (
    Force,
    asked_last,
    hedged_request,
    in_a_month,
    negated,
    read_force,
    still_to_send,
    tag_question,
    unasked,
)
from bot.language.holders import ACTION_WORDS, who_holds
from bot.language.known import as_known, live_over_considered, said_anew
from bot.language.ranking import rank
from bot.language.references import CLAUSE, SENTENCE_END, References, find_references, says_more
from bot.language.slots import AFTER_COLON, fill
from bot.language.topics import meeting_by_topic
from bot.language.vocabulary import GENERIC, tokens, words_of
from bot.language.withdrawn import ITEM_QUESTIONS, withdrawn_named


@dataclass(frozen=True)
class Reading:
    """One way to read the message: its label, the handler that answers it, and the slots."""

    label: str
    handler: str
    slots: dict
    probability: float


@dataclass(frozen=True)
class Understanding:
    text: str
    refs: References
    verdict: str  # "act" | "ask" | "lost"
    readings: tuple[Reading, ...]
    ranked: tuple[tuple[str, float], ...]

    @property
    def guess(self) -> str:
        return ", ".join(f"{label} {p:.2f}" for label, p in self.ranked[:3])


@lru_cache(maxsize=1)
def default_classifier() -> Classifier:
    """The shipped model, read once (the CLI and Slack load it at start-up and hand it in)."""
    return load_classifier()


def understand(text: str, ctx, classifier: Classifier | None = None) -> Understanding:
    """Find references, classify, decide, and fill the slots of each reading worth offering."""
    classifier = classifier or default_classifier()
    titles, subjects = _titles(ctx)
    refs = meeting_by_topic(text, find_references(text, ctx.now, ctx.programme.people(), titles, subjects,
                                                  _the_panel(text, ctx), tuple(pair_named(text, titles, _meeting_of(ctx)))),
                            ctx, titles, subjects)
    refs = by_author(text, refs, ctx)
    if (asked := _asked_after_held(classifier, text, refs.masked)) is not None:
        return understand(asked, ctx, classifier)  # "leave the year two review where it is but move the X to jan"
    named = bool(refs.items) and refs.items[0].whole >= 0.5 and refs.items[0].fit >= 0.75  # one item or several alike
    exact = named and refs.items[0].whole >= 0.99 and refs.items[0].fit >= 0.99
    ranked = raw = rank(classifier, refs.masked)
    said = ranked[0][0]
    force = _force(classifier, refs.masked, ranked) \
        if any(label in CHANGES and p >= 0.05 for label, p in ranked[:3]) else Force()  # no change in view: no force
    ranked = adjust(ranked, force, bool(refs.items), bool(refs.matters), named,
                    matters_exist=bool(subjects), item_exact=exact,
                    matter_named=refs.matter is not None and refs.matters[0].fit >= 0.75, leaning=_leaning(refs),
                    whose_only=only_describes(text, refs), person_found=bool(refs.people))
    verdict, labels = decide(ranked)
    if force.reading == "hold" and raw[0][0] in CHANGES and raw[0][0] != "undo":
        verdict, labels = "act", [raw[0][0]]  # "don't move the September meeting whatever happens": say how it stands
    changes = [lb for lb, p in raw[:3] if lb in CHANGES and p >= 0.1]
    if verdict == "lost" and force.reading in {"muse", "hold", "ask"} and changes and \
            (refs.item is not None or refs.matter is not None):  # "thinking the IRO report might sit better in Nov"
        verdict, labels = ("act", changes[:1]) if force.reading == "hold" or len(changes) == 1 else ("ask", changes[:2])
    verdict, labels = _not_a_guess(force, refs, verdict, labels)
    if verdict == "act" and labels == ["mark_submitted"] and still_to_send(text):
        verdict = "ask"  # "leisure report 90% done, will send tomorrow": promised, not in; offered, never made
    if verdict == "act" and labels == ["mark_submitted"] and refs.items and in_a_month(text):
        labels = ["item_detail"]  # "X is mine and it's in Feb": where it is, not that it came in
    if verdict == "act" and labels[0] in CHANGES and (why := unasked(text, refs.masked, ctx.today.year)):  # "back in 2022
        verdict, labels = ("ask", labels) if why == "ask" else _not_a_guess(Force(0.0, 0.0, 0.0, 1.0), refs, verdict, labels)
    if verdict == "act" and labels[0] in {"move_item", "update_matter"} and refs.when is not None and \
            _named_alike(refs) and not _KIND_WORDS & words_of(text):
        item, matter = refs.items[0], refs.matters[0]
        if (item.start, item.end) == (matter.start, matter.end):  # "COMAH -> july", "fountains -> june": the words
            labels = ["move_item"]  # name both alike, and what a month moves is the agenda item
        elif labels[0] == "update_matter" or says_more(matter, item):  # "CME referrals from GPs - now coming to the
            verdict, labels = "ask", ["move_item", "update_matter"]  # april meeting": the report or the action?
    if verdict == "act" and labels == ["cancel_meeting"] and _cancels_an_item(refs.masked):
        verdict, labels = "ask", ["withdraw_item", "cancel_meeting"]  # "cancel the budget session in February"
    if verdict == "act" and said == "add_item" and labels == ["move_item"] and not exact and not as_known(refs, text):
        verdict, labels = "ask", ["move_item", "add_item"]  # 'put street lighting on ...': that item, or a new one?
    elif verdict == "ask" and set(labels) == {"move_item", "add_item"} and as_known(refs, text):
        verdict, labels = "act", ["move_item"]  # 'put the clock tower restoration on the november agenda': that one
    elif verdict == "ask" and set(labels) == {"set_lead", "add_lead"} and refs.item is not None and \
            not ctx.programme.item(refs.item).leads:
        verdict, labels = "act", ["add_lead"]  # "put Evadne on the royal visit item": no lead yet, so the two are one
    elif verdict == "ask" and set(labels) == {"move_item", "add_item"} and said_anew(refs, text, titles):
        verdict, labels = "act", ["add_item"]  # "I'd like Tram Stop Lighting and CCTV on the June agenda": a new one
    probability = dict(ranked)
    readings = live_over_considered([Reading(label, *fill(label, text, refs, titles, subjects, ctx.asker, ctx.today),
                                             probability[label]) for label in labels], refs, text, titles, ctx.programme.item)
    if any(_about_an_item(r) for r in readings) and (gone := withdrawn_named(text, refs, ctx, titles)):
        readings = [replace(r, handler=r.label if r.handler == "matter_detail" else r.handler,
                            slots={**r.slots, "ref": gone}) if _about_an_item(r) else r
                    for r in readings]  # "what happened to the school uniform grant item?": it was withdrawn
    elif readings and readings[0].label in _ABOUT_A_MEETING and (gone := withdrawn_named(text, refs, ctx, titles)):
        verdict, readings = "act", [Reading("item_detail", "item_detail", {"ref": gone}, readings[0].probability)]
    if verdict == "ask" and "deadline" in labels and set(labels) <= _SET_DATES | {"deadline"} and \
            not any(r.slots.get("to") for r in readings if r.label in _SET_DATES):
        verdict, readings = "act", [r for r in readings if r.label == "deadline"]  # "wen does the agenda … go out"
    if verdict == "ask" and refs.extra.get("named_item") and not any(r.label in CHANGES for r in readings):
        verdict, readings = "act", readings[:1]  # two questions about the one item found by who asked for it
    verdict, readings = who_holds(verdict, readings, ranked, refs, text, subjects, lambda label, p: Reading(
        label, *fill(label, text, refs, titles, subjects, ctx.asker, ctx.today), p))
    moves = [r for r in readings if r.handler == "update_matter" and r.slots.get("due")]
    if verdict == "ask" and len(moves) >= 2 and len({r.slots.get("ref") for r in moves}) == 1 and \
            ACTION_WORDS & words_of(text):  # "move the X action to february": every reading moves its due date
        verdict, readings = "act", moves[:1]
    if verdict == "ask" and len(readings) >= 2 and all(_same_doing(r, readings[0]) for r in readings[:2]) and \
            readings[0].label in CHANGES:
        verdict, readings = "act", readings[:1]  # "take Dev off X and put Aisha on": both readings make Aisha lead
    return Understanding(text, refs, verdict, tuple(readings), tuple(ranked[:5]))


def _cancels_an_item(masked: str) -> bool:
    """'cancel the leisure strategy item at the December meeting': what is cancelled is an item, not its meeting."""
    words = [w.lower() for w, _, _ in tokens(masked)]
    at = next((n for n, w in enumerate(words) if w.startswith("cancel")), None)
    rest = [w for w in words[at + 1:at + 4] if w not in {"the", "our", "that", "this"}] if at is not None else []
    return rest[:1] == ["itemx"]


def _same_doing(one: Reading, other: Reading) -> bool:
    """Two readings that would do the very same thing: one handler, the same slots."""
    return one.handler == other.handler and one.slots == other.slots


def _the_panel(text: str, ctx) -> tuple[int, int] | None:
    """'when does the commission next meet?': the panel called by what it is names its meetings, never an item
    ('Commission Work Programme')."""
    kind = ctx.panel.name.split()[-1].lower() if ctx.panel is not None and ctx.panel.name.split() else ""
    if kind in GENERIC:
        return None  # 'the panel', 'the committee' name no item already
    said = re.search(rf"\bthe\s+{re.escape(kind)}(?='s\b|\s+(?:next|meets?|meeting|is|was|has|will|on|in)\b|\s*[?.!,]|$)",
                     text, re.I) if kind else None
    return (said.start(), said.end()) if said else None


# questions about a meeting or the schedule that, naming a withdrawn item plainly, are about that item ("are we still
# getting X in June?", "what happened to the X protocol?")
_ABOUT_A_MEETING = frozenset({"meeting_agenda", "awaiting", "received", "meetings", "matters"})

_KIND_WORDS = frozenset({"item", "items", "report", "reports", "paper", "papers", "update", "briefing", "action",
                         "actions", "matter", "matters"})  # a message that says which kind leaves nothing to ask


def _named_alike(refs: References) -> bool:
    """Items and one action that the message's words fit about as well ('food hygiene' for both; 'exercise lantern'
    for three parts and their lessons log)."""
    if not refs.items or refs.matter is None:
        return False
    item, matter = refs.items[0], refs.matters[0]
    whole_one = max(item.whole, matter.whole) >= 0.99 and min(item.whole, matter.whole) < 0.7  # one said in full
    return min(item.fit, matter.fit) >= 0.5 and abs(item.fit - matter.fit) < 0.15 and not _leaning(refs) and \
        not whole_one


def _leaning(refs: References) -> str:
    """'item' when both an item and an action are found and the item's words explain the message far better (the
    other way round is already read as an action: slots._about_a_matter)."""
    if not (refs.items and refs.matters):
        return ""
    item, matter = refs.items[0], refs.matters[0]
    whole_title = item.fit >= matter.fit and item.score >= matter.score + 0.25  # "youth justice plan -> july"
    return "item" if item.fit >= matter.fit + 0.2 or whole_title else ""


def _force(classifier, masked: str, ranked) -> Force:
    """The force of the request: a note's own words do not count ('position on X: still waiting'), and a plain request
    first is not undone by its reason after ('can you push my report to June, still waiting on the DfT')."""
    if ranked[0][0] in _CARRIES_WORDS and len((request := _request_part(masked)).split()) >= 3:
        return read_force(classifier, request)
    whole = read_force(classifier, masked)
    if tag_question(masked):
        return whole  # "Dev sent it in on Friday, didn't he?": the first clause alone is no request
    first = next((c for c in CLAUSE.split(masked) if len(c.split()) >= 3), None)
    if first is None or first == masked:
        return whole
    alone = read_force(classifier, first)  # "please don't cancel the May meeting, we've got the budget to do": held
    if whole.reading == "act":  # a reason naming nothing first holds nothing back: "given X isn't confirmed, push Y"
        held = alone.reading in {"hold", "ask"} and max(alone.hold, alone.ask) >= 0.7
        if held and asked_last(classifier, masked, first, ranked[0][0]):
            return whole  # "the X is not ready, push it to feb": a state first, then the request itself
        return alone if held and any(mark in first for mark in MASKS) else whole
    if alone.reading in {"hold", "ask"} and max(alone.hold, alone.ask) >= 0.9:
        return alone  # "please don't cancel the June meeting, we need it for X": torn as a whole, held back first
    if whole.reading == "hold" and any(c.strip().lower().startswith(_TAKEN_BACK) for c in CLAUSE.split(masked)[1:]):
        return whole  # "add X to nov, lead Y. actually no - leave it for now": taken back
    said = classifier.rank(first)[0] if alone.reading == "act" and alone.act >= 0.8 else ("", 0.0)
    own = said[0] == ranked[0][0] or said[0] in CHANGES and said[1] >= 0.8  # not "december is going ahead, not
    return alone if own else whole  # cancelled": the first clause asks for a change of its own, "cancel june, ..."


def _asked_after_held(classifier, text: str, masked: str) -> str | None:
    """The request after 'but', or after the one comma, when what comes before it holds something where it is ('phase 3
    stays where it is but can phase 2 slip to june'): the request alone is the message."""
    held, but, asked = masked.rpartition(" but ")
    but = but and " but " in text
    if but:
        tail = text.rpartition(" but ")[2]
    elif len(parts := CLAUSE.split(masked)) == 2 and len(said := CLAUSE.split(text)) == 2 and not negated(parts[0]) \
            and ("ITEMX" in parts[1] or "MATTERX" in parts[1]):
        (held, asked), tail = parts, said[1]  # "leave the hedgehog report where it is, move PRG to december"; never
        # "don't cancel May, we need it for X" (the reason), nor "ignore my message about X - it's in" (X again)
    else:
        return None
    if len(held.split()) < 3 or len(asked.split()) < 3 or SENTENCE_END.search(asked.strip()):
        return None  # one request in one sentence, not a story going on after it
    before, after = read_force(classifier, held), read_force(classifier, asked)
    if before.reading != "hold" or before.hold < 0.7 or after.reading != "act" or after.act < (0.5 if but else 0.9):
        return None
    return tail


_TAKEN_BACK = ("actually", "scrap that", "ignore", "forget", "on second thought", "as you were", "hold off", "no wait",
               "wait", "cancel that")


def _not_a_guess(force: Force, refs: References, verdict: str, labels: list[str]) -> tuple[str, list[str]]:
    """A change said as a question is answered as one ('was the report submitted?': its status), as is one held
    back ('don't move X'); a change said as a thought ('we might push X to Feb') is offered with yes/no."""
    if verdict == "lost" or not labels or labels[0] not in CHANGES or labels[0] == "undo":
        return verdict, labels
    reading = force.reading
    asked = refs.masked.split(None, 1)[0].lower() in _ABOUT_STATE if refs.masked.strip() else False
    carried = labels[0] in _CARRIES_WORDS and not hedged_request(refs.masked) and (  # not "maybe add a note on X"
        _request_part(refs.masked) != refs.masked or labels[0] == "add_matter")  # "note on X: might slip"; "we agreed
    # Aisha would write to ...": the hedge is in the words recorded
    if reading == "muse" and labels[0] == "mark_submitted" and refs.items:
        return "act", ["item_detail"]  # "fingers crossed the X report's in on time": how it stands, nothing to mark
    if reading == "muse" and verdict == "act" and (not carried or labels[0] == "add_matter" and asked):
        return "ask", labels  # no new action from a musing question: "what were we told about X - where's that at"
    if reading in {"ask", "hold"}:
        if labels[0] in _DATES_OF_A_MEETING:
            return "act", ["deadline"]  # "last date to publish the Feb agenda?"
        if labels[0] in _MEETING_CHANGES:
            return "act", ["meeting_agenda"]  # "was the March meeting cancelled?"
        if refs.matter is not None and (labels[0] in _MATTER_CHANGES or not refs.items):
            return "act", ["matters"]  # "did anyone close the 101 action?": that action's state
        if refs.items:
            return "act", ["item_detail"]
        if refs.matters:
            return "act", ["matters"]
        return "ask", labels
    return verdict, labels


# Questions about how things stand, not polite requests ('could you log ...' asks for a change)
_ABOUT_STATE = frozenset({"what", "where", "when", "who", "which", "how", "why", "has", "have", "is", "are", "did"})
_CARRIES_WORDS = {"add_note", "set_notes", "update_matter", "add_matter", "rename_item"}  # the hedge may be the note


def _request_part(masked: str) -> str:
    """'position on X: still waiting for the ICB': the request is before the words it records."""
    cut = AFTER_COLON.search(masked)
    return masked[:cut.start()] if cut and len(masked[:cut.start()].split()) >= 2 else masked
_DATES_OF_A_MEETING = {"set_meeting_deadline", "set_publication", "set_rule", "set_nudges"}
_SET_DATES = {"set_meeting_deadline", "set_publication"}
_MEETING_CHANGES = {"move_meeting", "cancel_meeting", "add_meeting"}
_MATTER_CHANGES = {"close_matter", "update_matter", "add_matter"}


def _titles(ctx) -> tuple[dict, dict]:
    if ctx.panel is None:
        return {}, {}
    titles = ctx.programme.item_titles(ctx.panel.id)
    subjects = ctx.programme.matter_subjects(ctx.panel.id)
    return titles, subjects


def _meeting_of(ctx) -> Callable[[int], object]:
    """The meeting an item goes to, looked up only when two items named together need telling apart."""
    return lambda item_id: (item := ctx.programme.item(item_id)) and item.meeting_id


def _about_an_item(reading: Reading) -> bool:
    """A question about one item, or one read as about an action only because no live item fits its words."""
    return reading.handler in ITEM_QUESTIONS or reading.handler == "matter_detail" and reading.label in ITEM_QUESTIONS
