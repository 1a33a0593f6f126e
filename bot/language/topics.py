"""A meeting named by what is on it ('the budget meeting', 'the resettlement special', 'the special on the bus deal')."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.days.dates import When
from bot.days.signs import could_be_dated
from bot.language.references import References, find_references
from bot.language.titles import clear_hit, rank_titles
from bot.language.vocabulary import tokens
from bot.replies import day

_WORD = r"(?!(?:the|a|an|which|what|when|where|who|how|is|are|to|for|of|on|in|at)\b)[a-z][\w'&-]{1,20}"
_TOPIC_MEETING = re.compile(
    rf"\b(?:(?P<after>(?:meeting|one)\s+(?:after|before)\s+)?the\s+|^)(?P<topic>{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    rf"(?:'s)?\s+(?P<noun>meeting|mtg|session|special|one)\b"
    rf"|\bthe\s+(?P<noun2>special)(?:\s+meeting)?\s+(?:on|about|for)\s+(?:the\s+)?(?P<topic2>{_WORD}(?:\s+{_WORD}){{0,2}})"
    rf"|\bthe\s+(?P<noun3>meeting|mtg|one)\s+(?:with|that\s+has|which\s+has|where\s+we\s+(?:do|have|take))\s+(?:the\s+)?"
    rf"(?P<topic3>{_WORD}(?:\s+{_WORD}){{0,4}}?)(?=\s+(?:item|report|paper|on\s+it)\b|\s*[-–?,.]|\s*$)",
    re.I)  # "the X meeting", "the special on X", "the meeting with the X item on it"
_NOT_A_TOPIC = re.compile(r"^(?:next|last|first|final|previous|following|special|extra|extraordinary|same|other|"
                          r"panel|committee|scrutiny|one|upcoming|coming|this|that|which|each|every|another)\b", re.I)


def meeting_by_topic(text: str, refs: References, ctx, titles: dict, subjects: dict) -> References:
    """The one coming meeting whose items the words before 'meeting' name; it is the message's date if none is said,
    and its words name that meeting, not an item or an action."""
    if ctx.panel is None:
        return refs
    for m in _TOPIC_MEETING.finditer(text):
        topic, key = next((m.group(k), k) for k in ("topic", "topic2", "topic3") if m.group(k))
        noun = (m.group("noun") or m.group("noun2") or m.group("noun3")).lower()
        if _NOT_A_TOPIC.match(topic) or could_be_dated(topic) or (noun == "one" and not m.group("after") and
                                                                  key != "topic3"):
            continue
        meeting = _meeting_for(topic, noun == "special", ctx, titles)
        if meeting is None:
            continue
        if m.group("after"):
            meeting = _beside(meeting, m.group("after"), ctx)
            if meeting is None:
                return refs
        return _named(text, refs, ctx, titles, subjects, meeting,
                      (m.start(key), m.end(key)) if key != "topic3" else (m.start(), _past_its_kind(text, m.end(key))))
    places = [m for m in _AT_PLACE.finditer(text) if not _NOT_A_TOPIC.match(m.group("place"))]
    if not places or not _MEETING_WORDS & {w.lower() for w, _, _ in tokens(text)}:
        return refs
    coming = [mt for mt in ctx.programme.meetings(ctx.panel.id, start=ctx.today, include_cancelled=False) if mt.venue]
    for m in places:  # "which meeting is in the banqueting hall?": the one coming meeting held there
        said = {w.lower() for w, _, _ in tokens(m.group("place"))}
        there = [mt for mt in coming if said <= {w.lower() for w, _, _ in tokens(mt.venue)}]
        if len(there) == 1:
            return _named(text, refs, ctx, titles, subjects, there[0], (m.start("place"), m.end("place")))
    return refs


def _past_its_kind(text: str, end: int) -> int:
    """Where 'the meeting with the X' ends: after its 'item' and its 'on it' ('the meeting with the flu jabs item on it')."""
    start = end
    for word, _, stop in tokens(text[start:])[:3]:
        if word.lower() not in {"item", "report", "paper", "on", "it"}:
            break
        end = start + stop
    return end


_MEETING_WORDS = frozenset({"meeting", "meetings", "meet", "meeting's", "mtg", "venue", "where"})
_AT_PLACE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})", re.I)


def _named(text: str, refs: References, ctx, titles: dict, subjects: dict, meeting, words: tuple[int, int]):
    """The references again with those words naming the meeting, which is the message's date if none is said."""
    named = When("day", meeting.date, text=day(meeting.date))
    again = find_references(text, ctx.now, ctx.programme.people(), titles, subjects, words, refs.extra.get("pair", ()))
    return replace(again, when=again.when or named, extra={**again.extra, "meeting_by_topic": named})


def _meeting_for(topic: str, special: bool, ctx, titles: dict):
    """The coming meeting the topic's items are at: the firm one of a meeting and its reserve date; for a special,
    the meeting whose items are all on the topic."""
    if held := _held_at(topic, ctx):
        return held  # "the science park meeting": the one held there
    hits = rank_titles(tokens(topic), titles, set())
    best = clear_hit(tuple(hits))
    named = [best] if best is not None and not special else [h.thing for h in hits]
    meetings = {}
    for item_id in named:
        item = ctx.programme.item(item_id)
        if item and item.meeting_id and item.meeting_date >= ctx.today:
            meetings[item.meeting_id] = ctx.programme.meeting(item.meeting_id)
    if special and len(meetings) > 1:
        ids = {h.thing for h in hits}
        meetings = {k: mt for k, mt in meetings.items()
                    if all(i.id in ids for i in ctx.programme.items_at(k) if i.status != "withdrawn")} or meetings
    firm = [mt for mt in meetings.values() if mt and mt.status == "confirmed"]
    found = {mt.date: mt for mt in (firm if len(meetings) > 1 else meetings.values()) if mt}  # not the reserve date
    return next(iter(found.values())) if len(found) == 1 else None


def _held_at(topic: str, ctx):
    """The one coming meeting whose venue holds every word of the topic ('science park': 'Innovation Hub, Rivelsby
    Science Park')."""
    said = {w.lower() for w, _, _ in tokens(topic)}
    coming = ctx.programme.meetings(ctx.panel.id, start=ctx.today, include_cancelled=False)
    there = [mt for mt in coming if mt.venue and said <= {w.lower() for w, _, _ in tokens(mt.venue)}]
    return there[0] if len(there) == 1 else None


def _beside(meeting, after: str, ctx):
    """'the meeting after the budget one': the next meeting that will happen after it (or the one before)."""
    coming = [mt for mt in ctx.programme.meetings(ctx.panel.id, include_cancelled=False)]
    if after.split()[1].lower() == "after":
        return next((mt for mt in coming if mt.date > meeting.date), None)
    return next((mt for mt in reversed(coming) if mt.date < meeting.date), None)
