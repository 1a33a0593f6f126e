"""Finding what a message refers to: an item, a meeting, a person, a matter, a panel."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from bot.conversation import Context
from bot.days.dates import MONTHS, When, parse_when
from bot.language.people import with_initial
from bot.language.vocabulary import GENERIC, words_of
from bot.models import Item, Matter, Meeting, Person
from bot.names import find_person, normalise_name

# Words that say what kind of thing is meant, not which one.
_FILLER = re.compile(r"\b(the|a|an|my|our|item|items|report|reports|paper|papers|update|updates|briefing|on|about|"
                     r"re|regarding|one|thing|agenda|programme|work|please|that|this|for|of)\b", re.I)
MIN_SCORE = 70
CLEAR_LEAD = 8


@dataclass(frozen=True)
class Found:
    """The result of a lookup: one clear hit, several close ones, or none."""

    hit: object | None = None
    choices: tuple = field(default=())


def resolve_item(ctx: Context, ref: str, include_withdrawn: bool = False, among: list[Item] | None = None,
                 min_score: float = MIN_SCORE) -> Found:
    """The item `ref` means: a fuzzy match on titles ('the CHC update' finds the NHS CHC item)."""
    ref = ref.strip(" .?!'\"")
    if among is None:
        titles = ctx.programme.item_titles(ctx.panel.id, include_withdrawn=include_withdrawn)
    else:
        titles = {i.id: i.title for i in among}
    ranked = [(i, score) for i, score in rank(ref, titles) if score >= min_score]
    if not ranked:
        described = [i for i in items_described(ctx, words_of(ref)) or () if i.id in titles]
        return Found(hit=described[0]) if len(described) == 1 else Found(choices=tuple(described[:4]))
    exact = [i for i, _ in ranked if same_text(titles[i], ref)]
    if exact:
        return Found(hit=ctx.programme.item(exact[0]))
    best = ranked[0][1]
    close = [i for i, score in ranked if best - score < CLEAR_LEAD]
    if len(close) > 1:
        return Found(choices=tuple(ctx.programme.item(i) for i in close[:4]))
    return Found(hit=ctx.programme.item(ranked[0][0]))


def rank(ref: str, titles: dict[int, str], limit: int = 6) -> list[tuple[int, float]]:
    """(id, score) best first. The distinctive words must match; the whole phrase breaks ties."""
    core = _processed(" ".join(_FILLER.sub(" ", ref).split()) or ref)
    if not core:
        return []
    processed = _processed_titles(titles)
    hits = process.extract(core, processed, scorer=fuzz.token_set_ratio, processor=None,
                           score_cutoff=MIN_SCORE, limit=limit * 2)
    if not hits:
        return []
    whole_ref = _processed(ref)
    whole = {key: fuzz.WRatio(whole_ref, processed[key]) for _, _, key in hits}
    ranked = sorted(((key, score + whole[key] / 1000) for _, score, key in hits), key=lambda kv: -kv[1])
    return [(key, round(score, 1)) for key, score in ranked[:limit]]


_PROCESSED: dict[int, tuple] = {}


def _processed_titles(titles: dict[int, str]) -> dict[int, str]:
    """Titles ready for matching, kept while the store hands out the same (unchanging) dict."""
    hit = _PROCESSED.get(id(titles))
    if hit and hit[0] is titles:
        return hit[1]
    processed = {key: _processed(title) for key, title in titles.items()}
    if len(_PROCESSED) > 32:
        _PROCESSED.clear()
    _PROCESSED[id(titles)] = (titles, processed)
    return processed


@lru_cache(maxsize=65536)
def _processed(text: str) -> str:
    return utils.default_process(text)


def same_text(a: str, b: str) -> bool:
    """Equal once case, punctuation and dashes are set aside."""
    return utils.default_process(a) == utils.default_process(b)


def resolve_meeting(ctx: Context, when: When, after: Meeting | None = None) -> Found:
    """The meeting a When points at; a month with two meetings gives two choices."""
    prog, panel = ctx.programme, ctx.panel
    if when.kind == "next":
        after = None if when.skip else after  # "push X to the one after next": counted from today, as people count
        start = after.date if after else max(when.day or ctx.today, ctx.today)
        if after is None and not when.skip:  # the first one: not every meeting to come, on a long programme
            return Found(hit=prog.next_meeting(panel.id, start))
        meetings = [m for m in prog.meetings(panel.id, start=start, include_cancelled=False)
                    if not after or m.date > after.date]
        return Found(hit=meetings[when.skip]) if len(meetings) > when.skip else Found()
    if when.kind == "dom":  # the nearest meeting held on that day of a month, coming first, else gone
        near = prog.meetings(panel.id, ctx.today - timedelta(days=366), ctx.today + timedelta(days=366),
                             include_cancelled=False)
        on_day = [m for m in near if m.date.day == when.dom]
        coming = [m for m in on_day if m.date >= ctx.today]
        return Found(hit=(coming or on_day[::-1] or [None])[0])
    if when.kind == "last":  # the last one before today, or before the day said ("the one before Christmas")
        until = (when.day or ctx.today) - timedelta(days=1)
        past = prog.meetings(panel.id, until - timedelta(days=399), until, include_cancelled=False)
        return Found(hit=past[-1]) if past else Found()
    if when.kind == "day":
        found = [m for m in prog.meetings(panel.id, when.day, when.day) if m.status != "cancelled"]
        return Found(hit=found[0]) if found else Found()
    if when.kind in {"month", "range"}:
        if when.kind == "range":
            first, last = when.day, when.until
        else:
            year, month = when.month
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        found = prog.meetings(panel.id, first, last, include_cancelled=False)
        if not found and when.kind == "month" and last < ctx.today:  # "when did the june agenda go out?" in May:
            found = prog.meetings(panel.id, date(year + 1, month, 1),  # no June last year, so the June to come
                                  date(year + 1 + month // 12, month % 12 + 1, 1) - timedelta(days=1),
                                  include_cancelled=False)
        if len(found) == 1:
            return Found(hit=found[0])
        return Found(choices=tuple(found))
    return Found()


def when_of(ctx: Context, text: str, past: bool | None = None) -> When | None:
    return parse_when(text, ctx.now, past)


def resolve_person(ctx: Context, name: str) -> Found:
    name = re.sub(r"^(?:the\s+)?|\W+$", "", name.strip())
    hits = find_person(ctx.programme.people(), name)
    if len(hits) != 1 and (initialled := _by_initial(ctx.programme.people(), name)):
        hits = initialled  # "Harriet B", "Kate L": the one whose surname starts with that letter
    if len(hits) == 1:
        return Found(hit=hits[0])
    return Found(choices=tuple(hits))


def _by_initial(people, name: str) -> list:
    """'Helen S': the Helens whose surname starts with S."""
    parts = name.split()
    if len(parts) != 2 or len(parts[1].rstrip(".")) != 1:
        return []  # 'Becky Wilkinson' is a whole name, not a first name and an initial: no scan of everyone
    named = [p for p in people if normalise_name(p.name).split()[:1] == [parts[0].lower()]]
    return sorted(with_initial(parts[1].rstrip("."), named), key=lambda p: p.name)


def resolve_matter(ctx: Context, ref: str, matters: list[Matter]) -> Found:
    ranked = rank(ref, {m.id: m.subject for m in matters})
    by_id = {m.id: m for m in matters}
    if not ranked:
        return Found()
    exact = [i for i, _ in ranked if same_text(by_id[i].subject, ref)]
    if exact:
        return Found(hit=by_id[exact[0]])
    best = ranked[0][1]
    close = [by_id[i] for i, s in ranked if best - s < CLEAR_LEAD]
    if len(close) > 1:  # "the retrofit action" with two retrofit actions: ask, even when each holds the word
        return Found(choices=tuple(close[:4]))
    return Found(hit=by_id[ranked[0][0]])


def editors(ctx: Context) -> list[Person]:
    return [p for p in ctx.programme.people() if p.can_edit(ctx.panel.id)]


_KINDS = frozenset({"future", "possible", "standing", "tbc"})
_DESCRIBING = frozenset({"is", "doing", "leading", "leads", "led", "owns", "writing", "presenting", "her", "his"})


def items_described(ctx: Context, words: frozenset) -> list[Item] | None:
    """'Dev's December item', 'the review Aisha is doing', 'Jo Marsh's future item': the items picked out by who
    leads them and when they come, where the words hold nothing else (None when they say more, or say neither)."""
    said, words = words, words - GENERIC - _DESCRIBING
    months = {MONTHS[w] for w in words if w in MONTHS}
    named = [p for p in ctx.programme.people() if words_of(p.name) & words]
    named = [p for p in named if words_of(p.name) - {"cllr"} <= words] or named  # "Jo Marsh", not every Jo
    if len(named) > 1:
        return None  # "Jo's December report" with two Jos: which Jo is asked, never guessed from the month
    rest = words - _KINDS - {w for w in words if w in MONTHS} - frozenset().union(*(words_of(p.name) for p in named))
    if rest or not (named or months):
        return None
    leads = {p.id for p in named}
    if "one" in said and any(m.lead_id in leads and (not months or m.due and m.due.month in months)
                              for m in ctx.programme.matters(ctx.panel.id)):
        return None  # "Dev's December one": his December report, or his action due then
    items = [ctx.programme.item(i) for i in ctx.programme.item_titles(ctx.panel.id)]
    return [i for i in items if i.status not in {"withdrawn", "considered"} and (not leads or leads & set(i.lead_ids))
            and (not months or i.meeting_date and i.meeting_date.month in months)
            and ("future" not in words or i.meeting_id is None)]
