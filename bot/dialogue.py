"""Asking one short question and acting on the answer; who may change what."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.conversation import Context, Option, Pending, Reply
from bot.models import join_names

YES = re.compile(r"^(?:y|yes|yeah|yep|yup|sure|ok|okay|confirm|confirmed|go ahead|do it|please do|correct|that'?s right|"
                 r"right|fine|absolutely|definitely|yes please|ok go ahead)\W*$", re.I)
NO = re.compile(r"^(?:n|no|nope|nah|cancel|stop|never ?mind|forget it|don'?t|no thanks|leave it|abort)\W*$", re.I)
ORDINALS = {"first": 1, "1st": 1, "one": 1, "second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3,
            "fourth": 4, "4th": 4, "four": 4, "last": -1}


def answer_pending(text: str, pending: Pending) -> Reply | None:
    """The reply to an answer of the pending question, or None if `text` is not an answer."""
    if NO.match(text):
        return Reply("OK, I've left everything as it was.")
    index = _chosen_index(text, len(pending.options))
    if index is None and YES.match(text) and len(pending.options) == 1:
        index = 0
    if index is None:
        index = _chosen_by_label(text, pending.options)
    if index is None:
        return None
    option = pending.options[index]
    return Reply(option.text, changes=option.changes)


def _chosen_index(text: str, count: int) -> int | None:
    m = re.match(r"^(?:the\s+)?(?:#|no\.?\s*|number\s+|option\s+)?(\w+)(?:\s+(?:one|option|item|meeting|person))?\W*$",
                 text.strip(), re.I)
    if not m:
        return None
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else ORDINALS.get(word)
    if n is None:
        return None
    index = count - 1 if n == -1 else n - 1
    return index if 0 <= index < count else None


def _chosen_by_label(text: str, options: Sequence[Option]) -> int | None:
    words = text.lower().strip(" .!?")
    if len(words) < 4:
        return None
    hits = [i for i, o in enumerate(options) if words in o.label.lower()]
    return hits[0] if len(hits) == 1 else None


def ask_choice(ctx: Context, question: str, candidates: Sequence, label: Callable, build: Callable) -> Reply:
    """Ask which of `candidates` is meant; each answer carries the reply `build(candidate)` would give."""
    options = []
    for candidate in candidates:
        reply = build(candidate)
        options.append(Option(label(candidate), reply.text, reply.changes))
    lines = [question] + [f"{n}. {o.label}" for n, o in enumerate(options, 1)]
    lines.append("Reply with the number (or “no” to leave it).")
    return Reply("\n".join(lines), ask=Pending(question, tuple(options), ctx.panel.id if ctx.panel else None))


def ask_confirm(ctx: Context, question: str, then: Reply) -> Reply:
    """Ask yes or no; 'yes' gives the reply `then` (and makes its changes)."""
    option = Option("yes", then.text, then.changes)
    return Reply(f"{question} (yes/no)", ask=Pending(question, (option,), ctx.panel.id if ctx.panel else None))


def ask_when(ctx: Context, question: str, follow: str) -> Reply:
    """Ask for a date; an answer that is a date is read as `follow` with the date in place of {when}."""
    return Reply(question, ask=Pending(question, (), ctx.panel.id if ctx.panel else None, follow))


def refuse_edit(ctx: Context) -> Reply | None:
    """None if the asker may change this panel's programme; otherwise a polite no naming who can."""
    asker = ctx.asker
    if asker and asker.can_edit(ctx.panel.id):
        return None
    return Reply("Only the chair, vice-chair or scrutiny officer can change the programme" + editors_named(ctx)
                 + ". You can ask them, or ask me anything about it.")


def editors_named(ctx: Context) -> str:
    """' (Val Evans and Jo Clarke)': who may change this panel's programme, or nothing when no one is known."""
    who = [p.name for p in ctx.programme.people() if p.can_edit(ctx.panel.id)]
    return f" ({join_names(who)})" if who else ""
