"""Updating an action on the schedule: its position, when it is now due, or who it is with."""
from __future__ import annotations

import re

from bot import changes as ch
from bot.conversation import Context, Reply
from bot.days.signs import could_be_dated
from bot.dialogue import ask_choice, refuse_edit
from bot.edits.matters import due_of, held, refuse_matter, with_matter
from bot.intents import Intent
from bot.language.vocabulary import words_of
from bot.models import Matter
from bot.resolve import resolve_person


def update_matter(intent: Intent, ctx: Context) -> Reply:
    """The position on an action, or when it is now due: the panel's editors keep the schedule."""
    if ctx.asker is None:
        return refuse_edit(ctx)
    position = _ASKED_TO_RECORD.sub("", intent.slots.get("position", "")).strip()  # "..., so can you update that?"

    def update(m: Matter) -> Reply:
        if not ctx.asker.may_close(m):
            return refuse_matter(ctx, m)
        if intent.slots.get("lead"):
            return _new_lead(ctx, m, intent.slots["lead"])
        if intent.slots.get("due"):
            due, due_text = due_of(ctx, intent.slots["due"])
            if due_text and not due_text.startswith("Sorry") and _news_in(position):
                return Reply(f"Updated “{m.subject}”: current position “{position}”; now due {due_text}.",
                             changes=(ch.UpdateMatter(m.id, position=position, due=due,
                                                      due_text=due_text if not due else ""),))
            return _newdue_of(ctx, m, intent.slots["due"])
        if position and _restates(m, position):
            return Reply(f"That's what the schedule already says for “{m.subject}”{held(m)}, so nothing has changed. "
                         f"To record news, say “position on {m.subject}: …”.")
        if not position or "?" in position:  # a question asked beside the request is no position
            return Reply(f"What's the latest position on “{m.subject}”? For example: "
                         f"“position on {m.subject}: briefing drafted, going round on Friday”.")
        return Reply(f"Updated “{m.subject}”: current position “{position}”.",
                     changes=(ch.UpdateMatter(m.id, position=position),))

    return with_matter(ctx, intent.slots.get("ref", ""), update)


_ASKED_TO_RECORD = re.compile(r"[,;.]?\s*(?:so\s+)?(?:can|could|would)\s+(?:you|someone)\s+(?:please\s+|pls\s+)?"
                              r"(?:update|record|note|log|change|amend)\b.*$", re.I)


def _restates(matter: Matter, position: str) -> bool:
    """'the tree survey note is with Dev, due back 2 Dec', 'position on X unchanged': only its subject, its lead, its
    due date and words that say nothing new; no news to record."""
    known = words_of(f"{matter.subject} {matter.lead}") | _DUE_WORDS | _NO_NEWS
    return not [w for w in words_of(position) if w not in known and not could_be_dated(w)]


_NO_NEWS = frozenset({"with", "position", "unchanged", "no", "change", "nothing", "new", "same", "as", "before",
                      "update", "still", "and", "a", "has", "got", "it", "open", "thing"})


def _news_in(position: str) -> bool:
    """'new counters went live last week, first data due in May' is news beside a new due date; 'now due in May' is not."""
    return len([w for w in position.lower().split() if w not in _DUE_WORDS and not could_be_dated(w)]) >= 3


_DUE_WORDS = frozenset({"now", "due", "in", "is", "by", "back", "the", "to", "be", "it's", "its", "for", "on", "at"})


def _new_lead(ctx: Context, matter: Matter, name: str) -> Reply:
    """'the X action should sit with Godfrey now': who the matter is with."""
    found = resolve_person(ctx, name)
    if found.hit is None and found.choices:
        return ask_choice(ctx, f"Which {name} should “{matter.subject}” be with?", found.choices, lambda p: p.name,
                          lambda p: _new_lead(ctx, matter, p.name))
    if found.hit is None:
        return Reply(f"I don't know anyone called “{name}”, so “{matter.subject}” is unchanged.")
    if found.hit.name == matter.lead:
        return Reply(f"“{matter.subject}” is already with {matter.lead}; nothing to change.")
    was = f" (was {matter.lead})" if matter.lead else ""
    return Reply(f"“{matter.subject}” is now with {found.hit.name}{was}.",
                 changes=(ch.UpdateMatter(matter.id, lead=found.hit.name),))


def _newdue_of(ctx: Context, matter: Matter, words: str) -> Reply:
    due, due_text = due_of(ctx, words)
    if due_text.startswith("Sorry") or not (due or due_text):
        return Reply(due_text or f"When is “{matter.subject}” now due? For example: “due back in March”.")
    return Reply(f"“{matter.subject}” is now due {due_text}.",
                 changes=(ch.UpdateMatter(matter.id, due=due, due_text=due_text if not due else ""),))
