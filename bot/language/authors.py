"""Items named by who writes them ('Imogen C's review 2') or who asked for them ('the thing Dewi asked for in January'),
and of the people named beside an item, the one joining it."""
from __future__ import annotations

from dataclasses import replace

from bot.days.dates import MONTHS as MONTH_NUMBERS
from bot.language.masking import mask_dates, mask_spans
from bot.language.references import References
from bot.language.titles import Hit
from bot.replies import MONTHS

_POSSESSIVE = ("'s ", "’s ", "s' ")


def by_author(text: str, refs: References, ctx) -> References:
    """The items `refs` found, narrowed to the one the person named with a possessive leads; or, when no title was
    named, that person's one item whose numbers the message gives. Otherwise `refs` as it was."""
    if ctx.panel is None:
        return refs
    if not refs.items and (asked := _asked_for(text, refs, ctx)):
        return asked
    owner = next((h for h in refs.people if text[h.end:h.end + 3] in _POSSESSIVE), None)
    if owner is None:
        return refs
    led = ctx.programme.items_led_by(owner.thing.id, ctx.panel.id, since=ctx.today)
    if len(refs.items) > 1:
        mine = [h for h in refs.items if h.thing in {i.id for i in led}]
        return replace(refs, items=tuple(mine)) if mine else refs  # of two of theirs alike, which is asked
    if refs.items:
        return refs
    after = text[owner.end + 3:].split()[:4]
    numbers = {w for w in after if w.isdigit() and len(w) <= 2}
    numbered = [i for i in led if numbers and numbers <= set(i.title.replace("-", " ").split())]
    if len(numbered) == 1:
        start = owner.end + 3
        end = start + len(" ".join(after[:next(n for n, w in enumerate(after) if w in numbers) + 1]))
        return replace(refs, items=(Hit(numbered[0].id, 0.6, start, end, 1.0, 0.3),))
    return _owned(refs, owner, after, ctx, text) if not numbers else refs


_A_REPORT = frozenset({"report", "paper", "item", "update", "one", "review", "thing"})


def _owned(refs: References, owner, after: list[str], ctx, text: str) -> References:
    """'move anita's report to jan', no title said: her one report still to come, or (several, or two Anitas) which of
    theirs, asked. "Crispin's july item": the one of theirs at the July meeting is named."""
    month = MONTH_NUMBERS.get(after[0].lower().strip(".,!?")) if after else None
    noun = after[1:2] if month else after[:1]
    if not noun or noun[0].lower().strip(".,!?") not in _A_REPORT:
        return refs
    owners = {h.thing.id for h in refs.people if h.start == owner.start}
    mine = {i.id: i for pid in owners for i in ctx.programme.items_led_by(pid, ctx.panel.id, since=ctx.today)
            if i.status != "considered" and (not month or (i.meeting_date and i.meeting_date.month == month))}
    owes = month and noun[0].lower() in {"one", "thing"} and any(  # "Dev's December thing": his action due then too?
        m.due and m.due.month == month for pid in owners for m in ctx.programme.matters(ctx.panel.id) if m.lead_id == pid)
    if month and len(mine) == 1 and not owes:
        return _named_by_owner(refs, owner, next(iter(mine.values())), text, 2)
    if month or not 1 <= len(mine) <= 4:
        return refs
    one = {"named_item": next(iter(mine.values())).title} if len(mine) == 1 else {"owned": tuple(mine)}
    return replace(refs, extra={**refs.extra, **one})


def _named_by_owner(refs: References, owner, item, text: str, words: int) -> References:
    """The item found by its author and meeting, masked as an item from the owner's name to its noun ("ITEMX to DATEX")."""
    start = owner.end + 3
    end = start + len(" ".join(text[start:].split()[:words]))
    others = [(h.start, h.end, "PERSONX") for h in refs.people if h.start != owner.start]
    masked = mask_dates(mask_spans(text, others + [(owner.start, end, "ITEMX")]))
    return replace(refs, items=(Hit(item.id, 0.6, start, end, 1.0, 0.3),), masked=masked)


def only_describes(text: str, refs: References) -> bool:
    """Every person named only says whose the item is ('Jo C's session 2 is going to March'): no lead is being set."""
    starts = {h.start for h in refs.items}
    return bool(refs.people) and all(text[h.end:h.end + 3] in _POSSESSIVE and h.end + 3 in starts for h in refs.people)


_ASKING = frozenset({"asked", "suggested", "wanted", "requested", "raised", "proposed"})


def _asked_for(text: str, refs: References, ctx) -> References | None:
    """'is the thing Dewi asked for back in January on yet?': the one item whose 'requested by' names that councillor
    (and the month, when one is said)."""
    asker = next((h for h in refs.people if text[h.end:].split()[:1] and text[h.end:].split()[0].lower() in _ASKING),
                 None)
    if asker is None:
        return None
    surname = asker.thing.name.split()[-1].lower()
    month = MONTHS[refs.when.month[1] - 1].lower() if refs.when is not None and refs.when.month else ""
    asked = [i for i in ctx.programme.items(ctx.panel.id) if surname in i.requested_by.lower()
             and (not month or month in i.requested_by.lower())]
    if len(asked) != 1:
        return None
    return replace(refs, items=(Hit(asked[0].id, 0.6, asker.start, asker.end, 1.0, 0.5),),
                   extra={**refs.extra, "named_item": asked[0].title})


def newcomer(ctx, reading, refs: References, text: str):
    """'add Jo T as co-author on the PRS survey... she's already on it - add Felicity', "Niamh C's paper - add Gethin":
    when the message itself says the person read first already leads the item (a possessive, or 'already' after the
    name), the one other person named who does not lead it joins it."""
    if reading.handler != "add_lead" or ctx.panel is None:
        return reading
    titles = ctx.programme.item_titles(ctx.panel.id)
    named = next((i for i, t in titles.items() if t == reading.slots.get("ref")), refs.item)
    item = ctx.programme.item(named) if named is not None else None
    if item is None or reading.slots.get("lead") not in item.leads:
        return reading
    first = next((h for h in refs.people if h.thing.name == reading.slots["lead"]), None)
    if first is None or not (text[first.end:first.end + 3] in _POSSESSIVE or " already " in text[first.end:].lower()):
        return reading
    others = {h.thing.name for h in refs.people if h.thing.id not in item.lead_ids}
    return replace(reading, slots={**reading.slots, "lead": others.pop()}) if len(others) == 1 else reading
