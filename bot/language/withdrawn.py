"""Withdrawn items named plainly: 'what happened to the school uniform grant item?' is about that item, not a live one."""
from __future__ import annotations

from bot.language.references import References
from bot.language.title_index import kept
from bot.language.titles import clear_hit, rank_titles
from bot.language.vocabulary import tokens

ITEM_QUESTIONS = frozenset({"item_detail", "on_programme", "last_report", "item_deadline"})


def withdrawn_named(text: str, refs: References, ctx, live: dict) -> str:
    """The title of the withdrawn item the message names clearly and better than any live one, or ''. Only questions
    use it (they say it was withdrawn); a change is never pointed at a withdrawn item."""
    if ctx.panel is None or (refs.items and refs.items[0].fit >= 0.99):
        return ""
    every = ctx.programme.item_titles(ctx.panel.id, include_withdrawn=True)
    if len(every) == len(live):
        return ""
    words = tokens(text)
    if not rank_titles(words, _withdrawn(every, live), set(), limit=1):
        return ""  # no withdrawn title is near: the full ranking below, over every title, is not worth its cost
    hits = tuple(rank_titles(words, every, set()))
    best = hits[0] if hits else None
    live_best = next((h for h in hits if h.thing in live), None)  # scored beside it, over the same titles
    enough = 1.1 if live_best else 1.0  # no live title shares a word: two of a withdrawn one's are enough
    if best is None or best.thing in live or clear_hit(hits) != best.thing or best.whole + best.fit < enough or \
            min(best.whole, best.fit) < 0.4:
        return ""
    return every[best.thing] if live_best is None or best.score >= live_best.score + 0.05 else ""


def _withdrawn(every: dict, live: dict) -> dict:
    """The withdrawn titles alone: a few of thousands, so ranking them first is cheap (kept with the titles)."""
    return kept(every, f"withdrawn {id(live)}", lambda _: {i: t for i, t in every.items() if i not in live})
