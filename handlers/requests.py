"""Carrying out what a reply asks of the outside world: connecting to ModernGov, a new calendar address."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace

from bot.conversation import Reply


def carry_out(store, reply: Reply, who, lock=None, client_for=None) -> Reply:
    """The reply with the request done and its outcome told; anything that goes wrong is one line.

    Called outside the store's lock: a ModernGov site is read without holding it, and only the writes take it."""
    if not reply.request:
        return reply
    guard = lock or nullcontext()
    kind, panel_id = reply.request[:2]
    with guard:
        panel = store.panel(panel_id)
    if kind == "connect_moderngov":
        return replace(reply, text=_connect(store, panel, who, *reply.request[2:], guard=guard, client_for=client_for))
    with guard:
        return _feed(store, reply, who, panel, kind)


def _feed(store, reply: Reply, who, panel, kind: str) -> Reply:
    if kind == "rotate_feed":
        token = store.rotate_feed(panel_id=panel.id, actor=who.name if who else "someone")
        return replace(reply, text=f"The {panel.name} calendar feed has a new address: /feeds/{token}.ics on the bot's "
                                   "public address. The old one no longer works; anyone who subscribed needs the new one.")
    if kind == "revoke_feed":
        count = store.revoke_feed(panel_id=panel.id, actor=who.name if who else "someone")
        return replace(reply, text=f"Turned off the {panel.name} calendar feed ({count} address(es)); nobody can read it "
                                   "now. Say “new calendar link” when you want one again.")
    return reply


def _connect(store, panel, who, site: str, committee: str, guard, client_for) -> str:
    # Imported here: the HTTP client and HTML parser are not worth loading for every `scrutiny-bot say`.
    from handlers.moderngov.client import ModernGovClient
    from handlers.moderngov.connect import ConnectProblem, connect, connected_text

    try:
        link = connect(store, panel, site, committee, who.name if who else "someone", client_for or ModernGovClient,
                       guard=guard)
    except ConnectProblem as exc:
        return f"Sorry, {exc}"
    return connected_text(panel, link)
