"""One exchange: load the user's pending question, ask the engine, apply its changes, keep any new question."""
from __future__ import annotations

import logging
from datetime import datetime

from bot.conversation import Context, Pending, Reply
from bot.engine import respond
from bot.models import Panel, Person
from store.db import StoreError

log = logging.getLogger(__name__)


def converse(store, text: str, who: Person | None, user_key: str, now: datetime, panel: Panel | None = None,
             channel: str | None = None, classifier=None) -> Reply:
    """The reply to `text` from `who`; changes are saved atomically or not at all."""
    stored = store.pending(user_key)
    pending = Pending.loads(stored)
    if panel is None and pending and pending.panel_id:
        panel = store.panel(pending.panel_id)
    try:
        reply = respond(text, Context(store, now, who, panel, pending, channel, classifier))
    except Exception:  # the engine must never take the bot down; the traceback goes to the log
        log.exception("engine failed on %r", text[:200])
        return Reply("Sorry, something went wrong on my side and I've logged it. Nothing was changed.")
    if reply.unanswered:
        _keep_unanswered(store, text, who, user_key, reply, panel)
    if reply.changes:
        try:
            store.apply(reply.changes, actor=who.name if who else user_key)
        except (ValueError, LookupError) as exc:
            log.warning("change refused: %s", exc)
            store.set_pending(user_key, None)
            return Reply(f"Sorry, I couldn't make that change: {exc}. Nothing was changed.")
        except StoreError as exc:
            return Reply(f"Sorry, I couldn't save that: {exc}. Nothing was changed; please try again.")
    if reply.ask or stored:
        store.set_pending(user_key, reply.ask.dumps() if reply.ask else None)
    return reply


def _keep_unanswered(store, text: str, who: Person | None, user_key: str, reply: Reply, panel: Panel | None) -> None:
    """Keep what the bot could not answer for sure; losing this must never lose the reply."""
    try:
        store.add_unanswered(text, who.name if who else user_key, reply.unanswered, panel.id if panel else None)
    except StoreError as exc:
        log.warning("could not keep an unanswered message: %s", exc)

