"""One message from Slack to the engine and back: who, which panel, the reply laid out for Slack."""
from __future__ import annotations

from handlers.converse import converse
from handlers.requests import carry_out
from handlers.slack.blocks import reply_message
from handlers.slack.identity import person_for, user_key
from handlers.slack.mrkdwn import from_slack
from handlers.slack.outbox import deliver_kept


def answer(deps, client, user_id: str, text: str, channel: str | None) -> dict:
    """chat.postMessage-style arguments (text, maybe blocks) answering `text` from `user_id` in `channel`."""
    who = person_for(deps, client, user_id)
    if user_id:
        deliver_kept(deps, client, user_id)  # what Slack could not take last time comes before this answer
    with deps.lock:
        store = deps.store
        panel = store.panel_for_channel(channel) if channel else None
        reply = converse(store, from_slack(text), who, user_key(who, user_id), deps.clock(), panel, channel,
                         classifier=deps.classifier)
        about = store.panel(reply.meeting.panel_id) if reply.meeting else None
    reply = carry_out(deps.store, reply, who, lock=deps.lock)  # a ModernGov site is read without the store's lock
    return reply_message(reply, about)
