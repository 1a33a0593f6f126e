"""A bare 'done' or 'sent' from someone who owes reports or actions: which of theirs it is, never the whole schedule."""
from __future__ import annotations

from dataclasses import replace

from bot.dialogue import ask_choice
from bot.language.titles import numbers_in
from bot.language.vocabulary import tokens

_DONE = frozenset({"close_matter", "mark_submitted"})


def ask_whose_done(ctx, reading, refs, text: str, run):
    """'done' (read as an action closed), or 'phase 2 done' with no record clearly named: the one report or action of
    the sender's that the words allow, or which of theirs, asked. None when the message says more than a few words,
    names someone, the reading already has its record, or the sender owes nothing."""
    if reading.handler not in _DONE or refs.people or ctx.asker is None or ctx.panel is None or \
            len(tokens(text)) > 3 or reading.slots.get("ref"):
        return None
    if reading.handler == "mark_submitted" and not (refs.items or refs.matters):
        return None  # 'sent 👍': a report, so the sender's next one (marking it reads that already)
    items = {refs.item} if refs.item is not None else {h.thing for h in refs.items}  # the one clearly named, or all
    matters, named = {h.thing for h in refs.matters}, refs.items or refs.matters
    said = {w for w, _, _ in tokens(text) if w.isdigit() and len(w) <= 2}  # 'session 2 done': the one with the 2
    reports = [i for i in ctx.programme.items_led_by(ctx.asker.id, ctx.panel.id, since=ctx.today)
               if i.still_to_come and (not named or i.id in items) and
               (not said or said & numbers_in(i.title))]
    actions = [m for m in ctx.programme.matters(ctx.panel.id) if m.lead_id == ctx.asker.id and
               (not named or m.id in matters)]
    owed = [("mark_submitted", i.title) for i in reports] + [("close_matter", m.subject) for m in actions]
    if not owed or len(owed) > 6:
        return None

    def pick(owing: tuple[str, str]):
        return run(replace(reading, label=owing[0], handler=owing[0], slots={"ref": owing[1]}))

    if len(owed) == 1:
        return pick(owed[0])
    return ask_choice(ctx, "Which of yours is done?", owed,
                      lambda o: f"{'the report' if o[0] == 'mark_submitted' else 'the action'} “{o[1]}”", pick)
