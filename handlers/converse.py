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
             channel: str | None = None) -> Reply:
    """The reply to `text` from `who`; changes are saved atomically or not at all."""
    stored = store.pending(user_key)
    pending = Pending.loads(stored)
    if panel is None and pending and pending.panel_id:
        panel = store.panel(pending.panel_id)
    try:
        reply = respond(text, Context(store, now, who, panel, pending, channel))
    except Exception:  # the engine must never take the bot down; the traceback goes to the log
        log.exception("engine failed on %r", text[:200])
        return Reply("Sorry, something went wrong on my side and I've logged it. Nothing was changed.")
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
