"""The conversation engine: message + who + now in, a reply (and any changes) out."""
from __future__ import annotations

import logging
import re
from dataclasses import replace

from bot.answers import general as questions
from bot.answers import lookup as lookup_questions
from bot.answers import matters as matter_questions
from bot.answers import people as person_questions
from bot.answers import reports_in
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words, parse_when
from bot.dialogue import NO, answer_pending, ask_choice, refuse_edit
from bot.edits import adding as item_adding
from bot.edits import connections, matter_updates, submissions
from bot.edits import items as item_edits
from bot.edits import leads as lead_edits
from bot.edits import matters as matter_edits
from bot.edits import meetings as meeting_edits
from bot.edits import settings as panel_settings
from bot.intents import Intent
from bot.language.asking import (
    ask_weak_matter,
    ask_what_is_meant,
    ask_which_item,
    ask_which_person,
    did_you_mean,
    is_change,
    looks_like_an_answer,
    repeat_question,
)
from bot.language.authors import newcomer
from bot.language.both import do_both
from bot.language.corrections import corrected_person, restated
from bot.language.normalise import normalise
from bot.language.own_records import ask_whose_done
from bot.language.people import people_index
from bot.language.references import find_references
from bot.language.several import do_several
from bot.language.understand import Reading, understand
from bot.language.vocabulary import words_of

log = logging.getLogger(__name__)

HANDLERS = {
    "help": questions.help_text,
    "thanks": questions.thanks,
    "undo": questions.undo,
    "next_meeting": questions.next_meeting,
    "programme": questions.programme,
    "future_items": questions.future_items,
    "standing_items": questions.standing_items,
    "meetings": questions.meetings,
    "who": questions.who,
    "no_lead": questions.no_lead,
    "my_items": person_questions.my_items,
    "person_items": person_questions.person_items,
    "my_deadlines": person_questions.my_deadlines,
    "person_deadline": person_questions.person_deadline,
    "item_deadline": person_questions.item_deadline,
    "overdue": person_questions.overdue,
    "awaiting": reports_in.awaiting,
    "received": reports_in.received,
    "last_report": lookup_questions.last_report,
    "on_programme": lookup_questions.on_programme,
    "search": lookup_questions.search,
    "item_detail": lookup_questions.item_detail,
    "matters": matter_questions.matters,
    "matter_detail": matter_questions.matter_detail,
    "late_matters": matter_questions.late_matters,
    "my_matters": matter_questions.my_matters,
    "person_matters": matter_questions.person_matters,
    "matters_next": matter_questions.matters_next,
    "matters_from": matter_questions.matters_from,
    "add_item": item_adding.add_item,
    "move_item": item_edits.move_item,
    "defer_item": item_edits.defer_item,
    "withdraw_item": item_edits.withdraw_item,
    "mark_submitted": submissions.mark_submitted,
    "set_lead": lead_edits.set_lead,
    "set_notes": item_edits.set_notes,
    "rename_item": item_edits.rename_item,
    "remove_lead": lead_edits.remove_lead,
    "add_lead": lead_edits.add_lead,
    "add_note": item_edits.add_note,
    "add_meeting": meeting_edits.add_meeting,
    "move_meeting": meeting_edits.move_meeting,
    "cancel_meeting": meeting_edits.cancel_meeting,
    "shift_meeting": meeting_edits.shift_meeting,
    "set_rule": panel_settings.set_rule,
    "set_nudges": panel_settings.set_nudges,
    "set_meeting_deadline": meeting_edits.set_meeting_deadline,
    "set_publication": meeting_edits.set_publication,
    "add_matter": matter_edits.add_matter,
    "update_matter": matter_updates.update_matter,
    "close_matter": matter_edits.close_matter,
    "unanswered": questions.unanswered,
    "connect_moderngov": connections.connect_moderngov,
    "rotate_feed": connections.rotate_feed,
}
# Questions that, given a date, are really about the meeting on that date.
_DATED = {"programme", "next_meeting"}
_WHOLE = frozenset({"full", "whole", "complete", "entire"})  # "the full programme ... before January"
_PANEL_FREE = {"help", "link_channel", "thanks", "unanswered"}
_PANEL_FREE_HANDLERS = {"help": questions.help_text, "link_channel": connections.link_channel,
                        "thanks": questions.thanks}
NOT_UNDERSTOOD = questions.not_understood(None, None).text
# Questions whose subject, when it is a date ("what are we looking at next time"), names a meeting.
_ABOUT_A_MEETING = {"on_programme", "person_items", "search", "item_detail"}


def respond(text: str, ctx: Context) -> Reply:
    """Answer one message. Never raises for anything a user can type."""
    text = corrected_person(restated(normalise(text, people_index(ctx.programme.people())[1])), ctx.programme.people())
    if not text:
        return Reply("I didn't get any text. " + questions.HINT)
    if ctx.pending and ctx.pending.follow:
        answered = _answer_with_date(text, ctx)
        if answered:
            return answered
    elif ctx.pending:
        answered = answer_pending(text, ctx.pending)
        if answered:
            return answered
        if looks_like_an_answer(text):
            return repeat_question(ctx.pending)
    panel = ctx.panel or _only_panel(ctx)
    if panel is None:
        return _without_panel(text, ctx)
    return _dispatch(text, replace(ctx, panel=panel))


def _answer_with_date(text: str, ctx: Context) -> Reply | None:
    """A date given in answer to "Which day?", or an item named in answer to "Which item?": the asked-for request,
    re-read with the answer in it."""
    if NO.match(text):
        return Reply("OK, I've left everything as it was.")
    which = "{which}" in ctx.pending.follow
    if len(text.split()) > 8 or (which and not _names_something(text, ctx)) or \
            (not which and (not has_date_words(text) or _names_something(text, ctx))):
        return None
    panel = ctx.panel or _only_panel(ctx)
    if panel is None or panel.id != ctx.pending.panel_id:
        return None
    return _dispatch(ctx.pending.follow.replace("{which}" if which else "{when}", text),
                     replace(ctx, panel=panel, pending=None))


def _names_something(text: str, ctx: Context) -> bool:
    """Whether a message names an item, matter or person: a new request, not a date given in answer."""
    panel = ctx.panel.id if ctx.panel else ctx.pending.panel_id
    titles = ctx.programme.item_titles(panel) if panel else {}
    subjects = ctx.programme.matter_subjects(panel) if panel else {}
    refs = find_references(text, ctx.now, ctx.programme.people(), titles, subjects)  # no need to classify it
    return bool(refs.items or refs.matters or refs.people)


def _without_panel(text: str, ctx: Context) -> Reply:
    reading = understand(text, ctx, ctx.classifier)
    label = reading.readings[0].label if reading.readings else "none"
    if label in _PANEL_FREE and reading.verdict == "act":
        return _run(reading.readings[0], text, ctx)
    return _which_panel(ctx, text)


def _dispatch(text: str, ctx: Context) -> Reply:
    if several := do_several(text, lambda part: _dispatch(part, ctx)):
        return several
    reading = understand(text, ctx, ctx.classifier)
    if reading.verdict == "act":
        reply = _run(reading.readings[0], text, ctx, reading.refs)
        return reply if reply.text != NOT_UNDERSTOOD else replace(reply, unanswered=reading.guess)
    if reading.verdict == "ask" and not _may_make_any(ctx, reading):
        return refuse_edit(ctx)
    if reading.verdict == "ask":
        return replace(did_you_mean(ctx, reading, lambda r: _run(r, text, ctx, reading.refs)), unanswered=reading.guess)
    return replace(questions.lost(ctx, reading), unanswered=reading.guess or "nothing")


def _may_make_any(ctx: Context, reading) -> bool:
    """False when the likeliest reading is a change this person may not make."""
    asker = ctx.asker
    if asker and asker.can_edit(ctx.panel.id):
        return True
    top = reading.readings[0].label if reading.readings else "none"
    return not is_change(top) or top in {"mark_submitted", "undo"}


def _run(reading: Reading, text: str, ctx: Context, refs=None) -> Reply:
    """Run one reading's handler, with the dated and ambiguous cases settled first."""
    intent = Intent(reading.handler, reading.slots, text)
    if refs is not None and (both := do_both(ctx, reading, refs, lambda r: _run(r, text, ctx, refs))):
        return both
    if refs is not None and (ambiguous := ask_which_item(ctx, reading, refs, lambda r: _run(r, text, ctx, refs), text)):
        return ambiguous
    if refs is not None:
        reading = newcomer(ctx, reading, refs, text)
        intent = Intent(reading.handler, reading.slots, text)
    if refs is not None and (ambiguous := ask_which_person(ctx, reading, lambda r: _run(r, text, ctx))):
        return ambiguous
    if refs is not None and (weak := ask_weak_matter(ctx, reading, refs, text, lambda r: _run(r, text, ctx))):
        return weak
    if refs is not None and (unnamed := ask_what_is_meant(ctx, reading, refs, text)):
        return unnamed
    if refs is not None and (theirs := ask_whose_done(ctx, reading, refs, text, lambda r: _run(r, text, ctx))):
        return theirs
    if reading.handler in _PANEL_FREE_HANDLERS:
        return _PANEL_FREE_HANDLERS[reading.handler](intent, ctx)
    when = refs.when if refs is not None else (parse_when(text, ctx.now) if has_date_words(text) else None)
    if intent.name == "programme" and when and (when.kind != "month" or _WHOLE & words_of(text)):
        when = None  # "the full programme please, I'm briefing the group on Monday": the date is not the ask
    if intent.name in _DATED and when and (when.kind != "next" or when.skip or when.day):
        if re.search(r"\b(deadlines?|reports? (?:are\s+)?due|papers? (?:are\s+)?due)\b", text, re.I):
            if when.kind == "range":
                return person_questions.deadlines_between(intent, ctx, when)
            return questions.meeting_deadline(intent, ctx, when)
        return questions.meeting_on(intent, ctx, when)
    slot = intent.slots.get("ref") or intent.slots.get("who") or intent.slots.get("q") or ""
    if intent.name in _ABOUT_A_MEETING and has_date_words(slot):
        when = parse_when(slot, ctx.now)
        if when:
            return questions.meeting_on(intent, ctx, when)
    if intent.name in _ABOUT_A_MEETING and not re.search(r"\w", slot) and when is not None:
        return questions.meeting_on(intent, ctx, when)  # "is april definitely happening and what's on it"
    if intent.name == "meeting_deadline":
        when = (refs.extra.get("meeting_by_topic") if refs is not None else None) or when  # "the precept meeting"
        if when and when.kind == "range" and "agenda" not in text.lower():  # "the agenda for next week": its meeting
            return person_questions.deadlines_between(intent, ctx, when)
        return questions.meeting_deadline(intent, ctx, when)
    handler = HANDLERS.get(intent.name, questions.not_understood)
    return handler(intent, ctx)


def _only_panel(ctx: Context):
    panels = ctx.programme.panels()
    if len(panels) == 1:
        return panels[0]
    if ctx.asker:
        mine = {pid for pid, _ in ctx.asker.roles}
        if len(mine) == 1:
            return next((p for p in panels if p.id in mine), None)
    return None


def _which_panel(ctx: Context, text: str) -> Reply:
    """Several panels and no way to tell which: ask, with each panel's answer ready for the reply."""
    panels = ctx.programme.panels()
    if not panels:
        return Reply("There are no panels yet. A scrutiny officer can add one with `scrutiny-bot panel add NAME`.")
    reply = ask_choice(ctx, "Which panel do you mean?", panels, lambda p: p.name,
                       lambda p: _dispatch(text, replace(ctx, panel=p)))
    return replace(reply, text=reply.text + "\n(In a channel, the scrutiny officer can say “link this channel to "
                                            "<panel>” so I don't need to ask.)")
