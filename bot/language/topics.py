"""A meeting named by what is on it ('the budget meeting', 'papers for the reconfiguration meeting')."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.dates import When
from bot.language.references import References, clear_hit, find_references, rank_titles
from bot.language.vocabulary import tokens
from bot.replies import day

_TOPIC_MEETING = re.compile(r"\bthe\s+(?P<topic>[a-z][\w'-]{2,20}(?:\s+[a-z][\w'-]{2,20})?)\s+(?:meeting|mtg|session)\b",
                            re.I)
_NOT_A_TOPIC = re.compile(r"^(?:next|last|first|final|previous|following|special|extra|extraordinary|same|other|"
                          r"panel|committee|scrutiny|one|upcoming|coming)\b", re.I)


def meeting_by_topic(text: str, refs: References, ctx, titles: dict, subjects: dict) -> References:
    """The one coming meeting whose items the words before 'meeting' name; it is the message's date if none is said,
    and its words name that meeting, not an item or an action."""
    if ctx.panel is None or not (m := _TOPIC_MEETING.search(text)):
        return refs
    topic = m.group("topic")
    if _NOT_A_TOPIC.match(topic):
        return refs
    hits = rank_titles(tokens(topic), titles, set())
    best = clear_hit(tuple(hits))
    meetings = {}
    for item_id in [best] if best is not None else [h.thing for h in hits]:
        item = ctx.programme.item(item_id)
        if item and item.meeting_id and item.meeting_date >= ctx.today:
            meetings[item.meeting_id] = ctx.programme.meeting(item.meeting_id)
    firm = [mt for mt in meetings.values() if mt and mt.status == "confirmed"]
    days = {mt.date for mt in (firm if len(meetings) > 1 else meetings.values()) if mt}  # not the reserve date
    if len(days) != 1:
        return refs
    (on,) = days
    named = When("day", on, text=day(on))
    again = find_references(text, ctx.now, ctx.programme.people(), titles, subjects, (m.start("topic"), m.end("topic")))
    return replace(again, when=again.when or named, extra={**again.extra, "meeting_by_topic": named})
