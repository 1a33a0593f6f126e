"""Answers that search the programme: is X on it, when did we last see X, anything about X."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.conversation import Context, Reply
from bot.days.deadlines import report_deadline
from bot.intents import Intent
from bot.language.titles import clear_hit, rank_titles, search_titles
from bot.language.vocabulary import GENERIC, stem, tokens
from bot.models import Item, join_names
from bot.replies import capped, item_line, matter_line, moment, short_day
from bot.resolve import resolve_item

LIMIT = 10


def last_report(intent: Intent, ctx: Context) -> Reply:
    ref = intent.slots.get("ref", "")
    items = _series(ctx, _matching(ctx, ref, include_withdrawn=True))
    if not items:
        return Reply(f"I can't find anything on “{ref}” in the programme or its history.")
    lines = []
    for item in items[:LIMIT]:
        past = sorted({*item.last_reported, *([item.meeting_date] if item.meeting_date and item.meeting_date < ctx.today
                                              else [])}, reverse=True)
        if past:
            dates = ", ".join(short_day(d) for d in past)
            lines.append(f"• {item.title}: last reported {short_day(past[0])}" + (f" (all: {dates})" if len(past) > 1 else ""))
        else:
            lines.append(f"• {item.title}: no report yet" + _next_text(item))
    if len(items) > LIMIT:
        lines.append(f"…and {len(items) - LIMIT} more; ask a narrower question to see them.")
    return Reply("\n".join(lines))


def on_programme(intent: Intent, ctx: Context) -> Reply:
    ref = intent.slots.get("ref", "")
    items = _matching(ctx, ref)
    if items and any(_titled(i, ref) for i in items):
        return _listed("Yes:", items)  # the common case: no second search for withdrawn items
    gone = [i for i in _matching(ctx, ref, include_withdrawn=True) if i.status == "withdrawn"]
    if gone and (not items or max(map(_words_said, gone, [ref] * len(gone))) > max(_words_said(i, ref) for i in items)):
        return _listed("Not any more, it was withdrawn:", gone)  # "is the sugar smart thing still on?"
    if not items:
        return Reply(f"No, nothing matching “{ref}” is on the {ctx.panel.name} work programme.")
    return _listed("Yes:", items)


def search(intent: Intent, ctx: Context) -> Reply:
    """Items and outstanding matters about a topic."""
    query = intent.slots.get("q", "")
    items = _matching(ctx, query)
    shown = {i.id for i in items}
    titles = ctx.programme.item_titles(ctx.panel.id)
    items += [item for i in search_titles(query, titles) if i not in shown and (item := ctx.programme.item(i))]
    matters = ctx.programme.matters(ctx.panel.id)
    by_id = {m.id: m for m in matters}
    found = [by_id[i] for i in search_titles(query, {m.id: m.subject for m in matters})]
    if not items and not found:
        return Reply(f"Nothing about “{query}” on the programme or the outstanding matters.")
    reply = _listed(f"Found {len(items)}:", items) if items else Reply("Nothing on the programme itself.")
    if found:
        lines = [f"• {m.subject} — {m.lead or 'no lead'}" for m in found[:LIMIT]]
        reply = replace(reply, text=reply.text + "\nOutstanding matters:\n" + "\n".join(lines))
    return reply


def _series(ctx: Context, items: list[Item]) -> list[Item]:
    """One item found, with the others of its series: 'Youth Justice Plan 2030/31' brings last year's plan."""
    if len(items) != 1:
        return items
    base = re.split(r"\s+(?:[-–:(]|\d)", items[0].title, maxsplit=1)[0].strip().lower()
    if len(base.split()) < 2:
        return items
    titles = ctx.programme.item_titles(ctx.panel.id, include_withdrawn=True)  # kept per database state, not reloaded
    others = [item for i, title in titles.items()
              if i != items[0].id and title.lower().startswith(base) and (item := ctx.programme.item(i))]
    return items + others


def _titled(item: Item, ref: str) -> bool:
    """Whether the item's title holds every word of `ref` the search went by (not only its notes)."""
    said = {stem(w) for w, _, _ in tokens(ref) if w.lower() not in GENERIC}
    return bool(said) and said <= {stem(w) for w, _, _ in tokens(item.title)}


def _words_said(item: Item, ref: str) -> int:
    """How many of the words `ref` searched by the item's title holds ('warm spaces funding': three, not one)."""
    return len({stem(w) for w, _, _ in tokens(ref) if w.lower() not in GENERIC} & {stem(w) for w, _, _ in tokens(item.title)})


def _listed(heading: str, items: list[Item]) -> Reply:
    lines = capped([item_line(i, with_meeting=True) for i in items], LIMIT)
    return Reply(heading + "\n" + "\n".join(lines), items=tuple(items[:LIMIT]))


def _matching(ctx: Context, ref: str, include_withdrawn: bool = False) -> list[Item]:
    """Full-text hits first (every word; the one titled exactly so alone), then fuzzy title matches."""
    found = [i for i in ctx.programme.search_items(ctx.panel.id, ref, limit=LIMIT + 1)
             if include_withdrawn or i.status != "withdrawn"]
    if not found and (stems := " ".join(stem(w) for w, _, _ in tokens(ref))) != ref.strip().lower():
        found = [i for i in ctx.programme.search_items(ctx.panel.id, stems, limit=LIMIT + 1)  # 'bins' for 'Bin Storage'
                 if include_withdrawn or i.status != "withdrawn"]
    if found:
        exact = [i for i in found if i.title.lower() == ref.strip().lower()]
        return exact if len(exact) == 1 else found  # not another item whose notes hold the same words
    match = resolve_item(ctx, ref, include_withdrawn=include_withdrawn)
    if match.hit or match.choices:
        return [match.hit] if match.hit else list(match.choices)
    titles = ctx.programme.item_titles(ctx.panel.id, include_withdrawn=include_withdrawn)
    return [item for i in search_titles(ref, titles)[:LIMIT] if (item := ctx.programme.item(i))]


def _an_action(ctx: Context, ref: str) -> Reply | None:
    """'where are we with the succession requests thing': no item says it, but one outstanding action does."""
    actions = {m.id: m for m in ctx.programme.matters(ctx.panel.id, status=None)}
    best = clear_hit(tuple(rank_titles(tokens(ref), {i: m.subject for i, m in actions.items()}, set())))
    if best is None:
        return None
    action = actions[best]
    state = "closed" if action.status == "closed" else "still open"
    return Reply(f"No item matches, but the action “{action.subject}” is {state}:\n{matter_line(action)}")


def _next_text(item: Item) -> str:
    if item.meeting_date:
        return f"; coming to the {short_day(item.meeting_date)} meeting"
    return f" ({item.window or 'date tbc'})"


def item_detail(intent: Intent, ctx: Context) -> Reply:
    """Everything known about one item: where it is, who leads, its deadline, notes and history."""
    ref = intent.slots.get("ref", "")
    items = _matching(ctx, ref, include_withdrawn=True)
    if not items:
        return _an_action(ctx, ref) or Reply(f"I can't find anything on “{ref}” in the programme.")
    if len(items) > 1:
        return Reply("Several items match:\n" + "\n".join(capped([item_line(i, with_meeting=True) for i in items],
                                                                  LIMIT)))
    item = items[0]
    lines = [f"*{item.title}*", f"Lead: {join_names(item.leads) or 'not named yet'}",
             f"Status: {STATUS_TEXT.get(item.status, item.status)}"]
    if item.meeting_id:
        meeting = ctx.programme.meeting(item.meeting_id)
        lines.append(f"Meeting: {short_day(meeting.date)}; report due by {moment(report_deadline(meeting, ctx.panel.rule))}")
    else:
        lines.append(f"Meeting: none yet ({item.window or 'date tbc'})")
    extras = (("Notes", item.notes), ("Requested by", item.requested_by), ("Council plan priority", item.priority),
              ("Last reported", ", ".join(short_day(d) for d in item.last_reported)))
    lines += [value if value.lower().startswith(label.lower()) else f"{label}: {value}"  # "Requested by X" as typed
              for label, value in extras if value]
    return Reply("\n".join(lines), items=(item,))


STATUS_TEXT = {"planned": "awaiting the report", "submitted": "report submitted", "considered": "considered",
               "deferred": "deferred, awaiting the report", "withdrawn": "withdrawn"}
